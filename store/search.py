"""Full-text search over report sections.

A query is cut into terms (jieba on the query alone, minus words contained in a
longer query word); every term must occur in a section's own text, and sections
where the query occurs exactly as written (the phrase) rank first. A spaced query
("黄河 生态") also counts as an exact phrase when its words stand together
("黄河生态"), as Chinese is written without spaces. Results are the exact-phrase
hits in the records' order, then the other hits in the records' order, cut at
`limit`: the same as scanning every report, without doing so.

Results are exact: a term's candidate reports are those whose bigram postings
hold every bigram of the term (`store.index`), a tight superset of the reports
containing it; the text check is the ground truth. The reports that can hold the
phrase (all its bigrams) are scanned first, in the records' order, until `limit`
exact-phrase hits are found; only when fewer are found are the other candidates
scanned, until the hits left to fill `limit` are found. Snippets are built only
for the hits returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from corpus.model import Section
from store.api import SearchHit
from store.catalogue import ReportRecord
from store.index import SearchIndex, fold, query_keys
from store.words import dictionary_words, is_word

SNIPPET_BEFORE, SNIPPET_AFTER = 30, 70
#: A run of Latin letters and digits (with . and %), or a run of anything else but spaces.
LATIN_OR_OTHER = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*(?<!\.)|[^0-9A-Za-z\s]+")
ELLIPSIS = "…"

def query_terms(query: str) -> list[str]:
    """The terms of a query that must all match, minus those inside longer ones.

    Latin letters and numbers stay whole ("1.5", "GDP", "5G"); Chinese is cut into
    dictionary words, and consecutive single characters (a name or phrase jieba does
    not know, like "量发") stay together as one term, so that they must occur together.
    """
    terms: list[str] = []
    for chunk in LATIN_OR_OTHER.findall(query):
        if chunk[0].isascii():
            terms.extend([fold(chunk)] if is_word(chunk) else [])
            continue
        run = ""
        for token in [*dictionary_words(chunk), ""]:  # "" ends the last run
            if len(token) == 1 and is_word(token):
                run += token
                continue
            terms.extend(term for term in (run, token) if is_word(term))
            run = ""
    unique = list(dict.fromkeys(terms))
    kept = [term for term in unique if not any(term != other and term in other for other in unique)]
    return kept or [fold(query.strip())]


def candidates(strings: Iterable[str], index: SearchIndex) -> int:
    """Bitmap of the reports having every index key of every string: all reports that can contain them all."""
    bitmap = -1
    for string in strings:
        for key in query_keys(string):
            bitmap &= index.bitmap(key)
            if not bitmap:
                return 0
    return bitmap


def own_span(section: Section) -> tuple[int, int]:
    """The part of `Report.text` that is this section's own (heading and text before its first child)."""
    return section.start, section.children[0].start if section.children else section.end


@dataclass(slots=True, frozen=True)
class OutlineEntry:
    """A section as search needs it: its id, its path of headings, and the span of its own text."""

    id: str
    path: list[str]
    start: int
    end: int


def outline(sections: list[dict[str, Any]], trail: tuple[str, ...] = ()) -> list[OutlineEntry]:
    """The sections of a report structure (`store.shards`) in reading order, without building the `Report`."""
    entries = []
    for section in sections:
        path = [*trail, section["heading"]]
        children = section["children"]
        entries.append(OutlineEntry(section["id"], path, section["start"],
                                    children[0]["start"] if children else section["end"]))
        entries.extend(outline(children, tuple(path)))
    return entries


@dataclass(slots=True)
class _Match:
    """A section matching the query, before its snippet is built."""

    record: ReportRecord
    text: str
    section: OutlineEntry
    first: int  # offset of the first marked match in the report text
    length: int
    marked: list[str]
    exact: bool


def search(
    query: str,
    records: Iterable[ReportRecord],
    index: SearchIndex,
    load_data: Callable[[str], bytes],
    load_outline: Callable[[str], list[OutlineEntry]],
    limit: int,
) -> list[SearchHit]:
    """Hits for `query` within `records`: exact phrases first, each group in the records' order; at most `limit`.

    A report's text (`load_data`: its UTF-8 bytes) is tested before its outline
    (`load_outline`, the section spans) is read, so that a report without the phrase
    or a term costs one file.
    """
    words = query.split()
    if not words or limit <= 0:
        return []
    probe = _Probe(query_terms(query), [fold(p) for p in dict.fromkeys((" ".join(words), "".join(words)))],
                   any(c.lower() != c.upper() for c in query))
    possible = candidates(probe.terms, index)
    if not possible:
        return []
    records = list(records)
    scanned: dict[int, list[_Match]] = {}  # position in records → matches of a report read in the first pass
    lacking: set[int] = set()  # positions of reports whose text lacks a term
    exact: list[_Match] = []
    for position, record in _among(records, possible & candidates(probe.phrases[-1:], index)):
        data = load_data(record.summary.id)
        if not probe.has_terms(data):
            lacking.add(position)
        elif probe.has_phrase(data):
            scanned[position] = probe.matches(record, data, load_outline(record.summary.id))
            exact.extend(match for match in scanned[position] if match.exact)
            if len(exact) >= limit:
                return [_hit(match) for match in exact[:limit]]
    wanted = limit - len(exact)
    others: list[_Match] = []
    for position, record in _among(records, possible):
        found = scanned.get(position)
        if found is None and position not in lacking:
            data = load_data(record.summary.id)
            found = probe.matches(record, data, load_outline(record.summary.id)) if probe.has_terms(data) else None
        others.extend(match for match in found or () if not match.exact)
        if len(others) >= wanted:
            break
    return [_hit(match) for match in exact + others[:wanted]]


class _Probe:
    """Tests a report's text for the query's terms and phrases.

    A query without cased letters is tested on the UTF-8 bytes, undecoded (a UTF-8
    needle matches only at character boundaries, and no character lower-cases to an
    uncased one); a query with cased letters on the folded text.
    """

    def __init__(self, terms: list[str], phrases: list[str], cased: bool) -> None:
        self.terms, self.phrases, self.cased = terms, phrases, cased
        self._needles = [term.encode() for term in terms], [phrase.encode() for phrase in phrases]

    def _contains(self, data: bytes, strings: list[str], needles: list[bytes]) -> Iterator[bool]:
        """Whether the text holds each of `strings` (as `needles`, their UTF-8 bytes, for an uncased query)."""
        if self.cased:
            whole = fold(data.decode("utf-8"))
            return (string in whole for string in strings)
        return (needle in data for needle in needles)

    def has_terms(self, data: bytes) -> bool:
        return all(self._contains(data, self.terms, self._needles[0]))

    def has_phrase(self, data: bytes) -> bool:
        return any(self._contains(data, self.phrases, self._needles[1]))

    def matches(self, record: ReportRecord, data: bytes, sections: list[OutlineEntry]) -> list[_Match]:
        """The sections whose own text has every term, in reading order."""
        text = data.decode("utf-8")
        whole = fold(text) if self.cased else text
        found = []
        for section in sections:
            start, end = section.start, section.end
            if not all(whole.find(term, start, end) != -1 for term in self.terms):
                continue
            phrase = next((p for p in self.phrases if whole.find(p, start, end) != -1), None)
            marked = [phrase] if phrase is not None else self.terms
            first, length = min((whole.find(term, start, end), -len(term)) for term in marked)
            found.append(_Match(record, text, section, first, -length, marked, phrase is not None))
        return found


def _among(records: list[ReportRecord], bitmap: int) -> Iterator[tuple[int, ReportRecord]]:
    """(position, record) of the records whose doc is set in `bitmap`, in the records' order."""
    flags = bin(bitmap)[:1:-1]
    size = len(flags)
    for position, record in enumerate(records):
        if record.doc < size and flags[record.doc] == "1":
            yield position, record


def _hit(match: _Match) -> SearchHit:
    section, summary = match.section, match.record.summary
    snippet, spans = _snippet(match.text, section.start, section.end, match.first, match.length, match.marked)
    return SearchHit(
        report_id=summary.id,
        section_id=section.id,
        section_path=section.path,
        place=summary.place.name if summary.place else None,
        year=summary.title_year,
        snippet=snippet,
        snippet_matches=spans,
        offset=match.first,
        length=match.length,
        exact_phrase=match.exact,
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
