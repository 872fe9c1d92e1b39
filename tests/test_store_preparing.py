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
from store.preparing import prepare, prepare_all
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
