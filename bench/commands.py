"""Whole-process timings: `gwr` commands as a user runs them, and `rg -l -F` over the same texts.

Each command runs in a process of its own with its output piped away (as in a
script); its wall time and its own peak memory (`wait4`) are measured.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(slots=True, frozen=True)
class Run:
    """One process: its wall time and CPU time (user + system) in seconds, its peak resident memory in MB."""

    seconds: float
    cpu_seconds: float
    peak_mb: float


def run_process(argv: list[str], allowed: tuple[int, ...] = (0,)) -> Run:
    """Run `argv` to completion with stdout and stderr discarded; raises when it exits with a code not `allowed`."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if process.returncode not in allowed:
        raise RuntimeError(f"{' '.join(argv)} exited with {process.returncode}: {errors[-2000:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def gwr_command(cache: str, *words: str) -> list[str]:
    """The command line of `gwr --cache CACHE WORDS…` (as `python -m tui.cli`, which the `gwr` script runs too,
    so that the gwr measured is the one in the benchmark's folder)."""
    return [sys.executable, "-m", "tui.cli", "--cache", cache, *words]


def ripgrep() -> str:
    """The `rg` executable (the `ripgrep` wheel of the bench extra: `pip install -e '.[bench]'`)."""
    beside = Path(sys.executable).parent / "rg"
    found = str(beside) if beside.exists() else shutil.which("rg")
    if found is None:
        raise RuntimeError("rg not found: install the bench extra (pip install -e '.[bench]')")
    return found


def rg_seconds(query: str, directory: Path, rg: str) -> float:
    """Wall time of `rg -l -F` listing the files holding every word of `query` (each further word searches
    the files the previous one listed)."""
    words = query.split()
    started = time.perf_counter()
    listed = subprocess.run([rg, "-l", "-F", "--", words[0], str(directory)], capture_output=True, check=False).stdout
    for word in words[1:]:
        files = listed.decode().splitlines()
        listed = subprocess.run([rg, "-l", "-F", "--", word, *files], capture_output=True, check=False).stdout \
            if files else b""
    return time.perf_counter() - started
