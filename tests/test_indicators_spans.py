"""Multi-year figures are spans (period = the years covered), never one year's figure.

Fixtures are sentences of the national reports 2006, 2010, 2011 and 2016 as printed.
"""

from __future__ import annotations

from corpus.indicators import ExtractionContext, SectionKind, extract_from_text
from corpus.model import Comparator

REVIEW_2015 = ExtractionContext(kind=SectionKind.REVIEW, year=2015)
PLAN_2016 = ExtractionContext(kind=SectionKind.PLAN, year=2016)

FIVE_YEARS = ("2015年是“十二五”收官之年。过去五年，我国发展成就举世瞩目。一是经济持续较快发展。国内生产总值年均增长7.8%，"
              "经济总量稳居世界第二位。单位国内生产总值能耗下降18.2%。城镇新增就业人数超过6400万人。")


def _by_metric(text: str, context: ExtractionContext) -> dict[str, list[tuple[object, ...]]]:
    found: dict[str, list[tuple[object, ...]]] = {}
    for i in extract_from_text(text, context):
        found.setdefault(i.metric, []).append((i.year, i.period, i.value, i.growth))
    return found


def test_an_average_over_the_past_five_years_is_a_span_of_those_years():
    assert _by_metric(FIVE_YEARS, REVIEW_2015)["gdp"] == [(2015, "2011-2015", None, 7.8)]


def test_a_change_over_the_past_five_years_is_a_span():
    assert _by_metric(FIVE_YEARS, REVIEW_2015)["energy_intensity"] == [(2015, "2011-2015", None, -18.2)]


def test_a_flow_over_the_past_five_years_is_their_sum():
    assert _by_metric(FIVE_YEARS, REVIEW_2015)["urban_new_jobs"] == [(2015, "2011-2015", 6400, None)]


def test_part_of_a_five_year_plan_is_a_span_of_its_years():
    text = "“十一五”前四年累计单位国内生产总值能耗下降１４．３８％。"
    assert _by_metric(text, ExtractionContext(kind=SectionKind.REVIEW, year=2009))["energy_intensity"] == [
        (2009, "2006-2009", None, -14.38)]


def test_a_change_against_a_base_year_is_a_span_from_it():
    text = "2005年与2000年相比，国内生产总值增长57.3%。"
    assert _by_metric(text, ExtractionContext(kind=SectionKind.REVIEW, year=2005))["gdp"] == [
        (2005, "2001-2005", None, 57.3)]


def test_doubling_against_a_base_year_is_growth_of_one_hundred_percent_over_the_span():
    text = "到2020年国内生产总值和城乡居民人均收入比2010年翻一番。"
    assert _by_metric(text, PLAN_2016)["gdp"] == [(2020, "2011-2020", None, 100)]


def test_the_level_reached_at_the_end_of_a_span_is_that_years_level():
    text = "“十一五”时期，国内生产总值达到39.8万亿元，年均增长11.2%。"
    gdp = _by_metric(text, ExtractionContext(kind=SectionKind.REVIEW, year=2010))["gdp"]
    assert gdp == [(2010, "year", 39.8, None), (2010, "2006-2010", None, 11.2)]


def test_a_running_total_over_a_span_is_the_spans_total():
    text = "过去五年，累计接待游客6800万人，实现旅游综合收入377亿元。"
    revenue = _by_metric(text, ExtractionContext(kind=SectionKind.REVIEW, year=2021))["tourism_revenue"]
    assert revenue == [(2021, "2017-2021", 377, None)]


def test_a_year_of_a_plan_named_as_its_key_year_is_no_span():
    text = "今年是实施“十五”计划的关键一年。国内生产总值比上年增长9％。"
    (gdp,) = extract_from_text(text, ExtractionContext(kind=SectionKind.PLAN, year=2003))
    assert (gdp.year, gdp.period, gdp.growth) == (2003, "year", 9)


def test_an_average_with_no_span_to_average_over_is_dropped():
    assert extract_from_text("国内生产总值年均增长7.8%。", REVIEW_2015) == []


def test_the_year_of_a_plan_is_no_span():
    text = "今年是“十三五”开局之年。国内生产总值增长6.5%－7%。"
    (gdp,) = extract_from_text(text, PLAN_2016)
    assert (gdp.year, gdp.period, gdp.comparator) == (2016, "year", Comparator.RANGE)


def test_a_change_from_one_level_to_another_gives_the_later_level():
    text = "全员劳动生产率从人均8.7万元提高到12万元以上。"
    (productivity,) = extract_from_text(text, PLAN_2016)
    assert (productivity.value, productivity.comparator) == (12, Comparator.AT_LEAST)


def test_a_change_from_a_dated_level_keeps_both_years():
    text = "一般公共预算收入由2016年的423.3亿元增加到2020年的526.4亿元。"
    revenue = _by_metric(text, ExtractionContext(kind=SectionKind.REVIEW, year=2020))["budget_revenue"]
    assert revenue == [(2016, "year", 423.3, None), (2020, "year", 526.4, None)]
