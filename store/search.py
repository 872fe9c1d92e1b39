"""Full-text search over report sections.

A query is segmented like the reports (jieba search mode, minus words contained
in a longer query word); every term must occur in a section's own text, and
sections where the query occurs exactly as written (the phrase) rank first, then
reading order. A spaced query ("黄河 生态") also counts as an exact phrase
when its words stand together ("黄河生态"), as Chinese is written without spaces.

Results are exact: the candidate reports are those whose character postings hold
every character of every term (no report containing the query is missed), and
only their sections are scanned. The jieba word postings decide the scanning
order: reports where each term was cut as a word come first, so that the scan
can stop early, once `limit` exact-phrase hits are found (a common word costs
no more than a rare one). The worst case is a query whose characters are all
common but which rarely occurs: every report with those characters is scanned.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from corpus.model import Report, Section
from store.api import SearchHit
from store.catalogue import ReportRecord
from store.index import SearchIndex
from store.words import dictionary_words, is_word

SNIPPET_BEFORE, SNIPPET_AFTER = 30, 70
#: A run of Latin letters and digits (with . and %), or a run of anything else but spaces.
LATIN_OR_OTHER = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*(?<!\.)|[^0-9A-Za-z\s]+")
ELLIPSIS = "…"


def fold(text: str) -> str:
    """`text` lower-cased when that keeps every offset; otherwise unchanged."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


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


def character_docs(term: str, index: SearchIndex) -> set[int]:
    """Report numbers whose text has every character of `term`: all reports that can contain it."""
    docs: set[int] | None = None
    for character in set(term):
        found = index.docs("c", character)
        docs = found if docs is None else docs & found
    return docs or set()


def likely_docs(term: str, index: SearchIndex) -> set[int]:
    """Report numbers where jieba cut `term` as a word (the likeliest hits), else `character_docs`."""
    if len(term) > 1 and index.has_word(term):
        return index.docs("w", term)
    return character_docs(term, index)


def own_span(section: Section) -> tuple[int, int]:
    """The part of `Report.text` that is this section's own (heading and text before its first child)."""
    return section.start, section.children[0].start if section.children else section.end


def search(
    query: str,
    records: Iterable[ReportRecord],
    index: SearchIndex,
    load: Callable[[str], Report],
    limit: int,
    load_text: Callable[[str], str] | None = None,
) -> list[SearchHit]:
    """Hits for `query` within `records`: exact phrases first, each group in the records' order; at most `limit`.

    Reports where the terms are indexed words are scanned first, then the other
    reports having all the query's characters, until `limit` exact-phrase hits are found;
    once `limit` hits are in hand, a report without the phrase is passed over on its text.
    `load_text` (a report's text alone, cheaper than `load`) lets a report without
    every term be passed over before its section tree is built.
    """
    words = query.split()
    phrases = list(dict.fromkeys(fold(p) for p in (" ".join(words), "".join(words))))
    if not words or limit <= 0:
        return []
    terms = query_terms(query)
    possible = set.intersection(*(character_docs(term, index) for term in terms))
    likely = set.intersection(*(likely_docs(term, index) for term in terms)) & possible
    ordered = [(position, record) for position, record in enumerate(records) if record.doc in possible]
    ordered.sort(key=lambda item: item[1].doc not in likely)
    found: list[tuple[bool, int, int, SearchHit]] = []
    exact_count = 0
    load_text = load_text or (lambda report_id: load(report_id).text)
    for position, record in ordered:
        whole = fold(load_text(record.summary.id))
        if not all(term in whole for term in terms):
            continue
        if len(found) >= limit and not any(phrase in whole for phrase in phrases):
            continue  # with `limit` hits in hand, only exact-phrase hits can still get in
        report = load(record.summary.id)
        for number, section in enumerate(report.walk_sections()):
            hit = _section_hit(report, record, section, phrases, terms)
            if hit is not None:
                found.append((not hit.exact_phrase, position, number, hit))
                exact_count += hit.exact_phrase
        if exact_count >= limit:
            break
    found.sort(key=lambda item: item[:3])
    return [hit for *_, hit in found[:limit]]


def _section_hit(
    report: Report, record: ReportRecord, section: Section, phrases: list[str], terms: list[str]
) -> SearchHit | None:
    start, end = own_span(section)
    text = fold(report.text[start:end])
    if not all(term in text for term in terms):
        return None
    phrase = next((p for p in phrases if p in text), None)
    exact = phrase is not None
    marked = [phrase] if phrase is not None else terms
    first = min(text.find(term) for term in marked)
    length = next(len(term) for term in marked if text.find(term) == first)
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
