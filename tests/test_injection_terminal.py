"""Nothing gwr prints can drive a terminal: hostile file names and C0/C1 controls in every output path,
terminals that are not UTF-8, undecodable arguments and file names, and argument values that make no sense."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from rich.text import Text

import store
from tests.hostile_sources import ROOT, SEED, gwr, seed_with_title, write_source
from tui.present.literal import literal_copy, literal_text, visible
from tui.text import literal_content

#: What must never reach a terminal raw: C0 controls but line feed and tab, DEL, C1 controls.
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: A file name that sets the terminal title, forges a line and holds a C1 control sequence introducer (CSI).
HOSTILE_NAME = "evil\x1b]0;pwned\x07\nforged line\x9b31m.txt"
#: A title line with C1 controls, and a body line with terminal resets (ESC c) and line-drawing mode (ESC ( 0).
C1_TITLE = "鞍山市\x9b2023年政府工作报告\x90"
ESCAPES = "\x1bc\x1b(0"


def c1_text() -> str:
    return seed_with_title(C1_TITLE).replace("市长直通车", f"市长{ESCAPES}直通车", 1)


@pytest.fixture(scope="module")
def hostile_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """A cache holding a report with C1 controls in its title and escapes in its text, from a file with a
    hostile name; the cache, the report id and the source."""
    folder = tmp_path_factory.mktemp("terminal")
    source = write_source(folder / "sources", HOSTILE_NAME, c1_text())
    cache_dir = folder / "cache"
    assert gwr(cache_dir, "ingest", str(source)).returncode == 0
    (summary,) = store.open_store(cache_dir, lambda notice: None).reports()
    return cache_dir, summary.id, source


def test_visible_shows_c0_del_and_c1_controls_as_symbols_of_the_same_length():
    text = "a\x1b[31mb\x7fc\x9bd\x85e\n\tf"
    shown = visible(text)
    assert len(shown) == len(text) and not RAW_CONTROLS.search(shown)
    assert shown.endswith("\n\tf")


def test_visible_on_one_line_shows_line_feeds_and_tabs_too():
    assert visible("a\nb\tc", one_line=True) == "a␤b␉c"


def test_visible_replaces_the_undecodable_bytes_of_a_file_name():
    assert visible(os.fsdecode(b"\xbc\xc3\xc4\xcf.txt")) == "����.txt"


def test_widget_text_never_holds_c1_controls():
    assert not RAW_CONTROLS.search(literal_text(C1_TITLE).plain)
    assert not RAW_CONTROLS.search(literal_content(C1_TITLE).plain)


def test_styled_cell_keeps_its_styles_without_its_controls():
    cell = Text("济南\x9b市")
    cell.stylize("bold", 0, 2)
    copy = literal_copy(cell)
    assert copy.plain == "济南�市" and copy.spans == cell.spans


def test_refusal_of_a_file_with_a_hostile_name_is_one_line_without_controls(tmp_path: Path):
    empty = tmp_path / HOSTILE_NAME
    empty.write_bytes(b"")
    result = gwr(tmp_path / "cache", "ingest", str(empty))
    assert result.returncode == 1
    assert not RAW_CONTROLS.search(result.stderr)
    assert len(result.stderr.splitlines()) == 1 and "empty file" in result.stderr


def test_show_header_prints_the_hostile_source_path_without_controls(hostile_cache):
    cache_dir, report_id, _ = hostile_cache
    result = gwr(cache_dir, "show", report_id)
    assert result.returncode == 0 and not RAW_CONTROLS.search(result.stdout)
    assert "evil␛]0;pwned␇␤forged line�31m.txt" in result.stdout


def test_list_prints_a_title_with_c1_controls_without_them(hostile_cache):
    cache_dir, _, _ = hostile_cache
    result = gwr(cache_dir, "list")
    assert "鞍山市�2023年" in result.stdout and not RAW_CONTROLS.search(result.stdout)


def test_search_prints_snippets_without_controls(hostile_cache):
    cache_dir, _, _ = hostile_cache
    result = gwr(cache_dir, "search", "直通车")
    assert result.returncode == 0 and "␛c␛(0" in result.stdout and not RAW_CONTROLS.search(result.stdout)


def test_parse_prints_a_hostile_file_name_and_headings_without_controls(hostile_cache):
    _, _, source = hostile_cache
    result = gwr(Path("unused"), "parse", str(source))
    assert result.returncode == 0 and not RAW_CONTROLS.search(result.stdout)


def test_parse_json_escapes_c1_controls(hostile_cache):
    _, _, source = hostile_cache
    result = gwr(Path("unused"), "parse", "--json", str(source))
    assert result.returncode == 0 and not RAW_CONTROLS.search(result.stdout) and "\\u009b" in result.stdout


def test_exported_markdown_holds_no_terminal_controls(hostile_cache, tmp_path: Path):
    cache_dir, report_id, _ = hostile_cache
    target = tmp_path / "out.md"
    result = gwr(cache_dir, "export", report_id, "-o", str(target))
    assert result.returncode == 0 and not RAW_CONTROLS.search(result.stdout)
    markdown = target.read_text(encoding="utf-8")
    assert "市长␛c␛(0直通车" in markdown and not RAW_CONTROLS.search(markdown)


def test_export_never_replaces_a_file_that_is_not_a_regular_file(hostile_cache, tmp_path: Path):
    cache_dir, report_id, _ = hostile_cache
    pipe = tmp_path / "pipe.md"  # stands for /dev/null: a test must never risk replacing the real device
    os.mkfifo(pipe)
    result = gwr(cache_dir, "export", report_id, "-o", str(pipe), "--force")
    assert result.returncode == 1 and "not a regular file" in result.stderr
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


@pytest.mark.parametrize("encoding", ["gbk", "ascii"])
@pytest.mark.parametrize("command", [["list"], ["show", "鞍山"], ["search", "直通车"], ["indicators"],
                                     ["keywords", "鞍山"]])
def test_commands_degrade_on_a_terminal_that_is_not_utf8(hostile_cache, encoding: str, command: list[str]):
    cache_dir, _, _ = hostile_cache
    result = subprocess.run([sys.executable, "-m", "tui.cli", "--cache", str(cache_dir), *command],
                            capture_output=True, cwd=ROOT, env=os.environ | {"PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("encoding", ["gbk", "ascii"])
def test_parse_and_refusals_degrade_on_a_terminal_that_is_not_utf8(hostile_cache, tmp_path: Path, encoding: str):
    _, _, source = hostile_cache
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "tui.cli", "parse", str(source), str(empty)],
                            capture_output=True, cwd=ROOT, env=os.environ | {"PYTHONIOENCODING": encoding})
    assert result.returncode == 1 and b"Traceback" not in result.stderr and b"empty file" in result.stderr


def test_search_for_undecodable_bytes_finds_nothing_without_crashing(hostile_cache):
    cache_dir, _, _ = hostile_cache
    result = subprocess.run([sys.executable.encode(), b"-m", b"tui.cli", b"--cache", bytes(cache_dir), b"search",
                             b"\xff\xfe\xe7\xbb\x8f"], capture_output=True, cwd=ROOT)
    assert result.returncode in (0, 1) and b"Traceback" not in result.stderr  # 1: no matches


def test_file_with_a_gbk_byte_name_ingests_lists_and_shows(tmp_path: Path):
    folder = tmp_path / "sources"
    folder.mkdir()
    name = os.fsdecode("鞍山市政府工作报告.txt".encode("gbk"))
    (folder / name).write_bytes(SEED.read_bytes())
    cache_dir = tmp_path / "cache"
    first = gwr(cache_dir, "ingest", str(folder))
    assert first.returncode == 0 and "1 new" in first.stdout, first.stderr
    assert "1 unchanged" in gwr(cache_dir, "ingest", str(folder)).stdout
    (summary,) = store.open_store(cache_dir, lambda notice: None).reports()
    shown = gwr(cache_dir, "show", summary.id)
    assert shown.returncode == 0 and "Traceback" not in shown.stderr
    os.remove(folder / name)
    assert "1 removed" in gwr(cache_dir, "ingest", "--prune", str(folder)).stdout


@pytest.mark.parametrize("arguments", [["search", "经济", "--limit", "-1"], ["search", "经济", "--limit", "0"],
                                       ["keywords", "鞍山", "--top", "-1"], ["show", "鞍山", ""],
                                       ["export", ""], ["show", " "]])
def test_nonsense_argument_values_are_refused_with_exit_2(hostile_cache, arguments: list[str]):
    cache_dir, _, _ = hostile_cache
    result = gwr(cache_dir, *arguments)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_empty_cache_path_is_refused_with_exit_2():
    result = subprocess.run([sys.executable, "-m", "tui.cli", "--cache", "", "list"], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_jieba_keeps_its_cache_in_the_gwr_cache_folder(hostile_cache, tmp_path: Path):
    cache_dir, _, _ = hostile_cache
    shared_tmp = tmp_path / "tmp"
    shared_tmp.mkdir()
    result = subprocess.run([sys.executable, "-m", "tui.cli", "--cache", str(cache_dir), "keywords", "鞍山"],
                            capture_output=True, text=True, cwd=ROOT, env=os.environ | {"TMPDIR": str(shared_tmp)})
    assert result.returncode == 0
    assert (cache_dir / "jieba.cache").exists() and list(shared_tmp.iterdir()) == []
