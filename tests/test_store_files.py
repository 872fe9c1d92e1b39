"""Cache writes are atomic and leave no temp files; damaged files are named."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from store.files import NEW_FILE_MODE, CorruptCacheFile, read_json, write_atomic, write_json
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
