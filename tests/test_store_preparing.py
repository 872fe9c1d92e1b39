"""Where an ingest parses: here for a few files, in worker processes for many or when run off the main thread."""

from __future__ import annotations

import io
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import store.preparing
from store import open_store
from store.preparing import PARALLEL_MIN_FILES, prepare, prepare_all
from tests.store_samples import parsed


class CapturedStderr(io.StringIO):
    """What Textual puts in `sys.stderr` inside the app: a stream whose descriptor is -1."""

    def fileno(self) -> int:
        return -1


@pytest.fixture
def pools(monkeypatch) -> list[int]:
    """The worker count of every process pool an ingest starts."""
    started: list[int] = []

    class CountedPool(ProcessPoolExecutor):
        def __init__(self, workers: int, **options: Any) -> None:
            started.append(workers)
            super().__init__(workers, **options)

    monkeypatch.setattr(store.preparing, "ProcessPoolExecutor", CountedPool)
    return started


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


def in_a_thread(function: Any) -> Any:
    """What `function()` returns when called in a thread of its own (as an app's worker calls the store)."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(function()))
    thread.start()
    thread.join()
    return result[0]


def test_a_few_files_are_parsed_in_the_calling_process_on_the_main_thread(sources: list[Path], pools: list[int]):
    assert [p.reports for p in prepare_all([str(sources[0])])] == [prepare(str(sources[0])).reports]
    assert pools == []


def test_an_ingest_off_the_main_thread_parses_even_one_file_in_a_worker_process(sources: list[Path],
                                                                                pools: list[int]):
    prepared = in_a_thread(lambda: list(prepare_all([str(sources[0])])))
    assert pools == [1]
    assert [p.reports for p in prepared] == [prepare(str(sources[0])).reports]


def test_an_ingest_in_an_app_whose_stderr_is_captured_stores_the_same_reports(cache: Path, sources: list[Path],
                                                                             pools: list[int], monkeypatch):
    monkeypatch.setattr("sys.stderr", CapturedStderr())
    in_a_thread(lambda: open_store(cache).ingest(sources))
    stored = open_store(cache)
    assert pools
    assert [stored.report(r.id) for r in parsed(sources)] == parsed(sources)


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
