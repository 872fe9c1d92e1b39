"""Cache writes are atomic and leave no temp files; damaged files are named."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

import orjson

from store.files import (
    NEW_FILE_MODE,
    CorruptCacheFile,
    read_json,
    read_sealed_json,
    sync_files,
    write_atomic,
    write_json,
    write_sealed_json,
)
from tests.store_samples import SAMPLE_FILES


def test_written_json_reads_back_and_leaves_no_temp_file(tmp_path: Path):
    text = SAMPLE_FILES[0].read_text(encoding="utf-8")
    write_json(tmp_path / "x.json", {"text": text})
    assert read_json(tmp_path / "x.json") == {"text": text}
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch):
    target = tmp_path / "x.json"
    write_json(target, {"old": True})
    monkeypatch.setattr("os.fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(OSError):
        write_json(target, {"new": True})
    assert read_json(target) == {"old": True} and [p.name for p in tmp_path.iterdir()] == ["x.json"]


def fsynced(monkeypatch) -> list[int]:
    """The inode of every file or folder fsync'ed from now on."""
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr("os.fsync", lambda fd: synced.append(os.fstat(fd).st_ino) or real(fd))
    return synced


def test_a_write_left_for_a_later_flush_is_complete_and_not_yet_fsynced(tmp_path: Path, monkeypatch):
    synced = fsynced(monkeypatch)
    write_json(tmp_path / "x.json", {"new": True}, sync=False)
    assert read_json(tmp_path / "x.json") == {"new": True} and synced == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncfs is Linux's")
def test_flushing_many_files_on_linux_costs_one_syncfs_not_an_fsync_each(tmp_path: Path, monkeypatch):
    paths = [tmp_path / f"{number}.json" for number in range(20)]
    for path in paths:
        write_json(path, {"n": path.name}, sync=False)
    synced = fsynced(monkeypatch)
    sync_files(paths, [tmp_path])
    assert synced == []


def test_without_syncfs_every_file_and_folder_flushed_is_fsynced(tmp_path: Path, monkeypatch):
    paths = [tmp_path / f"{number}.json" for number in range(3)]
    for path in paths:
        write_json(path, {"n": path.name}, sync=False)
    monkeypatch.setattr("store.files._syncfs", lambda path: False)
    synced = fsynced(monkeypatch)
    sync_files(paths, [tmp_path])
    assert sorted(synced) == sorted(path.stat().st_ino for path in [*paths, tmp_path])


def test_new_file_gets_ordinary_permissions_and_replaced_file_keeps_its_own(tmp_path: Path):
    write_atomic(tmp_path / "new.md", b"x")
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == NEW_FILE_MODE
    (tmp_path / "new.md").chmod(0o600)
    write_atomic(tmp_path / "new.md", b"y")
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o600


@pytest.mark.parametrize("damage", [b"", b'{"text": "truncat', b"\x00\x01garbage"])
def test_truncated_or_garbled_file_is_reported_by_name(tmp_path: Path, damage: bytes):
    (tmp_path / "x.json").write_bytes(damage)
    with pytest.raises(CorruptCacheFile, match="x.json"):
        read_json(tmp_path / "x.json")


def test_sealed_json_reads_back_without_its_seal(tmp_path: Path):
    value = {"meta": {"1": {"schema": 8}}, "reports": {"1": {"title": "2023年兰州市政府工作报告"}}}
    write_sealed_json(tmp_path / "catalogue.json", value)
    assert read_sealed_json(tmp_path / "catalogue.json") == value


def test_sealed_json_is_plain_json_with_a_seal_member(tmp_path: Path):
    write_sealed_json(tmp_path / "catalogue.json", {"meta": {"1": {"schema": 8}}})
    assert set(orjson.loads((tmp_path / "catalogue.json").read_bytes())) == {"seal", "meta"}


def test_sealed_json_with_one_changed_digit_is_refused(tmp_path: Path):
    path = tmp_path / "catalogue.json"
    write_sealed_json(path, {"indicators": {"1": {"value": 3012.5}}})
    path.write_bytes(path.read_bytes().replace(b"3012.5", b"3013.5"))
    with pytest.raises(CorruptCacheFile, match="checksum mismatch"):
        read_sealed_json(path)


def test_file_without_a_seal_reads_as_none(tmp_path: Path):
    write_json(tmp_path / "old.json", {"meta": {"1": {"schema": 7}}})
    assert read_sealed_json(tmp_path / "old.json") is None
