"""How an ingest hands files to its parsing workers: in order, never far ahead of the writer."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import store.preparing
from store.preparing import PARALLEL_MIN_FILES, prepare_all


@pytest.fixture
def handed_out(monkeypatch) -> list[str]:
    """Every file handed to a worker process, in order (with two CPUs, whatever the machine has)."""
    files: list[str] = []

    class RecordingPool(ProcessPoolExecutor):
        def submit(self, function: Any, /, *arguments: Any, **options: Any) -> Any:
            files.append(arguments[0])
            return super().submit(function, *arguments, **options)

    monkeypatch.setattr(store.preparing, "ProcessPoolExecutor", RecordingPool)
    monkeypatch.setattr(store.preparing.os, "cpu_count", lambda: 2)
    return files


def test_workers_parse_only_a_bounded_amount_of_source_ahead_of_the_caller(tmp_path: Path, sources: list[Path],
                                                                          handed_out: list[str], monkeypatch):
    paths = []
    for number in range(PARALLEL_MIN_FILES + 2):
        path = tmp_path / f"copy-{number}.txt"
        path.write_bytes(sources[0].read_bytes())
        paths.append(str(path))
    monkeypatch.setattr(store.preparing, "AHEAD_BYTES", 2.5 * sources[0].stat().st_size)
    results = prepare_all(paths)
    first = next(results)
    assert len(handed_out) <= 3
    assert [first.path, *(p.path for p in results)] == paths == handed_out
