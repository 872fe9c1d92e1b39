"""The catalogue: the one small TinyDB file read when the cache opens.

Tables: `meta` (versions, generation, index shard names), `sources` (path, size,
sha256, parser version, report ids), `reports` (metadata rows, no text) and
`indicators`. The database is kept in memory (orjson storage behind TinyDB's
caching middleware) and written back atomically in one piece by `commit()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from corpus.model import DocKind, Indicator, Report, indicator_from_dict, place_from_dict, to_dict
from store.api import ReportSummary
from store.files import read_json, write_json

#: Bump whenever the layout of the cache files changes: the cache rebuilds on a mismatch.
SCHEMA_VERSION = 1


class OrjsonStorage(Storage):
    """TinyDB storage reading with orjson and writing atomically (temp file, fsync, rename)."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, Any] | None:
        if not self.path.exists():
            return None
        return read_json(self.path)

    def write(self, data: dict[str, Any]) -> None:
        write_json(self.path, data)

    def close(self) -> None:
        pass


@dataclass(slots=True)
class SourceRecord:
    """A source file as last ingested."""

    path: str
    size: int
    sha256: str
    parser_version: str
    report_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ReportRecord:
    """A report's catalogue entry: its summary plus where its text lives."""

    summary: ReportSummary
    doc: int  # the report's number in the search index postings
    shard: str  # file name of the report's shard under reports/
    source: str  # path of the source file it came from


def summarise(report: Report) -> ReportSummary:
    """The catalogue row of a parsed report: its metadata fields plus counts."""
    counts = {
        "section_count": sum(1 for _ in report.walk_sections()),
        "indicator_count": len(report.indicators),
        "char_count": len(report.text),
    }
    metadata = {f.name: getattr(report, f.name) for f in fields(ReportSummary) if f.name not in counts}
    return ReportSummary(**metadata | {"warnings": list(report.warnings)} | counts)


def _summary_from_row(row: dict[str, Any]) -> ReportSummary:
    values = dict(row["summary"])
    values["doc_kind"] = DocKind(values["doc_kind"])
    values["place"] = place_from_dict(values["place"])
    return ReportSummary(**values)


class Catalogue:
    """The catalogue of one cache directory, held in memory."""

    def __init__(self, path: Path) -> None:
        """Read the catalogue at `path` (empty when missing); raises `CorruptCacheFile`.

        A catalogue written with another schema version yields its `meta` only.
        """
        self.path = path
        self._database = TinyDB(str(path), storage=CachingMiddleware(OrjsonStorage))
        self.meta: dict[str, Any] = {}
        self.sources: dict[str, SourceRecord] = {}
        self.reports: dict[str, ReportRecord] = {}
        self.indicators: dict[str, list[Indicator]] = {}
        try:
            self._load()
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise CorruptCacheFile(path, f"unreadable catalogue rows ({type(error).__name__}: {error})") from error

    def _load(self) -> None:
        database = self._database
        meta_rows = database.table("meta").all()
        self.meta = dict(meta_rows[0]) if meta_rows else {}
        if self.meta.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION:
            return
        self.sources = {row["path"]: SourceRecord(**row) for row in database.table("sources").all()}
        for row in database.table("reports").all():
            summary = _summary_from_row(row)
            self.reports[summary.id] = ReportRecord(summary, row["doc"], row["shard"], row["source"])
        for row in database.table("indicators").all():
            indicator = indicator_from_dict(row)
            self.indicators.setdefault(indicator.report_id, []).append(indicator)

    @property
    def is_new(self) -> bool:
        """True when no catalogue was ever written here."""
        return not self.meta

    def put_source(self, source: SourceRecord, reports: list[tuple[ReportRecord, list[Indicator]]]) -> None:
        """Add or replace a source file and its reports."""
        self.drop_source(source.path)
        self.sources[source.path] = source
        for record, indicators in reports:
            self.reports[record.summary.id] = record
            self.indicators[record.summary.id] = indicators

    def drop_source(self, path: str) -> None:
        """Remove a source file and its reports (no-op when unknown)."""
        source = self.sources.pop(path, None)
        for report_id in source.report_ids if source else []:
            self.reports.pop(report_id, None)
            self.indicators.pop(report_id, None)

    def commit(self) -> None:
        """Write the whole catalogue back to disk atomically."""
        database = self._database
        rows = {
            "meta": [self.meta],
            "sources": [to_dict(source) for source in self.sources.values()],
            "reports": [
                {"summary": to_dict(r.summary), "doc": r.doc, "shard": r.shard, "source": r.source}
                for r in self.reports.values()
            ],
            "indicators": [to_dict(i) for rows in self.indicators.values() for i in rows],
        }
        for name, table_rows in rows.items():
            table = database.table(name)
            table.truncate()
            table.insert_multiple(table_rows)
        database.storage.flush()

