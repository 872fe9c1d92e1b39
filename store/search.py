"""Full-text search over report sections.

A query is segmented like the reports (jieba search mode, minus words contained
in a longer query word); every term must occur in a section's own text, and
sections where the query occurs exactly as written (the phrase) rank first, then
reading order. Candidate reports come from the index: a term of two or more
characters that is an indexed word uses its word postings; any other term (a
single character, a substring jieba never produced) uses the intersection of its
characters' postings. Only the candidates' sections are then scanned.

Trade-off: a word term finds the reports where jieba cut that word (search mode
also emits the words inside longer words), not a report where the same
characters only straddle two other words. Scanning is stopped once `limit`
exact-phrase hits are found, so a common word costs no more than a rare one.
"""

from __future__ import annotations

from typing import Callable, Iterable

from corpus.model import Report, Section
from store.api import SearchHit
from store.catalogue import ReportRecord
from store.index import SearchIndex
from store.words import search_words

SNIPPET_BEFORE, SNIPPET_AFTER = 30, 70
ELLIPSIS = "…"


def fold(text: str) -> str:
    """`text` lower-cased when that keeps every offset; otherwise unchanged."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


def query_terms(query: str) -> list[str]:
    """The terms of a query that must all match: its words, minus those inside longer ones."""
    words = list(dict.fromkeys(search_words(query)))
    terms = [word for word in words if not any(word != other and word in other for other in words)]
    return terms or [fold(query.strip())]


def candidate_docs(term: str, index: SearchIndex) -> set[int]:
    """Report numbers that may contain `term` (a superset for characters, the word postings for words)."""
    if len(term) > 1 and index.has_word(term):
        return index.docs("w", term)
    docs: set[int] | None = None
    for character in set(term):
        found = index.docs("c", character)
        docs = found if docs is None else docs & found
    return docs or set()


def own_span(section: Section) -> tuple[int, int]:
    """The part of `Report.text` that is this section's own (heading and text before its first child)."""
    return section.start, section.children[0].start if section.children else section.end


def search(
    query: str,
    records: Iterable[ReportRecord],
    index: SearchIndex,
    load: Callable[[str], Report],
    limit: int,
) -> list[SearchHit]:
    """Hits for `query` within `records` (in their order), exact phrases first, at most `limit`."""
    phrase = fold(" ".join(query.split()))
    if not phrase or limit <= 0:
        return []
    terms = query_terms(query)
    candidates: set[int] | None = None
    for term in terms:
        docs = candidate_docs(term, index)
        candidates = docs if candidates is None else candidates & docs
    phrase_hits: list[SearchHit] = []
    other_hits: list[SearchHit] = []
    for record in records:
        if record.doc not in (candidates or set()):
            continue
        report = load(record.summary.id)
        for section in report.walk_sections():
            hit = _section_hit(report, record, section, phrase, terms)
            if hit is not None:
                (phrase_hits if hit.exact_phrase else other_hits).append(hit)
        if len(phrase_hits) >= limit:
            break
    return (phrase_hits + other_hits)[:limit]


def _section_hit(
    report: Report, record: ReportRecord, section: Section, phrase: str, terms: list[str]
) -> SearchHit | None:
    start, end = own_span(section)
    text = fold(report.text[start:end])
    if not all(term in text for term in terms):
        return None
    exact = phrase in text
    marked = [phrase] if exact else terms
    first = min(text.find(term) for term in marked)
    length = len(phrase) if exact else next(len(t) for t in marked if text.find(t) == first)
    snippet, spans = _snippet(report.text, start, end, start + first, length, marked)
    place = record.summary.place
    return SearchHit(
        report_id=report.id,
        section_id=section.id,
        section_path=[s.heading for s in report.section_path(section.id)],
        place=place.name if place else None,
        year=record.summary.title_year,
        snippet=snippet,
        snippet_matches=spans,
        offset=start + first,
        length=length,
        exact_phrase=exact,
    )


def _snippet(
    text: str, span_start: int, span_end: int, match: int, length: int, marked: list[str]
) -> tuple[str, list[tuple[int, int]]]:
    """A one-line window of `text` around the match, within its paragraph, with every marked term's spans."""
    paragraph_start = text.rfind("\n", span_start, match) + 1 or span_start
    paragraph_end = text.find("\n", match + length, span_end)
    paragraph_end = span_end if paragraph_end == -1 else paragraph_end
    start = max(paragraph_start, span_start, match - SNIPPET_BEFORE)
    end = min(paragraph_end, match + length + SNIPPET_AFTER)
    prefix = ELLIPSIS if start > paragraph_start else ""
    suffix = ELLIPSIS if end < paragraph_end else ""
    body = text[start:end].replace("\n", " ")
    snippet = prefix + body + suffix
    folded = fold(snippet)
    spans: list[tuple[int, int]] = []
    for term in marked:
        position = folded.find(term)
        while position != -1:
            spans.append((position, position + len(term)))
            position = folded.find(term, position + 1)
    return snippet, _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
