"""What the metric chart plots: one kind of figure, levels and growth taken from separate sentences."""

from __future__ import annotations

from corpus.model import Comparator
from tests.tui.test_metric_table import ACTUAL, ESTIMATE, HUANGDAO_GDP, JINAN_GDP, LANZHOU_GDP, PLACES, TARGET, figure
from tui.screens.metric_chart import ChartKind, chart_series, default_kind

YINCHUAN_GROWTH = figure("全年地区生产总值增长4.5%", "gdp", ESTIMATE, "yinchuan", growth=4.5, year=2022)
JINAN_GROWTH = figure("地区生产总值增长5%", "gdp", ESTIMATE, "jinan", growth=5.0, year=2022)
JINAN_TARGET = figure("地区生产总值增长5.5%以上", "gdp", TARGET, "jinan", Comparator.AT_LEAST, growth=5.5, year=2023)
ALL_PLACES = {**PLACES, "yinchuan": "银川市"}


def test_the_chart_converts_levels_to_the_commonest_unit():
    series = chart_series([LANZHOU_GDP, HUANGDAO_GDP, JINAN_GDP], PLACES, "gdp", "GDP", ChartKind.REPORTED)
    assert series.title == "GDP, actual or estimate (预计) (亿元)"
    assert series.points["济南市"] == [(2022, 12000.0)]


def test_an_actual_chart_leaves_estimates_out():
    series = chart_series([LANZHOU_GDP, YINCHUAN_GROWTH, JINAN_GROWTH], ALL_PLACES, "gdp", "GDP", ChartKind.ACTUAL)
    assert series.title == "GDP, actual (亿元)"
    assert series.points == {"兰州市": [(2012, 1913.5)]}


def test_growth_given_apart_from_the_level_is_charted():
    figures = [LANZHOU_GDP, YINCHUAN_GROWTH, JINAN_GDP, JINAN_GROWTH]
    series = chart_series(figures, ALL_PLACES, "gdp", "GDP", ChartKind.REPORTED)
    assert series.title == "GDP, actual or estimate (预计) growth (%)"
    assert series.points == {"兰州市": [(2012, 10.4)], "济南市": [(2022, 5.0)], "银川市": [(2022, 4.5)]}


def test_a_target_chart_plots_the_targets_of_their_year():
    series = chart_series([JINAN_GDP, JINAN_GROWTH, JINAN_TARGET], PLACES, "gdp", "GDP", ChartKind.TARGET)
    assert series.title == "GDP, target growth (%)"
    assert series.points == {"济南市": [(2023, 5.5)]}


def test_an_actual_wins_over_an_estimate_of_the_same_place_and_year():
    estimate = figure("预计增长11%", "gdp", ESTIMATE, "lanzhou", growth=11.0, year=2012)
    series = chart_series([estimate, LANZHOU_GDP], PLACES, "gdp", "GDP", ChartKind.REPORTED)
    assert series.points["兰州市"] == [(2012, 1913.5)]


def test_targets_are_charted_by_default_only_when_nothing_was_reported():
    assert default_kind([JINAN_TARGET, JINAN_GDP], "gdp") is ChartKind.REPORTED
    assert default_kind([JINAN_TARGET], "gdp") is ChartKind.TARGET
