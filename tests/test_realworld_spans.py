"""A part reviewing one five-year plan and planning the next (national 2021) files each figure under its own years."""

from corpus.model import Indicator, IndicatorKind
from tests.realworld_fixtures import needs_realworld, parsed

pytestmark = needs_realworld


def _figure(metric: str, period: str = "") -> Indicator:
    return next(i for i in parsed("national_2021.txt")[0].indicators if i.metric == metric and period in i.period)


def test_past_five_years_in_a_plan_part_are_actuals_up_to_the_review_year():
    jobs = _figure("urban_new_jobs", "-")
    assert (jobs.kind, jobs.year, jobs.period, jobs.value) == (IndicatorKind.ACTUAL, 2020, "2016-2020", 6000)


def test_a_part_naming_two_plans_sets_targets_for_the_later_one():
    urbanisation = _figure("urbanisation_rate")
    assert (urbanisation.kind, urbanisation.year, urbanisation.value) == (IndicatorKind.TARGET, 2025, 65)


def test_a_plan_named_after_a_figure_does_not_date_it():
    rd = _figure("rd_spending")
    assert (rd.kind, rd.year, rd.period, rd.growth) == (IndicatorKind.TARGET, 2025, "2021-2025", 7)


def test_a_cumulative_fall_in_one_clause_does_not_make_the_next_level_a_running_total():
    days = next(i for i in parsed("baoding_2026_summary_with_site_menus.txt")[0].indicators
                if i.metric == "good_air_days")
    assert (days.value, days.year, days.period) == (275, 2025, "year")


def test_a_goal_dated_after_the_documents_own_year_is_a_target():
    figures = parsed("baoding_2013_news_article.txt")[0].indicators
    assert {(i.metric, i.kind, i.year) for i in figures if i.value == 4000} == {("gdp", IndicatorKind.TARGET, 2017)}
