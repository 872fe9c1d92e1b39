"""The search index: postings split into shards that are read only when a query needs them.

Two kinds of keys map to the report numbers (`doc`) containing them:
- words ("w"): jieba search-mode words of the report text;
- characters ("c"): every character, so that single characters and substrings
  jieba never produced as words still find their candidate reports.
A key lives in shard `crc32(key) % SHARD_COUNT`; a shard file is
`index/NN-GEN.json` = {"w": {word: [doc…]}, "c": {char: [doc…]}}, written
under a new name by every ingest that touches it, so that the catalogue (which
names the current file of each shard) stays the single commit point.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path
from store.files import Stamp, read_json, write_json
from store.words import search_words

SHARD_COUNT = 64
KINDS = ("w", "c")


@lru_cache(maxsize=1 << 18)
def shard_of(key: str) -> int:
    """The shard number of an index key (stable across runs and machines)."""
    return zlib.crc32(key.encode("utf-8")) % SHARD_COUNT


#: The index keys of one report: its distinct words ("w") and characters ("c").
Keys = dict[str, tuple[str, ...]]
Postings = dict[str, dict[str, list[int]]]


def index_keys(text: str) -> Keys:
    """The word and character keys of a report text."""
    return {"w": tuple(set(search_words(text))), "c": tuple({c.lower() for c in text if not c.isspace()})}


class SearchIndex:
    """Postings of one cache directory; shards are loaded on first use and kept."""

    def __init__(self, directory: Path, files: dict[str, str], checksums: dict[str, int]) -> None:
        self.directory = directory
        self.files = dict(files)  # shard number (as str) → file name
        self.checksums = checksums  # file name → CRC-32 recorded when it was written
        self.stamps: dict[str, Stamp] = {}  # file name → (bytes, CRC-32), for the files this object wrote
        self._loaded: dict[str, Postings] = {}

    def _shard(self, number: int) -> Postings:
        name = self.files.get(str(number))
        if name is None:
            return {kind: {} for kind in KINDS}
        if name not in self._loaded:
            self._loaded[name] = read_json(self.directory / name, self.checksums.get(name))
        return self._loaded[name]

    def docs(self, kind: str, key: str) -> set[int]:
        """Report numbers whose text has `key` (a word for "w", a character for "c")."""
        return set(self._shard(shard_of(key))[kind].get(key, ()))

    def has_word(self, word: str) -> bool:
        """True when some report has `word` as a jieba word."""
        return word in self._shard(shard_of(word))["w"]

    def add(self, added: dict[int, Keys], dead: set[int], generation: int) -> dict[str, str]:
        """Write the shards that gain postings of `added` docs, without the `dead` docs; return the new file map.

        Loaded shards are updated in place (no copy of the index in memory): when a
        write fails, this object no longer matches the files and must be dropped.
        """
        touched: dict[int, Postings] = {}
        for doc, keys in added.items():
            for kind in KINDS:
                for key in keys[kind]:
                    number = shard_of(key)
                    postings = touched.get(number)
                    if postings is None:
                        postings = touched[number] = _without(self._shard(number), dead)
                    postings[kind].setdefault(key, []).append(doc)
        files = dict(self.files)
        for number, postings in touched.items():
            name = f"{number:02d}-{generation}.json"
            self.stamps[name] = write_json(self.directory / name, postings)
            files[str(number)] = name
            self._loaded[name] = postings
        return files


def _without(postings: Postings, dead: set[int]) -> Postings:
    """`postings` with the `dead` docs (reports no longer in the catalogue) removed, in place."""
    if not dead:
        return postings
    for kind in KINDS:
        table = postings[kind]
        for key in list(table):
            kept = [doc for doc in table[key] if doc not in dead]
            if kept:
                table[key] = kept
            else:
                del table[key]
    return postings
