"""Parsing source files for an ingest, in worker processes when there are many.

Parsing is the slow part of an ingest, so a large ingest spreads files over one
process per CPU.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Iterator

from corpus import RefusedSource, parse_file
from corpus.model import Report

#: Fewer files than this are parsed in this process (starting workers costs about a second each).
PARALLEL_MIN_FILES = 8


@dataclass(slots=True)
class Prepared:
    """A parsed file's reports, or the one-line reason it was refused."""

    path: str
    reports: list[Report] = field(default_factory=list)
    refusal: str | None = None


def prepare(path: str) -> Prepared:
    """Parse a file; never raises."""
    try:
        reports = parse_file(path)
    except RefusedSource as refusal:
        return Prepared(path, refusal=refusal.reason)
    except Exception as error:  # a parser bug must not stop the other files
        detail = str(error).splitlines()[0] if str(error) else ""
        return Prepared(path, refusal=f"parser failed: {type(error).__name__}: {detail}")
    if not reports:
        return Prepared(path, refusal="no report found in the file")
    return Prepared(path, reports)


def _stderr_has_a_descriptor() -> bool:
    """Whether worker processes can start: multiprocessing hands them stderr's file descriptor, which
    Textual's print capture (inside the app) does not have (fileno -1: "bad value(s) in fds_to_keep")."""
    try:
        return sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        return False


def prepare_all(paths: list[str]) -> Iterator[Prepared]:
    """`prepare` for each path, in order; in worker processes when there are many files and CPUs."""
    workers = min(os.cpu_count() or 1, len(paths))
    if len(paths) < PARALLEL_MIN_FILES or workers < 2 or not _stderr_has_a_descriptor():
        yield from map(prepare, paths)
        return
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        yield from pool.map(prepare, paths)
