"""Errors the parser raises."""

from __future__ import annotations

import re
from pathlib import Path

#: Control characters (newlines, ANSI escapes …) that would break a one-line message or a terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class RefusedSource(Exception):
    """A source file that cannot be parsed; `str()` is a one-line reason naming the file."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{_printable(str(path))}: {_printable(reason)}")
        self.path = str(path)
        self.reason = reason


def _printable(text: str) -> str:
    """`text` with control characters written as escapes ("\\n", "\\x1b")."""
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], text)
