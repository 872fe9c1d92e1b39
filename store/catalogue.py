"""The catalogue: the one small TinyDB file read when the cache opens.

Tables: `meta` (versions, generation, index folder and file stamps, indicators file name),
`sources` (path, size, sha256, parser version, report ids) and `reports`
(metadata, no text). The indicators of all reports live in their own file
(`indicators/GEN.jsonl`, a line per report: `store.indicator_file`), six times the
size of the rest at scale: a report's line is read when its indicators are first
asked for, the whole file when an ingest changes it, so that opening the cache
stays quick. The database is kept in memory, read with orjson (`read_tables`: no TinyDB is
loaded to read it) and written back atomically in one piece by `commit()` through TinyDB
(`store.catalogue_storage`), sealed with its CRC-32 (`store.files.write_sealed_json`), so
that a changed figure that still parses as JSON is noticed when the catalogue is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import itemgetter
from pathlib import Path
from typing import Any

from corpus.model import DocKind, Indicator, Place, Report, indicator_from_dict, place_from_dict, to_dict
from store.api import ReportSummary
from store.files import CorruptCacheFile, Stamp, read_json, read_sealed_json
from store.indicator_file import (
    Lines,
    Rows,
    compact,
    line_of,
    read_all_lines,
    read_report_rows,
    rows_of,
    rows_of_lines,
    write_lines,
)

#: Bump whenever the layout of the cache files changes: the cache rebuilds on a mismatch.
#: 10: place levels 全国, 自治州, 地区, 盟, 县级市, 新区; doc kinds placeholder, budget, summary, abridged.
#: 11: the tantivy index folder (tantivy-GEN/), indicators as a line per report (GEN.jsonl).
#: 12: Indicator.growth_comparator (the growth's own bound beside a value with another one).
#: 13: shards under a marked `shards/` folder, 16-digit report ids (`store.layout`).
#: 14: each index document records where its part is (first character, bytes and their CRC-32, section).
SCHEMA_VERSION = 14
#: The keys every committed catalogue's `meta` row has.
REQUIRED_META = ("schema", "parser", "generation", "next_doc", "index_folder", "index_files", "indicators_file", "sizes",
                 "checksums")


def read_tables(path: Path) -> dict[str, Any] | None:
    """The catalogue's tables (None when there is no file); raises `CorruptCacheFile` when they do not match
    their seal.

    A catalogue with no seal is accepted only from another schema version (written
    before there were seals), so that the cache rebuilds as outdated, not as damaged.
    """
    if not path.exists():
        return None
    tables = read_sealed_json(path)
    if tables is not None:
        tables.pop("seal", None)
        return tables
    tables = read_json(path)
    meta: Any = next(iter(tables.get("meta", {}).values()), {}) if isinstance(tables, dict) else {}
    if not isinstance(meta, dict) or meta.get("schema", SCHEMA_VERSION) == SCHEMA_VERSION:
        raise CorruptCacheFile(path, "checksum seal missing")
    return tables


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


#: Document kinds by value: a dict lookup, ten times quicker than calling the enum, for 10,000 rows.
DOC_KINDS = {kind.value: kind for kind in DocKind}


class _PlaceTable:
    """One `Place` object per distinct place row: the reports of a place share it (there are ten
    times fewer places than reports at scale, and building a `Place` dominated opening)."""

    def __init__(self) -> None:
        self._places: dict[tuple[Any, ...], Place | None] = {}

    def place(self, row: dict[str, Any] | None) -> Place | None:
        """The place of a catalogue row (None for a report without one)."""
        key = tuple(row.items()) if row else ()
        found = self._places.get(key)
        if found is None:
            found = self._places[key] = place_from_dict(row)
        return found


#: A catalogue row's summary values in `ReportSummary`'s field order (read in one call: building the
#: summaries by keyword took twice as long, a tenth of `gwr list` at 10,000 reports).
_SUMMARY_VALUES = itemgetter(*(f.name for f in fields(ReportSummary)))
_DOC_KIND_AT, _PLACE_AT = (tuple(f.name for f in fields(ReportSummary)).index(name) for name in ("doc_kind", "place"))


def _summary_from_row(row: dict[str, Any], places: _PlaceTable) -> ReportSummary:
    values = list(_SUMMARY_VALUES(row["summary"]))
    values[_DOC_KIND_AT] = DOC_KINDS[values[_DOC_KIND_AT]]
    values[_PLACE_AT] = places.place(values[_PLACE_AT])
    return ReportSummary(*values)


class Catalogue:
    """The catalogue of one cache directory, held in memory.

    Rows are read and written in bulk through the TinyDB storage (a table is a
    {doc_id: row} mapping in the file), so a 10,000-report catalogue opens without
    building a TinyDB Document per row; indicators become objects only when asked for.
    """

    def __init__(self, path: Path) -> None:
        """Read the catalogue at `path` (empty when missing); raises `CorruptCacheFile`.

        A catalogue written with another schema version yields its `meta` only.
        """
        self.path = path
        self.meta: dict[str, Any] = {}
        self.sources: dict[str, SourceRecord] = {}
        self.reports: dict[str, ReportRecord] = {}
        self._rows: dict[str, dict[str, Any]] = {}
        self._indicator_lines: Lines | None = None  # every report's: read when an ingest needs them
        self._indicators: dict[str, list[Indicator]] = {}
        try:
            self._load(read_tables(path) or {})
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise CorruptCacheFile(path, f"unreadable catalogue rows ({type(error).__name__}: {error})") from error

    def _load(self, tables: dict[str, dict[str, Any]]) -> None:
        self.meta = dict(next(iter(tables.get("meta", {}).values()), {}))
        if self.meta.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION:
            return  # an older layout: only its meta is read (to rebuild, and to remove its files)
        missing = [key for key in REQUIRED_META if key not in self.meta]
        if self.meta and missing:  # e.g. one garbled byte in a key name: still valid JSON
            raise KeyError(f"meta lacks {', '.join(missing)}")
        self.sources = {row["path"]: SourceRecord(**row) for row in tables.get("sources", {}).values()}
        places = _PlaceTable()
        for row in tables.get("reports", {}).values():
            summary = _summary_from_row(row, places)
            self.reports[summary.id] = ReportRecord(summary, row["doc"], row["shard"], row["source"])
            self._rows[summary.id] = row

    @property
    def is_new(self) -> bool:
        """True when no catalogue was ever written here."""
        return not self.meta

    def indicators_of(self, report_id: str) -> list[Indicator]:
        """The indicators of a report, in the parser's order; raises `CorruptCacheFile` for a damaged file."""
        found = self._indicators.get(report_id)
        if found is None:
            found = [indicator_from_dict({**row, "report_id": report_id}) for row in self._rows_of(report_id)]
            self._indicators[report_id] = found
        return found

    def _rows_of(self, report_id: str) -> Rows:
        """A report's indicator rows: from the lines an ingest holds, else from its line of the indicators file."""
        name, span = self.meta.get("indicators_file"), self.meta.get("indicator_spans", {}).get(report_id)
        path = self.path.parent / (name or "indicators")
        if self._indicator_lines is not None:
            line = self._indicator_lines.get(report_id)
            return rows_of(path, line) if line is not None else []
        return read_report_rows(path, span) if name and span else []

    def rows_of_reports(self, report_ids: list[str]) -> list[Rows]:
        """Many reports' indicator rows, from the indicators file read whole and parsed at once."""
        lines = self.indicator_lines()
        path = self.path.parent / (self.meta.get("indicators_file") or "indicators")
        return rows_of_lines(path, [lines.get(report_id, b"[]") for report_id in report_ids])

    def indicator_lines(self) -> Lines:
        """Every report's line of indicator rows, read from the indicators file on first use.

        Raises `CorruptCacheFile` when the file is damaged (checked against `meta.checksums`).
        """
        if self._indicator_lines is None:
            name = self.meta.get("indicators_file")
            self._indicator_lines = read_all_lines(self.path.parent / name, self.meta.get("checksums", {}).get(name),
                                                   self.meta.get("indicator_spans", {})) if name else {}
        return self._indicator_lines

    def write_indicators(self, name: str) -> Stamp:
        """Write every report's indicator rows to `name` (relative to the cache folder) and name it in `meta`."""
        stamp, self.meta["indicator_spans"] = write_lines(self.path.parent / name, self.indicator_lines())
        self.meta["indicators_file"] = name
        return stamp

    def put_source(self, source: SourceRecord, reports: list[tuple[ReportRecord, list[Indicator]]]) -> None:
        """Add or replace a source file and its reports."""
        self.drop_source(source.path)
        self.sources[source.path] = source
        indicator_lines = self.indicator_lines()
        for record, indicators in reports:
            report_id = record.summary.id
            self.reports[report_id] = record
            self._rows[report_id] = {"summary": to_dict(record.summary), "doc": record.doc, "shard": record.shard,
                                     "source": record.source}
            indicator_lines[report_id] = line_of([compact(i) for i in indicators])
            self._indicators[report_id] = list(indicators)

    def drop_source(self, path: str) -> None:
        """Remove a source file and its reports (no-op when unknown)."""
        source = self.sources.pop(path, None)
        for report_id in source.report_ids if source else []:
            self.reports.pop(report_id, None)
            self._rows.pop(report_id, None)
            self.indicator_lines().pop(report_id, None)
            self._indicators.pop(report_id, None)

    def commit(self) -> None:
        """Write the whole catalogue back to disk atomically (one TinyDB file: meta, sources, reports)."""
        from store.catalogue_storage import write_tables

        tables = {
            "meta": {"1": self.meta},
            "sources": {str(n): to_dict(source) for n, source in enumerate(self.sources.values(), 1)},
            "reports": {str(n): row for n, row in enumerate(self._rows.values(), 1)},
        }
        write_tables(self.path, tables)
