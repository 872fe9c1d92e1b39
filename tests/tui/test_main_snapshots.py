"""SVG snapshots of the main screen, search results, the indicator table and help, at 80×24 and 160×50."""

from __future__ import annotations

import pytest

from tests.tui.main_fixtures import work_report_of
from tests.tui.screen_fixtures import settle

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])


@SIZES
def test_main_screen_with_a_report_open(snap_compare, app, size):
    async def open_jinan(pilot):
        await settle(pilot)
        pilot.app.screen.tree.reveal(work_report_of(pilot.app, "济南市"))
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=open_jinan)


@SIZES
def test_search_results(snap_compare, app, size):
    async def search(pilot):
        await settle(pilot)
        await pilot.press("slash", *"黄河", "enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=search)


@SIZES
def test_indicator_table_of_jinan(snap_compare, app, size):
    async def jinan_indicators(pilot):
        await settle(pilot)
        pilot.app.screen.open_report(work_report_of(pilot.app, "济南市"))
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=jinan_indicators)


@SIZES
def test_help_screen(snap_compare, app, size):
    async def help_(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=help_)
