"""Which files in a cache folder are gwr's: the only files gwr ever deletes or renames.

A cache folder is marked with a `CACHEDIR.TAG` file (the Cache Directory Tagging
convention: backup tools skip the folder, and gwr never ingests a marked folder as
sources). Every shard lives under `shards/`, a folder gwr makes and marks itself, so
a user's own folder in the cache (`reports/`, say) is never taken for gwr's.
A file is gwr's when its cache-relative name matches one of gwr's own patterns
(`shards/reports/ID-GEN.json`, …, or the temp file of an atomic write of one of
them), it is no link, and its folder, resolved, is inside the cache folder. Names read from the catalogue
are checked the same way before any file operation, so a tampered catalogue cannot
point gwr at `../../x`.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
from pathlib import Path
from typing import Any, Iterable, Iterator

from corpus.model import REPORT_ID_DIGITS

#: The folder holding every shard file, and its sub-folders.
SHARDS = "shards"
REPORTS_DIR, TEXTS_DIR, INDEX_DIR, INDICATORS_DIR = (f"{SHARDS}/{name}" for name in ("reports", "texts", "index",
                                                                                        "indicators"))
SHARD_FOLDERS = (REPORTS_DIR, TEXTS_DIR, INDEX_DIR, INDICATORS_DIR)
#: An index generation's folder in `INDEX_DIR` is this prefix and the generation number.
INDEX_FOLDER_PREFIX = "tantivy-"
CATALOGUE, SOURCES_LIST, LOCK = "catalogue.json", "sources.json", "ingest.lock"

#: The marker file of the Cache Directory Tagging convention (https://bford.info/cachedir/).
MARKER = "CACHEDIR.TAG"
MARKER_SIGNATURE = b"Signature: 8a477f597d28d172789f06886806bc55"
MARKER_TEXT = MARKER_SIGNATURE + b"\n# This folder is a cache written by gwr (government work reports).\n"

_ID = f"[0-9a-f]{{{REPORT_ID_DIGITS}}}"
#: The current layout's shard files and index folders.
_SHARD_NAME = (rf"{REPORTS_DIR}/{_ID}-[0-9]+\.json|{TEXTS_DIR}/{_ID}-[0-9]+\.txt"
               rf"|{INDEX_DIR}/{INDEX_FOLDER_PREFIX}[0-9]+|{INDICATORS_DIR}/[0-9]+\.jsonl")
#: Cache-relative names of the files gwr writes (the root files and the current layout's shards).
_OWN_NAME = re.compile(rf"(?:{re.escape(CATALOGUE)}|{re.escape(SOURCES_LIST)}|{_SHARD_NAME})")
#: A name a catalogue may hold: a shard file or index folder, or a file of an index folder (`meta.index_files`:
#: a plain name, no path, not "." or "..").
_CATALOGUE_NAME = (rf"(?:{_SHARD_NAME}"
                   rf"|{INDEX_DIR}/{INDEX_FOLDER_PREFIX}[0-9]+/(?!\.\.?(?:\n|\Z))[A-Za-z0-9._-]+)")
#: Catalogue names, one a line: all of a catalogue's names are checked in one match (20,000 names at 10,000
#: reports, a name at a time, took a sixth of opening the cache).
_CATALOGUE_NAMES = re.compile(rf"{_CATALOGUE_NAME}(?:\n{_CATALOGUE_NAME})*")
#: Shard names written by gwr before the `shards/` folder (schema 9 and earlier: 7-digit ids).
_LEGACY_NAME = re.compile(r"reports/[0-9a-f]{7}-[0-9]+\.json|texts/[0-9a-f]{7}-[0-9]+\.txt"
                          r"|index/[0-9]{3}-[0-9]+\.json|index/tantivy-[0-9]+|indicators/[0-9]+\.jsonl?")
#: The temp file of an atomic write (`store.files.write_atomic`): ".NAME.RANDOM.tmp".
_TEMP = re.compile(r"\.(?P<name>[^/]+)\.[A-Za-z0-9_]+\.tmp")


class ForeignFolder(OSError):
    """A folder gwr would write into holds files gwr did not write."""

    def __init__(self, folder: Path) -> None:
        super().__init__(errno.EEXIST, f"holds files gwr did not write and has no {MARKER}: "
                                       "gwr will not use it (choose another cache folder)", str(folder))


def is_own_name(name: str) -> bool:
    """True for the cache-relative name of a file gwr writes in the current layout."""
    return _OWN_NAME.fullmatch(name) is not None


def is_temp_name(name: str) -> bool:
    """True for the cache-relative name of a temp file left by an atomic write of one of gwr's files."""
    folder, _, base = name.rpartition("/")
    match = _TEMP.fullmatch(base)
    return match is not None and is_own_name(f"{folder}/{match['name']}" if folder else match["name"])


def check_names(names: Iterable[str]) -> str | None:
    """The first name (from a catalogue) that is not one of gwr's shard names (or a plain file name inside its
    index folder), or None."""
    distinct = list(dict.fromkeys(names))
    lines = "\n".join(distinct)
    if not distinct or (lines.count("\n") == len(distinct) - 1 and _CATALOGUE_NAMES.fullmatch(lines)):
        return None
    return next(name for name in distinct if "\n" in name or not _CATALOGUE_NAMES.fullmatch(name))


def is_marked(folder: Path) -> bool:
    """True when `folder` holds gwr's (or any program's) cache marker."""
    try:
        with open(folder / MARKER, "rb") as marker:
            return marker.read(len(MARKER_SIGNATURE)) == MARKER_SIGNATURE
    except OSError:
        return False


def claim(cache_dir: Path) -> None:
    """Mark the cache folder and make its `shards/` folder gwr's (before anything is written there).

    An existing unmarked `shards/` folder is taken only when empty; otherwise `ForeignFolder`.
    """
    shards = cache_dir / SHARDS
    for folder in (cache_dir, shards):
        folder.mkdir(parents=True, exist_ok=True)
        if folder == shards and folder.is_symlink():
            raise ForeignFolder(folder)  # its files would not be inside the cache
        if is_marked(folder):
            continue
        if folder == shards and any(folder.iterdir()):
            raise ForeignFolder(folder)
        (folder / MARKER).write_bytes(MARKER_TEXT)


def own_files(cache_dir: Path) -> Iterator[tuple[str, Path]]:
    """The shard files, index folders and temp files gwr wrote in the cache, as (cache-relative name, path).

    Only marked shard folders that are inside the cache (no link leads out) are looked in; in the cache
    root, only temp files count. An entry counts when its name is one of gwr's and it is no link.
    """
    root = cache_dir.resolve()
    folders = ["", *(SHARD_FOLDERS if is_marked(cache_dir / SHARDS) else ())]
    for folder in folders:
        if not (cache_dir / folder).resolve().is_relative_to(root):
            continue
        try:
            entries = list(os.scandir(cache_dir / folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            name = f"{folder}/{entry.name}" if folder else entry.name
            ours = is_temp_name(name) or (folder and is_own_name(name))
            if ours and (entry.is_file(follow_symlinks=False) or entry.is_dir(follow_symlinks=False)):
                yield name, Path(entry.path)


def has_strays(cache_dir: Path, named: Iterable[str]) -> bool:
    """True when the cache may hold files the catalogue does not name (a shard folder holds more entries than
    it names, or a temp file lies in the cache root): counting is far cheaper than matching every name."""
    expected = dict.fromkeys(SHARD_FOLDERS, 0)
    for name in named:
        folder = name.rpartition("/")[0]
        if folder in expected:
            expected[folder] += 1
    for folder, count in expected.items():
        try:
            if len(os.listdir(cache_dir / folder)) > count:
                return True
        except (FileNotFoundError, NotADirectoryError):
            continue
    return any(is_temp_name(name) for name in os.listdir(cache_dir))


def legacy_files(cache_dir: Path, names: Iterable[str]) -> Iterator[Path]:
    """The files an older layout's catalogue names (its `meta.sizes`) that are gwr's by name, inside the cache."""
    for name in names:
        path = cache_dir / name
        if _LEGACY_NAME.fullmatch(name) and path.resolve().is_relative_to(cache_dir.resolve()):
            yield path


def remove_legacy(cache_dir: Path, names: Iterable[str]) -> None:
    """Delete an older layout's shard files and index folder (exactly those its catalogue names), then its
    folders when empty."""
    emptied: set[Path] = set()
    for path in legacy_files(cache_dir, names):
        if path.is_symlink():
            continue
        if path.is_dir():
            shutil.rmtree(path)
        elif path.is_file():
            path.unlink(missing_ok=True)
        emptied.add(path.parent)
    for folder in emptied:
        try:
            folder.rmdir()
        except OSError:
            pass  # it holds files that are not gwr's


def text_name(shard: str) -> str:
    """The name of a report's text file, from the name of its structure file."""
    return shard.removesuffix(".json") + ".txt"


def shard_names(shard: str) -> tuple[str, str]:
    """The cache-relative names of a report's two shard files (structure, text), from its catalogue `shard`."""
    return f"{REPORTS_DIR}/{shard}", f"{TEXTS_DIR}/{text_name(shard)}"


def files_in_use(meta: dict[str, Any]) -> list[str]:
    """The cache-relative names of the files and index folder a catalogue's `meta` names."""
    return [*meta.get("sizes", {}), *([meta["index_folder"]] if meta.get("index_folder") else [])]


def remove_unused(cache_dir: Path, keep: Iterable[str]) -> None:
    """Delete gwr's shard files, index folders and stray temp files that `keep` does not name (lock held).
    Only files gwr wrote are looked at (`own_files`); damaged files moved aside stay."""
    kept = set(keep)
    for name, file in own_files(cache_dir):
        if name not in kept:
            delete(file)


def delete(path: Path) -> None:
    """Delete a cache file, or an index folder with its files."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
