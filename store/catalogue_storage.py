"""The catalogue's TinyDB storage: orjson, written atomically in one piece and sealed with its CRC-32.

Only committing a catalogue loads TinyDB; reading one is `store.catalogue.read_tables`, the same
reading this storage does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from store.catalogue import read_tables
from store.files import write_sealed_json


class OrjsonStorage(Storage):
    """TinyDB storage reading with orjson and writing atomically (temp file, fsync, rename)."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, Any] | None:
        """The tables; raises `CorruptCacheFile` when they do not match their seal (`read_tables`)."""
        return read_tables(self.path)

    def write(self, data: dict[str, Any]) -> None:
        write_sealed_json(self.path, data)

    def close(self) -> None:
        pass


def write_tables(path: Path, tables: dict[str, Any]) -> None:
    """Write the catalogue's tables to `path` through TinyDB (its caching middleware over `OrjsonStorage`)."""
    with TinyDB(str(path), storage=CachingMiddleware(OrjsonStorage)) as database:
        storage = cast(CachingMiddleware, database.storage)
        storage.write(tables)
        storage.flush()
