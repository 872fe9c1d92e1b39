"""Figures are written the same way everywhere, exactly as stored: tui.present.figures."""

from __future__ import annotations

from corpus.model import Comparator, Indicator, IndicatorKind
from tui.present.figures import comparator_label, describe_indicator, format_figure, format_number, value_text
from store.indicator_file import compact
from tui.widgets.indicator_table import COLUMNS

ACTUAL, ESTIMATE, TARGET = IndicatorKind.ACTUAL, IndicatorKind.ESTIMATE, IndicatorKind.TARGET


def figure(quote: str, metric: str, kind: IndicatorKind, comparator=Comparator.EXACT, **fields) -> Indicator:
    return Indicator(metric=metric, kind=kind, comparator=comparator, quote=quote, start=0, end=len(quote),
                     report_id="r", **fields)


LANZHOU_GDP = figure("全市实现生产总值1913.5亿元,增长10.4%", "gdp", ACTUAL, value=1913.5, unit="亿元",
                     growth=10.4, year=2012)
HUANGDAO_GDP = figure("全年地区生产总值跨过4500亿元大关", "gdp", ESTIMATE, Comparator.AT_LEAST, value=4500,
                      unit="亿元", year=2022)
#: A seven-digit figure in 万元: `{:g}` wrote it "1.23457e+06".
LARGE_REVENUE = figure("全年完成一般公共预算收入1234567万元", "budget_revenue", ACTUAL, value=1234567.0,
                       unit="万元", year=2022, section_id="1")


def test_numbers_are_never_rounded_nor_written_with_an_exponent():
    assert [format_number(v) for v in (12345678.0, 1234567.0, 1913.5, 0.35, 3.0, 1.5e16, 0.0)] == \
        ["12345678", "1234567", "1913.5", "0.35", "3", "15000000000000000", "0"]


def test_a_seven_digit_figure_shows_whole_in_the_indicator_table():
    value_column = next(column for column in COLUMNS if column.title == "value")
    assert value_column.cell(compact(LARGE_REVENUE), "济南市") == "1234567万元"


def test_a_seven_digit_figure_shows_whole_in_the_metric_table():
    assert format_figure(LARGE_REVENUE) == "1234567万元"


def test_a_seven_digit_figure_shows_whole_in_gwr_parse():
    assert "1234567万元" in describe_indicator(LARGE_REVENUE)


def test_a_range_value_shows_both_ends():
    target = figure("粮食产量稳定在1200万吨-1250万吨", "grain_output", TARGET, Comparator.RANGE, value=1200,
                    value_high=1250, unit="万吨", year=2023)
    assert value_text(target) == "1200–1250"


def test_a_comparator_label_gives_sign_and_chinese_word():
    assert comparator_label(Comparator.ABOUT) == "≈ 左右"


def test_a_level_with_growth_shows_both():
    assert format_figure(LANZHOU_GDP) == "1913.5亿元 +10.4%"


def test_an_estimate_is_marked_and_keeps_its_bound():
    assert format_figure(HUANGDAO_GDP) == "≥4500亿元 (est.)"


def test_a_ceiling_target_shows_at_most():
    unemployment = figure("城镇登记失业率控制在3.5%以内", "registered_unemployment", TARGET, Comparator.AT_MOST,
                          value=3.5, unit="%", year=2023)
    assert format_figure(unemployment) == "≤3.5%"


def test_a_range_target_shows_both_ends():
    growth = figure("增长6.5%-7%", "gdp", TARGET, Comparator.RANGE, growth=6.5, growth_high=7, year=2023)
    assert format_figure(growth) == "+6.5–7%"


def test_a_falling_figure_keeps_its_minus_sign():
    decline = figure("规模以上工业增加值下降2.5%", "industrial_value_added_growth", ACTUAL, growth=-2.5, year=2022)
    assert format_figure(decline) == "-2.5%"


def test_a_qualitative_target_says_so():
    revenue = figure("一般公共预算收入、居民人均可支配收入与经济增长相适应", "budget_revenue", IndicatorKind.QUALITATIVE,
                     year=2023)
    assert format_figure(revenue) == "(qualitative)"


def test_a_description_names_metric_kind_year_figures_section_and_quote():
    assert describe_indicator(LANZHOU_GDP) == \
        "地区生产总值 actual 2012: 1913.5亿元, 增长 10.4% 「全市实现生产总值1913.5亿元,增长10.4%」"
