"""`o`: the line of a source file that holds a passage, and the command that opens the file there.

Report text is cleaned (page breaks rejoined, chrome removed), so a passage is found in the
source by progressively shorter pieces of its start; a page (.html) is searched as written.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from pathlib import Path

from corpus.reading import decode_bytes

#: Lengths of the passage's opening tried in turn, longest (most specific) first.
NEEDLE_LENGTHS = (24, 12, 6)
#: Opens a file at a line when neither $PAGER nor $EDITOR is set.
DEFAULT_VIEWER = "less"


def passage_line(text: str, passage: str) -> int:
    """The 1-based line of `text` where `passage` (or the longest opening of it found) starts; 1 if absent."""
    passage = passage.strip()
    for length in NEEDLE_LENGTHS:
        needle = passage[:length]
        if needle and (found := text.find(needle)) >= 0:
            return text.count("\n", 0, found) + 1
    return 1


def source_line(path: str | Path, passage: str) -> int:
    """The line of the file at `path` holding `passage` (1 when the file or passage cannot be found)."""
    try:
        text = decode_bytes(Path(path).read_bytes(), path)
    except Exception:  # noqa: BLE001 — any unreadable file opens at its first line
        return 1
    return passage_line(text, passage)


def viewer_command(path: str | Path, line: int, environ: Mapping[str, str] = os.environ) -> list[str]:
    """$PAGER (else $EDITOR, else less) opening `path` at `line` ("+LINE", as less, vi, nano and emacs take it)."""
    viewer = environ.get("PAGER") or environ.get("EDITOR") or DEFAULT_VIEWER
    return [*shlex.split(viewer), f"+{line}", str(path)]
