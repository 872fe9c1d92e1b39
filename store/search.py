"""Full-text search over the parts of reports (`store.parts`: sections, preamble, annexes).

A query's words (split at spaces) must all occur in one part, each as an exact
phrase: its tokens (`store.index.tokens`: a CJK character, a Latin word or a
number) at consecutive positions, whitespace and line breaks in the text
ignored. No word segmentation (分词): "量发" finds every "高质量发展". Parts where
the words also stand together ("黄河 生态" as "黄河生态", the whole query as one
phrase) are exact-phrase hits and come first. Each group is in the reading order
of the reports searched (`Scope`), then of the parts within a report; the result
is cut at `limit`.

The index (tantivy) hands over only the parts a page of hits needs: those of the
first reports in reading order, when they hold a page; else, when a group has
few parts, all of them (sorted here); when it has many, those of runs of reports
in reading order (`_first_in_order`). Only the hits returned are read from their report's
text file, each its own part's bytes (checked against their CRC-32), to place
the match and cut a snippet. A hit that the text does not confirm means the
index is damaged (`CorruptCacheFile`).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from typing import Callable, Sequence

from store.api import SearchHit
from store.catalogue import ReportRecord
from store.index import Listing, Match, Placement, SearchIndex, fold, has_case, located, tokens
from store.parts import Part, label

SNIPPET_BEFORE, SNIPPET_AFTER = 30, 70
ELLIPSIS = "…"
#: How many parts the index lists at first: a group with no more is sorted here whole.
FIRST_LISTING = 4096
#: The most reports of a narrowed scope named to the index (a larger scope's other hits are left out here).
MOST_NAMED = 1024
#: The reports asked about first, and the fewest read at a time when a group has too many parts to list whole.
FIRST_RUN = 128
#: The longest run read on after the first when it falls short; a sparser group is counted by the index instead.
LONGEST_NEXT_RUN = 512
#: How many times the reports that should hold the hits still wanted (at the group's parts per report) a run reads.
RUN_MARGIN = 2
#: How many more reports each further run reads than the one before.
RUN_GROWTH = 4

#: Reads a part of a report's text: the report, then the part's bytes in its text file and their CRC-32.
ReadPart = Callable[[ReportRecord, int, int, int], str]


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


@dataclass(slots=True)
class Scope:
    """The reports searched, in reading order, with each report number's place in that order."""

    records: list[ReportRecord]
    total: int  # reports in the cache
    position: dict[int, int] = field(init=False)

    def __post_init__(self) -> None:
        self.position = {record.doc: number for number, record in enumerate(self.records)}

    @property
    def narrowed(self) -> bool:
        """Whether some reports of the cache are left out."""
        return len(self.records) < self.total


@dataclass(slots=True, frozen=True)
class Ranked:
    """A matching part in the order of the hits: whether it holds the exact phrase, its report, and the match."""

    exact: bool
    record: ReportRecord
    match: Match


def search(query: str, scope: Scope, index: SearchIndex, read_part: ReadPart, limit: int) -> list[SearchHit]:
    """Hits for `query` within `scope`: exact phrases first, each group in reading order; at most `limit`.

    `read_part` gives the text of a part (checked); only the hits returned are read.
    """
    parsed = Query.of(query)
    found = ranked(parsed, scope, index, limit)
    placements = index.placements([hit.match for hit in found])
    return [_hit(hit, placement, parsed, index, read_part) for hit, placement in zip(found, placements)]


def ranked(query: Query, scope: Scope, index: SearchIndex, limit: int) -> list[Ranked]:
    """The first `limit` matching parts in the order of the hits (`limit` may be `math.inf`: every one)."""
    if not query.terms:
        return []
    groups: list[tuple[bool, list[list[str]], list[str] | None]] = [(True, [query.joined], None)]
    if query.spaced:
        groups.append((False, query.terms, query.joined))
    found: list[Ranked] = []
    for exact, phrases, without in groups:
        if len(found) >= limit:
            break
        found += (Ranked(exact, scope.records[scope.position[match.doc]], match)
                  for match in _first_in_order(index, scope, phrases, without, limit - len(found)))
    return found


def _first_in_order(index: SearchIndex, scope: Scope, phrases: list[list[str]], without: list[str] | None,
                    wanted: float) -> list[Match]:
    """The first `wanted` parts of the scope holding every phrase but not `without`, in reading order.

    The first `FIRST_RUN` reports in reading order usually hold a page of hits: the index is asked about them
    alone (cheap: it checks phrases only in their parts), then, when they nearly do, about the next run of
    reports. Otherwise the index counts the group: a small one is listed whole, a large one read in runs. A narrowed scope is named to the index when it is small;
    a large one is not (naming thousands of reports costs more than leaving their hits out here).
    """
    found: list[Match] = []
    if not math.isinf(wanted):
        found = _run(index, scope, phrases, without, 0, FIRST_RUN, wanted)
        if len(found) >= wanted or FIRST_RUN >= len(scope.records):
            return found
        size = math.ceil(RUN_MARGIN * (wanted - len(found)) * FIRST_RUN / len(found)) if found else math.inf
        if size <= LONGEST_NEXT_RUN:  # nearly a page: read on at the first run's parts per report
            return found + _read_in_runs(index, scope, phrases, without, wanted - len(found), FIRST_RUN, int(size))
    named = [record.doc for record in scope.records] if scope.narrowed and len(scope.records) <= MOST_NAMED else None
    listing = index.matches(phrases, FIRST_LISTING, without=without, docs=named)
    if not listing.whole and math.isinf(wanted):
        listing = index.matches(phrases, listing.count, without=without, docs=named)
    if listing.whole:
        return _first_listed(index, listing, scope, wanted)
    per_report = listing.count / (len(scope.records) if named is not None else scope.total)
    size = math.ceil(RUN_MARGIN * (wanted - len(found)) / per_report)
    return found + _read_in_runs(index, scope, phrases, without, wanted - len(found), FIRST_RUN, size)


def _read_in_runs(index: SearchIndex, scope: Scope, phrases: list[list[str]], without: list[str] | None,
                  wanted: float, start: int, size: int) -> list[Match]:
    """The first `wanted` matching parts of the reports from `start` on, read in runs of reports in reading
    order: the first of `size` reports (at least `FIRST_RUN`), each next one `RUN_GROWTH` times longer."""
    size = max(size, FIRST_RUN)
    found: list[Match] = []
    while start < len(scope.records) and len(found) < wanted:
        found += _run(index, scope, phrases, without, start, size, wanted - len(found))
        start += size
        size *= RUN_GROWTH
    return found


def _run(index: SearchIndex, scope: Scope, phrases: list[list[str]], without: list[str] | None,
         start: int, size: int, wanted: float) -> list[Match]:
    """The first `wanted` matching parts of the `size` reports from `start` on (in reading order)."""
    docs = [record.doc for record in scope.records[start:start + size]]
    listing = index.matches(phrases, FIRST_LISTING, without=without, docs=docs)
    if not listing.whole:
        listing = index.matches(phrases, listing.count, without=without, docs=docs)
    return _first_listed(index, listing, scope, wanted)


def _first_listed(index: SearchIndex, listing: Listing, scope: Scope, wanted: float) -> list[Match]:
    """The first `wanted` parts of a whole listing in reading order (parts of reports outside the scope left out).

    The listing is sorted by report place alone (no Python call per hit); only the reports kept are asked for
    their part numbers, to put their parts in order.
    """
    position, hits = scope.position, listing.hits
    places = [position.get(doc, -1) for doc, _ in hits]
    order = sorted((number for number, place in enumerate(places) if place >= 0), key=places.__getitem__)
    if not math.isinf(wanted) and len(order) > wanted:
        last = places[order[int(wanted) - 1]]
        order = order[:bisect.bisect_right(order, last, key=places.__getitem__)]  # the last report's parts whole
    numbers = index.part_numbers([hits[number][1] for number in order])
    kept = sorted(zip(order, numbers), key=lambda item: (places[item[0]], item[1]))
    return [Match(hits[number][0], part, hits[number][1]) for number, part in kept][:_cut(wanted)]


def _cut(wanted: float) -> int | None:
    """A slice end keeping `wanted` items (None: all)."""
    return None if math.isinf(wanted) else int(wanted)


def _hit(hit: Ranked, placement: Placement, query: Query, index: SearchIndex, read_part: ReadPart) -> SearchHit:
    """The hit of one part: where the (first) match is, and a snippet around it with every match marked."""
    summary = hit.record.summary
    text = read_part(hit.record, placement.byte_start, placement.byte_end, placement.checksum)
    phrases = [query.joined] if hit.exact else query.terms
    folded = fold(text) if any(map(has_case, phrases)) else text
    found = [list(located(folded, 0, len(folded), phrase)) for phrase in phrases]
    if not all(found):
        raise index.damaged(f"it names a match that report {summary.id} lacks")
    first, end = min(spans[0] for spans in found)
    part = Part(placement.section_id, placement.path, 0, len(text))
    snippet, snippet_spans = _snippet(text, part, first, end, sorted(span for spans in found for span in spans))
    return SearchHit(
        report_id=summary.id,
        section_id=part.section_id,
        section_path=label(part, text),
        place=summary.place.name if summary.place else None,
        year=summary.title_year,
        snippet=snippet,
        snippet_matches=snippet_spans,
        offset=placement.start + first,
        length=end - first,
        exact_phrase=hit.exact,
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
