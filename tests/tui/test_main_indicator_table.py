"""The indicator table: toggling, sorting by column, jumping to the quote."""

from tests.tui.main_fixtures import open_work_report, styled_runs, work_report_of
from tests.tui.screen_fixtures import settle
from tui.widgets.reader import FOCUS_STYLE


async def show_all_indicators(pilot, filter_text: str = "") -> None:
    """Press T (every report's indicators) and type `filter_text` into the table's filter box."""
    await settle(pilot)
    await pilot.press("T")
    await settle(pilot)
    pilot.app.screen.query_one("#indicator-filter").value = filter_text
    await pilot.pause()


def column(app, title: str) -> list[str]:
    table = app.screen.indicator_pane.table
    return [str(cell) for cell in table.get_column(title)]


async def test_t_toggles_the_table_of_the_open_report(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await open_work_report(pilot, "银川市")
        await pilot.press("t")
        await settle(pilot)
        assert set(column(app, "place")) == {"银川市"}
        await pilot.press("t")
        assert not app.screen.query_one("#bottom").has_class("-open")


async def test_capital_t_shows_every_reports_indicators(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot)
        with_figures = {s.place.name for s in app.screen.summaries.values() if s.indicator_count and s.place}
        assert set(column(app, "place")) == with_figures


async def test_square_brackets_sort_by_the_cursor_column_when_the_table_has_focus(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot)
        table = app.screen.indicator_pane.table
        table.move_cursor(column=3)  # value
        await pilot.press("right_square_bracket")
        values = [float(v.split("–")[0]) for v in column(app, "value") if v]
        assert values == sorted(values, reverse=True) and column(app, "value")[-1] == ""
        await pilot.press("left_square_bracket")
        assert [float(v.split("–")[0]) for v in column(app, "value") if v] == sorted(values)


async def test_filter_box_narrows_rows_by_place(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "济南")
        assert set(column(app, "place")) == {"济南市"}


async def test_enter_on_a_row_opens_its_report_at_the_quote_highlighted(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "济南")
        app.screen.indicator_pane.table.focus()
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen.reader
        quote = app.screen.indicator_pane.shown[0].indicator
        assert reader.report.id == quote.report_id == work_report_of(app, "济南市")
        assert app.screen.current_section_id == quote.section_id
        assert styled_runs(reader, quote.start, FOCUS_STYLE) == [quote.quote]


async def test_capital_t_keeps_only_the_reports_the_tree_filter_shows(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"济南", "enter")
        await show_all_indicators(pilot)
        assert set(column(app, "place")) == {"济南市"}


async def test_metric_column_shows_the_chinese_metric_name(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "济南")
        metrics = {row.indicator.metric for row in app.screen.indicator_pane.shown}
        assert "gdp" in metrics
        assert "地区生产总值" in column(app, "metric") and "gdp" not in column(app, "metric")


async def test_filter_box_matches_the_metric_name_and_its_id(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "地区生产总值")
        by_name = [row.indicator.metric for row in app.screen.indicator_pane.shown]
        app.screen.query_one("#indicator-filter").value = "gdp"
        await pilot.pause()
        by_id = [row.indicator.metric for row in app.screen.indicator_pane.shown]
        assert by_name and set(by_name) == {"gdp"}
        assert by_id == by_name


async def test_sorting_by_metric_orders_rows_by_the_name_shown(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot)
        app.screen.indicator_pane.sort_by(2, descending=False)
        await pilot.pause()
        assert column(app, "metric") == sorted(column(app, "metric"))


def leading_width(app, titles: list[str]) -> int:
    """Cells the table's columns up to and including `titles` take, padding included."""
    table = app.screen.indicator_pane.table
    widths = [column.get_render_width(table) for column in table.ordered_columns]
    last = max(index for index, column in enumerate(table.ordered_columns) if str(column.label) in titles)
    return sum(widths[:last + 1])


async def test_value_and_growth_are_visible_beside_the_tree_at_80_columns(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await show_all_indicators(pilot)
        table = app.screen.indicator_pane.table
        assert leading_width(app, ["value", "growth"]) <= table.scrollable_content_region.width


async def test_a_wide_table_shows_metric_names_in_full(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "济南")
        assert "城镇居民人均可支配收入" in column(app, "metric")
