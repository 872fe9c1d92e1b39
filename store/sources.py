"""Finding and fingerprinting the source files an ingest is given. Source files are only ever read."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

#: File types ingested from folders (and accepted when named directly).
SOURCE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(slots=True, frozen=True)
class Candidate:
    """A file named by an ingest, or the reason it cannot be read."""

    path: str  # absolute path
    refusal: str | None = None


def discover(paths: Iterable[Path]) -> list[Candidate]:
    """Every source file under `paths` (files or folders, recursive), in a stable order, without repeats."""
    found: dict[str, Candidate] = {}
    for path in paths:
        path = Path(os.path.normpath(Path(path).expanduser().absolute()))
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and _is_source(p)):
                found.setdefault(str(file), Candidate(str(file)))
        elif path.is_file():
            refusal = None if _is_source(path) else f"not a {'/'.join(SOURCE_SUFFIXES)} file"
            found.setdefault(str(path), Candidate(str(path), refusal))
        else:
            reason = "not a regular file" if path.exists() else "no such file or folder"
            found.setdefault(str(path), Candidate(str(path), reason))
    return list(found.values())


def _is_source(path: Path) -> bool:
    return path.suffix.lower() in SOURCE_SUFFIXES and not path.name.startswith(".")


def fingerprint(path: str) -> tuple[int, str]:
    """Size and sha256 of a file (raises OSError when it cannot be read)."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def samples_folder() -> Path:
    """The sample corpus bundled with the corpus package."""
    import corpus

    return Path(corpus.__file__).resolve().parent / "samples"
