"""Export file names made from hostile titles stay inside the target folder."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("tui.cli.export_command", reason="branch store not in main yet")
import store
from tui.present.markdown import MAX_NAME_BYTES, safe_filename
from tests.hostile_sources import gwr, seed_with_title, write_source

HOSTILE_TITLES = [
    "../../x", "..", ".", "/etc/passwd", "..\\..\\x", "con", "CON", "nul.md", "com1", "lpt9.txt",
    "a/../../b", "\x00", "", "   ", "x" * 1000, "鞍山市政府工作报告" * 100, "[bold]鞍山[/]\x1b[31m",
]
#: Titles the parser keeps as written from a title line, each with a path trick.
PARSED_HOSTILE_TITLES = ["../../鞍山市2023年政府工作报告", "鞍山市2023年政府工作报告/../../../x",
                         "..\\..\\鞍山市2023年政府工作报告"]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_file_name_from_a_hostile_title_stays_in_the_folder(title: str, tmp_path: Path):
    target = (tmp_path / safe_filename(title)).resolve()
    assert target.parent == tmp_path.resolve()


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_file_name_from_a_hostile_title_fits_file_system_limits(title: str):
    assert 0 < len(safe_filename(title).encode("utf-8")) <= MAX_NAME_BYTES


@pytest.mark.parametrize("title", ["con", "CON", "nul.md", "com1", "lpt9.txt", "Aux"])
def test_file_name_is_never_a_windows_device_name(title: str):
    assert safe_filename(title).split(".")[0].lower() not in {"con", "nul", "com1", "lpt9", "aux"}


@pytest.mark.parametrize("title", PARSED_HOSTILE_TITLES)
def test_cli_export_of_a_report_with_a_hostile_title_writes_one_file_inside_the_folder(title: str, tmp_path: Path):
    cache_dir, out = tmp_path / "cache", tmp_path / "out" / "deeper"
    source = write_source(tmp_path / "sources", "hostile.txt", seed_with_title(title))
    assert gwr(cache_dir, "ingest", str(source)).returncode == 0
    (summary,) = store.open_store(cache_dir, lambda notice: None).reports()
    assert summary.title == title  # the parser kept the hostile title
    out.mkdir(parents=True)
    before = set(tmp_path.rglob("*"))
    exported = gwr(cache_dir, "export", summary.id, "-o", f"{out}/")
    assert exported.returncode == 0, exported.stderr
    (written,) = [path for path in set(tmp_path.rglob("*")) - before if path.is_file()]
    assert written.parent == out
