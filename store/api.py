"""The contract between the cache (`store/`) and its users (the CLI and the TUI).

The TUI and the CLI only ever talk to an object with this interface; the
records it hands out are plain dataclasses from here and from `corpus.model`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Protocol

from corpus.model import DocKind, Indicator, IndicatorKind, Place, Report

if TYPE_CHECKING:
    from store.indicator_records import IndicatorRecords


@dataclass(slots=True, frozen=True)
class ReportFilter:
    """Narrow reports (and search hits) by place, province, year, document kind and free words.

    `year` matches the title year, review year or plan year. `words` is the tree filter's
    language ("济南 2023", "甘肃 other"): every word must occur in the report's place names,
    years, title, id or document kind. The tree, search, the indicator table and the CLI
    all narrow with the same filter, so each shows exactly the reports the others do.
    """

    province: str | None = None
    place: str | None = None
    year: int | None = None
    doc_kind: DocKind | None = None
    words: tuple[str, ...] = ()
    #: Groups of words of which at least one must occur, as `words` do: what a pinyin word spells
    #: when it fits several places ("jn" → 济南市 or 济宁市).
    any_words: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_words(cls, text: str) -> ReportFilter:
        """The filter for words typed in a filter box (lower-cased; blank: no narrowing)."""
        return cls(words=tuple(text.lower().split()))


@dataclass(slots=True)
class ReportSummary:
    """A catalogue row: everything about a report except its text."""

    id: str
    title: str
    source_path: str
    doc_kind: DocKind
    place: Place | None
    title_year: int | None
    review_year: int | None
    plan_year: int | None
    delivered: str | None
    speaker: str | None
    truncated: bool
    warnings: list[str]
    section_count: int
    indicator_count: int
    char_count: int


@dataclass(slots=True)
class SearchHit:
    """One match of a search: where it is and a snippet around it."""

    report_id: str
    section_id: str
    section_path: list[str]  # headings from the top level down
    place: str | None
    year: int | None
    snippet: str
    snippet_matches: list[tuple[int, int]]  # (start, end) of each match inside `snippet`
    offset: int  # offset of the first match in Report.text
    length: int  # length of the match
    exact_phrase: bool  # the query occurs as written (ranks first)


@dataclass(slots=True)
class IngestProgress:
    """Sent to the progress callback after each file."""

    done: int
    total: int
    path: str


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did, file by file."""

    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # passed over in a folder: (path, reason)
    reports: int = 0
    sections: int = 0
    indicators: int = 0


@dataclass(slots=True)
class CorpusStats:
    """Counts for the header line."""

    reports: int
    places: int
    provinces: int
    sections: int
    indicators: int
    years: tuple[int, int] | None  # (earliest, latest) title year


@dataclass(slots=True)
class Keyword:
    """A word a report (or group of reports) stresses."""

    word: str
    weight: float  # TF-IDF weight
    count: int  # raw occurrences


ProgressCallback = Callable[[IngestProgress], None]


class ReportStore(Protocol):
    """What the CLI and the TUI may ask of the cache."""

    @property
    def is_empty(self) -> bool:
        """True when the cache holds no report (first run)."""
        ...

    def stats(self) -> CorpusStats: ...

    def reports(self, where: ReportFilter | None = None) -> list[ReportSummary]: ...

    def report(self, report_id: str) -> Report: ...

    def resolve(self, words: Iterable[str]) -> list[ReportSummary]:
        """Reports matching an id, or place and/or year words ("济南", "2022")."""
        ...

    def indicators(
        self,
        *,
        report_id: str | None = None,
        metric: str | None = None,
        kind: IndicatorKind | None = None,
        where: ReportFilter | None = None,
    ) -> list[Indicator]: ...

    def indicator_records(self, where: ReportFilter | None = None) -> IndicatorRecords:
        """Every indicator of the reports `where` lets through, as stored rows read at once (the table of all)."""
        ...

    def search(self, query: str, where: ReportFilter | None = None, limit: int = 100) -> list[SearchHit]: ...

    def keywords(self, report_ids: Iterable[str], top: int = 20) -> list[Keyword]: ...

    def ingest(
        self, paths: Iterable[Path], *, prune: bool = False, progress: ProgressCallback | None = None
    ) -> IngestSummary:
        """Parse the files under `paths` (files or folders) into the cache, as `gwr ingest` does."""
        ...

    def ingest_samples(self, progress: ProgressCallback | None = None) -> IngestSummary:
        """Ingest the bundled sample corpus (the first run)."""
        ...

    def committed_elsewhere(self) -> bool:
        """True when another process has committed to the cache since this store last read it (cheap)."""
        ...
