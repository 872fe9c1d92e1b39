"""Parsing a seed file fills each report's indicators, traceable to the cleaned text."""

from __future__ import annotations

import pytest
from indicator_seeds import SAMPLES

from corpus import parse_file
from corpus.model import IndicatorKind


def reports_of(prefix: str):
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return parse_file(path)


def report_titled(prefix: str, word: str):
    return next(report for report in reports_of(prefix) if word in report.title)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_quote_is_the_cleaned_text_at_its_offsets(prefix):
    for report in reports_of(prefix):
        for indicator in report.indicators:
            assert report.text[indicator.start:indicator.end] == indicator.quote


def test_indicators_carry_their_report_and_section():
    report = reports_of("001")[0]
    assert report.indicators
    for indicator in report.indicators:
        assert indicator.report_id == report.id
        assert report.section(indicator.section_id) is not None


def test_lanzhou_incomes_across_a_repaired_chunk_break_keep_their_own_values_and_growths():
    report = reports_of("000")[0]
    urban = next(i for i in report.indicators if i.metric == "urban_income")
    farmer = next(i for i in report.indicators if i.metric == "farmer_net_income")
    assert (urban.value, urban.growth) == (23030, 10.9)
    assert (farmer.value, farmer.growth) == (8067, 13.4)
    assert "城镇居民人均可支配收入23030元" in urban.quote


def test_farmers_net_income_is_not_rural_disposable_income():
    report = reports_of("000")[0]
    assert not any(i.metric == "rural_income" for i in report.indicators)


def test_review_figures_are_for_the_review_year_and_plan_figures_for_the_plan_year():
    report = report_titled("003", "济南")
    for indicator in report.indicators:
        if indicator.kind in (IndicatorKind.TARGET, IndicatorKind.QUALITATIVE):
            assert indicator.year == report.plan_year == 2023
        elif indicator.period == "year" and indicator.kind is IndicatorKind.ESTIMATE:
            assert indicator.year == report.review_year == 2022


def test_a_part_of_the_place_never_stands_for_the_whole():
    report = reports_of("000")[0]
    whole_gdp = [i.value for i in report.indicators if i.metric == "gdp" and i.scope is None]
    assert whole_gdp == [1913.5]


def test_wuwei_five_year_goals_are_targets_for_the_end_of_the_five_years_not_this_year():
    report = reports_of("002")[0]
    goal = next(i for i in report.indicators if i.value == 800)
    assert (goal.kind.value, goal.year, goal.period) == ("target", 2026, "year")


def test_the_news_article_gives_first_half_figures_of_2020():
    report = reports_of("004")[0]
    gdp = next(i for i in report.indicators if i.metric == "gdp" and i.scope is None)
    assert (gdp.value, gdp.growth, gdp.period, gdp.year) == (1422.22, 1.5, "H1", 2020)


def test_gwr_parse_lists_each_reports_indicators_with_their_quotes(capsys, monkeypatch):
    from tui.cli import main

    monkeypatch.setenv("COLUMNS", "240")
    (path,) = SAMPLES.glob("001_*.txt")
    assert main(["parse", str(path)]) == 0
    output = capsys.readouterr().out
    assert f"指标: {len(parse_file(path)[0].indicators)} indicators" in output
    assert "地区生产总值 estimate 2022: 增长 2% · §1 「预计地区生产总值增长2%」" in output
