"""Errors the parser raises."""

from __future__ import annotations

import re
from pathlib import Path

#: Characters that would break a one-line message or a terminal: controls (newlines, ANSI escapes …)
#: and lone surrogates (undecodable bytes of a file name), which cannot even be printed.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


class RefusedSource(Exception):
    """A source file that cannot be parsed; `str()` is a one-line reason naming the file."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{_printable(str(path))}: {_printable(reason)}")
        self.path = str(path)
        self.reason = reason


def _printable(text: str) -> str:
    """`text` with unprintable characters written as escapes ("\\n", "\\x1b", "\\udcff")."""
    return _UNPRINTABLE.sub(lambda match: repr(match.group())[1:-1], text)
