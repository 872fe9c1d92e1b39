"""Two `gwr ingest` processes on the same cache at once both finish and leave a valid, complete cache."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("store.store", reason="branch store not in main yet")
pytest.importorskip("tui.cli.ingest_command", reason="branch store not in main yet")
import store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus" / "samples"
#: Two work reports and a news article: big enough for the ingests to overlap, small enough to be quick.
SOURCE_FILES = ["000_1196c44c5cfb8960.txt", "001_3f2956fd13a85515.txt", "004_d4a808858c946c39.txt"]


def start_ingest(cache_dir: Path, paths: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tui.cli", "--cache", str(cache_dir), "ingest", *map(str, paths)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=300)
    return process.returncode, stderr


def contents(cache_dir: Path) -> dict[str, object]:
    """What the cache holds, read back through a fresh store; `notices` lists repairs it had to make."""
    notices: list[str] = []
    report_store = store.open_store(cache_dir, notices.append)
    summaries = report_store.reports()
    return {
        "notices": notices,
        "stats": report_store.stats(),
        "reports": sorted((summary.id, summary.title, summary.source_path) for summary in summaries),
        "texts": {summary.id: report_store.report(summary.id).text for summary in summaries},
        "search": [(hit.report_id, hit.offset) for hit in report_store.search("生产总值")],
    }


@pytest.fixture(scope="module")
def sources() -> list[Path]:
    return [SAMPLES / name for name in SOURCE_FILES]


@pytest.fixture(scope="module")
def alone(sources: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The cache one ingest builds on its own."""
    cache_dir = tmp_path_factory.mktemp("alone")
    assert finish(start_ingest(cache_dir, sources))[0] == 0
    return contents(cache_dir)


@pytest.fixture(scope="module")
def together(sources: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Two ingests of the same files started at once on one empty cache: exit codes, stderr and the cache."""
    cache_dir = tmp_path_factory.mktemp("together")
    first, second = start_ingest(cache_dir, sources), start_ingest(cache_dir, sources)
    return {"finished": [finish(first), finish(second)], "cache": contents(cache_dir)}


def test_both_concurrent_ingests_exit_zero(together: dict[str, object]):
    assert [code for code, _ in together["finished"]] == [0, 0]


def test_concurrent_ingests_print_no_traceback(together: dict[str, object]):
    assert all("Traceback" not in stderr for _, stderr in together["finished"])


def test_cache_after_concurrent_ingests_opens_without_repair(together: dict[str, object]):
    assert together["cache"]["notices"] == []


def test_cache_after_concurrent_ingests_equals_one_ingest_alone(together: dict[str, object],
                                                                 alone: dict[str, object]):
    assert together["cache"] == alone


def test_concurrent_ingests_of_different_files_keep_both(sources: list[Path], tmp_path: Path):
    first, second = start_ingest(tmp_path, sources[:1]), start_ingest(tmp_path, sources[1:])
    assert [finish(first)[0], finish(second)[0]] == [0, 0]
    assert {summary.source_path for summary in store.open_store(tmp_path, lambda notice: None).reports()} \
        == {str(path) for path in sources}
