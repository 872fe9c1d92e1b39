"""The batch writer: what an ingest adds to the cache, as whoosh's Writer is to its Index.

`BatchWriter.ingest` works on the store's open catalogue while the store holds the ingest lock:
it finds what needs parsing (new or changed files), stages each parsed file (refusals, an id
another text holds, a duplicate of a file already here or moved), and commits in batches of
about `BATCH_CHARS` characters: the report shards, a new index generation and the indicators
file under a new generation number, then the catalogue naming them (the commit point), then the
sources list; then it deletes the files no longer named. A failed commit deletes what it wrote
and re-raises, leaving the catalogue on disk as it was. After each commit `installed` is called,
so the `Store` reads from what was committed.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from corpus.model import Report
from corpus.version import PARSER_VERSION
from store.api import IngestProgress, IngestSummary, ProgressCallback
from store.catalogue import Catalogue, ReportRecord, SourceRecord, summarise
from store.files import CorruptCacheFile, file_stamp, read_text, sync_directory, sync_files, write_json, write_text
from store.index import IndexedPart, folder_name, write_generation
from store.layout import (
    CATALOGUE,
    INDICATORS_DIR,
    REPORTS_DIR,
    SHARD_FOLDERS,
    SOURCES_LIST,
    TEXTS_DIR,
    claim,
    files_in_use,
    remove_unused,
    shard_names,
    text_name,
)
from store.parts import parts
from store.shards import shard_of
from store.sources import Candidate, discover, os_path, recorded_path, unchanged

if TYPE_CHECKING:
    from store.preparing import Prepared

#: Parsed text held before an ingest commits a batch (bounds memory on large corpora).
BATCH_CHARS = 5_000_000


@dataclass(slots=True)
class Batch:
    """Parsed files waiting to be committed together, and the sources to drop with them."""

    sources: list[tuple[SourceRecord, list[Report]]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    owners: dict[str, str] = field(default_factory=dict)  # report id → source path
    chars: int = 0


class BatchWriter:
    """Adds parsed files to the cache in `cache_dir` through its open `catalogue` (ingest lock held)."""

    def __init__(self, cache_dir: Path, catalogue: Catalogue, installed: Callable[[], None]) -> None:
        self.cache_dir = cache_dir
        self.catalogue = catalogue
        self.installed = installed

    def ingest(self, paths: list[Path], prune: bool, progress: ProgressCallback | None) -> IngestSummary:
        """Parse the new and changed files under `paths` and commit them; `prune` drops vanished sources."""
        claim(self.cache_dir)
        discovery = discover(paths, self.cache_dir)
        candidates = discovery.candidates
        summary = IngestSummary(skipped=discovery.skipped)
        done = 0

        def step(path: str) -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(IngestProgress(done=done, total=len(candidates), path=path))

        pending = []
        for candidate in candidates:
            if self._needs_parsing(candidate, summary):
                pending.append(candidate.path)
            else:
                step(candidate.path)
        from store.preparing import prepare_all  # process-pool machinery: loaded on the first ingest only

        batch = Batch()
        for prepared in prepare_all(pending):
            self._stage(prepared, summary, batch)
            if batch.chars >= BATCH_CHARS:
                self.commit(batch)
                batch = Batch()
            step(prepared.path)
        if prune:
            gone = [path for path in self.catalogue.sources
                    if not Path(os_path(path)).exists() and path not in batch.removed]
            batch.removed.extend(gone)
            summary.removed.extend(gone)
        self.commit(batch)
        return summary

    def _needs_parsing(self, candidate: Candidate, summary: IngestSummary) -> bool:
        """True for a file that is new or changed; False (noted in `summary`) when it is refused or unchanged.

        (The parse hashes the bytes it parses again: what is recorded is what was parsed.)
        """
        path = candidate.path
        if candidate.refusal is not None:
            summary.refused.append((path, candidate.refusal))
            return False
        known = self.catalogue.sources.get(recorded_path(path))
        if known is None or known.parser_version != PARSER_VERSION:
            return True
        try:
            same = unchanged(path, known.size, known.sha256)
        except OSError:
            return True  # the parse reports why it cannot be read
        if same:
            summary.unchanged.append(path)
        return not same

    def _stage(self, prepared: Prepared, summary: IngestSummary, batch: Batch) -> None:
        """Add a parsed file to the batch, or record why it is refused or skipped (a duplicate)."""
        path, reports = recorded_path(prepared.path), prepared.reports
        if len({r.id for r in reports}) != len(reports):
            prepared.refusal = "the parser gave two reports of the file the same id"
        if prepared.refusal is not None:
            summary.refused.append((prepared.path, prepared.refusal))
            return
        known_removed = len(batch.removed)
        original = self._duplicate_of(prepared, batch)
        summary.removed.extend(batch.removed[known_removed:])
        if original is not None:
            summary.skipped.append((prepared.path, f"duplicate: same text as {original}"))
            return
        (summary.changed if path in self.catalogue.sources else summary.new).append(prepared.path)
        for report in reports:
            report.source_path = path
            for indicator in report.indicators:
                indicator.report_id = indicator.report_id or report.id
            summary.sections += sum(1 for _ in report.walk_sections())
            summary.indicators += len(report.indicators)
        summary.reports += len(reports)
        source = SourceRecord(path, prepared.size, prepared.sha256, PARSER_VERSION, [r.id for r in reports])
        batch.sources.append((source, list(reports)))
        batch.owners.update((r.id, path) for r in reports)
        batch.chars += sum(len(r.text) for r in reports)

    def _duplicate_of(self, prepared: Prepared, batch: Batch) -> str | None:
        """The (recorded) path of another file in the cache or batch holding a report with the same text, or None.

        A report whose id is taken by a different text (two texts sharing 64 bits of a sha1) gets
        another id, so both are kept. When the file holding the same text is gone, this one is taken
        as that file moved or renamed: the old file joins `batch.removed`.
        """
        for report in prepared.reports:
            for attempt in itertools.count(1):
                record = self.catalogue.reports.get(report.id)
                owner = batch.owners.get(report.id) or (record.source if record else None)
                if owner in (None, recorded_path(prepared.path)) or owner in batch.removed:
                    break
                if self._text_of(report.id, batch) != report.text:
                    _give_new_id(report, attempt)
                    continue
                if record is not None and record.source == owner and not Path(os_path(owner)).exists():
                    batch.removed.append(owner)
                    break
                return owner
        return None

    def _text_of(self, report_id: str, batch: Batch) -> str | None:
        """The text of a report in the batch or the cache (None when it cannot be read)."""
        for _, staged in batch.sources:
            for report in staged:
                if report.id == report_id:
                    return report.text
        record = self.catalogue.reports.get(report_id)
        if record is None:
            return None
        _, text_file = shard_names(record.shard)
        try:
            return read_text(self.cache_dir / text_file, self.catalogue.meta.get("checksums", {}).get(text_file))
        except (OSError, CorruptCacheFile):
            return None

    def commit(self, batch: Batch) -> None:
        """Write the batch; when that fails, delete the files it wrote (unless the catalogue naming them was
        committed) and re-raise. Then delete the files no longer named and tell the store (`installed`)."""
        if not batch.sources and not batch.removed:
            return
        catalogue_path = self.cache_dir / CATALOGUE
        committed, stamp = set(files_in_use(self.catalogue.meta)), file_stamp(catalogue_path)
        try:
            self._write(batch)
        except BaseException:
            if file_stamp(catalogue_path) == stamp:  # not committed: the catalogue on disk still names `committed`
                remove_unused(self.cache_dir, committed)
            raise
        remove_unused(self.cache_dir, files_in_use(self.catalogue.meta))
        self.installed()

    def _write(self, batch: Batch) -> None:
        """Write the batch's report shards and index generation, then the catalogue (the commit point)."""
        catalogue = self.catalogue
        meta = catalogue.meta
        generation = meta["generation"] + 1
        added: list[IndexedPart] = []
        docs_before = {record.doc for record in catalogue.reports.values()}
        sizes: dict[str, int] = dict(meta.get("sizes", {}))
        checksums: dict[str, int] = dict(meta.get("checksums", {}))
        for path in batch.removed:
            catalogue.drop_source(path)
        written: list[Path] = []
        for source, staged in batch.sources:
            records = []
            for report in staged:
                doc, shard = meta["next_doc"], f"{report.id}-{generation}.json"
                meta["next_doc"] += 1
                structure, text = shard_of(report)
                structure_name, text_file = f"{REPORTS_DIR}/{shard}", f"{TEXTS_DIR}/{text_name(shard)}"
                written += [self.cache_dir / structure_name, self.cache_dir / text_file]
                sizes[structure_name], checksums[structure_name] = write_json(written[-2], structure, sync=False)
                sizes[text_file], checksums[text_file] = write_text(written[-1], text, sync=False)
                added.extend(IndexedPart(doc, number, text[part.start:part.end])
                             for number, part in enumerate(parts(structure["sections"], text)))
                records.append((ReportRecord(summarise(report), doc, shard, source.path), report.indicators))
            catalogue.put_source(source, records)
        dead = docs_before - {record.doc for record in catalogue.reports.values()}
        meta["index_files"] = write_generation(self.cache_dir, meta["index_folder"], meta["index_files"], generation,
                                               sorted(dead), added)
        meta["index_folder"] = folder_name(generation)
        indicators_file = f"{INDICATORS_DIR}/{generation}.jsonl"
        sizes[indicators_file], checksums[indicators_file] = catalogue.write_indicators(indicators_file)
        in_use = {name for record in catalogue.reports.values() for name in shard_names(record.shard)}
        in_use.add(indicators_file)
        meta["sizes"] = {name: size for name, size in sizes.items() if name in in_use}
        meta["checksums"] = {name: checksum for name, checksum in checksums.items() if name in in_use}
        meta["generation"] = generation
        # the shards and their names are on disk before the catalogue names them
        sync_files(written, [self.cache_dir / folder for folder in SHARD_FOLDERS])
        catalogue.commit()
        sync_directory(self.cache_dir)
        write_json(self.cache_dir / SOURCES_LIST, sorted(catalogue.sources))


def _give_new_id(report: Report, attempt: int) -> None:
    """Re-number a report whose id another text holds: an id drawn from its text and `attempt`."""
    digest = hashlib.sha1(f"{attempt}:{report.text}".encode("utf-8", "surrogatepass")).hexdigest()
    report.id = digest[:len(report.id)]
    for indicator in report.indicators:
        indicator.report_id = report.id
