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
from pathlib import Path
from store.files import read_json, write_json
from store.words import search_words

SHARD_COUNT = 64
KINDS = ("w", "c")


def shard_of(key: str) -> int:
    """The shard number of an index key (stable across runs and machines)."""
    return zlib.crc32(key.encode("utf-8")) % SHARD_COUNT


def index_keys(text: str) -> dict[str, set[str]]:
    """The word and character keys of a report text."""
    return {"w": set(search_words(text)), "c": {c.lower() for c in text if not c.isspace()}}


Postings = dict[str, dict[str, list[int]]]


class SearchIndex:
    """Postings of one cache directory; shards are loaded on first use and kept."""

    def __init__(self, directory: Path, files: dict[str, str]) -> None:
        self.directory = directory
        self.files = dict(files)  # shard number (as str) → file name
        self.sizes: dict[str, int] = {}  # file name → bytes, for the files this object wrote
        self._loaded: dict[str, Postings] = {}

    def _shard(self, number: int) -> Postings:
        name = self.files.get(str(number))
        if name is None:
            return {kind: {} for kind in KINDS}
        if name not in self._loaded:
            self._loaded[name] = read_json(self.directory / name)
        return self._loaded[name]

    def docs(self, kind: str, key: str) -> set[int]:
        """Report numbers whose text has `key` (a word for "w", a character for "c")."""
        return set(self._shard(shard_of(key))[kind].get(key, ()))

    def has_word(self, word: str) -> bool:
        """True when some report has `word` as a jieba word."""
        return word in self._shard(shard_of(word))["w"]

    def add(self, added: dict[int, dict[str, set[str]]], live: set[int], generation: int) -> dict[str, str]:
        """Write the shards that gain postings of `added` docs (dropping docs not `live`); return the new file map."""
        by_shard: dict[int, list[tuple[str, str, int]]] = {}
        for doc, keys in added.items():
            for kind in KINDS:
                for key in keys[kind]:
                    by_shard.setdefault(shard_of(key), []).append((kind, key, doc))
        files = dict(self.files)
        for number, entries in by_shard.items():
            postings = _pruned(self._shard(number), live)
            for kind, key, doc in entries:
                postings[kind].setdefault(key, []).append(doc)
            name = f"{number:02d}-{generation}.json"
            self.sizes[name] = write_json(self.directory / name, postings)
            files[str(number)] = name
            self._loaded[name] = postings
        return files


def _pruned(postings: Postings, live: set[int]) -> Postings:
    """A copy of `postings` without docs that are no longer in the catalogue."""
    result: Postings = {kind: {} for kind in KINDS}
    for kind in KINDS:
        for key, docs in postings[kind].items():
            kept = [doc for doc in docs if doc in live]
            if kept:
                result[kind][key] = kept
    return result
