"""Metric across places and years: a place × year table of actuals and targets, and a chart (issue 5)."""

from __future__ import annotations

from textual.widgets import DataTable, Select, Static
from tui.screens.wide_chart import WideCharPlot

from tests.tui.screen_fixtures import ExcerptStore, ScreenHost, settle
from tui.screens.metric import MetricScreen


def table_rows(app: ScreenHost) -> list[list[str]]:
    table = app.screen.query_one("#table", DataTable)
    return [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]


async def test_gdp_table_has_a_row_per_place_and_year_with_actual_and_target(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        assert table_rows(app) == [
            ["济南市", "2022", "≥1.2万亿元 (est.)", "—"],
            ["济南市", "2023", "—", "≥+5.5%"],
            ["银川市", "2022", "+4.5% (est.)", "—"],
            ["银川市", "2023", "—", "≈+6.5%"],
        ]


async def test_the_chart_is_drawn_beside_the_table(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        chart = app.screen.query_one("#chart", WideCharPlot)
        assert chart.display and chart.size.width > 40
        assert "gdp, actual (万亿元)" in chart.render().plain


async def test_the_chart_goes_under_the_table_at_80_columns(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table, chart = app.screen.query_one("#table"), app.screen.query_one("#chart")
        assert chart.region.y >= table.region.bottom
        assert chart.size.width == table.size.width


async def test_without_a_metric_the_picker_lists_the_metrics_found(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        select = app.screen.query_one("#metric", Select)
        assert select.has_focus
        assert [value for _, value in select._options if value is not Select.NULL] == ["gdp", "industry_value_added"]
        assert not app.screen.query_one("#panes").display


async def test_picking_a_metric_with_the_keyboard_fills_the_table(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "down", "down", "enter")
        await settle(pilot)
        assert table_rows(app) == [["银川市", "2023", "—", "≈+8.5%"]]


async def test_an_empty_cache_says_how_to_ingest():
    app = ScreenHost(lambda: MetricScreen(ExcerptStore([])))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "gwr ingest FOLDER" in str(app.screen.query_one(".hint", Static).render())
