"""Targets for year Y are judged by the next report's figures for year Y (fixture reports written for this)."""

from __future__ import annotations

from corpus.indicators import extract_indicators
from corpus.model import Paragraph, Place, PlaceLevel, Report, Section
from corpus.outcomes import OutcomeStatus, indicator_outcomes, report_outcomes

CITY = Place("甲市", PlaceLevel.CITY, "乙省")
OTHER_CITY = Place("丙市", PlaceLevel.CITY, "乙省")


def work_report(report_id: str, review_year: int, review: str, plan: str, place: Place = CITY) -> Report:
    """A two-section report: review of `review_year`, plan for the year after; indicators extracted."""
    parts = [(f"{review_year}年工作回顾", review), (f"{review_year + 1}年工作安排", plan)]
    text, sections = "", []
    for number, (heading, body) in enumerate(parts, start=1):
        start = len(text)
        text += heading + "\n"
        paragraph = Paragraph(body, len(text))
        text += body + "\n"
        sections.append(Section(str(number), heading, 1, None, start, len(text), [paragraph]))
    report = Report(id=report_id, source_path=f"{report_id}.txt", source_index=0, title=f"{place.name}政府工作报告",
                    text=text, place=place, review_year=review_year, plan_year=review_year + 1, sections=sections)
    report.indicators = extract_indicators(report)
    return report


TARGETS_2023 = ("主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%以上，城镇登记失业率控制在4%以内，"
                "规上工业增加值增长8%，居民人均可支配收入与经济增长基本同步。")
REPORT_2022 = work_report("r2022", 2022, "全市实现地区生产总值1000亿元，增长4%。", TARGETS_2023)


def outcome_of(outcomes, metric):
    (outcome,) = [o for o in outcomes if o.target.metric == metric]
    return outcome


def outcome_after(review_2023: str, metric: str, place: Place = CITY):
    """The outcome of the 2023 target for `metric` once a 2023 report reviewing `review_2023` exists."""
    later = work_report("r2023", 2023, review_2023, "", place=place)
    return outcome_of(report_outcomes([REPORT_2022, later]), metric)


def test_a_target_without_a_later_report_has_no_outcome_yet():
    outcomes = report_outcomes([REPORT_2022])
    assert {o.status for o in outcomes} == {OutcomeStatus.NO_OUTCOME}
    assert outcome_of(outcomes, "gdp").actual is None


def test_growth_above_an_about_target_is_met_with_both_quotes():
    outcome = outcome_after("全市实现地区生产总值1063亿元，增长6.3%。", "gdp")
    assert outcome.status is OutcomeStatus.MET
    assert outcome.target_quote == "地区生产总值增长6%左右"
    assert outcome.actual_quote == "全市实现地区生产总值1063亿元，增长6.3%"


def test_growth_short_of_an_about_target_within_the_tolerance_is_about():
    assert outcome_after("地区生产总值增长5.6%。", "gdp").status is OutcomeStatus.ABOUT


def test_a_shortfall_on_a_target_without_zuoyou_is_missed_however_small():
    assert outcome_after("规上工业增加值增长7.9%。", "industry_value_added").status is OutcomeStatus.MISSED


def test_growth_well_below_the_target_is_missed():
    assert outcome_after("地区生产总值增长3%。", "gdp").status is OutcomeStatus.MISSED


def test_an_at_least_target_needs_the_full_figure():
    assert outcome_after("一般公共预算收入增长4.9%。", "budget_revenue").status is OutcomeStatus.MISSED


def test_a_ceiling_target_is_met_by_a_lower_figure():
    assert outcome_after("城镇登记失业率为3.2%。", "registered_unemployment").status is OutcomeStatus.MET


def test_a_ceiling_target_is_missed_by_a_higher_figure():
    outcome = outcome_after("城镇登记失业率为4.4%。", "registered_unemployment")
    assert outcome.status is OutcomeStatus.MISSED


def test_an_estimate_in_the_next_report_counts_as_the_outcome():
    outcome = outcome_after("预计规上工业增加值增长8.2%。", "industry_value_added")
    assert outcome.status is OutcomeStatus.MET and outcome.actual.kind.value == "estimate"


def test_a_qualitative_target_is_paired_but_not_judged():
    outcome = outcome_after("居民人均可支配收入增长6%。", "resident_income")
    assert outcome.status is OutcomeStatus.UNJUDGED and outcome.actual is not None


def test_another_places_figures_are_never_the_outcome():
    assert outcome_after("地区生产总值增长9%。", "gdp", place=OTHER_CITY).status is OutcomeStatus.NO_OUTCOME


def test_a_named_part_is_not_the_outcome_of_a_whole_place_target():
    assert outcome_after("新区完成地区生产总值200亿元，增长12%。", "gdp").status is OutcomeStatus.NO_OUTCOME


def test_figures_for_the_first_half_are_not_the_years_outcome():
    assert outcome_after("上半年，地区生产总值增长7%。", "gdp").status is OutcomeStatus.NO_OUTCOME


def test_metadata_and_indicator_pairs_give_the_same_outcomes_as_reports():
    later = work_report("r2023", 2023, "地区生产总值增长6.3%。", "")
    pairs = [(report, indicator) for report in (REPORT_2022, later) for indicator in report.indicators]
    assert indicator_outcomes(pairs) == report_outcomes([REPORT_2022, later])


def test_an_exact_growth_beside_a_bar_crossed_judges_a_growth_target():
    outcome = outcome_after("全市地区生产总值突破1100亿元，增长5.8%。", "gdp")
    assert (outcome.actual.comparator.value, outcome.status) == ("at_least", OutcomeStatus.ABOUT)
