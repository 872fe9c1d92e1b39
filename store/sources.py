"""Finding and fingerprinting the source files an ingest is given. Source files are only ever read."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from store.layout import is_marked

@dataclass(slots=True, frozen=True)
class Candidate:
    """A file named by an ingest, or the reason it cannot be read."""

    path: str  # absolute path
    refusal: str | None = None


@dataclass(slots=True)
class Discovery:
    """What a walk over the paths of an ingest found: the files to read, and what it passed over and why."""

    candidates: list[Candidate] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason)


def discover(paths: Iterable[Path], cache_dir: Path | None = None) -> Discovery:
    """Every source file under `paths` (files or folders, walked to any depth), in a stable order, without repeats.

    Never entered: `cache_dir`, any folder marked as a cache (`store.layout.MARKER`), links to
    folders (a loop would never end). Files of types the parser does not read
    (`corpus.formats.SUPPORTED_SUFFIXES`) and hidden files and folders are skipped, each with its reason.
    """
    found: dict[str, Candidate] = {}
    discovery = Discovery()
    excluded = {os.path.normpath(cache_dir.absolute())} if cache_dir else set()
    for path in paths:
        path = Path(os.path.normpath(Path(path).expanduser().absolute()))
        if path.is_dir():
            _walk(path, excluded, found, discovery.skipped)
        elif path.is_file():
            refusal = None if _is_source(path.name) else f"not a {'/'.join(sorted(_suffixes()))} file"
            found.setdefault(str(path), Candidate(str(path), refusal))
        else:
            reason = "not a regular file" if path.exists() else "no such file or folder"
            found.setdefault(str(path), Candidate(str(path), reason))
    discovery.candidates = list(found.values())
    return discovery


def _walk(top: Path, excluded: set[str], found: dict[str, Candidate], skipped: list[tuple[str, str]]) -> None:
    """Add the source files under `top` to `found` (sorted, depth first, with a stack: no recursion limit)."""
    stack = [str(top)]
    while stack:
        folder = stack.pop()
        if folder in excluded or is_marked(Path(folder)):
            skipped.append((folder, "gwr's cache folder (never read as sources)"))
            continue
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            skipped.append((folder, f"folder cannot be read ({error.strerror or error})"))
            continue
        folders = []
        for entry in entries:
            reason = _skip_reason(entry)
            if reason is not None:
                skipped.append((entry.path, reason))
            elif entry.is_dir(follow_symlinks=False):
                folders.append(entry.path)
            elif entry.path not in found:
                found[entry.path] = Candidate(entry.path)
        stack.extend(reversed(folders))


def _skip_reason(entry: os.DirEntry[str]) -> str | None:
    """Why a folder entry is passed over, or None for a folder to enter or a source file to read."""
    if entry.name.startswith("."):
        return "hidden"
    try:
        if entry.is_dir(follow_symlinks=False):
            return None
        if entry.is_dir():
            return "link to a folder (not followed)"
        if not entry.is_file():
            return "not a regular file"
    except OSError as error:
        return error.strerror or str(error)
    return None if _is_source(entry.name) else "unsupported file type"


def _is_source(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in _suffixes() and not name.startswith(".")


def _suffixes() -> frozenset[str]:
    """The file suffixes the parser reads (imported when first needed: opening the cache never loads the parser)."""
    from corpus.formats import SUPPORTED_SUFFIXES

    return SUPPORTED_SUFFIXES


#: A byte of a file name that is not UTF-8, as Python keeps it (surrogateescape: U+DC80–U+DCFF).
_UNDECODED_BYTE = re.compile("[\udc80-\udcff]")
_RECORDED_BYTE = re.compile("\x00([0-9a-f]{2})")


def recorded_path(path: str) -> str:
    """A source path as the catalogue keeps it (valid Unicode, so JSON can hold it): each byte of the
    name that is not UTF-8 (a GBK name from an unzipped archive) as NUL and two hex digits — no real
    path holds NUL, so `os_path` restores it exactly."""
    return _UNDECODED_BYTE.sub(lambda byte: f"\x00{ord(byte[0]) - 0xDC00:02x}", path)


def os_path(recorded: str) -> str:
    """The path a catalogue's `recorded_path` stands for, to open the file."""
    return _RECORDED_BYTE.sub(lambda byte: chr(0xDC00 + int(byte[1], 16)), recorded)


def unchanged(path: str, size: int, sha256: str) -> bool:
    """True when the file still has this size and sha256 (the size is compared first: no hashing
    of a file that changed size, however large). Raises OSError when it cannot be read."""
    if os.stat(path).st_size != size:
        return False
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest() == sha256


def samples_folder() -> Path:
    """The sample corpus bundled with the corpus package."""
    import corpus

    return Path(corpus.__file__).resolve().parent / "samples"
