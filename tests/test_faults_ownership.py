"""gwr deletes or renames only files it wrote: user folders inside the cache, the cache itself as a source,
tampered catalogue paths, leftovers of older generations and older layouts."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

import store.store
from store import open_store
from store.files import write_sealed_json
from store.layout import MARKER, REPORTS_DIR, SHARD_FOLDERS, SHARDS, TEXTS_DIR
from tests.hostile_sources import gwr
from tests.store_samples import parsed


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def named_files(cache: Path) -> set[str]:
    """The shard files the committed catalogue names."""
    meta = orjson.loads((cache / "catalogue.json").read_bytes())["meta"]["1"]
    return {*meta["sizes"], meta["index_folder"]}


def shard_files(cache: Path) -> set[str]:
    """The files in the cache's shard folders (the markers aside)."""
    return {f"{folder}/{path.name}" for folder in SHARD_FOLDERS for path in (cache / folder).iterdir()}


@pytest.mark.parametrize("folder", ["reports", "texts", "index", "indicators"])
def test_user_folder_named_like_an_old_shard_folder_inside_the_cache_is_never_touched(
        cache: Path, sources: list[Path], folder: str):
    own = cache / folder
    own.mkdir(parents=True)
    for source in sources:
        (own / source.name).write_bytes(source.read_bytes())
    (own / "notes.json").write_text("{}", encoding="utf-8")
    before = snapshot(own)
    ingested = open_store(cache).ingest([own])
    open_store(cache).ingest([own], prune=True)  # an ingest that changes nothing still collects garbage
    assert snapshot(own) == before
    assert len(ingested.new) == len(sources)


def test_cache_folder_is_never_ingested_as_sources(cache: Path, sources: list[Path]):
    report_store = open_store(cache)
    report_store.ingest(sources)
    summary = open_store(cache).ingest([cache])
    assert summary.new == [] and summary.refused == []
    assert any("cache" in reason for _, reason in summary.skipped)
    assert {r.id for r in open_store(cache).reports()} == {r.id for r in parsed(sources)}


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A user's file outside the cache, which a tampered catalogue will name."""
    path = tmp_path / "victim.json"
    path.write_text("the user's file", encoding="utf-8")
    return path


def tamper(cache: Path, change) -> None:
    """Apply `change` to the catalogue's tables and seal them again (a tampering that passes the checksum)."""
    tables = orjson.loads((cache / "catalogue.json").read_bytes())
    del tables["seal"]
    change(tables)
    write_sealed_json(cache / "catalogue.json", tables)


def test_catalogue_naming_a_file_outside_the_cache_is_rebuilt_and_the_file_left_alone(
        victim: Path, cache: Path, sources: list[Path]):
    open_store(cache).ingest(sources)
    outside = os.path.relpath(victim, cache / REPORTS_DIR)

    def point_a_shard_outside(tables):
        next(iter(tables["reports"].values()))["shard"] = outside
        tables["meta"]["1"]["sizes"][f"{REPORTS_DIR}/{outside}"] = 1

    tamper(cache, point_a_shard_outside)
    notices: list[str] = []
    listed = open_store(cache, notice=notices.append).reports()
    assert victim.read_text(encoding="utf-8") == "the user's file"
    assert list(victim.parent.glob("victim.json.broken-*")) == []
    assert {s.id for s in listed} == {r.id for r in parsed(sources)}
    assert len(notices) == 1 and "not gwr's" in notices[0]


def test_catalogue_naming_an_index_file_outside_its_folder_is_rebuilt_and_the_file_left_alone(
        victim: Path, cache: Path, sources: list[Path]):
    open_store(cache).ingest(sources)

    def point_an_index_file_outside(tables):
        meta = tables["meta"]["1"]
        meta["index_files"][os.path.relpath(victim, cache / meta["index_folder"])] = [15, 0, 0]

    tamper(cache, point_an_index_file_outside)
    notices: list[str] = []
    open_store(cache, notice=notices.append).ingest(sources[:1])
    assert victim.read_text(encoding="utf-8") == "the user's file"
    assert len(notices) == 1 and "not gwr's" in notices[0]


def test_a_fresh_cache_reopens_without_a_repair(cache: Path, sources: list[Path]):
    open_store(cache).ingest(sources)
    notices: list[str] = []
    open_store(cache, notice=notices.append).search("发展")
    assert notices == []


def test_unmarked_shards_folder_holding_user_files_is_refused_untouched(cache: Path, sources: list[Path]):
    theirs = cache / SHARDS
    theirs.mkdir(parents=True)
    (theirs / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OSError, match="did not write"):
        open_store(cache).ingest(sources)
    assert snapshot(theirs) == {"mine.txt": b"keep me"}


def test_files_gwr_did_not_name_in_its_shard_folders_survive_garbage_collection(cache: Path, sources: list[Path]):
    open_store(cache).ingest(sources[:1])
    dropped = cache / TEXTS_DIR / "my notes.txt"
    dropped.write_text("keep me", encoding="utf-8")
    open_store(cache).ingest(sources)
    assert dropped.read_text(encoding="utf-8") == "keep me"


def test_stale_generation_files_and_stray_temp_files_are_collected_when_the_cache_opens(
        cache: Path, sources: list[Path]):
    open_store(cache).ingest(sources)
    live = named_files(cache)
    text = next(name for name in live if name.startswith(TEXTS_DIR))
    stale = cache / text.replace("-1.txt", "-0.txt")
    stale.write_text("a shard of an older generation", encoding="utf-8")
    temps = [cache / ".catalogue.json.abc123.tmp", cache / TEXTS_DIR / f".{stale.name}.x_9.tmp"]
    for temp in temps:
        temp.write_bytes(b"half")
    open_store(cache)
    assert shard_files(cache) == live and not any(temp.exists() for temp in temps)


def test_catalogue_of_the_older_layout_is_rebuilt_and_only_its_named_files_removed(cache: Path, sources: list[Path]):
    old = cache / "reports"
    old.mkdir(parents=True)
    (old / "abc1234-3.json").write_text("{}", encoding="utf-8")
    (old / "user.json").write_text("{}", encoding="utf-8")
    (cache / "sources.json").write_bytes(orjson.dumps([str(path) for path in sources]))
    meta = {"schema": 9, "parser": "old", "generation": 3, "next_doc": 1, "index_files": {},
            "indicators_file": None, "sizes": {"reports/abc1234-3.json": 2, "../outside.json": 2},
            "checksums": {}}
    (cache.parent / "outside.json").write_text("{}", encoding="utf-8")
    (cache / "catalogue.json").write_bytes(orjson.dumps({"meta": {"1": meta}}))
    notices: list[str] = []
    report_store = open_store(cache, notice=notices.append)
    assert {s.id for s in report_store.reports()} == {r.id for r in parsed(sources)}
    assert sorted(path.name for path in old.iterdir()) == ["user.json"]
    assert (cache.parent / "outside.json").exists()


def test_cache_folder_is_tagged_for_backup_tools_and_walkers(cache: Path, sources: list[Path]):
    open_store(cache).ingest(sources)
    assert (cache / MARKER).read_bytes().startswith(b"Signature: 8a477f597d28d172789f06886806bc55")


def test_cli_ingest_of_the_cache_folder_says_it_was_skipped(cache: Path, sources: list[Path]):
    assert gwr(cache, "ingest", *map(str, sources)).returncode == 0
    result = gwr(cache, "ingest", str(cache))
    assert result.returncode == 0 and "0 new" in result.stdout
    assert f"skipped {cache}" in result.stderr and "Traceback" not in result.stderr


def test_rebuild_keeps_user_files_in_the_cache_folder(cache: Path, sources: list[Path], monkeypatch):
    open_store(cache).ingest(sources)
    mine = cache / "my-report.txt"
    mine.write_bytes(sources[0].read_bytes())
    monkeypatch.setattr(store.store, "PARSER_VERSION", "9.9.9")
    open_store(cache)
    assert mine.read_bytes() == sources[0].read_bytes()
