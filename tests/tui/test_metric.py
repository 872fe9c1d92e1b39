"""Metric across places and years: a place × year table of actuals and targets, and a chart (issue 5)."""

from __future__ import annotations

from textual.widgets import DataTable, Select, Static

from corpus.model import Comparator, IndicatorKind, Paragraph, Report, Section
from tests.tui.screen_fixtures import ExcerptStore, ScreenHost, quoted, settle
from tui.screens.metric import EVERY_YEAR, MetricScreen
from tui.screens.metric_chart import ChartKind
from tui.widgets.bar_chart import BarChart
from tui.widgets.wide_chart import WideCharPlot


def table_rows(app: ScreenHost) -> list[list[str]]:
    table = app.screen.query_one("#table", DataTable)
    return [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]


async def test_gdp_table_has_a_row_per_place_and_year_with_actual_and_target(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        assert table_rows(app) == [
            ["济南市", "2022", "≥1.2万亿元 (est.)", "—", ""],
            ["济南市", "2023", "—", "≥+5.5%", "no outcome yet"],
            ["银川市", "2022", "+4.5% (est.)", "—", ""],
            ["银川市", "2023", "—", "≈+6.5%", "no outcome yet"],
        ]


def next_year_report(previous: Report, review: str) -> Report:
    """A report written for this test: the review of 2023 by the place of `previous` (the seeds have none)."""
    section = Section("1", "2023年工作回顾", 1, None, 0, len(review), [Paragraph(review, 0)])
    return Report(id=f"{previous.id}-2023", source_path="fixture", source_index=0, title=previous.title, text=review,
                  place=previous.place, title_year=2023, review_year=2023, plan_year=2024, sections=[section])


async def test_a_target_is_marked_met_when_the_next_report_reaches_it(gdp_excerpts):
    review = next_year_report(gdp_excerpts.report("jinan"), "全市实现地区生产总值12757.4亿元，增长6.1%。")
    review.indicators = [quoted(review, "地区生产总值12757.4亿元，增长6.1%", "gdp", IndicatorKind.ACTUAL,
                                Comparator.EXACT, value=12757.4, unit="亿元", base_value=12757.4e8, base_unit="元",
                                growth=6.1, year=2023)]
    store = ExcerptStore([*(gdp_excerpts.report(i) for i in ("jinan", "yinchuan")), review])
    app = ScreenHost(lambda: MetricScreen(store, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        assert ["济南市", "2023", "12757.4亿元 +6.1%", "≥+5.5%", "met"] in table_rows(app)


async def test_one_year_is_charted_as_a_bar_per_place_beside_the_table(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        chart, table = app.screen.query_one("#chart"), app.screen.query_one("#table")
        assert chart.region.x >= table.region.right and chart.size.width > 40
        lines = app.screen.query_one("#bars", BarChart).render().plain.splitlines()
        assert lines[0].strip() == "地区生产总值, actual or estimate (预计) (万亿元), 2022"
        assert lines[1].startswith("济南市 █") and lines[1].endswith("1.2")
        assert not app.screen.query_one("#trend").display


async def test_years_of_the_same_places_are_charted_as_lines(gdp_excerpts):
    review = next_year_report(gdp_excerpts.report("jinan"), "全市实现地区生产总值12757.4亿元，增长6.1%。")
    review.indicators = [quoted(review, "地区生产总值12757.4亿元", "gdp", IndicatorKind.ACTUAL, Comparator.EXACT,
                                value=12757.4, unit="亿元", base_value=12757.4e8, base_unit="元", year=2023)]
    app = ScreenHost(lambda: MetricScreen(ExcerptStore([gdp_excerpts.report("jinan"), review]), metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        trend = app.screen.query_one("#trend", WideCharPlot)
        assert trend.display and not app.screen.query_one("#bars").display
        assert "济南市" in trend.render().plain


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
        assert table_rows(app) == [["银川市", "2023", "—", "≈+8.5%", "no outcome yet"]]


async def test_an_empty_cache_says_how_to_ingest():
    app = ScreenHost(lambda: MetricScreen(ExcerptStore([])))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "gwr ingest FOLDER" in str(app.screen.query_one(".hint", Static).render())


async def open_row_quotes(pilot, row: int) -> None:
    """Put the metric table's cursor on `row` and press Enter."""
    await settle(pilot)
    pilot.app.screen.query_one("#table", DataTable).move_cursor(row=row)
    await pilot.press("enter")
    await settle(pilot)


async def test_enter_on_a_row_shows_its_target_quote(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await open_row_quotes(pilot, 1)
        shown = " ".join(str(static.render()) for static in app.screen.query(Static))
        assert "「地区生产总值增长5.5%以上」" in shown and "— none stated" in shown


async def test_t_on_a_rows_quotes_closes_the_view_with_the_target_to_open(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await open_row_quotes(pilot, 1)
        await pilot.press("t")
        await settle(pilot)
        (chosen,) = app.results
        assert (chosen.report_id, chosen.quote) == ("jinan", "地区生产总值增长5.5%以上")


async def test_escape_on_a_rows_quotes_goes_back_to_the_table(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_row_quotes(pilot, 0)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MetricScreen) and app.results == []


async def test_picking_targets_and_their_year_charts_the_targets(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        app.screen.query_one("#chart-kind", Select).value = ChartKind.TARGET
        await settle(pilot)
        lines = app.screen.query_one("#bars", BarChart).render().plain.splitlines()
        assert lines[0].strip() == "地区生产总值, target growth (%), 2023"
        assert [line.split()[0] for line in lines[1:]] == ["银川市", "济南市"]


async def test_the_year_picker_charts_every_year_as_lines(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        app.screen.query_one("#chart-year", Select).value = EVERY_YEAR
        await settle(pilot)
        assert app.screen.query_one("#trend").display and not app.screen.query_one("#bars").display


async def test_capital_k_opens_the_kind_picker(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("K")
        await settle(pilot)
        kind = app.screen.query_one("#chart-kind", Select)
        assert kind.expanded


async def test_an_unrecognised_place_keeps_the_outcome_column_on_screen(gdp_excerpts):
    jinan = gdp_excerpts.report("jinan")
    jinan.place = None
    jinan.title = "2022年某某新区管理委员会关于国民经济和社会发展情况的工作报告"
    app = ScreenHost(lambda: MetricScreen(ExcerptStore([jinan, gdp_excerpts.report("yinchuan")]), metric="gdp"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#table", DataTable)
        used = sum(column.get_render_width(table) for column in table.columns.values())
        assert used <= table.scrollable_content_region.width


async def test_y_copies_the_row_under_the_cursor_with_its_quotes(gdp_excerpts):
    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        app.screen.query_one("#table", DataTable).move_cursor(row=1)
        await pilot.press("y")
        assert app.clipboard.split("\t") == ["济南市", "2023", "—", "≥+5.5%", "no outcome yet",
                                             "", "地区生产总值增长5.5%以上"]


async def test_national_gdp_is_picked_and_charted_as_guonei_shengchan_zongzhi(national_cache):
    from store import open_store

    app = ScreenHost(lambda: MetricScreen(open_store(national_cache), metric="gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        picker = app.screen.query_one("#metric", Select)
        assert "国内生产总值 (gdp)" in [str(prompt) for prompt, _ in picker._options]
        chart = app.screen.query_one("#trend", WideCharPlot).render().plain
        assert "国内生产总值" in chart and "地区生产总值" not in chart
