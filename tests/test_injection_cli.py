"""Report text is data in the CLI: markup and ANSI escapes in it show literally, piped or on a terminal."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("store.store", reason="branch store not in main yet")
pytest.importorskip("tui.cli.show_command", reason="branch store not in main yet")
import store
from tests.hostile_sources import ANSI_RED, MARKUP, MARKUP_TITLE, ROOT, gwr, hostile_text, write_source

#: Wide enough that Rich wraps no line of the seed's longest paragraph.
TERMINAL_COLUMNS = "4000"
SGR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def hostile_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A cache holding the hostile report, and its id."""
    folder = tmp_path_factory.mktemp("injection")
    source = write_source(folder / "sources", "hostile.txt", hostile_text())
    cache_dir = folder / "cache"
    assert gwr(cache_dir, "ingest", str(source)).returncode == 0
    (summary,) = store.open_store(cache_dir, lambda notice: None).reports()
    return cache_dir, summary.id


def gwr_on_terminal(cache_dir: Path, *arguments: str) -> str:
    """Run `gwr` with a pseudo-terminal as stdout (Rich renders as for a user); what it displayed."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "tui.cli", "--cache", str(cache_dir), *arguments],
                               stdin=terminal, stdout=terminal, stderr=terminal, cwd=ROOT,
                               env=os.environ | {"COLUMNS": TERMINAL_COLUMNS, "TERM": "xterm-256color"})
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(controller)
    return b"".join(chunks).decode("utf-8", "replace")


def test_show_prints_markup_in_the_text_literally(hostile_cache: tuple[Path, str]):
    cache_dir, report_id = hostile_cache
    assert MARKUP in gwr(cache_dir, "show", report_id).stdout


def test_search_snippet_prints_markup_literally(hostile_cache: tuple[Path, str]):
    cache_dir, _ = hostile_cache
    assert MARKUP in gwr(cache_dir, "search", "直通车").stdout


def test_list_prints_markup_in_a_title_literally(hostile_cache: tuple[Path, str]):
    cache_dir, _ = hostile_cache
    assert MARKUP_TITLE in gwr(cache_dir, "list", "reports").stdout


def without_styles(displayed: str) -> str:
    """Terminal output without SGR style sequences (Rich's colours, the match highlight)."""
    return SGR.sub("", displayed)


def test_show_on_a_terminal_prints_markup_literally(hostile_cache: tuple[Path, str]):
    cache_dir, report_id = hostile_cache
    assert MARKUP in without_styles(gwr_on_terminal(cache_dir, "show", report_id))


def test_search_on_a_terminal_prints_markup_literally(hostile_cache: tuple[Path, str]):
    cache_dir, _ = hostile_cache
    assert MARKUP in without_styles(gwr_on_terminal(cache_dir, "search", "直通车"))


def arguments_for(command: str, report_id: str) -> tuple[str, ...]:
    """`gwr show REPORT` or `gwr search 直通车`: both print the hostile phrase."""
    return ("show", report_id) if command == "show" else ("search", "直通车")


@pytest.mark.parametrize("command", ["show", "search"])
def test_ansi_escape_in_the_text_is_shown_not_sent_to_the_terminal(hostile_cache: tuple[Path, str], command: str):
    cache_dir, report_id = hostile_cache
    shown = gwr_on_terminal(cache_dir, *arguments_for(command, report_id))
    assert ANSI_RED not in shown
    assert "[31m红" in shown


@pytest.mark.parametrize("command", ["show", "search"])
def test_ansi_escape_in_the_text_is_not_written_raw_to_a_pipe(hostile_cache: tuple[Path, str], command: str):
    cache_dir, report_id = hostile_cache
    printed = gwr(cache_dir, *arguments_for(command, report_id)).stdout
    assert ANSI_RED not in printed
    assert "[31m红" in printed
