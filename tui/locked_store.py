"""One lock around the store: TinyDB is not thread-safe.

Store calls run in `@work(thread=True, group="store")` workers; an exclusive
worker that is cancelled keeps running until its call returns, so two workers
can overlap. Every access through `LockedStore` (each method and `is_empty`)
holds the same lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from corpus.model import Indicator, IndicatorKind, Report
from store.indicator_records import IndicatorRecords
from store.api import (
    CorpusStats,
    IngestSummary,
    Keyword,
    ProgressCallback,
    ReportFilter,
    ReportStore,
    ReportSummary,
    SearchHit,
)


class LockedStore(ReportStore):
    """A `ReportStore` whose every access holds one re-entrant lock."""

    def __init__(self, store: ReportStore) -> None:
        self._store = store
        self._lock = threading.RLock()

    @property
    def is_empty(self) -> bool:
        with self._lock:
            return self._store.is_empty

    def stats(self) -> CorpusStats:
        with self._lock:
            return self._store.stats()

    def reports(self, where: ReportFilter | None = None) -> list[ReportSummary]:
        with self._lock:
            return self._store.reports(where)

    def report(self, report_id: str) -> Report:
        with self._lock:
            return self._store.report(report_id)

    def resolve(self, words: Iterable[str]) -> list[ReportSummary]:
        with self._lock:
            return self._store.resolve(words)

    def indicators(self, *, report_id: str | None = None, metric: str | None = None,
                   kind: IndicatorKind | None = None, where: ReportFilter | None = None) -> list[Indicator]:
        with self._lock:
            return self._store.indicators(report_id=report_id, metric=metric, kind=kind, where=where)

    def indicator_records(self, where: ReportFilter | None = None) -> IndicatorRecords:
        with self._lock:
            return self._store.indicator_records(where)

    def search(self, query: str, where: ReportFilter | None = None, limit: int = 100) -> list[SearchHit]:
        with self._lock:
            return self._store.search(query, where, limit)

    def keywords(self, report_ids: Iterable[str], top: int = 20) -> list[Keyword]:
        with self._lock:
            return self._store.keywords(report_ids, top)

    def ingest(self, paths: Iterable[Path], *, prune: bool = False,
               progress: ProgressCallback | None = None) -> IngestSummary:
        with self._lock:
            return self._store.ingest(paths, prune=prune, progress=progress)

    def ingest_samples(self, progress: ProgressCallback | None = None) -> IngestSummary:
        with self._lock:
            return self._store.ingest_samples(progress)

    def committed_elsewhere(self) -> bool:
        with self._lock:
            return self._store.committed_elsewhere()
