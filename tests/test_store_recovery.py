"""A damaged or outdated cache is rebuilt from its sources with a one-line notice; ingests never collide."""

from __future__ import annotations

import subprocess
import threading
import sys
from pathlib import Path

import orjson
import pytest
from filelock import FileLock

import store.store
from store import default_cache_dir, open_store
from store.layout import INDEX_DIR, REPORTS_DIR, SHARD_FOLDERS, TEXTS_DIR
from tests.store_samples import parsed


ROOT = Path(__file__).resolve().parent.parent


def ingested(cache: Path, sources: list[Path]) -> set[str]:
    open_store(cache).ingest(sources)
    return {r.id for r in parsed(sources)}


def test_truncated_catalogue_is_moved_aside_and_rebuilt(cache: Path, sources: list[Path]):
    expected = ingested(cache, sources)
    catalogue = cache / "catalogue.json"
    catalogue.write_bytes(catalogue.read_bytes()[: catalogue.stat().st_size // 2])
    notices: list[str] = []
    store = open_store(cache, notice=notices.append)
    assert {r.id for r in store.reports()} == expected
    assert len(notices) == 1 and "catalogue.json" in notices[0] and "\n" not in notices[0]
    assert len(list(cache.glob("catalogue.json.broken-*"))) == 1


def test_garbled_report_shard_is_rebuilt_when_read(cache: Path, sources: list[Path]):
    ingested(cache, sources)
    report_id = parsed(sources[:1])[0].id
    shard = next((cache / REPORTS_DIR).glob(f"{report_id}-*.json"))
    shard.write_bytes(b"\x00garbage")
    notices: list[str] = []
    store = open_store(cache, notice=notices.append)
    assert store.report(report_id) == parsed(sources[:1])[0]
    assert len(notices) == 1


def test_parser_version_change_rebuilds_with_one_notice(cache: Path, sources: list[Path], monkeypatch):
    expected = ingested(cache, sources)
    monkeypatch.setattr(store.store, "PARSER_VERSION", "9.9.9")
    notices: list[str] = []
    reopened = open_store(cache, notice=notices.append)
    assert {r.id for r in reopened.reports()} == expected
    assert len(notices) == 1 and "9.9.9" in notices[0]
    assert open_store(cache, notice=notices.append) and len(notices) == 1


def test_schema_version_change_rebuilds(cache: Path, sources: list[Path], monkeypatch):
    expected = ingested(cache, sources)
    monkeypatch.setattr(store.store, "SCHEMA_VERSION", 999)
    monkeypatch.setattr(store.catalogue, "SCHEMA_VERSION", 999)
    notices: list[str] = []
    assert {r.id for r in open_store(cache, notice=notices.append).reports()} == expected
    assert len(notices) == 1


def test_catalogue_written_before_seals_rebuilds_as_outdated(cache: Path, sources: list[Path]):
    expected = ingested(cache, sources)
    catalogue = cache / "catalogue.json"
    tables = orjson.loads(catalogue.read_bytes())
    del tables["seal"]
    tables["meta"]["1"]["schema"] = 7
    catalogue.write_bytes(orjson.dumps(tables))
    notices: list[str] = []
    assert {r.id for r in open_store(cache, notice=notices.append).reports()} == expected
    assert len(notices) == 1 and "schema 7" in notices[0]


def test_catalogue_of_this_schema_without_its_seal_counts_as_damaged(cache: Path, sources: list[Path]):
    expected = ingested(cache, sources)
    catalogue = cache / "catalogue.json"
    tables = orjson.loads(catalogue.read_bytes())
    del tables["seal"]
    catalogue.write_bytes(orjson.dumps(tables))
    notices: list[str] = []
    assert {r.id for r in open_store(cache, notice=notices.append).reports()} == expected
    assert len(notices) == 1 and "seal missing" in notices[0]


def test_rebuild_drops_sources_that_are_gone(cache: Path, sources: list[Path], monkeypatch):
    ingested(cache, sources)
    sources[0].unlink()
    monkeypatch.setattr(store.store, "PARSER_VERSION", "9.9.9")
    assert {r.id for r in open_store(cache).reports()} == {r.id for r in parsed(sources[1:])}


INGEST_SCRIPT = "import sys; from pathlib import Path; from store import open_store; " \
                "open_store(Path(sys.argv[1])).ingest([Path(sys.argv[2])])"


def test_two_concurrent_ingests_leave_a_valid_cache_with_both(cache: Path, sources: list[Path]):
    processes = [subprocess.Popen([sys.executable, "-c", INGEST_SCRIPT, str(cache), str(path)], cwd=ROOT)
                 for path in sources[:2]]
    assert [p.wait(timeout=120) for p in processes] == [0, 0]
    orjson.loads((cache / "catalogue.json").read_bytes())
    assert {r.id for r in open_store(cache).reports()} == {r.id for r in parsed(sources[:2])}


def test_cache_dir_comes_from_gwr_cache_when_not_given(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("GWR_CACHE", str(tmp_path / "env-cache"))
    assert default_cache_dir() == tmp_path / "env-cache"
    assert open_store().cache_dir == tmp_path / "env-cache"


def test_opening_the_cache_does_not_load_jieba(cache: Path, sources: list[Path]):
    ingested(cache, sources)
    script = "import sys; from pathlib import Path; from store import open_store; " \
             "s = open_store(Path(sys.argv[1])); s.reports(); s.stats(); print('jieba' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script, str(cache)], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def index_files(cache: Path) -> list[Path]:
    """The data files of the cache's index folder, largest first."""
    folder = next((cache / INDEX_DIR).iterdir())
    return sorted((p for p in folder.iterdir() if p.suffix != ".lock"), key=lambda p: -p.stat().st_size)


def test_garbled_index_file_is_rebuilt_before_searching(cache: Path, sources: list[Path]):
    ingested(cache, sources)
    postings = index_files(cache)[0]
    data = postings.read_bytes()
    postings.write_bytes(data[:100] + bytes(b ^ 0x5A for b in data[100:200]) + data[200:])
    notices: list[str] = []
    store = open_store(cache, notice=notices.append)
    assert store.search("发展", limit=5)
    assert len(notices) == 1 and "damaged" in notices[0]


def test_an_ingest_waiting_for_another_says_so(cache: Path, sources: list[Path]):
    notices: list[str] = []
    store = open_store(cache, notice=notices.append)
    with FileLock(str(cache / "ingest.lock")):
        waiting = threading.Thread(target=store.ingest, args=(sources,))
        waiting.start()
        waiting.join(timeout=1)
        assert waiting.is_alive() and notices == ["another gwr is writing this cache: waiting for it to finish"]
    waiting.join(timeout=60)
    assert {r.id for r in store.reports()} == {r.id for r in parsed(sources)}


def test_rebuild_reports_progress_file_by_file(cache: Path, sources: list[Path], monkeypatch):
    ingested(cache, sources)
    monkeypatch.setattr(store.store, "PARSER_VERSION", "9.9.9")
    seen = []
    open_store(cache, progress=seen.append)
    assert [p.done for p in seen] == list(range(1, len(sources) + 1))


def test_deleted_report_shard_is_rebuilt_when_read(cache: Path, sources: list[Path]):
    ingested(cache, sources)
    report = parsed(sources[:1])[0]
    next((cache / REPORTS_DIR).glob(f"{report.id}-*.json")).unlink()
    notices: list[str] = []
    assert open_store(cache, notice=notices.append).report(report.id) == report
    assert len(notices) == 1 and "missing" in notices[0]


def test_truncated_report_shard_is_detected_when_read_and_only_its_source_reread(cache: Path, sources: list[Path]):
    ingested(cache, sources)
    report = parsed(sources[:1])[0]
    shard = next((cache / REPORTS_DIR).glob(f"{report.id}-*.json"))
    shard.write_bytes(shard.read_bytes()[:-1])
    notices: list[str] = []
    store = open_store(cache, notice=notices.append)
    assert notices == []
    assert [store.report(r.id) for r in parsed(sources)] == parsed(sources)
    assert len(notices) == 1 and str(sources[0]) in notices[0] and "rebuilding" not in notices[0]
    assert len(list((cache / REPORTS_DIR).glob("*.broken-*"))) == 1


def test_truncated_index_file_is_detected_on_open(cache: Path, sources: list[Path]):
    ingested(cache, sources)
    shard = index_files(cache)[0]
    shard.write_bytes(shard.read_bytes()[:-1])
    notices: list[str] = []
    open_store(cache, notice=notices.append)
    assert len(notices) == 1 and shard.name in notices[0]


def test_damaged_shard_of_a_deleted_source_drops_its_reports_when_read(cache: Path, sources: list[Path]):
    ingested(cache, sources)
    report = parsed(sources[:1])[0]
    next((cache / REPORTS_DIR).glob(f"{report.id}-*.json")).write_bytes(b"{")
    sources[0].unlink()
    store = open_store(cache)
    with pytest.raises(KeyError):
        store.report(report.id)
    assert {r.id for r in store.reports()} == {r.id for r in parsed(sources[1:])}


def test_interrupted_ingest_leaves_the_cache_as_it_was(cache: Path, sources: list[Path]):
    before = ingested(cache, sources[:1])

    def interrupt(progress):
        if progress.done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        open_store(cache).ingest(sources, progress=interrupt)
    assert {r.id for r in open_store(cache).reports()} == before


def test_crash_before_the_catalogue_is_written_keeps_the_old_state(cache: Path, sources: list[Path], monkeypatch):
    before = ingested(cache, sources[:1])
    monkeypatch.setattr(store.catalogue.Catalogue, "commit", lambda self: (_ for _ in ()).throw(OSError(28, "full")))
    with pytest.raises(OSError):
        open_store(cache).ingest(sources)
    monkeypatch.undo()
    reopened = open_store(cache)
    assert {r.id for r in reopened.reports()} == before
    phrase = parsed(sources[:1])[0].text[100:104]
    assert [hit.report_id for hit in reopened.search(phrase, limit=1)] == [parsed(sources[:1])[0].id]
    reopened.ingest(sources)
    assert {r.id for r in reopened.reports()} == {r.id for r in parsed(sources)}
    meta = orjson.loads((cache / "catalogue.json").read_bytes())["meta"]["1"]
    named = {*meta["sizes"], meta["index_folder"]}
    on_disk = {f"{d}/{p.name}" for d in SHARD_FOLDERS for p in (cache / d).iterdir()}
    assert on_disk == named


def test_store_that_failed_to_commit_keeps_answering_from_the_files(cache: Path, sources: list[Path], monkeypatch):
    before = ingested(cache, sources[:1])
    writer = open_store(cache)
    monkeypatch.setattr(store.catalogue.Catalogue, "commit", lambda self: (_ for _ in ()).throw(OSError(28, "full")))
    with pytest.raises(OSError):
        writer.ingest(sources)
    assert {r.id for r in writer.reports()} == before


def test_garbled_text_shard_of_the_same_size_is_repaired_when_read(cache: Path, sources: list[Path]):
    ingested(cache, sources)
    report = parsed(sources[:1])[0]
    text_file = next((cache / TEXTS_DIR).glob(f"{report.id}-*.txt"))
    text_file.write_bytes(b"\xff" * text_file.stat().st_size)
    notices: list[str] = []
    store_ = open_store(cache, notice=notices.append)
    assert store_.report(report.id) == report
    assert len(notices) == 1 and str(sources[0]) in notices[0]


def test_deleted_catalogue_is_rebuilt_from_the_sources_list(cache: Path, sources: list[Path]):
    expected = ingested(cache, sources)
    (cache / "catalogue.json").unlink()
    notices: list[str] = []
    assert {r.id for r in open_store(cache, notice=notices.append).reports()} == expected
    assert len(notices) == 1 and "catalogue.json" in notices[0]


def test_rebuild_on_a_full_disk_fails_with_the_error_instead_of_looping(cache: Path, sources: list[Path], monkeypatch):
    ingested(cache, sources)
    (cache / "catalogue.json").unlink()
    monkeypatch.setattr(store.catalogue.Catalogue, "commit", lambda self: (_ for _ in ()).throw(OSError(28, "full")))
    with pytest.raises(OSError):
        open_store(cache)


def test_a_changed_character_in_a_hits_part_is_found_by_search_and_only_its_report_reread(cache: Path,
                                                                                         sources: list[Path]):
    ingested(cache, sources)
    before = open_store(cache).search("发展", limit=5)
    hit = before[0]
    text = open_store(cache).report(hit.report_id).text
    text_file = next((cache / TEXTS_DIR).glob(f"{hit.report_id}-*.txt"))
    data = bytearray(text_file.read_bytes())
    data[len(text[:hit.offset].encode("utf-8")) + 2] ^= 0x01  # the last byte of 发: still valid UTF-8, another character
    text_file.write_bytes(bytes(data))
    notices: list[str] = []
    assert open_store(cache, notice=notices.append).search("发展", limit=5) == before
    assert len(notices) == 1 and text_file.name in notices[0] and "rebuilding" not in notices[0]
