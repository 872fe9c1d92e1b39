"""Reading, hashing and parsing source files for an ingest, in worker processes when there are many.

Parsing is the slow part of an ingest, so a large ingest spreads files over one
process per CPU. Each file is read once: its sha256 is taken from the very bytes
that are parsed, so a file changing during the ingest is recorded as the version
that was parsed.

Workers never see ctrl+c (SIGINT is ignored in them from their first instruction:
the pool starts them while the parent ignores it), so only the parent reacts: it
stops the pool — pending files cancelled, workers ended and joined — and re-raises.
A worker also ends when its parent dies (Linux: `PR_SET_PDEATHSIG`), so no worker
outlives an ingest, even after `kill -9` of the parent.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import signal
import sys
import threading
from collections import deque
from concurrent.futures import Future, InvalidStateError, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterator

from corpus import RefusedSource, parse_file
from corpus.model import Report
from corpus.reading import read_bytes

#: Fewer files than this are parsed in this process (starting workers costs about a second each).
PARALLEL_MIN_FILES = 8
#: Source bytes handed to workers and not yet taken by the caller (about two commits' worth of text).
AHEAD_BYTES = 32_000_000
#: `prctl` option asking Linux to send a signal to this process when its parent dies.
PR_SET_PDEATHSIG = 1


@dataclass(slots=True)
class Prepared:
    """A parsed file's reports with the size and sha256 of the bytes parsed, or the one-line reason it was
    refused."""

    path: str
    reports: list[Report] = field(default_factory=list)
    refusal: str | None = None
    size: int = 0
    sha256: str = ""


def prepare(path: str) -> Prepared:
    """Read a file once, hash and parse those bytes; never raises."""
    try:
        data = read_bytes(Path(path))
        reports = parse_file(path, data)
    except RefusedSource as refusal:
        return Prepared(path, refusal=refusal.reason)
    except Exception as error:  # a parser bug must not stop the other files
        detail = str(error).splitlines()[0] if str(error) else ""
        return Prepared(path, refusal=f"parser failed: {type(error).__name__}: {detail}")
    if not reports:
        return Prepared(path, refusal="no report found in the file")
    return Prepared(path, reports, size=len(data), sha256=hashlib.sha256(data).hexdigest())


def _stderr_has_a_descriptor() -> bool:
    """Whether worker processes can start: multiprocessing hands them stderr's file descriptor, which
    Textual's print capture (inside the app) does not have (fileno -1: "bad value(s) in fds_to_keep")."""
    try:
        return sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        return False


def prepare_all(paths: list[str]) -> Iterator[Prepared]:
    """`prepare` for each path, in order; in worker processes when there are many files and CPUs.

    When the caller stops early (ctrl+c, an error, closing the iterator) the workers are stopped first.
    """
    workers = min(os.cpu_count() or 1, len(paths))
    if len(paths) < PARALLEL_MIN_FILES or workers < 2 or not _stderr_has_a_descriptor():
        yield from map(prepare, paths)
        return
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start_worker,
                               initargs=(os.getpid(),))
    try:
        yield from _in_order(pool, workers, paths)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _in_order(pool: ProcessPoolExecutor, workers: int, paths: list[str]) -> Iterator[Prepared]:
    """`prepare` of each path by the pool's `workers`, in order.

    Files are handed out while those handed out and not yet taken hold less than `AHEAD_BYTES`
    of source (and at least one per worker), so workers parse ahead while the caller writes,
    yet parsed reports never pile up in memory when the caller is slower than the workers.
    """
    waiting: deque[tuple[Future[Prepared], int]] = deque()
    held = 0
    for path in paths:
        size = _size(path)
        while len(waiting) >= workers and held + size > AHEAD_BYTES:
            future, taken = waiting.popleft()
            held -= taken
            yield future.result()
        with _sigint_ignored():  # a file is handed out whole; the first ones start the workers, inheriting it
            waiting.append((pool.submit(prepare, path), size))
        held += size
    while waiting:
        yield waiting.popleft()[0].result()


def _size(path: str) -> int:
    """The size of a file in bytes; 0 when it cannot be read (its parse says why)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore ctrl+c while workers are started; one pressed meanwhile is delivered afterwards (Linux keeps
    a blocked signal pending)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives ctrl+c (and may change its handler)
        return
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel the files not started, end the workers (they only read and parse) and join the pool's thread.

    A worker ended while it wrote a result leaves half a message in the result pipe, and the pool's manager
    thread would wait for the rest for ever (the process then hung at exit, joining that thread). This
    process holds the pipe's other writing end, so closing it, once the workers are gone, turns that wait
    into end-of-file: the thread sees a broken pool and ends.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown(wait=False) forgets it
    result_writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    previous_hook = threading.excepthook
    threading.excepthook = _without_cancelled_future_race(previous_hook)
    try:
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()
        if result_writer is not None:
            result_writer.close()
        if manager is not None:
            manager.join()  # after it, the hook is no longer needed
    finally:
        threading.excepthook = previous_hook


def _without_cancelled_future_race(
        previous: Callable[[threading.ExceptHookArgs], object]) -> Callable[[threading.ExceptHookArgs], None]:
    """A thread exception hook that drops one CPython 3.11 race: when workers end, the pool's manager thread
    marks every pending future broken, and one that was just cancelled raises InvalidStateError there (3.12
    checks `done()` first). Every other exception goes to `previous`."""
    def hook(args: threading.ExceptHookArgs) -> None:
        if not isinstance(args.exc_value, InvalidStateError):
            previous(args)
    return hook


def _start_worker(parent: int) -> None:
    """In each worker: ignore ctrl+c (the parent handles it) and end when the parent dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(1)
