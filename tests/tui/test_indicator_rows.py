"""The indicator table's row index: filtering, sorting and cell fitting, without a screen."""

from __future__ import annotations

from corpus.model import Comparator, IndicatorKind, PlaceLevel
from store.indicator_records import IndicatorRecords
from tests.tui.screen_fixtures import quoted
from tui.widgets.indicator_rows import COLUMN_INDEX, IndicatorRow, RowIndex, Sort, csv_text
from tui.widgets.indicator_table import fit_cell

VALUE = COLUMN_INDEX["value"]
METRIC = COLUMN_INDEX["metric"]


def index_of(rows: list[IndicatorRow]) -> RowIndex:
    return RowIndex(IndicatorRecords.of_indicators(row.indicator for row in rows), [row.place for row in rows])


def gdp_rows(gdp_excerpts) -> list[IndicatorRow]:
    """济南's and 银川's GDP figures (1.2万亿元 estimate, growth estimates and targets), as table rows."""
    places = {"jinan": "济南市", "yinchuan": "银川市"}
    return [IndicatorRow(indicator, places[indicator.report_id])
            for indicator in gdp_excerpts.indicators()]


def hundred_millions_row(gdp_excerpts) -> IndicatorRow:
    """A real 82.53亿元 figure (a county's GDP estimate) beside 济南's 1.2万亿元."""
    jinan = gdp_excerpts.report("jinan")
    jinan.text += "预计地区生产总值完成82.53亿元"
    indicator = quoted(jinan, "预计地区生产总值完成82.53亿元", "gdp", IndicatorKind.ESTIMATE, Comparator.EXACT,
                       value=82.53, unit="亿元", year=2022)
    return IndicatorRow(indicator, "某县")


def test_value_sort_compares_figures_in_their_base_unit(gdp_excerpts):
    rows = [hundred_millions_row(gdp_excerpts), *gdp_rows(gdp_excerpts)]
    order = index_of(rows).order(Sort(VALUE, descending=True))
    assert [rows[i].indicator.unit for i in order[:2]] == ["万亿元", "亿元"]


def test_rows_without_a_value_come_last_in_either_direction(gdp_excerpts):
    rows = [*gdp_rows(gdp_excerpts), hundred_millions_row(gdp_excerpts)]
    index = index_of(rows)
    for descending in (False, True):
        values = [rows[i].indicator.value for i in index.order(Sort(VALUE, descending))]
        assert values[:2] and None not in values[:2] and set(values[2:]) == {None}


def test_a_longer_query_narrows_the_previous_rows_only(gdp_excerpts):
    index = index_of(gdp_rows(gdp_excerpts))
    broad = index.view("银川", None)
    narrow = index.view("银川 target", None, previous=broad)
    assert [index.row(i).indicator.kind for i in narrow.shown] == ["target", "target"]
    assert set(narrow.shown) < set(broad.shown)


def test_a_different_query_starts_again_from_every_row(gdp_excerpts):
    index = index_of(gdp_rows(gdp_excerpts))
    jinan = index.view("济南", None)
    assert {index.row(i).place for i in index.view("银川", None, previous=jinan).shown} == {"银川市"}


def test_a_cancelled_view_returns_nothing(gdp_excerpts):
    assert index_of(gdp_rows(gdp_excerpts)).view("gdp", None, cancelled=lambda: True) is None


def test_a_cut_cell_ends_in_an_ellipsis_and_keeps_its_width_with_double_width_characters():
    assert fit_cell("规上工业总产值", 11, right=False) == "规上工业总…"
    assert fit_cell("规上工业总产值", 10, right=False) == "规上工业… "


def test_a_numeric_cell_is_right_aligned():
    assert fit_cell("4.5%", 7, right=True) == "   4.5%"


def test_a_control_character_in_a_cell_shows_as_its_picture():
    assert fit_cell("济南\x1b[31m", 12, right=False).startswith("济南␛[31m")


def test_csv_keeps_the_rows_order_and_each_quote_with_its_offsets(gdp_excerpts):
    rows = gdp_rows(gdp_excerpts)[::-1]
    lines = csv_text(rows).splitlines()
    assert lines[0].startswith("place,metric_name,") and lines[0].endswith(",start,end,quote")
    assert [line.rsplit(",", 1)[1] for line in lines[1:]] == [row.indicator.quote for row in rows]
    first = rows[0].indicator
    assert lines[1].endswith(f",{first.start},{first.end},{first.quote}")


def national_and_city_gdp(gdp_excerpts) -> RowIndex:
    """The same GDP figures twice: filed under the whole country (as the State Council's are), then under 济南市."""
    indicators = [row.indicator for row in gdp_rows(gdp_excerpts) if row.indicator.metric == "gdp"][:1] * 2
    return RowIndex(IndicatorRecords.of_indicators(indicators), ["全国", "济南市"], None,
                    [PlaceLevel.NATIONAL, PlaceLevel.CITY])


def test_a_national_report_names_gdp_as_the_whole_country_does(gdp_excerpts):
    index = national_and_city_gdp(gdp_excerpts)
    assert [index.cells(row)[METRIC] for row in range(2)] == ["国内生产总值", "地区生产总值"]


def test_the_filter_finds_national_gdp_by_its_national_name(gdp_excerpts):
    assert national_and_city_gdp(gdp_excerpts).view("国内生产总值", None).shown == [0]


def test_csv_names_a_national_rows_metric_as_the_whole_country_does(gdp_excerpts):
    index = national_and_city_gdp(gdp_excerpts)
    lines = csv_text([index.row(0), index.row(1)]).splitlines()
    assert [line.split(",")[1] for line in lines[1:]] == ["国内生产总值", "地区生产总值"]
