"""Report text is data in the TUI: markup and ANSI escapes in a report show literally in the tree and reader."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Static, Tree

pytest.importorskip("store.store", reason="branches store and tui not in main yet")
pytest.importorskip("tui.widgets.reader", reason="branches store and tui not in main yet")
import store
from tests.hostile_sources import ANSI_RED, MARKUP, hostile_text, write_source
from tui.app import GwrApp
from tui.widgets.reader import ReportReader


@pytest.fixture(scope="module")
def hostile_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A cache holding the hostile report, and its id."""
    folder = tmp_path_factory.mktemp("injection")
    report_store = store.open_store(folder / "cache", lambda notice: None)
    report_store.ingest([write_source(folder / "sources", "hostile.txt", hostile_text())])
    (summary,) = report_store.reports()
    return folder / "cache", summary.id


async def wait_for(pilot: Pilot, condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


def tree_labels(app: GwrApp) -> list[str]:
    labels, nodes = [], [app.screen.query_one(Tree).root]
    while nodes:
        node = nodes.pop()
        labels.append(node.label.plain)
        nodes.extend(node.children)
    return labels


def reader_text(app: GwrApp) -> str:
    """The plain text of every block the reader shows."""
    return "\n".join(static.visual.plain for static in app.screen.query_one(ReportReader).query(Static)
                     if hasattr(static.visual, "plain"))


async def open_hostile_report(pilot: Pilot, report_id: str) -> str:
    app = pilot.app
    await wait_for(pilot, lambda: bool(app.screen.query_one(Tree).root.children))
    app.screen.open_report(report_id)
    await wait_for(pilot, lambda: "直通车" in reader_text(app))
    return reader_text(app)


def app_on(cache_dir: Path) -> GwrApp:
    return GwrApp(lambda notice: store.open_store(cache_dir, notice))


async def test_reader_shows_markup_in_the_text_literally(hostile_cache: tuple[Path, str]):
    cache_dir, report_id = hostile_cache
    async with app_on(cache_dir).run_test(size=(160, 50)) as pilot:
        assert MARKUP in await open_hostile_report(pilot, report_id)


async def test_reader_shows_an_ansi_escape_as_visible_text(hostile_cache: tuple[Path, str]):
    cache_dir, report_id = hostile_cache
    async with app_on(cache_dir).run_test(size=(160, 50)) as pilot:
        shown = await open_hostile_report(pilot, report_id)
    assert ANSI_RED not in shown
    assert "[31m红" in shown


async def test_tree_shows_markup_in_a_title_literally(hostile_cache: tuple[Path, str]):
    cache_dir, _ = hostile_cache
    async with app_on(cache_dir).run_test(size=(160, 50)) as pilot:
        await wait_for(pilot, lambda: any("[link=x]" in label for label in tree_labels(pilot.app)))
