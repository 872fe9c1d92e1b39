"""Messages the store workers post back to the UI thread, and the one way a worker reports failure.

Workers never touch widgets: they call the store, then post one of these to the
screen that started them, whose handlers update the widgets. A worker's body runs
inside `failure_reported`, which turns any exception into one `StoreFailed`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from textual.message import Message

from corpus.model import Report
from store.api import CorpusStats, IngestProgress, IngestSummary, ReportSummary, SearchHit
from store.indicator_records import IndicatorRecords


@dataclass(slots=True, frozen=True)
class ReaderTarget:
    """Where the reader should go once a report is loaded.

    `focus` is a (start, end) span of `Report.text` to scroll to and highlight
    (an indicator's quote, a search hit); every occurrence of `words` (the
    search words) is highlighted too.
    """

    section_id: str | None = None
    focus: tuple[int, int] | None = None
    words: tuple[str, ...] = ()


class CatalogueLoaded(Message):
    """The store is open: its stats and every report's catalogue row."""

    def __init__(self, stats: CorpusStats, summaries: list[ReportSummary]) -> None:
        super().__init__()
        self.stats = stats
        self.summaries = summaries


class IngestProgressed(Message):
    """One more file was ingested (counts so far: a newer one replaces one still queued)."""

    def __init__(self, progress: IngestProgress) -> None:
        super().__init__()
        self.progress = progress

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IngestProgressed)


class IngestFinished(Message):
    """An ingest ended; the catalogue is reloaded after it."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__()
        self.summary = summary


class ReportLoaded(Message):
    """A full report, and where the reader should go in it (None: only fill the tree)."""

    def __init__(self, report: Report, target: ReaderTarget | None) -> None:
        super().__init__()
        self.report = report
        self.target = target


class IndicatorsLoaded(Message):
    """Indicator rows for the table: of one report, or of every report (`report_id` None).

    Not `complete`: the rows of the first reports only, to show while the rest are read.
    """

    def __init__(self, records: IndicatorRecords, report_id: str | None, complete: bool = True) -> None:
        super().__init__()
        self.records = records
        self.report_id = report_id
        self.complete = complete


class SearchFinished(Message):
    """The hits of a search, best first."""

    def __init__(self, query: str, hits: list[SearchHit]) -> None:
        super().__init__()
        self.query = query
        self.hits = hits


class StoreFailed(Message):
    """A worker's call failed: `action` says what we tried, `reason` says so in one line ("Could not …: why")."""

    def __init__(self, action: str, error: BaseException) -> None:
        super().__init__()
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        self.action = action
        self.reason = f"Could not {action}: {detail}"


class MessageTarget(Protocol):
    """Whatever a worker posts its messages to: a screen or a widget."""

    def post_message(self, message: Message) -> bool: ...


@contextmanager
def failure_reported(node: MessageTarget, action: str) -> Iterator[None]:
    """The one error path of every worker: an exception in the block becomes a `StoreFailed` posted to `node`.

    Put the posting of the result inside the block, so nothing follows a failure:
    `with failure_reported(self, "load report X"): self.post_message(ReportLoaded(store.report(X)))`.
    """
    try:
        yield
    except Exception as error:  # noqa: BLE001 — any failure becomes a one-line notice, never a crash
        node.post_message(StoreFailed(action, error))
