"""Reading source files of every accepted format into source texts (one module per format).

A file becomes one or more `SourceText`s: a dataset file with one report per record gives
one per record, every other file one. Each holds normalised text (one line per paragraph
or printed line) and the `Hints` the file gives beside the text (a record's title and
year fields, Markdown front matter, a .docx's core properties).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from corpus.hints import Hints
from corpus.reading import read_bytes


@dataclass(frozen=True, slots=True)
class SourceText:
    """The normalised text of one document of a file, and what the file says about it."""

    text: str
    hints: Hints = field(default_factory=Hints)


#: The module of `corpus.formats` reading each accepted suffix (lower case), imported on first use.
READERS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".html": "text", ".htm": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
    ".csv": "dataset", ".tsv": "dataset", ".jsonl": "dataset", ".json": "dataset",
    ".xlsx": "xlsx",
}

#: Every file suffix gwr reads (a folder ingest skips other files, saying so).
SUPPORTED_SUFFIXES = frozenset(READERS)


def read_sources(path: str | Path, data: bytes | None = None) -> list[SourceText]:
    """The documents of the file at `path`, read by its suffix (an unknown suffix is read as text).

    `data`: the file's bytes when the caller has read them already (the cache hashes and parses the
    same bytes). Raises `RefusedSource` when the file cannot be read.
    """
    path = Path(path)
    reader = import_module(f"corpus.formats.{READERS.get(path.suffix.lower(), 'text')}")
    return reader.read(path, read_bytes(path) if data is None else data)
