"""`python -m bench --quick` at 200 reports runs to the end and writes every goal's ratio.

A smoke test only: timings are judged by the benchmark run itself, never by tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("store.store", reason="branches store and tui not in main yet")
pytest.importorskip("tui.widgets.report_tree", reason="branches store and tui not in main yet")

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_at_200_reports_completes_and_writes_every_ratio(tmp_path: Path):
    completed = subprocess.run(
        [sys.executable, "-m", "bench", "--reports", "200", "--quick", "--no-readme", "--results", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert completed.returncode == 0, completed.stderr[-3000:]
    (result,) = tmp_path.glob("*.json")
    document = json.loads(result.read_text(encoding="utf-8"))
    assert [row["id"] for row in document["ratios"]] == ["P1", "P2", "P3", "P4", "P4", "P4", "P4", "C", *["C"] * 8,
                                                         "P5",
                                                         "P6", "P6", "P6", "P6", "K", "T", "T",
                                                         "T"]
    assert document["raw"]["phrases_wrong"] == []
    assert document["raw"]["scale_reports"] == 200
