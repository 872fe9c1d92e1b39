"""Errors the parser raises."""

from __future__ import annotations

from pathlib import Path


class RefusedSource(Exception):
    """A source file that cannot be parsed; `str()` is a one-line reason naming the file."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
