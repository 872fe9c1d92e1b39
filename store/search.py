"""Full-text search over the parts of reports (`store.parts`: sections, preamble, annexes).

A query's words (split at spaces) must all occur in one part, each as an exact
phrase: its tokens (`store.index.tokens`: a CJK character, a Latin word or a
number) at consecutive positions, whitespace and line breaks in the text
ignored. No word segmentation (分词): "量发" finds every "高质量发展". Parts where
the words also stand together ("黄河 生态" as "黄河生态", the whole query as one
phrase) are exact-phrase hits and come first. Each group is in the order of the
records given (reading order), then of the parts within a report; the result is
cut at `limit`.

The index (tantivy) names every matching part; only the hits returned are read
from their report's text, to place the match and cut a snippet. A hit that the
text does not confirm means the index is damaged (`CorruptCacheFile`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from store.api import SearchHit
from store.catalogue import ReportRecord
from store.index import SearchIndex, fold, located, tokens
from store.parts import Part, label

SNIPPET_BEFORE, SNIPPET_AFTER = 30, 70
ELLIPSIS = "…"


@dataclass(slots=True, frozen=True)
class Query:
    """A query as token phrases: one per word, and all words joined (the exact phrase)."""

    terms: list[list[str]]
    joined: list[str]

    @classmethod
    def of(cls, text: str) -> Query:
        terms = [found for word in text.split() if (found := tokens(word))]
        return cls(terms, [token for term in terms for token in term])

    @property
    def spaced(self) -> bool:
        return len(self.terms) > 1


def search(
    query: str,
    records: Iterable[ReportRecord],
    index: SearchIndex,
    load_text: Callable[[str], str],
    load_parts: Callable[[str], list[Part]],
    limit: int,
) -> list[SearchHit]:
    """Hits for `query` within `records`: exact phrases first, each group in the records' order; at most `limit`.

    `load_text` gives a report's text, `load_parts` its parts, both by report id.
    """
    parsed = Query.of(query)
    if limit <= 0:
        return []
    return [_hit(record, part, parsed, exact, index, load_text, load_parts)
            for exact, record, part in ranked(parsed, records, index)[:limit]]


def ranked(query: Query, records: Iterable[ReportRecord], index: SearchIndex) -> list[tuple[bool, ReportRecord, int]]:
    """Every matching part as (exact phrase, record, part number), in the order of the hits."""
    if not query.terms:
        return []
    records = list(records)
    position = {record.doc: number for number, record in enumerate(records)}
    every = index.parts(query.terms)
    exact = set(index.parts([query.joined])) if query.spaced else set(every)
    order = sorted(((doc, part) not in exact, position[doc], part) for doc, part in every if doc in position)
    return [(not inexact, records[number], part) for inexact, number, part in order]


def _hit(record: ReportRecord, part_number: int, query: Query, exact: bool, index: SearchIndex,
         load_text: Callable[[str], str], load_parts: Callable[[str], list[Part]]) -> SearchHit:
    """The hit of one part: where the (first) match is, and a snippet around it with every match marked."""
    summary = record.summary
    text, report_parts = load_text(summary.id), load_parts(summary.id)
    if part_number >= len(report_parts):
        raise index.damaged(f"it names part {part_number} of report {summary.id}, which does not exist")
    part = report_parts[part_number]
    folded = fold(text[part.start:part.end])
    found = [[(part.start + a, part.start + b) for a, b in located(folded, 0, len(folded), phrase)]
             for phrase in ([query.joined] if exact else query.terms)]
    if not all(found):
        raise index.damaged(f"it names a match that report {summary.id} lacks")
    first, end = min(spans[0] for spans in found)
    snippet, snippet_spans = _snippet(text, part, first, end, sorted(span for spans in found for span in spans))
    return SearchHit(
        report_id=summary.id,
        section_id=part.section_id,
        section_path=label(part, text),
        place=summary.place.name if summary.place else None,
        year=summary.title_year,
        snippet=snippet,
        snippet_matches=snippet_spans,
        offset=first,
        length=end - first,
        exact_phrase=exact,
    )


def _snippet(text: str, part: Part, match: int, match_end: int,
             spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """A one-line window of `text` around the match, within its paragraph, and the marked spans inside it."""
    paragraph_start = text.rfind("\n", part.start, match) + 1 or part.start
    paragraph_end = text.find("\n", match_end, part.end)
    paragraph_end = part.end if paragraph_end == -1 else paragraph_end
    start = max(paragraph_start, match - SNIPPET_BEFORE)
    end = max(min(paragraph_end, match_end + SNIPPET_AFTER), match_end)
    prefix = ELLIPSIS if start > paragraph_start else ""
    suffix = ELLIPSIS if end < paragraph_end else ""
    snippet = prefix + text[start:end].replace("\n", " ") + suffix
    shift = len(prefix) - start
    inside = [(max(a, start) + shift, min(b, end) + shift) for a, b in spans if a < end and b > start]
    return snippet, _merged(inside)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
