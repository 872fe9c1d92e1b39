"""Ingest faults: files changing under the ingest, full disks, huge files, deep folders, what a walk passes over,
and reads that must not write."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

import store.catalogue
import store.files
import store.preparing
import store.sources
import store.writer
from corpus.reading import MAX_SOURCE_BYTES
from store import open_store
from store.layout import REPORTS_DIR, SHARD_FOLDERS, TEXTS_DIR
from tests.hostile_sources import ROOT, gwr
from tests.store_samples import SAMPLES, parsed


def named_files(cache: Path) -> set[str]:
    meta = orjson.loads((cache / "catalogue.json").read_bytes())["meta"]["1"]
    return {*meta["sizes"], meta["index_folder"]}


def shard_files(cache: Path) -> set[str]:
    return {f"{folder}/{path.name}" for folder in SHARD_FOLDERS if (cache / folder).is_dir()
            for path in (cache / folder).iterdir()}


def test_file_changed_while_being_ingested_is_recorded_as_the_version_parsed(
        cache: Path, sources: list[Path], monkeypatch):
    first, second = sources[0].read_bytes(), sources[1].read_bytes()
    read = store.preparing.read_bytes

    def read_then_flip(path: Path) -> bytes:
        data = read(path)
        if path == sources[0]:
            path.write_bytes(second)  # the file changes right after it was read
        return data

    monkeypatch.setattr(store.preparing, "read_bytes", read_then_flip)
    open_store(cache).ingest(sources[:1])
    monkeypatch.undo()
    (record,) = orjson.loads((cache / "catalogue.json").read_bytes())["sources"].values()
    assert record["sha256"] == hashlib.sha256(first).hexdigest()
    sources[0].write_bytes(second + b"\n")  # the version on disk now differs from the one parsed
    summary = open_store(cache).ingest(sources[:1])
    assert summary.changed == [str(sources[0])]


def test_full_disk_while_writing_shards_leaves_no_file_of_the_failed_generation(
        cache: Path, sources: list[Path], monkeypatch):
    open_store(cache).ingest(sources[:1])
    before = shard_files(cache)
    write_text, calls = store.writer.write_text, []

    def fill_up(path: Path, text: str, **options):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return write_text(path, text, **options)

    monkeypatch.setattr(store.writer, "write_text", fill_up)
    with pytest.raises(OSError, match="No space"):
        open_store(cache).ingest(sources)
    assert shard_files(cache) == before == named_files(cache)


def test_full_disk_while_committing_leaves_no_file_of_the_failed_generation(
        cache: Path, sources: list[Path], monkeypatch):
    open_store(cache).ingest(sources[:1])
    before = shard_files(cache)
    monkeypatch.setattr(store.catalogue.Catalogue, "commit",
                        lambda self: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(OSError):
        open_store(cache).ingest(sources)
    assert shard_files(cache) == before


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MB tmpfs (skipped where this process may not mount one)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: ENOSPC is simulated by the tests above")
    yield disk
    subprocess.run(["umount", str(disk)], check=True)


def test_ingest_that_fills_a_real_disk_fails_with_one_line_and_leaves_the_cache_as_it_was(small_disk: Path):
    cache = small_disk / "cache"
    assert gwr(cache, "ingest", str(SAMPLES / "001_3f2956fd13a85515.txt")).returncode == 0
    before = sorted(path for path in cache.rglob("*") if path.is_file())
    full = gwr(cache, "ingest", "--samples")
    assert full.returncode == 1 and full.stderr.splitlines() == ["gwr: cache: No space left on device"]
    assert sorted(path for path in cache.rglob("*") if path.is_file()) == before
    notices: list[str] = []
    assert len(open_store(cache, notice=notices.append).reports()) == 1 and notices == []


def test_interrupted_ingest_leaves_no_file_of_its_generation(cache: Path, sources: list[Path], monkeypatch):
    open_store(cache).ingest(sources[:1])
    before = shard_files(cache)

    def interrupt_at_the_indicators(path: Path, value: object):
        raise KeyboardInterrupt  # after every report and index shard was written

    monkeypatch.setattr(store.catalogue, "write_lines", interrupt_at_the_indicators)
    with pytest.raises(KeyboardInterrupt):
        open_store(cache).ingest(sources)
    assert shard_files(cache) == before


def test_oversized_file_is_refused_without_being_hashed(cache: Path, tmp_path: Path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(20 * 1024 ** 3)  # 20 GB, sparse
    hashed: list[object] = []
    real = hashlib.sha256
    monkeypatch.setattr(store.sources.hashlib, "sha256", lambda *a: hashed.append(a) or real(*a))
    started = time.perf_counter()
    summary = open_store(cache).ingest([huge])
    assert time.perf_counter() - started < 5
    assert [reason.split(" (")[0] for _, reason in summary.refused] == ["file too large"]
    assert hashed == []


def test_changed_file_of_another_size_is_not_hashed_to_see_that_it_changed(cache: Path, sources: list[Path],
                                                                          monkeypatch):
    open_store(cache).ingest(sources[:1])
    sources[0].write_bytes(sources[0].read_bytes() + b"\n")
    monkeypatch.setattr(store.sources.hashlib, "sha256", lambda *a: pytest.fail("hashed"))
    assert store.sources.unchanged(str(sources[0]), 1, "") is False


@pytest.fixture
def deep_folder(tmp_path: Path):
    """A folder nested deeper than Python's recursion limit, a report at the bottom; removed level by level
    afterwards (a recursive removal would fail on it)."""
    depth = sys.getrecursionlimit() + 200
    folder = tmp_path / "deep"
    folder.mkdir()
    os.chdir(folder)
    try:
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        Path("report.txt").write_bytes((SAMPLES / "001_3f2956fd13a85515.txt").read_bytes())
    finally:
        os.chdir(ROOT)
    yield folder
    os.chdir(folder / ("d/" * (depth - 1)))
    try:
        os.remove("d/report.txt")
        for _ in range(depth):
            os.rmdir("d")
            os.chdir("..")
    finally:
        os.chdir(ROOT)


def test_folder_deeper_than_the_recursion_limit_is_walked(cache: Path, deep_folder: Path):
    summary = open_store(cache).ingest([deep_folder])
    assert len(summary.new) == 1 and summary.refused == []


def test_folder_ingest_says_what_it_skipped_and_why(cache: Path, sources: list[Path]):
    folder = sources[0].parent
    (folder / "chart.png").write_bytes(b"\x89PNG")
    (folder / ".hidden.txt").write_bytes(sources[0].read_bytes())
    (folder / "loop").symlink_to(folder)
    summary = open_store(cache).ingest([folder])
    assert sorted((Path(path).name, reason) for path, reason in summary.skipped) == [
        (".hidden.txt", "hidden"), ("chart.png", "unsupported file type"),
        ("loop", "link to a folder (not followed)")]
    assert len(summary.new) == len(sources)


def test_cli_ingest_prints_one_line_per_skipped_file(cache: Path, sources: list[Path]):
    (sources[0].parent / "chart.png").write_bytes(b"\x89PNG")
    result = gwr(cache, "ingest", str(sources[0].parent))
    assert result.returncode == 0
    assert [line for line in result.stderr.splitlines() if "skipped" in line] == [
        f"gwr: skipped {sources[0].parent / 'chart.png'}: unsupported file type"]


def test_catalogue_rename_follows_the_flush_of_the_shards_and_precedes_a_sync_of_the_cache_folder(
        cache: Path, sources: list[Path], monkeypatch):
    events: list[tuple[str, str]] = []
    replace, sync, flush = os.replace, store.writer.sync_directory, store.writer.sync_files
    monkeypatch.setattr(store.files.os, "replace", lambda a, b: events.append(("rename", Path(b).name)) or replace(a, b))
    monkeypatch.setattr(store.writer, "sync_directory", lambda folder: events.append(("sync", str(folder))) or sync(folder))

    def flushed(paths, folders):
        paths, folders = list(paths), list(folders)
        events.extend(("flush", str(path)) for path in [*paths, *folders])
        flush(paths, folders)

    monkeypatch.setattr(store.writer, "sync_files", flushed)
    open_store(cache).ingest(sources)
    committed = events.index(("rename", "catalogue.json"))
    assert ("sync", str(cache)) in events[committed:]
    shards = {str(path) for folder in (REPORTS_DIR, TEXTS_DIR) for path in (cache / folder).iterdir()}
    assert shards and {("flush", path) for path in shards} <= set(events[:committed])
    assert {("flush", str(cache / folder)) for folder in SHARD_FOLDERS} <= set(events[:committed])


def test_listing_during_a_cold_ingest_never_ingests_the_samples(cache: Path, tmp_path: Path):
    folder = tmp_path / "mine"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:10]:
        (folder / sample.name).write_bytes(sample.read_bytes())
    ingest = subprocess.Popen([sys.executable, "-m", "tui.cli", "--cache", str(cache), "ingest", str(folder)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    listings = [gwr(cache, "list") for _ in range(3)]
    ingest.communicate(timeout=300)
    assert all("Traceback" not in listing.stderr for listing in listings)
    assert {s.source_path for s in open_store(cache).reports()} <= {str(p) for p in folder.iterdir()}


def test_read_commands_on_an_empty_cache_write_no_catalogue(cache: Path):
    for command in (["list"], ["search", "经济"], ["indicators"]):
        result = gwr(cache, *command)
        assert "Traceback" not in result.stderr
    assert not (cache / "catalogue.json").exists()
