"""Incremental ingest: new, unchanged, changed, removed and refused source files."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import orjson
import tantivy

import store.preparing
from store import open_store
from store.index import DOC, open_tantivy
from tests.store_samples import SAMPLE_FILES, parsed


def test_new_cache_is_empty(cache: Path):
    assert open_store(cache).is_empty


def test_ingest_samples_stores_every_report_the_parser_finds(sample_store):
    expected = parsed(SAMPLE_FILES)
    assert sorted(r.id for r in sample_store.reports()) == sorted(r.id for r in expected)
    assert not sample_store.is_empty


def test_stored_report_equals_the_parsed_report(sample_store):
    for expected in parsed(SAMPLE_FILES):
        assert sample_store.report(expected.id) == expected


def test_first_ingest_counts_files_reports_and_sections(cache: Path, sources: list[Path]):
    summary = open_store(cache).ingest([sources[0].parent])
    reports = parsed(sources)
    assert sorted(summary.new) == sorted(str(p) for p in sources)
    assert summary.reports == len(reports)
    assert summary.sections == sum(len(list(r.walk_sections())) for r in reports)
    assert summary.indicators == sum(len(r.indicators) for r in reports)


def test_ingesting_the_same_folder_twice_adds_nothing(cache: Path, sources: list[Path]):
    store = open_store(cache)
    store.ingest([sources[0].parent])
    before = store.reports()
    summary = store.ingest([sources[0].parent])
    assert sorted(summary.unchanged) == sorted(str(p) for p in sources)
    assert (summary.new, summary.changed, summary.reports) == ([], [], 0)
    assert store.reports() == before


def test_changed_file_replaces_its_old_reports(cache: Path, sources: list[Path]):
    store = open_store(cache)
    store.ingest(sources)
    changed = sources[0]
    old_ids = {r.id for r in parsed([changed])}
    changed.write_text(changed.read_text(encoding="utf-8") + "\n" + sources[1].read_text(encoding="utf-8"),
                       encoding="utf-8")
    summary = store.ingest(sources)
    new_ids = {r.id for r in parsed([changed])}
    assert summary.changed == [str(changed)]
    stored = {r.id for r in store.reports()}
    assert new_ids <= stored
    assert not (old_ids - new_ids) & stored


def test_prune_drops_reports_of_deleted_files(cache: Path, sources: list[Path]):
    store = open_store(cache)
    store.ingest(sources)
    gone = sources[0]
    gone_ids = {r.id for r in parsed([gone])}
    gone.unlink()
    summary = store.ingest([sources[1].parent], prune=True)
    assert summary.removed == [str(gone)]
    assert not gone_ids & {r.id for r in store.reports()}


def test_without_prune_reports_of_deleted_files_stay(cache: Path, sources: list[Path]):
    store = open_store(cache)
    store.ingest(sources)
    gone_ids = {r.id for r in parsed([sources[0]])}
    sources[0].unlink()
    store.ingest([sources[1].parent])
    assert gone_ids <= {r.id for r in store.reports()}


def test_refused_files_are_named_with_a_reason_and_the_others_go_in(cache: Path, sources: list[Path]):
    empty = sources[0].parent / "empty.txt"
    empty.write_bytes(b"")
    other_type = sources[0].with_suffix(".pdf")
    other_type.write_bytes(sources[0].read_bytes())
    missing = sources[0].parent / "missing.txt"
    summary = open_store(cache).ingest([*sources, empty, other_type, missing])
    refused = dict(summary.refused)
    assert set(refused) == {str(empty), str(other_type), str(missing)}
    assert all(reason and "\n" not in reason for reason in refused.values())
    assert sorted(summary.new) == sorted(str(p) for p in sources)


def test_folders_are_searched_recursively_for_txt_and_html(cache: Path, sources: list[Path]):
    nested = sources[0].parent / "a" / "b"
    nested.mkdir(parents=True)
    moved = sources[0].rename(nested / sources[0].name)
    summary = open_store(cache).ingest([sources[0].parent])
    assert str(moved) in summary.new


def test_ingest_reports_progress_after_each_file(cache: Path, sources: list[Path]):
    seen = []
    open_store(cache).ingest(sources, progress=seen.append)
    assert [(p.done, p.total) for p in seen] == [(i, len(sources)) for i in range(1, len(sources) + 1)]


def test_ingest_never_modifies_source_files(cache: Path, sources: list[Path]):
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources}
    open_store(cache).ingest(sources)
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources} == before


def test_a_second_store_on_the_same_cache_sees_an_ingest(cache: Path, sources: list[Path]):
    reader = open_store(cache)
    open_store(cache).ingest(sources)
    assert {r.id for r in reader.reports()} == {r.id for r in parsed(sources)}


def test_a_named_fifo_is_refused_without_blocking(cache: Path, sources: list[Path]):
    fifo = sources[0].parent / "pipe.txt"
    os.mkfifo(fifo)
    summary = open_store(cache).ingest([fifo, *sources])
    assert summary.refused == [(str(fifo), "not a regular file")]


def test_ingest_in_worker_processes_stores_the_same_reports(cache: Path, sources: list[Path], monkeypatch):
    monkeypatch.setattr(store.preparing, "PARALLEL_MIN_FILES", 2)
    open_store(cache).ingest(sources)
    stored = open_store(cache)
    assert [stored.report(r.id) for r in parsed(sources)] == parsed(sources)


def test_a_copy_of_an_ingested_file_is_skipped_as_a_duplicate_naming_the_original(cache: Path, sources: list[Path]):
    copy = sources[0].with_name("copy.txt")
    copy.write_bytes(sources[0].read_bytes())
    summary = open_store(cache).ingest([sources[0], copy])
    assert summary.skipped == [(str(copy), f"duplicate: same text as {sources[0]}")]
    assert summary.refused == [] and summary.new == [str(sources[0])]


def test_a_moved_file_takes_over_its_reports(cache: Path, sources: list[Path]):
    store = open_store(cache)
    store.ingest(sources)
    moved = sources[0].rename(sources[0].with_name("renamed.txt"))
    summary = store.ingest([moved])
    assert (summary.new, summary.removed, summary.refused) == ([str(moved)], [str(sources[0])], [])
    assert {r.source_path for r in store.reports()} == {str(moved), *map(str, sources[1:])}


def test_a_file_named_two_ways_is_ingested_once(cache: Path, sources: list[Path]):
    roundabout = sources[0].parent / ".." / sources[0].parent.name / sources[0].name
    summary = open_store(cache).ingest([sources[0], roundabout])
    assert (summary.new, summary.refused) == ([str(sources[0])], [])


def test_the_new_index_generation_holds_no_parts_of_replaced_reports(cache: Path, sources: list[Path]):
    store_ = open_store(cache)
    store_.ingest(sources)
    sources[0].write_text(sources[0].read_text(encoding="utf-8") + "\n" + sources[1].read_text(encoding="utf-8"),
                          encoding="utf-8")
    store_.ingest(sources)
    catalogue = orjson.loads((cache / "catalogue.json").read_bytes())
    live = {row["doc"] for row in catalogue["reports"].values()}
    searcher = open_tantivy(cache / catalogue["meta"]["1"]["index_folder"]).searcher()
    addresses = [address for _, address in searcher.search(tantivy.Query.all_query(), limit=100_000).hits]
    assert addresses
    assert set(searcher.fast_field_values(DOC, addresses)) == live
