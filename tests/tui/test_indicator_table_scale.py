"""The indicator table at scale: 200,000 rows, rendered a screenful at a time, filtered off the UI thread."""

from __future__ import annotations

import dataclasses
import sys

from textual.app import App, ComposeResult

from store.indicator_records import IndicatorRecords
from tests.tui.screen_fixtures import settle
from tui.widgets.indicator_rows import COLUMN_INDEX, RowIndex, Sort
from tui.widgets.indicator_table import IndicatorPane

ROWS = 200_000


class PaneHost(App[None]):
    """A bare app showing the indicator pane alone."""

    def compose(self) -> ComposeResult:
        yield IndicatorPane()


def many_indicators(sample_store, count: int) -> IndicatorRecords:
    """`count` indicators: the sample corpus's, repeated under report ids of a thousand places."""
    seeds = sample_store.indicators()
    return IndicatorRecords.of_indicators(dataclasses.replace(seeds[i % len(seeds)], report_id=f"r{i % 1000}")
                                          for i in range(count))


async def test_two_hundred_thousand_rows_render_only_the_lines_on_screen(sample_store):
    app = PaneHost()
    async with app.run_test(size=(160, 40)) as pilot:
        pane = app.query_one(IndicatorPane)
        pane.show_indicators(many_indicators(sample_store, ROWS), lambda report_id: f"地方{report_id}", "scale")
        await settle(pilot)
        table = pane.table
        assert len(pane.view.shown) == ROWS
        assert len(table._lines) <= table.size.height


async def test_the_last_of_several_quick_keystrokes_decides_the_rows(sample_store):
    app = PaneHost()
    async with app.run_test(size=(160, 40)) as pilot:
        pane = app.query_one(IndicatorPane)
        pane.show_indicators(many_indicators(sample_store, 20_000), lambda report_id: "济南市", "scale")
        await settle(pilot)
        pane.query_one("#indicator-filter").focus()
        await pilot.press(*"gdp targ")
        await settle(pilot)
        kinds = {row.indicator.kind for row in pane.shown}
        metrics = {row.indicator.metric for row in pane.shown}
        assert kinds == {"target"} and all("gdp" in metric for metric in metrics)


async def test_the_cursor_scrolls_into_view_at_the_last_row(sample_store):
    app = PaneHost()
    async with app.run_test(size=(160, 40)) as pilot:
        pane = app.query_one(IndicatorPane)
        pane.show_indicators(many_indicators(sample_store, 5_000), lambda report_id: "济南市", "scale")
        await settle(pilot)
        pane.table.focus()
        await pilot.press("end")
        await pilot.pause()
        table = pane.table
        assert table.cursor_row == 4_999
        assert table.scroll_offset.y + table.scrollable_content_region.height - 1 > 4_999 >= table.scroll_offset.y


async def test_the_first_reports_rows_show_while_the_rest_are_read(sample_store):
    app = PaneHost()
    async with app.run_test(size=(160, 40)) as pilot:
        pane = app.query_one(IndicatorPane)
        records = many_indicators(sample_store, 5_000)
        first = IndicatorRecords(records.report_ids[:120], records.rows[:120])
        pane.show_indicators(first, lambda report_id: "济南市", "scale", complete=False)
        await settle(pilot)
        title = str(pane.query_one("#indicator-title").render())
        assert len(pane.view.shown) == 120 and "Loading" in title and "the first 120 shown" in title
        pane.show_indicators(records, lambda report_id: "济南市", "scale")
        await settle(pilot)
        title = str(pane.query_one("#indicator-title").render())
        assert len(pane.view.shown) == 5_000 and title.startswith("5000 of 5000 indicators")


def test_a_view_without_words_never_needs_numpy(sample_store, monkeypatch):
    index = RowIndex.of_reports(many_indicators(sample_store, 500), lambda report_id: "济南市")
    monkeypatch.setitem(sys.modules, "numpy", None)  # importing it now fails
    assert len(index.view("", Sort(COLUMN_INDEX["value"], descending=True)).shown) == 500
