"""The metric registry is data: every name means one metric, every unit converts within its family."""

from __future__ import annotations

from collections import Counter

from corpus.metrics import COMPOUND_NAMES, ELLIPSES, METRICS, METRICS_BY_ID
from corpus.units import normalise, unit_family

ISSUE_METRICS = {"gdp", "industry_value_added", "industry_output", "fixed_asset_investment", "retail_sales",
                 "budget_revenue", "local_fiscal_revenue", "budget_expenditure", "foreign_trade",
                 "foreign_investment", "urban_income", "rural_income", "farmer_net_income", "resident_income",
                 "urban_new_jobs", "registered_unemployment", "surveyed_unemployment", "cpi_increase",
                 "good_air_days", "good_air_ratio", "pm25", "grain_output", "rd_intensity", "energy_intensity",
                 "tourism_revenue", "tourist_visits"}


#: Metrics issue 11 adds: output, trade, public finance, money, people, environment, innovation, welfare.
WIDER_METRICS = {"primary_value_added", "secondary_value_added", "tertiary_value_added", "agri_output",
                 "hog_output", "hightech_value_added", "industrial_investment", "private_investment",
                 "real_estate_investment", "exports", "imports", "trade_dependence", "fiscal_revenue", "tax_revenue",
                 "fiscal_deficit", "local_bonds", "m2", "new_rmb_loans", "resident_population",
                 "natural_growth_rate", "urbanisation_rate", "forest_coverage", "surface_water_quality",
                 "co2_intensity", "rd_spending", "tech_contract_value", "hightech_firms", "poverty_reduction",
                 "shantytown_renovation", "affordable_housing", "gnp"}


def test_the_registry_holds_every_metric_the_issue_names():
    assert ISSUE_METRICS <= set(METRICS_BY_ID)


def test_the_registry_holds_the_wider_set_of_at_least_sixty_metrics():
    assert WIDER_METRICS <= set(METRICS_BY_ID)
    assert len(METRICS) >= 60


def test_national_names_share_the_ids_of_local_ones():
    assert "国内生产总值" in METRICS_BY_ID["gdp"].names
    assert "居民消费价格上涨" in METRICS_BY_ID["cpi_increase"].names
    assert "国民生产总值" in METRICS_BY_ID["gnp"].names


def test_exports_earned_in_foreign_currency_are_exports_and_apart_from_total_trade():
    assert "出口创汇" in METRICS_BY_ID["exports"].names
    assert "出口创汇" not in METRICS_BY_ID["foreign_trade"].names


def test_no_name_stands_for_two_metrics():
    names = Counter(name for metric in METRICS for name in metric.names)
    assert [name for name, count in names.items() if count > 1] == []


def test_farmers_net_income_and_local_fiscal_revenue_are_metrics_of_their_own():
    assert "农民人均纯收入" not in METRICS_BY_ID["rural_income"].names
    assert "地方级财政收入" not in METRICS_BY_ID["budget_revenue"].names


def test_compound_names_and_ellipses_point_at_registered_metrics():
    pointed = {m for ids in COMPOUND_NAMES.values() for m in ids} | {e.metric for e in ELLIPSES}
    assert pointed <= set(METRICS_BY_ID)


def test_yuan_amounts_normalise_to_yuan():
    assert normalise(1913.5, "亿元") == (191_350_000_000, "元")
    assert normalise(1.2, "万亿元") == (1_200_000_000_000, "元")


def test_people_and_mass_normalise_to_their_base_units():
    assert normalise(11.56, "万人") == (115_600, "人")
    assert normalise(28.5, "亿斤") == (1_425_000, "吨")


def test_an_unknown_unit_is_not_guessed():
    assert normalise(3, "台") is None and unit_family("台") is None
