"""Every store call the main screen makes, each in a worker of the one "store" group.

A mixin for a `Screen`: each method starts a thread worker, calls the store
(through the app's `LockedStore`, which serialises the calls), and posts a
message from `tui.messages` back to the screen. Nothing here touches a widget.
Workers are not exclusive (that would cancel a search when a report loads);
the screen ignores results it no longer wants.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from textual import work

from store.api import ReportFilter
from tui.messages import (
    CatalogueLoaded,
    IndicatorsLoaded,
    IngestFinished,
    IngestProgressed,
    ReaderTarget,
    ReportLoaded,
    SearchFinished,
    StoreFailed,
)

if TYPE_CHECKING:
    from textual.message import Message


def store_is_empty(store: Any) -> bool:
    """`Store.is_empty`, whether the store exposes it as a property or a method."""
    empty = store.is_empty
    return bool(empty() if callable(empty) else empty)


class StoreWorkers:
    """Worker methods; the class using it is a `Screen` whose app has `open_store` and `store`."""

    app: Any
    post_message: Callable[[Message], bool]

    def _failed(self, action: str, error: Exception) -> None:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        self.post_message(StoreFailed(action, reason))

    def _post_catalogue(self) -> None:
        store = self.app.store
        self.post_message(CatalogueLoaded(store.stats(), store.reports()))

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def open_catalogue(self) -> None:
        """Open the cache; on first run ingest the bundled samples (with progress); load the catalogue."""
        try:
            store = self.app.open_store()
            if store_is_empty(store):
                summary = store.ingest_samples(progress=lambda p: self.post_message(IngestProgressed(p)))
                self.post_message(IngestFinished(summary))
            self._post_catalogue()
        except Exception as error:  # noqa: BLE001 — any store failure becomes a one-line notice
            self._failed("open the cache", error)

    @work(thread=True, group="watch", exclusive=True, exit_on_error=False)
    def check_catalogue(self) -> None:
        """Reload the catalogue when another process (a `gwr ingest`) has committed to the cache."""
        store = self.app.store
        try:
            if store is not None and store.committed_elsewhere():
                self._post_catalogue()
        except Exception as error:  # noqa: BLE001
            self._failed("reload the cache", error)

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def ingest_folder(self, folder: Path) -> None:
        """Ingest the source files under `folder` (or the file), with progress, then reload the catalogue."""
        try:
            summary = self.app.store.ingest([folder], progress=lambda p: self.post_message(IngestProgressed(p)))
            self.post_message(IngestFinished(summary))
            self._post_catalogue()
        except Exception as error:  # noqa: BLE001
            self._failed(f"ingest {folder}", error)

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def load_report(self, report_id: str, target: ReaderTarget | None) -> None:
        """Load a full report; `target` None only fills its sections into the tree."""
        try:
            report = self.app.store.report(report_id)
        except Exception as error:  # noqa: BLE001
            self._failed(f"load report {report_id}", error)
            return
        self.post_message(ReportLoaded(report, target))

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def load_indicators(self, report_id: str | None, where: ReportFilter | None) -> None:
        """Indicators of one report, or of every report matching `where`."""
        try:
            if report_id is None:
                indicators = self.app.store.indicators(where=where)
            else:
                indicators = self.app.store.indicators(report_id=report_id)
        except Exception as error:  # noqa: BLE001
            self._failed("load indicators", error)
            return
        self.post_message(IndicatorsLoaded(indicators, report_id))

    @work(thread=True, group="store", exclusive=False, exit_on_error=False)
    def run_search(self, query: str, where: ReportFilter | None, report_ids: frozenset[str] | None) -> None:
        """Search; keep only hits in `report_ids` (the reports the tree filter shows) when given."""
        try:
            hits = self.app.store.search(query, where=where, limit=200 if report_ids else 100)
        except Exception as error:  # noqa: BLE001
            self._failed(f"search for {query}", error)
            return
        if report_ids is not None:
            hits = [hit for hit in hits if hit.report_id in report_ids]
        self.post_message(SearchFinished(query, hits))
