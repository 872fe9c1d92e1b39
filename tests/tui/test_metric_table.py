"""Rows and chart series of the metric comparison, on figures quoted from the seed reports."""

from __future__ import annotations

from corpus.model import Comparator, Indicator, IndicatorKind
from tui.screens.metric_table import metric_rows

ACTUAL, ESTIMATE, TARGET = IndicatorKind.ACTUAL, IndicatorKind.ESTIMATE, IndicatorKind.TARGET
PLACES = {"lanzhou": "兰州市", "huangdao": "黄岛区", "fanchang": "繁昌区", "jinan": "济南市"}


def figure(quote: str, metric: str, kind: IndicatorKind, report_id: str, comparator=Comparator.EXACT,
           **fields) -> Indicator:
    return Indicator(metric=metric, kind=kind, comparator=comparator, quote=quote, start=0, end=len(quote),
                     report_id=report_id, **fields)


LANZHOU_GDP = figure("全市实现生产总值1913.5亿元,增长10.4%", "gdp", ACTUAL, "lanzhou", value=1913.5,
                     unit="亿元", base_value=1913.5e8, base_unit="元", growth=10.4, year=2012)
HUANGDAO_GDP = figure("全年地区生产总值跨过4500亿元大关", "gdp", ESTIMATE, "huangdao", Comparator.AT_LEAST,
                      value=4500, unit="亿元", base_value=4500e8, base_unit="元", year=2022)
JINAN_GDP = figure("预计全市地区生产总值超过1.2万亿元", "gdp", ESTIMATE, "jinan", Comparator.AT_LEAST,
                   value=1.2, unit="万亿元", base_value=1.2e12, base_unit="元", year=2022)


def test_a_named_part_never_stands_for_its_place():
    new_area = figure("新区完成固定资产投资435亿元", "fixed_asset_investment", ACTUAL, "lanzhou", value=435,
                      unit="亿元", year=2012, scope="新区")
    assert metric_rows([new_area], PLACES, "fixed_asset_investment") == []


def test_an_actual_wins_over_an_estimate_for_the_same_year():
    estimate = figure("预计全市生产总值1900亿元", "gdp", ESTIMATE, "lanzhou", value=1900, unit="亿元", year=2012)
    [row] = metric_rows([estimate, LANZHOU_GDP], PLACES, "gdp")
    assert row.actual is LANZHOU_GDP


def test_actual_and_target_of_the_same_year_share_a_row():
    target = figure("地区生产总值增长5.5%以上", "gdp", TARGET, "jinan", Comparator.AT_LEAST, growth=5.5, year=2022)
    [row] = metric_rows([JINAN_GDP, target], PLACES, "gdp")
    assert (row.place, row.when, row.actual, row.target) == ("济南市", "2022", JINAN_GDP, target)


def test_a_half_year_figure_gets_its_own_row_before_the_whole_year():
    half = figure("实现地区生产总值1422.22亿元、增长1.5%", "gdp", ACTUAL, "lanzhou", value=1422.22, unit="亿元",
                  growth=1.5, year=2012, period="H1")
    assert [row.when for row in metric_rows([half, LANZHOU_GDP], PLACES, "gdp")] == ["2012 H1", "2012"]


def test_a_figure_over_five_years_gets_a_row_reading_the_years_it_spans():
    five_years = figure("城乡居民人均可支配收入年均增长5.5%", "urban_income", ACTUAL, "lanzhou", growth=5.5, year=2021,
                        period="2017-2021")
    [row] = metric_rows([five_years], PLACES, "urban_income")
    assert row.when == "2017–2021"
