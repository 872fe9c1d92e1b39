"""`gwr ingest`: summary line, one line per refused file, exit codes 0/1/2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store_samples import parsed
from tui.cli import main


def ingest(cache: Path, *args: str) -> int:
    return main(["--cache", str(cache), "ingest", *args])


def test_ingest_prints_a_summary_and_exits_0(cache: Path, sources: list[Path], capsys):
    assert ingest(cache, str(sources[0].parent)) == 0
    out = capsys.readouterr().out
    assert f"{len(sources)} new" in out and f"ingested {len(parsed(sources))} reports" in out


def test_refused_file_gets_a_line_naming_it_and_exit_1(cache: Path, sources: list[Path], capsys):
    empty = sources[0].parent / "empty.txt"
    empty.write_bytes(b"")
    assert ingest(cache, str(sources[0].parent)) == 1
    captured = capsys.readouterr()
    assert "1 refused" in captured.out
    refused_lines = [line for line in captured.err.splitlines() if "refused" in line]
    assert len(refused_lines) == 1 and str(empty) in refused_lines[0]


def test_second_ingest_reports_files_unchanged(cache: Path, sources: list[Path], capsys):
    ingest(cache, str(sources[0].parent))
    capsys.readouterr()
    assert ingest(cache, str(sources[0].parent)) == 0
    assert f"0 new, 0 changed, {len(sources)} unchanged" in capsys.readouterr().out


def test_prune_reports_removed_files(cache: Path, sources: list[Path], capsys):
    ingest(cache, str(sources[0].parent))
    sources[0].unlink()
    capsys.readouterr()
    assert ingest(cache, "--prune", str(sources[1].parent)) == 0
    assert "1 removed" in capsys.readouterr().out


def test_ingest_without_paths_is_a_usage_error(cache: Path):
    assert ingest(cache) == 2
