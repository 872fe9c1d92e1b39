"""Every store call the main screen makes, each in a worker of the one "store" group.

A mixin for a `Screen`: each method starts a thread worker, calls the store
(through the app's `LockedStore`, which serialises the calls), and posts a
message from `tui.messages` back to the screen. Nothing here touches a widget.
Workers are not exclusive (that would cancel a search when a report loads);
the screen ignores results it no longer wants.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, cast

from textual import work

from corpus.model import Indicator
from store.api import IngestProgress, ReportFilter, ReportStore
from store.indicator_records import IndicatorRecords
from tui.messages import (
    CatalogueLoaded,
    IndicatorsLoaded,
    IngestFinished,
    IngestProgressed,
    ReaderTarget,
    ReportLoaded,
    SearchFinished,
    failure_reported,
)

if TYPE_CHECKING:
    from textual.message import Message

    from tui.app import GwrApp

#: Rows of the first reports shown while every report's indicators are read: more than a screenful.
FIRST_ROWS = 100
#: The most hits one search lists (a common word in thousands of reports stops there).
SEARCH_LIMIT = 500


class StoreWorkers:
    """Worker methods; the class using it is a `Screen` whose app has `open_store` and `store`."""

    app: Any
    post_message: Callable[[Message], bool]

    @property
    def gwr_app(self) -> GwrApp:
        """The app, typed (the screen's `app` is any Textual app)."""
        return cast("GwrApp", self.app)

    @property
    def store(self) -> ReportStore:
        """The app's cache behind its lock; raises until `open_catalogue` has opened it."""
        store = self.gwr_app.store
        if store is None:
            raise RuntimeError("the cache is not open yet")
        return store

    def _progressed(self, progress: IngestProgress) -> None:
        self.post_message(IngestProgressed(progress))

    def _post_catalogue(self) -> None:
        self.post_message(CatalogueLoaded(self.store.stats(), self.store.reports()))

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def open_catalogue(self) -> None:
        """Open the cache; on first run ingest the bundled samples (with progress); load the catalogue."""
        with failure_reported(self, "open the cache"):
            store = self.gwr_app.open_store()
            if store.is_empty:
                summary = store.ingest_samples(progress=self._progressed)
                self.post_message(IngestFinished(summary))
            self._post_catalogue()

    @work(thread=True, group="watch", exclusive=True, exit_on_error=False)
    def check_catalogue(self) -> None:
        """Reload the catalogue when another process (a `gwr ingest`) has committed to the cache."""
        with failure_reported(self, "reload the cache"):
            if self.gwr_app.store is not None and self.store.committed_elsewhere():
                self._post_catalogue()

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def ingest_folder(self, folder: Path) -> None:
        """Ingest a folder (or a file) as `gwr ingest` does, with progress, then reload the catalogue."""
        with failure_reported(self, f"ingest {folder}"):
            summary = self.store.ingest([folder], progress=self._progressed)
            self.post_message(IngestFinished(summary))
            self._post_catalogue()

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def load_report(self, report_id: str, target: ReaderTarget | None) -> None:
        """Load a full report; `target` None only fills its sections into the tree."""
        with failure_reported(self, f"load report {report_id}"):
            self.post_message(ReportLoaded(self.store.report(report_id), target))

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def load_indicators(self, report_id: str | None, where: ReportFilter) -> None:
        """Indicators of one report, or of every report matching `where`: those of the first reports at once
        (a screenful), then all of them, read in one go."""
        with failure_reported(self, "load indicators"):
            if report_id is not None:
                records = IndicatorRecords.of_indicators(self.store.indicators(report_id=report_id))
                self.post_message(IndicatorsLoaded(records, report_id))
                return
            first: list[Indicator] = []
            for summary in self.store.reports(where):
                if len(first) >= FIRST_ROWS:
                    break
                first += self.store.indicators(report_id=summary.id)
            self.post_message(IndicatorsLoaded(IndicatorRecords.of_indicators(first), None, complete=False))
            self.post_message(IndicatorsLoaded(self.store.indicator_records(where), None))

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def run_search(self, query: str, where: ReportFilter) -> None:
        """Search the reports `where` lets through (the tree filter): at most `SEARCH_LIMIT` hits."""
        with failure_reported(self, f"search for {query}"):
            self.post_message(SearchFinished(query, self.store.search(query, where=where, limit=SEARCH_LIMIT)))
