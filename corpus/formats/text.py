"""Plain text files (.txt) and web pages (.html/.htm, or HTML inside a .txt): one document each."""

from __future__ import annotations

from pathlib import Path

from corpus.formats import SourceText
from corpus.reading import read_source


def read(path: Path, data: bytes) -> list[SourceText]:
    """The file's normalised text (a page's visible text), or raise `RefusedSource`."""
    return [SourceText(read_source(path, data))]
