"""The search index: postings split into shards that are read only when a query needs them.

Keys are taken from a report's folded text (`fold`) with its whitespace removed,
and map to the report numbers (`doc`) containing them:
- characters (one-character keys), for one-character queries;
- character bigrams (two-character keys: every pair of neighbouring characters,
  the CJK bigram approach of Lucene and Elasticsearch), so that a term's candidate
  reports are those holding all its bigrams. Latin words and numbers ("gdp",
  "1.5") are cut into bigrams the same way. Pairs are taken across whitespace, so
  a spaced phrase ("生产总值 增长") finds its candidates through "值增" too.
No word segmentation (分词) happens at ingest: bigrams are exact and cheap.

A posting list is stored as a list of docs when that is shorter, else as a
bitmap (bit `doc` set) in base64 of its little-endian bytes; a query decodes only
the keys it touches into Python ints and intersects them with `&`.

A key lives in shard `crc32(key) % SHARD_COUNT`; a shard file is
`index/NNN-GEN.json` = {key: [doc…] or "bitmap"}, written under a new name by
every ingest that touches it, so that the catalogue (which names the current
file of each shard) stays the single commit point.
"""

from __future__ import annotations

import base64
import zlib
from functools import lru_cache
from pathlib import Path

from store.files import Stamp, read_json, write_json

SHARD_COUNT = 512

#: The index keys of one report: its distinct characters and character bigrams, space-separated
#: (one string holds them in a thirtieth of the memory of a set of strings).
Keys = str
#: A posting list as stored: doc numbers, or a base64 bitmap.
Encoded = list[int] | str
Postings = dict[str, Encoded]


@lru_cache(maxsize=1 << 16)
def shard_of(key: str) -> int:
    """The shard number of an index key (stable across runs and machines)."""
    return zlib.crc32(key.encode("utf-8")) % SHARD_COUNT


def fold(text: str) -> str:
    """`text` with each character lower-cased where that keeps it one character (offsets unchanged)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := character.lower()) == 1 else character for character in text)


def compact(text: str) -> str:
    """Folded `text` without its whitespace: the string keys are cut from."""
    return "".join(fold(text).split())


def index_keys(text: str) -> Keys:
    """The character and bigram keys of a report text."""
    letters = compact(text)
    return " ".join(set(letters) | {letters[i:i + 2] for i in range(len(letters) - 1)})


def query_keys(term: str) -> list[str]:
    """The keys every report containing `term` has: its bigrams, or its character when it has one."""
    letters = compact(term)
    if len(letters) == 1:
        return [letters]
    return list(dict.fromkeys(letters[i:i + 2] for i in range(len(letters) - 1)))


def bitmap_of(docs: list[int]) -> int:
    """The bitmap (bit `doc` set) of some doc numbers."""
    if not docs:
        return 0
    bits = bytearray(max(docs) // 8 + 1)
    for doc in docs:
        bits[doc >> 3] |= 1 << (doc & 7)
    return int.from_bytes(bits, "little")


def docs_of(bitmap: int) -> list[int]:
    """The doc numbers set in a bitmap, ascending."""
    flags = bin(bitmap)[:1:-1]
    docs, doc = [], flags.find("1")
    while doc != -1:
        docs.append(doc)
        doc = flags.find("1", doc + 1)
    return docs


def decode(encoded: Encoded | None) -> int:
    """The bitmap of a stored posting list (0 for a key no report has)."""
    if encoded is None:
        return 0
    if isinstance(encoded, str):
        return int.from_bytes(base64.b64decode(encoded), "little")
    return bitmap_of(encoded)


def encode(bitmap: int) -> Encoded:
    """A posting list as stored: its docs when that is shorter than its bitmap in base64."""
    count, size = bitmap.bit_count(), (bitmap.bit_length() + 7) // 8
    if count * (len(str(bitmap.bit_length())) + 1) <= size * 4 // 3:
        return docs_of(bitmap)
    return base64.b64encode(bitmap.to_bytes(size, "little")).decode("ascii")


class SearchIndex:
    """Postings of one cache directory; shards are loaded on first use and kept."""

    def __init__(self, directory: Path, files: dict[str, str], checksums: dict[str, int | None]) -> None:
        self.directory = directory
        self.files = dict(files)  # shard number (as str) → file name
        self.checksums = checksums  # file name → CRC-32 recorded when it was written
        self.stamps: dict[str, Stamp] = {}  # file name → (bytes, CRC-32), for the files this object wrote
        self._loaded: dict[str, Postings] = {}

    def _shard(self, number: int) -> Postings:
        name = self.files.get(str(number))
        if name is None:
            return {}
        if name not in self._loaded:
            self._loaded[name] = read_json(self.directory / name, self.checksums.get(name))
        return self._loaded[name]

    def bitmap(self, key: str) -> int:
        """The bitmap of the reports whose text has `key` (a character or a bigram)."""
        return decode(self._shard(shard_of(key)).get(key))

    def add(self, added: dict[int, Keys], dead: set[int], generation: int) -> dict[str, str]:
        """Write the shards that gain postings of `added` docs, without the `dead` docs; return the new file map.

        Loaded shards are updated in place (no copy of the index in memory): when a
        write fails, this object no longer matches the files and must be dropped.
        """
        gained: dict[int, dict[str, list[int]]] = {}
        for doc, keys in added.items():
            for key in keys.split():
                gained.setdefault(shard_of(key), {}).setdefault(key, []).append(doc)
        alive = ~bitmap_of(sorted(dead))
        files = dict(self.files)
        for number, new in gained.items():
            postings = self._shard(number)
            if dead:
                _drop_dead(postings, alive, new)
            for key, docs in new.items():
                postings[key] = encode(decode(postings.get(key)) & alive | bitmap_of(docs))
            name = f"{number:03d}-{generation}.json"
            self.stamps[name] = write_json(self.directory / name, postings)
            files[str(number)] = name
            self._loaded[name] = postings
        return files


def _drop_dead(postings: Postings, alive: int, skip: dict[str, list[int]]) -> None:
    """Remove dead docs (bits not set in `alive`) from every posting list but those in `skip`, in place."""
    for key in [key for key in postings if key not in skip]:
        bitmap = decode(postings[key])
        kept = bitmap & alive
        if not kept:
            del postings[key]
        elif kept != bitmap:
            postings[key] = encode(kept)
