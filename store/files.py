"""Reading and atomically writing the cache's JSON files (orjson)."""

from __future__ import annotations

import os
import stat
import sys
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import orjson


#: Permissions of a newly written file (what an ordinary umask gives).
NEW_FILE_MODE = 0o644


#: What an atomic write returns: the file's size in bytes and its CRC-32 checksum.
Stamp = tuple[int, int]


class CorruptCacheFile(Exception):
    """A cache file that is truncated, garbled or not valid JSON; `str()` names the file."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path


def write_atomic(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a mix.

    The bytes go to a temp file in the same directory, are fsync'ed, then renamed over `path`.
    A replaced file keeps its permissions; a new one gets `NEW_FILE_MODE`. With `sync` False the
    fsync is left to a later `sync_files` (for new files nothing names before that call).
    """
    import tempfile  # loaded on the first write: a command that only reads never needs it

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, stat.S_IMODE(path.stat().st_mode) if path.exists() else NEW_FILE_MODE)
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            if sync:
                os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """(inode, modification time, size) of a file, None when it is missing: changes whenever it is replaced."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_mtime_ns, status.st_size


def sync_directory(folder: Path) -> None:
    """Flush a folder's entries to disk (after renames into it), where the system allows it."""
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except FileNotFoundError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot sync a folder; the renames are still atomic
    finally:
        os.close(handle)


def sync_files(paths: Iterable[Path], folders: Iterable[Path]) -> None:
    """Flush files written with `write_atomic(sync=False)` and the entries of their folders to disk.

    On Linux one `syncfs` of their file system does it (an fsync per file costs a disk flush each:
    5 ms apiece, minutes over the 20,000 shards of 10,000 reports); elsewhere, or when it fails,
    each file and folder is fsync'ed.
    """
    paths, folders = list(paths), list(folders)
    if (paths or folders) and _syncfs((paths or folders)[0]):
        return
    for path in paths:
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
    for folder in folders:
        sync_directory(folder)


def _syncfs(path: Path) -> bool:
    """Flush the whole file system holding `path` (Linux `syncfs`); False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # loaded on the first ingest: a command that only reads never needs it

    try:
        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return False
    handle = os.open(path, os.O_RDONLY)
    try:
        return bool(syncfs(handle) == 0)
    finally:
        os.close(handle)


def write_json(path: Path, value: Any, *, sync: bool = True) -> Stamp:
    """Atomically write `value` as JSON (`sync`: see `write_atomic`); return the file's size and checksum."""
    data = orjson.dumps(value)
    write_atomic(path, data, sync=sync)
    return len(data), zlib.crc32(data)


def write_text(path: Path, text: str, *, sync: bool = True) -> Stamp:
    """Atomically write `text` as UTF-8 (`sync`: see `write_atomic`); return the file's size and checksum."""
    data = text.encode("utf-8")
    write_atomic(path, data, sync=sync)
    return len(data), zlib.crc32(data)


def _read_checked(path: Path, checksum: int | None) -> bytes:
    """The bytes of `path`; raises `CorruptCacheFile` when they do not match the recorded checksum."""
    data = path.read_bytes()
    if checksum is not None and zlib.crc32(data) != checksum:
        raise CorruptCacheFile(path, "checksum mismatch: the file changed after it was written")
    return data


def read_bytes(path: Path, checksum: int) -> bytes:
    """The bytes of `path`; raises `CorruptCacheFile` when they do not match `checksum`."""
    return _read_checked(path, checksum)


def read_text(path: Path, checksum: int | None = None) -> str:
    """The UTF-8 text in `path`; raises `CorruptCacheFile` when it does not decode or match `checksum`."""
    try:
        return _read_checked(path, checksum).decode("utf-8")
    except UnicodeDecodeError as error:
        raise CorruptCacheFile(path, f"not UTF-8 text ({error.reason})") from error


def read_json(path: Path, checksum: int | None = None) -> Any:
    """The JSON value in `path`; raises `CorruptCacheFile` when it is empty, truncated, garbled or
    does not match `checksum`."""
    data = _read_checked(path, checksum)
    if not data.strip():
        raise CorruptCacheFile(path, "empty file")
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise CorruptCacheFile(path, f"not valid JSON ({error})") from error


#: A sealed JSON object opens with a member holding the CRC-32 of the object without it:
#: `{"seal":{"1":{"crc32":NNNNNNNNNN}},…the object's own members…}` (still a TinyDB database:
#: the seal is a table of one row). The number is padded with spaces to ten characters (JSON allows
#: no leading zeros), so the seal has a fixed length.
SEAL_HEAD, SEAL_TAIL, SEAL_DIGITS = b'{"seal":{"1":{"crc32":', b"}}", 10
SEAL_LENGTH = len(SEAL_HEAD) + SEAL_DIGITS + len(SEAL_TAIL)


def write_sealed_json(path: Path, value: dict[str, Any]) -> Stamp:
    """Atomically write the object `value` as JSON opening with the checksum of the rest (see `SEAL_HEAD`)."""
    body = orjson.dumps(value)
    members = body[1:]  # "}" alone, or the members and the closing "}"
    seal = SEAL_HEAD + b"%10d" % zlib.crc32(body) + SEAL_TAIL
    data = seal + (members if members == b"}" else b"," + members)
    write_atomic(path, data)
    return len(data), zlib.crc32(data)


def read_sealed_json(path: Path) -> dict[str, Any] | None:
    """The object in a file written by `write_sealed_json`, without its seal; None for a file with no seal.

    Raises `CorruptCacheFile` when the object does not match its checksum or is not valid JSON.
    """
    data = bytearray(path.read_bytes())
    if not data.startswith(SEAL_HEAD):
        return None
    digits, tail = data[len(SEAL_HEAD):len(SEAL_HEAD) + SEAL_DIGITS], data[SEAL_LENGTH - len(SEAL_TAIL):SEAL_LENGTH]
    after_seal = data[SEAL_LENGTH:SEAL_LENGTH + 1]
    if not digits.strip().isdigit() or tail != SEAL_TAIL or after_seal not in (b",", b"}"):
        raise CorruptCacheFile(path, "garbled checksum seal")
    # The object is "{" and what follows the seal's comma (or its "}" when it has no member): made in place,
    # not copied (the catalogue is 10 MB at 10,000 reports).
    start = SEAL_LENGTH if after_seal == b"," else SEAL_LENGTH - 1
    data[start] = ord("{")
    body = memoryview(data)[start:]
    if zlib.crc32(body) != int(digits):
        raise CorruptCacheFile(path, "checksum mismatch: the file changed after it was written")
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise CorruptCacheFile(path, f"not valid JSON ({error})") from error


MOVED_ASIDE = ".broken-"


def move_aside(path: Path) -> Path:
    """Rename a broken cache file to `NAME.broken-TIMESTAMP` next to it; return the new path."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}{MOVED_ASIDE}{stamp}")
    os.replace(path, target)
    return target
