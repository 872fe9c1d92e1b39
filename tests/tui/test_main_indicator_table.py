"""The indicator table: toggling, sorting by column, jumping to the quote."""

from tests.tui.main_fixtures import open_work_report, styled_runs, work_report_of
from tests.tui.screen_fixtures import settle
from corpus.model import PlaceLevel
from corpus.units import normalised_value
from tui.present.figures import format_span
from tui.present.labels import metric_name
from tui.widgets.indicator_rows import COLUMN_INDEX, YEAR_SPAN
from tui.widgets.reader import FOCUS_STYLE


async def show_all_indicators(pilot, filter_text: str = "") -> None:
    """Press T (every report's indicators) and type `filter_text` into the table's filter box."""
    await settle(pilot)
    await pilot.press("T")
    await settle(pilot)
    pilot.app.screen.query_one("#indicator-filter").value = filter_text
    await settle(pilot)


def column(app, title: str) -> list[str]:
    """The texts of the column titled `title`, row by row as shown."""
    return app.screen.indicator_pane.table.column_texts(title)


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


def normalised_values(app) -> list[float | None]:
    """Each shown row's value in its unit's base unit (亿元 → 元), in display order."""
    return [normalised_value(row.indicator.value, row.indicator.unit) for row in app.screen.indicator_pane.shown]


async def test_square_brackets_sort_by_the_cursor_column_when_the_table_has_focus(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot)
        table = app.screen.indicator_pane.table
        table.move_cursor(column=COLUMN_INDEX["value"])
        await pilot.press("right_square_bracket")
        await settle(pilot)
        values = [value for value in normalised_values(app) if value is not None]
        assert values == sorted(values, reverse=True) and normalised_values(app)[-1] is None
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert [value for value in normalised_values(app) if value is not None] == sorted(values)


async def test_sorting_by_value_puts_trillions_above_hundred_millions(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "地区生产总值")
        app.screen.indicator_pane.sort_by(COLUMN_INDEX["value"], descending=True)
        await settle(pilot)
        quotes = [row.indicator.quote for row in app.screen.indicator_pane.shown]
        trillion = next(i for i, quote in enumerate(quotes) if "1.2万亿元" in quote)
        hundred_millions = next(i for i, quote in enumerate(quotes) if "82.53亿元" in quote)
        assert trillion < hundred_millions


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
        await settle(pilot)
        regional_by_id = [row.indicator.metric for row in app.screen.indicator_pane.shown
                          if row.level is not PlaceLevel.NATIONAL]  # the whole country names it 国内生产总值
        assert "gdp" in by_name and {"地区生产总值" in metric_name(metric) for metric in by_name} == {True}
        assert regional_by_id == by_name


async def test_sorting_by_metric_orders_rows_by_the_name_shown(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot)
        app.screen.indicator_pane.sort_by(COLUMN_INDEX["metric"], descending=False)
        await settle(pilot)
        assert column(app, "metric") == sorted(column(app, "metric"))


def leading_width(app, titles: list[str]) -> int:
    """Cells the table's columns up to and including `titles` take, padding included."""
    return app.screen.indicator_pane.table.column_layout.edge(max(COLUMN_INDEX[title] for title in titles) + 1)


async def test_value_and_growth_are_visible_beside_the_tree_at_80_columns(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await show_all_indicators(pilot)
        table = app.screen.indicator_pane.table
        assert leading_width(app, ["value", "growth"]) <= table.scrollable_content_region.width


def lines_on_screen(table) -> list[str]:
    """The table's lines as the screen shows them (header first), cut at its width."""
    return [table.render_line(y).text for y in range(table.scrollable_content_region.height)]


async def test_every_value_on_screen_beside_the_tree_at_80_columns_shows_its_unit(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await show_all_indicators(pilot)
        table = app.screen.indicator_pane.table
        lines = lines_on_screen(table)[1:]
        rows = app.screen.indicator_pane.shown[:len(lines)]
        with_units = [(row.indicator, line) for row, line in zip(rows, lines)
                      if row.indicator.value is not None and row.indicator.unit]
        assert with_units
        for indicator, line in with_units:
            assert f"{format_span(indicator.value, indicator.value_high)}{indicator.unit}" in line


async def test_a_figure_over_several_years_shows_the_years_it_spans(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot)
        pane = app.screen.indicator_pane
        spans = [(row.indicator.period, cell) for row, cell in zip(pane.shown, column(app, "year"))
                 if YEAR_SPAN.fullmatch(row.indicator.period)]
        assert spans
        assert all(cell == period.replace("-", "–") for period, cell in spans)


async def test_a_wide_table_shows_metric_names_in_full(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "济南")
        assert "城镇居民人均可支配收入" in column(app, "metric")


async def test_clicking_a_header_sorts_by_it_and_clicking_again_reverses(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "济南")
        table = app.screen.indicator_pane.table
        year_x = leading_width(app, ["place"]) + 1
        await pilot.click(table, offset=(year_x, 0))
        await settle(pilot)
        years = [row.indicator.year for row in app.screen.indicator_pane.shown if row.indicator.year]
        assert years == sorted(years)
        await pilot.click(table, offset=(year_x, 0))
        await settle(pilot)
        assert [row.indicator.year for row in app.screen.indicator_pane.shown
                if row.indicator.year] == sorted(years, reverse=True)


async def test_the_whole_countrys_gdp_rows_are_named_as_the_state_council_names_them(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "gdp")
        named = set(zip(column(app, "place"), column(app, "metric")))
        assert ("全国", "国内生产总值") in named and ("全国", "地区生产总值") not in named


async def test_f_in_the_table_moves_to_the_tables_own_filter_box(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await show_all_indicators(pilot)
        app.screen.indicator_pane.table.focus()
        await pilot.press("f", "g", "d", "p")
        await settle(pilot)
        assert app.screen.indicator_pane.query_text == "gdp"
        assert {row.indicator.metric for row in app.screen.indicator_pane.shown} >= {"gdp"}
