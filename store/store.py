"""`Store`: the cache directory behind the `store.api.ReportStore` interface.

The store opens, repairs and reads the cache, and holds the ingest lock; what an ingest writes
is the job of `store.writer.BatchWriter`, whose commits the store installs.

Layout of a cache directory (which files are gwr's, and so may be deleted: `store.layout`):
- `CACHEDIR.TAG` — marks the folder as a cache (gwr never ingests it; backup tools skip it).
- `catalogue.json` — TinyDB (orjson storage, caching middleware): versions, sources,
  report metadata, indicators. The only file read when the cache opens, and the
  commit point of every ingest: it names the current shard files.
- `shards/reports/ID-GEN.json` and `shards/texts/ID-GEN.txt` — one shard per report: the parsed
  report's structure (metadata, section tree with paragraphs as offsets into the
  text, glossary) and its text as plain UTF-8 (`store.shards`); search reads the
  text alone, the structure only for reports that match.
- `shards/index/tantivy-GEN/` — the full-text index (tantivy, `store.index`) of the report parts (`store.parts`);
  every file's size, CRC-32 and modification time are in the catalogue (`meta.index_files`).
- `shards/indicators/GEN.jsonl` — every report's indicators, a line per report (`store.indicator_file`).
- `sources.json` — the list of ingested source files, kept apart so a damaged
  catalogue can be rebuilt from the sources. Every ingest checks it against the
  catalogue and rewrites it when it is damaged or does not match.
- `*.broken-TIMESTAMP` — damaged files moved aside (kept for inspection).
- `ingest.lock` — serialises ingests across processes (filelock).

The catalogue's `meta.sizes` records every shard's size: opening the cache stats
the shared files (index files, indicators; no reading) to find truncated or
missing ones (and reads an index file whose modification time changed, for its
CRC-32), a report's shards are checked when read. `meta.checksums`
records each shard's CRC-32, checked whenever a shard is read, so a garbled
file that is still valid JSON or UTF-8 is caught too; the catalogue carries its
own CRC-32 (its seal), checked when it is read.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from corpus.model import Indicator, IndicatorKind, Report
from corpus.version import PARSER_VERSION
from store import filters
from store.api import (
    CorpusStats,
    IngestSummary,
    Keyword,
    ProgressCallback,
    ReportFilter,
    ReportSummary,
    SearchHit,
)
from store.catalogue import SCHEMA_VERSION, Catalogue, ReportRecord
from store.files import CorruptCacheFile, file_stamp, move_aside, read_json, read_text, write_json
from store.index import SearchIndex, damage
from store.layout import (
    CATALOGUE,
    LOCK,
    SOURCES_LIST,
    check_names,
    delete,
    files_in_use,
    has_strays,
    own_files,
    remove_legacy,
    remove_unused,
    shard_names,
)

if TYPE_CHECKING:  # the rest loads when first used: opening the cache for a command needs none of it
    from filelock import FileLock

    from store.parts import Part
    from store.writer import Batch, BatchWriter


#: Parsed reports kept in memory after being read from their shards.
REPORT_CACHE_SIZE = 32
#: Reports' parts (search's light view of a report's structure) kept in memory.
PARTS_CACHE_SIZE = 1024
#: Report texts kept in memory (search's first hits come from the first reports in reading order, query after query).
TEXT_CACHE_SIZE = 64

Notice = Callable[[str], None]
#: A catalogue stamp no file has: the in-memory state must be re-read before it is used again.
STALE = (-1, -1, -1)
T = TypeVar("T")


def default_cache_dir() -> Path:
    """$GWR_CACHE, else the user cache directory (platformdirs)."""
    if os.environ.get("GWR_CACHE"):
        return Path(os.environ["GWR_CACHE"])
    import platformdirs

    return Path(platformdirs.user_cache_dir("gwr"))


def open_store(
    cache_dir: Path | None = None, notice: Notice | None = None, progress: ProgressCallback | None = None,
    *, collect_garbage: bool = True,
) -> Store:
    """Open (creating, repairing or rebuilding as needed) the cache in `cache_dir`.

    `notice` receives one-line messages about rebuilds and repairs; `progress` follows
    a rebuild file by file. Opening reads only the catalogue, but a rebuild re-parses
    every source: call it off the UI thread. Files an interrupted ingest left behind are
    deleted too, unless `collect_garbage` is false (a command that only reads: listing the
    shard folders is a tenth of opening 10,000 reports; the next ingest collects them).
    """
    return Store(Path(cache_dir) if cache_dir else default_cache_dir(), notice, progress,
                 collect_garbage=collect_garbage)


class Store:
    """A cache directory of parsed reports; implements `store.api.ReportStore`."""

    def __init__(self, cache_dir: Path, notice: Notice | None = None, progress: ProgressCallback | None = None,
                 *, collect_garbage: bool = True):
        self.cache_dir = cache_dir.expanduser().absolute()
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self._notice = notice or (lambda message: None)
        self._rebuild_progress = progress
        self._file_lock: FileLock | None = None  # made on first use: reading never locks
        self._reports_cache: OrderedDict[str, Report] = OrderedDict()
        self._parts: OrderedDict[str, list[Part]] = OrderedDict()
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._open()
        if collect_garbage:
            self._collect_garbage_when_idle()

    def _lock(self) -> FileLock:
        """The cache's file lock (made on first use: reading never locks)."""
        from filelock import FileLock

        if self._file_lock is None:
            self._file_lock = FileLock(str(self.cache_dir / LOCK))
        return self._file_lock

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the cache's file lock, with a notice when another process makes us wait."""
        from filelock import Timeout

        lock = self._lock()
        try:
            lock.acquire(timeout=0)
        except Timeout:
            self._notice("another gwr is writing this cache: waiting for it to finish")
            lock.acquire()
        try:
            yield
        finally:
            lock.release()

    def _collect_garbage_when_idle(self) -> None:
        """Collect what an interrupted ingest left behind, unless another process is writing now."""
        from filelock import Timeout

        if not has_strays(self.cache_dir, files_in_use(self._catalogue.meta)):
            return
        lock = self._lock()
        try:
            lock.acquire(timeout=0)
        except (Timeout, OSError):
            return  # busy, or a read-only cache
        try:
            self._collect_garbage()
        finally:
            lock.release()

    # --- opening, repairing, rebuilding -------------------------------------------------------

    @property
    def _catalogue_path(self) -> Path:
        return self.cache_dir / CATALOGUE

    def _open(self) -> None:
        """Read the catalogue; repair a damaged cache and rebuild an outdated one (under the lock, once)."""
        try:
            catalogue = self._read_catalogue()
            if not self._outdated(catalogue) and self._damaged_file(catalogue) is None:
                self._install(catalogue)
                return
        except CorruptCacheFile:
            pass
        with self._locked():
            try:
                catalogue = self._read_catalogue()  # another process may have repaired it meanwhile
            except CorruptCacheFile as error:
                self._recover(error)
                return
            outdated = self._outdated(catalogue)
            if outdated:
                self._rebuild(outdated)
                return
            self._install(catalogue)
            damaged = self._damaged_file(catalogue)
            if damaged is not None:
                self._repair(damaged)

    def _read_catalogue(self) -> Catalogue:
        """The catalogue on disk; a missing one counts as damaged once sources were ingested here.

        (Another process may be rebuilding the cache: waiting for its lock beats showing an empty cache.)
        """
        if not self._catalogue_path.exists() and (self.cache_dir / SOURCES_LIST).exists():
            raise CorruptCacheFile(self._catalogue_path, "file missing")
        catalogue = Catalogue(self._catalogue_path)
        if not self._outdated(catalogue):
            foreign = check_names(_named_files(catalogue))
            if foreign is not None:
                raise CorruptCacheFile(self._catalogue_path, f"names a file that is not gwr's: {foreign!r}")
        return catalogue

    def _damaged_file(self, catalogue: Catalogue) -> CorruptCacheFile | None:
        """The first file shared by all reports (index shard, indicators) that is missing or not the size
        the catalogue recorded (a truncation).

        The two shards of each report are not looked at here (20,000 stats at 10,000 reports
        cost a quarter of a second): reading one checks its checksum, and a damaged one is
        repaired then by parsing its one source again.
        """
        meta = catalogue.meta
        sizes = meta.get("sizes", {})
        index_damage = damage(self.cache_dir, meta.get("index_folder"), meta.get("index_files", {}))
        if index_damage is not None:
            return index_damage
        for name in [meta["indicators_file"]] if meta.get("indicators_file") else []:
            size = sizes.get(name)
            path = self.cache_dir / name
            try:
                actual = os.stat(path).st_size
            except FileNotFoundError:
                return CorruptCacheFile(path, "file missing")
            if actual != size:
                return CorruptCacheFile(path, f"{actual} bytes instead of {size}")
        return None

    def _outdated(self, catalogue: Catalogue) -> str | None:
        """Why the catalogue was built by another schema or parser version, or None."""
        meta = catalogue.meta
        if catalogue.is_new or (meta.get("schema"), meta.get("parser")) == (SCHEMA_VERSION, PARSER_VERSION):
            return None
        return (f"the cache was built by parser {meta.get('parser')} (schema {meta.get('schema')}), "
                f"this is parser {PARSER_VERSION} (schema {SCHEMA_VERSION})")

    def _install(self, catalogue: Catalogue) -> None:
        if catalogue.is_new:
            catalogue.meta.update(schema=SCHEMA_VERSION, parser=PARSER_VERSION, generation=0, next_doc=0,
                                  index_folder=None, index_files={}, indicators_file=None)
        self._catalogue = catalogue
        self._index = SearchIndex(self.cache_dir, catalogue.meta["index_folder"])
        self._in_reading_order: list[ReportRecord] | None = None
        self._filtered: tuple[ReportFilter, list[ReportRecord]] | None = None  # the last filter's records
        self._reports_cache.clear()
        self._parts.clear()
        self._texts.clear()
        self._stamp = self._catalogue_stamp()

    def _catalogue_stamp(self) -> tuple[int, int, int] | None:
        return file_stamp(self._catalogue_path)

    def committed_elsewhere(self) -> bool:
        """True when another process has committed an ingest since this store read the catalogue (one stat:
        cheap enough for a timer)."""
        return self._catalogue_stamp() != self._stamp

    def _refresh(self) -> None:
        """Re-read the catalogue when another process has committed since we read it."""
        if self._catalogue_stamp() != self._stamp:
            self._open()

    def _recover(self, error: CorruptCacheFile) -> None:
        """Move a damaged cache file aside and rebuild the cache from its sources (lock held)."""
        self._rebuild(_set_aside(error))

    def _repair(self, error: CorruptCacheFile) -> None:
        """Repair a damaged file (lock held): a report shard by re-reading its one source, anything else by a rebuild."""
        from store.sources import os_path
        from store.writer import Batch

        shard = error.path.relative_to(self.cache_dir).as_posix() if error.path.is_relative_to(self.cache_dir) else ""
        owner = next((r.source for r in self._catalogue.reports.values() if shard in shard_names(r.shard)), None)
        if owner is None:
            self._recover(error)
            return
        self._notice(f"{_set_aside(error)}: re-reading {owner}")
        self._catalogue.sources[owner].sha256 = ""  # forces a re-parse
        summary = self._ingest_locked([Path(os_path(owner))], prune=False, progress=None)
        if summary.refused:
            self._commit(Batch(removed=[owner]))

    def _rebuild(self, reason: str) -> None:
        """Empty the cache and ingest its source files again (lock held); one notice line."""
        from store.sources import os_path

        paths = self._recorded_sources()
        self._notice(f"{reason}: rebuilding the cache from {len(paths)} source files")
        self._remove_older_layout()
        for _, file in own_files(self.cache_dir):
            delete(file)
        self._catalogue_path.unlink(missing_ok=True)
        self._install(Catalogue(self._catalogue_path))
        existing = [Path(os_path(p)) for p in paths if Path(os_path(p)).exists()]
        self._ingest_locked(existing, prune=False, progress=self._rebuild_progress)

    def _remove_older_layout(self) -> None:
        """Delete the shard files an older schema's catalogue names, when it is readable (lock held)."""
        try:
            meta = Catalogue(self._catalogue_path).meta
        except (OSError, CorruptCacheFile):
            return
        if meta.get("schema") != SCHEMA_VERSION:
            remove_legacy(self.cache_dir, files_in_use(meta))

    def _recorded_sources(self) -> list[str]:
        """Source files ingested so far, from the sources list (falling back to the catalogue)."""
        try:
            return list(read_json(self.cache_dir / SOURCES_LIST))
        except (OSError, CorruptCacheFile, TypeError):
            try:
                return list(Catalogue(self._catalogue_path).sources)
            except (OSError, CorruptCacheFile):
                return []

    def _guarded(self, query: Callable[..., T], *args: object) -> T:
        """Run a read, recovering from shards that vanished (a concurrent ingest) or are damaged."""
        self._refresh()
        for attempt in range(2):
            try:
                return query(*args)
            except FileNotFoundError as error:
                if attempt:
                    with self._locked():
                        missing = Path(error.filename) if error.filename else self._catalogue_path
                        self._repair(CorruptCacheFile(missing, "file missing"))
                else:
                    self._open()
            except CorruptCacheFile as error:
                with self._locked():
                    self._repair(error)
        return query(*args)

    # --- reading -----------------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        """True when the cache holds no report (first run)."""
        self._refresh()
        return not self._catalogue.reports

    def stats(self) -> CorpusStats:
        """Counts for the header line."""
        self._refresh()
        summaries = [record.summary for record in self._catalogue.reports.values()]  # counts need no order
        places = {s.place.name for s in summaries if s.place}
        years = [s.title_year for s in summaries if s.title_year is not None]
        return CorpusStats(
            reports=len(summaries),
            places=len(places),
            provinces=len({s.place.province for s in summaries if s.place}),
            sections=sum(s.section_count for s in summaries),
            indicators=sum(s.indicator_count for s in summaries),
            years=(min(years), max(years)) if years else None,
        )

    def reports(self, where: ReportFilter | None = None) -> list[ReportSummary]:
        """Catalogue rows passing `where`, by province, place, year."""
        self._refresh()
        return [record.summary for record in self._records(where)]

    def _records(self, where: ReportFilter | None) -> list[ReportRecord]:
        if where is None:
            return self._ordered()
        if self._filtered is None or self._filtered[0] != where:  # a command asks for its reports, then their figures
            self._filtered = (where, [record for record in self._ordered() if filters.matches(record.summary, where)])
        return self._filtered[1]

    def _ordered(self) -> list[ReportRecord]:
        """Every report's record in reading order (sorted when first needed: one report asked for by its id
        needs no order)."""
        if self._in_reading_order is None:
            self._in_reading_order = sorted(self._catalogue.reports.values(), key=_reading_order)
        return self._in_reading_order

    def report(self, report_id: str) -> Report:
        """The full report; raises KeyError for an unknown id."""
        return self._guarded(self._load_report, report_id)

    def _load_report(self, report_id: str) -> Report:
        cached = self._reports_cache.get(report_id)
        if cached is not None:
            self._reports_cache.move_to_end(report_id)
            return cached
        from store.shards import report_of

        record = self._record(report_id)
        structure_name, text_file = shard_names(record.shard)
        structure = read_json(self.cache_dir / structure_name, self._checksum(structure_name))
        text = read_text(self.cache_dir / text_file, self._checksum(text_file))
        report = report_of(structure, text, self._catalogue.indicators_of(report_id))
        self._reports_cache[report_id] = report
        if len(self._reports_cache) > REPORT_CACHE_SIZE:
            self._reports_cache.popitem(last=False)
        return report

    def _load_parts(self, report_id: str) -> list[Part]:
        """A report's parts as search needs them, read from its structure file without building the report."""
        from store.parts import parts

        found = self._parts.get(report_id)
        if found is None:
            structure_name, _ = shard_names(self._record(report_id).shard)
            structure = read_json(self.cache_dir / structure_name, self._checksum(structure_name))
            found = self._parts[report_id] = parts(structure["sections"], self._load_text(report_id))
            if len(self._parts) > PARTS_CACHE_SIZE:
                self._parts.popitem(last=False)
        self._parts.move_to_end(report_id)
        return found

    def _load_text(self, report_id: str) -> str:
        """A report's text, checked against its checksum."""
        text = self._texts.get(report_id)
        if text is None:
            _, name = shard_names(self._record(report_id).shard)
            checksum = self._checksum(name)
            if checksum is None:
                raise CorruptCacheFile(self.cache_dir / name, "no checksum recorded for it")
            text = self._texts[report_id] = read_text(self.cache_dir / name, checksum)
            if len(self._texts) > TEXT_CACHE_SIZE:
                self._texts.popitem(last=False)
        self._texts.move_to_end(report_id)
        return text

    def _checksums(self) -> dict[str, int]:
        """CRC-32 of every shard file (cache-relative name), recorded when it was written."""
        return self._catalogue.meta.get("checksums", {})

    def _checksum(self, name: str) -> int | None:
        return self._checksums().get(name)

    def _record(self, report_id: str) -> ReportRecord:
        record = self._catalogue.reports.get(report_id)
        if record is None:
            raise KeyError(f"no report with id {report_id!r}")
        return record

    def resolve(self, words: Iterable[str]) -> list[ReportSummary]:
        """Reports matching an id (or a prefix of 4+ characters), or place and/or year words ("济南", "2022")."""
        self._refresh()
        words = list(words)
        named = self._catalogue.reports.get(words[0].strip()) if len(words) == 1 else None
        if named is not None:  # a whole id: found without ordering every report (as `filters.resolve` finds it)
            return [named.summary]
        return filters.resolve([record.summary for record in self._ordered()], words)

    def indicators(
        self,
        *,
        report_id: str | None = None,
        metric: str | None = None,
        kind: IndicatorKind | None = None,
        where: ReportFilter | None = None,
    ) -> list[Indicator]:
        """Indicators in reading order, narrowed by report, metric, kind and report filter."""

        def matching() -> list[Indicator]:
            return [indicator for record in self._records(where)
                    if report_id is None or record.summary.id == report_id
                    for indicator in self._catalogue.indicators_of(record.summary.id)
                    if (metric is None or indicator.metric == metric) and (kind is None or indicator.kind == kind)]

        return self._guarded(matching)

    def search(self, query: str, where: ReportFilter | None = None, limit: int = 100) -> list[SearchHit]:
        """Sections (and other parts) holding every word of `query`, exact phrase first (see `store.search`).

        Undecodable bytes in the query (lone surrogates from a command line) become U+FFFD: they match nothing.
        """
        from store import search

        query = query.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        return self._guarded(lambda: search.search(
            query, self._records(where), self._index, self._load_text, self._load_parts, limit))

    def keywords(self, report_ids: Iterable[str], top: int = 20) -> list[Keyword]:
        """Top words of the reports together, by TF-IDF, with raw counts."""
        from store.keywords import top_keywords

        ids = list(report_ids)
        return self._guarded(lambda: top_keywords([self._load_report(i).text for i in ids], top, self.cache_dir))

    # --- ingesting ---------------------------------------------------------------------------

    def ingest_samples(self, progress: ProgressCallback | None = None) -> IngestSummary:
        """Ingest the sample corpus bundled with gwr (first run)."""
        from store.sources import samples_folder

        return self.ingest([samples_folder()], progress=progress)

    def ingest(
        self, paths: Iterable[Path], *, prune: bool = False, progress: ProgressCallback | None = None
    ) -> IngestSummary:
        """Parse new and changed source files under `paths` into the cache; `prune` drops vanished files.

        Eight files or more are parsed in worker processes (spawned): a script calling this
        needs the usual `if __name__ == "__main__":` guard.
        """
        paths = list(paths)
        with self._locked():
            self._open()  # another process may have ingested since we opened
            self._collect_garbage()
            self._check_sources_list()
            self._check_indicators()
            return self._ingest_locked(paths, prune, progress)

    def _check_indicators(self) -> None:
        """Read the indicators file, which an ingest rewrites, repairing it when damaged (lock held)."""
        self._guarded(lambda: self._catalogue.indicator_lines())

    def _check_sources_list(self) -> None:
        """Rewrite `sources.json` from the catalogue when it is damaged or lists other files (lock held)."""
        path, expected = self.cache_dir / SOURCES_LIST, sorted(self._catalogue.sources)
        if not expected and not path.exists():
            return  # nothing ingested yet
        try:
            if read_json(path) == expected:
                return
            damage = CorruptCacheFile(path, "does not list the catalogue's sources")
        except FileNotFoundError:
            damage = CorruptCacheFile(path, "file missing")
        except CorruptCacheFile as error:
            damage = error
        self._notice(f"{_set_aside(damage)}: rewritten from the catalogue")
        write_json(path, expected)

    def _ingest_locked(self, paths: list[Path], prune: bool, progress: ProgressCallback | None) -> IngestSummary:
        """Ingest through a `BatchWriter` (lock held); what it commits is installed after each batch."""
        try:
            return self._writer().ingest(paths, prune, progress)
        except BaseException:
            self._stamp = STALE  # the next call re-reads (or repairs) what the files on disk hold
            raise

    def _commit(self, batch: Batch) -> None:
        """Commit one batch (lock held): used to drop sources whose files are gone."""
        try:
            self._writer().commit(batch)
        except BaseException:
            self._stamp = STALE
            raise

    def _writer(self) -> BatchWriter:
        from store.writer import BatchWriter

        return BatchWriter(self.cache_dir, self._catalogue, lambda: self._install(self._catalogue))

    def _collect_garbage(self) -> None:
        """Delete the files of ours the catalogue does not name (lock held)."""
        remove_unused(self.cache_dir, files_in_use(self._catalogue.meta))


def _set_aside(error: CorruptCacheFile) -> str:
    """Move the damaged file aside (when it still exists); the start of the notice saying so."""
    reason = str(error).removeprefix(f"{error.path}: ")
    aside = f"moved aside to {move_aside(error.path).name}" if error.path.exists() else "missing"
    return f"cache file {error.path.name} is damaged ({reason}; {aside})"


def _named_files(catalogue: Catalogue) -> set[str]:
    """Every cache-relative file name a catalogue holds (checked before any file operation uses one).

    (A set, filled a table at a time: most names are in several tables, and at 10,000 reports there are
    60,000 of them.)
    """
    meta = catalogue.meta
    named = set(files_in_use(meta))
    named.update(meta.get("checksums", {}))
    if meta.get("indicators_file"):
        named.add(meta["indicators_file"])
    folder = meta.get("index_folder") or ""
    named.update(f"{folder}/{name}" for name in meta.get("index_files", {}))
    for record in catalogue.reports.values():
        named.update(shard_names(record.shard))
    return named


def _reading_order(record: ReportRecord) -> tuple[str, str, int, str, str]:
    summary = record.summary
    place = summary.place
    return (place.province if place else "\uffff", place.name if place else "\uffff",
            summary.title_year or 0, summary.source_path, summary.id)
