"""Sentences of real reports outside the seeds (the national series, a district) give exactly the stated figures."""

from __future__ import annotations

from pathlib import Path

from indicator_seeds import SeedSentence, national_sentence, sentence_containing, sentence_in
from parse_fixtures import compilation_report

from corpus import parse_file
from corpus.indicators import ExtractionContext, SectionKind, extract_from_text
from corpus.model import Indicator, IndicatorKind, Report
from corpus.reading import read_source
from tests.national_series import NATIONAL_SAMPLES

GOLD_SOURCES = Path(__file__).resolve().parent / "gold" / "sources"
REVIEW_2011 = ExtractionContext(kind=SectionKind.REVIEW, year=2011, place="全国")
HAILAR_PLAN_2016 = ExtractionContext(kind=SectionKind.PLAN, year=2016, place="海拉尔区")


def extract(sentence: SeedSentence, context: ExtractionContext) -> list[Indicator]:
    return extract_from_text(sentence.text, context, sentence.start)


def hailar_sentence(fragment: str) -> SeedSentence:
    return sentence_in(read_source(GOLD_SOURCES / "hailar_district_2016_gbk.txt"), fragment)


def test_bare_exports_and_imports_after_the_trade_total_are_their_own_metrics():
    indicators = extract(national_sentence(2012, "其中，出口增长20．3%"), REVIEW_2011)
    assert [(i.metric, i.growth, i.kind, i.year) for i in indicators] == [
        ("foreign_trade", 22.5, IndicatorKind.ACTUAL, 2011), ("exports", 20.3, IndicatorKind.ACTUAL, 2011),
        ("imports", 24.9, IndicatorKind.ACTUAL, 2011)]


def test_a_bare_export_figure_keeps_its_exact_quote():
    sentence = national_sentence(2012, "其中，出口增长20．3%")
    exports = next(i for i in extract(sentence, REVIEW_2011) if i.metric == "exports")
    assert exports.quote == "出口增长20．3%"
    assert sentence.text[exports.start - sentence.start:exports.end - sentence.start] == exports.quote


def test_exports_of_one_product_are_not_total_exports():
    sentence = sentence_containing("003", "全市鲜果出口增长20%以上")
    assert not [i for i in extract(sentence, REVIEW_2011) if i.metric == "exports"]


def test_the_district_governments_own_investment_is_scoped_to_its_own_level():
    indicators = extract(hailar_sentence("区本级固定资产投资增长13%"), HAILAR_PLAN_2016)
    investment = next(i for i in indicators if i.metric == "fixed_asset_investment")
    assert (investment.scope, investment.growth, investment.kind) == ("区本级", 13, IndicatorKind.TARGET)


def test_the_own_level_scope_does_not_carry_to_the_next_figure():
    indicators = extract(hailar_sentence("区本级固定资产投资增长13%"), HAILAR_PLAN_2016)
    assert {i.metric: i.scope for i in indicators if i.metric != "fixed_asset_investment"} == {
        "gdp": None, "budget_revenue": None, "retail_sales": None, "urban_income": None, "rural_income": None}


REVIEW_2004 = ExtractionContext(kind=SectionKind.REVIEW, year=2004, place="全国")


def test_a_figure_after_one_that_beat_its_target_is_an_actual_not_a_target():
    indicators = extract(national_sentence(2005, "超过预期目标"), REVIEW_2004)
    income = next(i for i in indicators if i.metric == "urban_income")
    assert (income.kind, income.year, income.value) == (IndicatorKind.ACTUAL, 2004, 9422)


def test_a_fenbie_list_after_deducting_price_changes_gives_each_income_its_real_growth():
    indicators = extract(national_sentence(2005, "扣除价格因素，分别实际增长"), REVIEW_2004)
    assert {i.metric: (i.value, i.growth) for i in indicators if i.metric.endswith("income")} == {
        "urban_income": (9422, 7.7), "farmer_net_income": (2936, 6.8)}


def national_report(year: int) -> Report:
    return parse_file(NATIONAL_SAMPLES / f"national_{year}_gbk.txt")[0]


def test_a_subpart_on_a_finished_five_year_plan_gives_actuals_over_its_years():
    indicators = national_report(2006).indicators
    gdp = next(i for i in indicators if i.metric == "gdp" and i.growth == 57.3)
    assert (gdp.kind, gdp.year, gdp.period) == (IndicatorKind.ACTUAL, 2005, "2001-2005")


def test_past_five_years_inside_a_finished_plan_period_are_that_plans_years():
    indicators = national_report(2006).indicators
    trade = next(i for i in indicators if i.metric == "foreign_trade" and i.growth == 200)
    assert (trade.kind, trade.year, trade.period) == (IndicatorKind.ACTUAL, 2005, "2001-2005")


def test_a_missed_target_restated_in_the_review_is_no_actual():
    sentence = national_sentence(2007, "全国没有实现年初确定的单位国内生产总值能耗降低4%左右")
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2006, place="全国")
    assert [i for i in extract(sentence, review) if i.metric == "energy_intensity"] == []


def test_a_figure_followed_by_its_share_of_a_target_is_still_an_actual():
    sentence = sentence_containing("003", "城镇新增就业1.2万人、农村劳动力转移就业22万人")
    jobs = next(i for i in extract(sentence, REVIEW_2011) if i.metric == "urban_new_jobs")
    assert (jobs.value, jobs.unit, jobs.kind) == (1.2, "万人", IndicatorKind.ACTUAL)


REVIEW_2007 = ExtractionContext(kind=SectionKind.REVIEW, year=2007, place="全国")


def test_a_change_on_the_year_before_is_that_years_figure_even_in_a_plan_periods_paragraph():
    indicators = [i for i in national_report(2008).indicators if i.metric == "energy_intensity"]
    assert [(i.growth, i.year, i.period) for i in indicators] == [(-3.27, 2007, "year")]


def test_a_level_cut_by_an_amount_is_no_level():
    assert extract(national_sentence(2008, "削减财政赤字450亿元"), REVIEW_2007) == []


def test_targets_under_a_five_year_plan_heading_are_for_the_plans_last_year():
    indicators = national_report(2011).indicators
    urbanisation = next(i for i in indicators if i.metric == "urbanisation_rate")
    energy = next(i for i in indicators if i.metric == "energy_intensity" and i.kind is IndicatorKind.TARGET)
    assert (urbanisation.kind, urbanisation.year, urbanisation.value) == (IndicatorKind.TARGET, 2015, 51.5)
    assert (energy.year, energy.period, energy.growth) == (2015, "2011-2015", -16)


def test_a_plan_named_as_a_document_does_not_turn_the_paragraph_to_its_years():
    indicators = national_report(2012).indicators
    assert [(i.kind, i.year) for i in indicators if i.metric == "cpi_increase"] == [(IndicatorKind.TARGET, 2012)]


def test_urban_in_a_metrics_name_is_not_a_part_of_the_place():
    housing = extract(national_sentence(2012, "全年城镇保障性住房基本建成432万套"), REVIEW_2011)
    assert [(i.metric, i.value, i.scope) for i in housing] == [("affordable_housing", 432, None)]


def test_a_level_made_a_standard_is_no_figure_of_the_metric():
    assert extract(national_sentence(2012, "作为新的国家扶贫标准"), REVIEW_2011) == []


def test_the_central_and_local_deficits_of_a_national_report_are_scoped_apart_from_the_total():
    deficits = [i for i in national_report(2016).indicators if i.metric == "fiscal_deficit"]
    assert [(i.value, i.unit, i.scope) for i in deficits] == [(2.18, "万亿元", None), (1.4, "万亿元", "中央"),
                                                              (7800, "亿元", "地方")]


def test_local_revenue_in_a_district_report_is_the_districts_own():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2015, place="海拉尔区")
    revenue = extract(hailar_sentence("地方公共财政预算收入达到15.07亿元"), review)
    assert [(i.metric, i.value, i.scope) for i in revenue if i.metric == "budget_revenue"] == [
        ("budget_revenue", 15.07, None)]



def test_a_yearly_average_rise_continues_the_income_clause_over_the_years_since_the_base():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2015, place="海拉尔区")
    indicators = extract(hailar_sentence("年均递增12.2%"), review)
    assert [(i.metric, i.growth, i.period) for i in indicators if i.growth is not None] == [
        ("urban_income", 12.2, "2011-2015"), ("rural_income", 13.7, "2011-2015")]


def test_a_fenbie_list_naming_another_noun_after_the_metric_gives_the_metric_its_own_figure():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2009, place="全国")
    indicators = extract(national_sentence(2010, "非金融类对外直接投资和对外工程承包营业额分别达"), review)
    assert [(i.metric, i.value, i.unit) for i in indicators] == [("outward_investment", 433, "亿美元")]


def hailar_2019_sentence(fragment: str) -> SeedSentence:
    return sentence_in(read_source(GOLD_SOURCES / "hailar_district_2019_gbk.txt"), fragment)


def test_people_counted_before_the_words_naming_their_metric_are_that_metric():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2018, place="海拉尔区")
    indicators = extract(hailar_2019_sentence("611人全部脱贫"), review)
    assert [(i.metric, i.value, i.unit, i.quote) for i in indicators] == [
        ("poverty_reduction", 611, "人", "建档立卡贫困户301户611人全部脱贫")]


def test_a_count_of_people_written_with_only_wan_before_the_noun_is_in_wan_people():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2021, place="武威市", multi_year=True,
                               span_years=(2017, 2021))
    (poverty,) = extract(sentence_containing("002", "35.47万贫困人口全部脱贫"), review)
    assert (poverty.value, poverty.unit, poverty.period) == (35.47, "万人", "2017-2021")


def test_a_plan_named_inside_a_documents_name_does_not_date_the_paragraphs_figures():
    hunchun = compilation_report("珲春市")
    air = next(i for i in hunchun.indicators if i.metric == "good_air_ratio" and i.kind is IndicatorKind.ACTUAL)
    assert (air.value, air.year) == (98, 2022)


def test_a_five_year_comparison_inside_a_sentence_does_not_turn_the_paragraph_to_five_years():
    jiuquan = compilation_report("酒泉市")
    trade = next(i for i in jiuquan.indicators if i.metric == "foreign_trade" and i.growth == 26.5)
    assert (trade.year, trade.period) == (2022, "1-10")


def test_a_sectors_investment_is_not_the_places_fixed_asset_investment():
    sentence = sentence_containing("003", "农业固定资产投资增长3.3倍")
    assert [i for i in extract(sentence, REVIEW_2011) if i.metric == "fixed_asset_investment"] == []


def test_targets_of_a_zone_the_sentence_opens_on_are_scoped_to_it():
    hunchun = compilation_report("珲春市")
    investment = [i for i in hunchun.indicators if i.metric == "fixed_asset_investment" and i.growth == 20]
    assert [(i.kind, i.scope) for i in investment] == [(IndicatorKind.TARGET, "示范区")]


def test_the_central_deficit_to_be_arranged_is_scoped_to_the_centre():
    plan = ExtractionContext(kind=SectionKind.PLAN, year=2005, place="全国")
    (deficit,) = extract(national_sentence(2005, "拟安排中央财政赤字3000亿元"), plan)
    assert (deficit.value, deficit.scope) == (3000, "中央")


def test_a_change_over_the_last_three_years_is_filed_over_those_years():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2008, place="全国")
    energy = extract(national_sentence(2009, "近三年累计"), review)
    assert [(i.growth, i.year, i.period) for i in energy if i.metric == "energy_intensity"] == [
        (-10.08, 2008, "2006-2008")]


def test_a_count_of_people_written_in_wan_without_ren_is_in_wan_people():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2016, place="全国")
    (poverty,) = [i for i in extract(national_sentence(2017, "农村贫困人口减少1240万"), review)
                  if i.metric == "poverty_reduction"]
    assert (poverty.value, poverty.unit, poverty.base_value) == (1240, "万人", 12_400_000)


def test_grain_in_yi_tonnes_is_read_with_its_unit():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2014, place="全国")
    grain = [i for i in extract(national_sentence(2015, "粮食产量达到6.07亿吨"), review) if i.metric == "grain_output"]
    assert [(i.value, i.unit, i.base_value) for i in grain] == [(6.07, "亿吨", 607_000_000)]


def test_a_level_after_a_clause_with_its_increase_is_the_level():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2005, place="全国")
    (grain,) = extract(national_sentence(2006, "又增产1454万吨，达到48401万吨"), review)
    assert (grain.metric, grain.value, grain.unit) == ("grain_output", 48401, "万吨")


def test_a_growth_said_to_exceed_a_rate_is_that_growth_at_least():
    indicators = national_report(2011).indicators
    incomes = [i for i in indicators if i.metric in ("urban_income", "farmer_net_income") and i.kind is IndicatorKind.TARGET]
    assert [(i.metric, i.growth, i.comparator.value, i.period) for i in incomes] == [
        ("urban_income", 7, "at_least", "2011-2015"), ("farmer_net_income", 7, "at_least", "2011-2015")]
