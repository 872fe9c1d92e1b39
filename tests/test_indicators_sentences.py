"""The sentences issue 3 names, read from the seed files, give exactly the stated indicators."""

from __future__ import annotations

from indicator_seeds import SeedSentence, seed_text, sentence_containing

from corpus.indicators import ExtractionContext, SectionKind, extract_from_text, extract_indicators
from corpus.model import Comparator, DocKind, Indicator, IndicatorKind, Paragraph, Report, Section

REVIEW_2022 = ExtractionContext(kind=SectionKind.REVIEW, year=2022, place="兰州市")
PLAN_2023 = ExtractionContext(kind=SectionKind.PLAN, year=2023)


def extract(sentence: SeedSentence, context: ExtractionContext) -> list[Indicator]:
    return extract_from_text(sentence.text, context, sentence.start)


def by_metric(indicators: list[Indicator]) -> dict[str, Indicator]:
    return {indicator.metric: indicator for indicator in indicators}


def test_lanzhou_gdp_is_an_actual_with_value_and_growth():
    (gdp,) = extract(sentence_containing("000", "全市实现生产总值1913.5亿元"), REVIEW_2022)
    assert (gdp.metric, gdp.value, gdp.unit, gdp.growth, gdp.kind) == ("gdp", 1913.5, "亿元", 10.4,
                                                                       IndicatorKind.ACTUAL)
    assert gdp.base_value == 191_350_000_000 and gdp.base_unit == "元"


def test_quote_is_the_exact_text_at_the_offsets():
    sentence = sentence_containing("000", "全市实现生产总值1913.5亿元")
    (gdp,) = extract(sentence, REVIEW_2022)
    assert seed_text("000")[gdp.start:gdp.end] == gdp.quote == "全市实现生产总值1913.5亿元,增长10.4%"


def test_a_named_part_is_a_scope_not_the_whole_place():
    indicators = extract(sentence_containing("000", "新区完成固定资产投资435亿元"), REVIEW_2022)
    investment = by_metric(indicators)["fixed_asset_investment"]
    assert (investment.value, investment.scope) == (435, "新区")


def test_the_scope_carries_to_later_clauses_of_the_sentence():
    indicators = extract(sentence_containing("000", "新区完成固定资产投资435亿元"), REVIEW_2022)
    assert by_metric(indicators)["gdp"].scope == "新区"


def test_a_list_of_parts_is_not_read_as_the_whole_place():
    sentence = sentence_containing("000", "经济区生产总")
    assert all(indicator.scope is not None for indicator in extract(sentence, REVIEW_2022))


def test_anshan_estimates_split_the_fenbie_pair_into_urban_and_rural():
    indicators = by_metric(extract(sentence_containing("001", "预计地区生产总值增长2%"), REVIEW_2022))
    assert {m: i.growth for m, i in indicators.items()} == {
        "gdp": 2, "fixed_asset_investment": 3, "industry_value_added": 0.5, "urban_income": 2.5,
        "rural_income": 3}
    assert {i.kind for i in indicators.values()} == {IndicatorKind.ESTIMATE}
    assert {i.year for i in indicators.values()} == {2022}


def test_wuwei_from_to_with_years_gives_two_actuals():
    context = ExtractionContext(kind=SectionKind.REVIEW, year=2021, multi_year=True)
    indicators = extract(sentence_containing("002", "全市生产总值由2016年的423.3亿元"), context)
    assert [(i.metric, i.year, i.value, i.kind) for i in indicators] == [
        ("gdp", 2016, 423.3, IndicatorKind.ACTUAL), ("gdp", 2020, 526.4, IndicatorKind.ACTUAL)]


def test_a_multi_year_review_drops_figures_without_their_own_year():
    context = ExtractionContext(kind=SectionKind.REVIEW, year=2021, multi_year=True)
    assert extract(sentence_containing("002", "一般公共预算收入平均增长"), context) == []


def test_wuwei_targets_are_for_the_plan_year():
    sentence = sentence_containing("002", "2022年经济社会发展的主要预期目标是")
    indicators = by_metric(extract(sentence, ExtractionContext(kind=SectionKind.PLAN, year=2022)))
    assert (indicators["gdp"].growth, indicators["industry_value_added"].growth,
            indicators["fixed_asset_investment"].growth) == (7, 12.5, 12)
    assert {i.kind for m, i in indicators.items() if m != "energy_intensity"} == {IndicatorKind.TARGET}
    assert {i.year for i in indicators.values()} == {2022}


def test_a_target_paragraph_in_a_review_context_is_still_targets():
    sentence = sentence_containing("002", "2022年经济社会发展的主要预期目标是")
    indicators = extract(sentence, ExtractionContext(kind=SectionKind.REVIEW, year=2021))
    assert by_metric(indicators)["gdp"].kind is IndicatorKind.TARGET
    assert by_metric(indicators)["gdp"].year == 2022


def test_jinan_targets_carry_at_least_and_about_despite_a_stray_space():
    indicators = by_metric(extract(sentence_containing("003", "地区生产总值增长5.5%以上；一般公共预算收入增长6%左右"),
                                   PLAN_2023))
    assert (indicators["gdp"].growth, indicators["gdp"].comparator) == (5.5, Comparator.AT_LEAST)
    assert (indicators["budget_revenue"].growth, indicators["budget_revenue"].comparator) == (6, Comparator.ABOUT)
    investment = indicators["fixed_asset_investment"]
    assert (investment.growth, investment.comparator, investment.quote) == (6.5, Comparator.ABOUT, "固定资产投资增长6.5% 左右")


def test_huangdao_gdp_crossing_a_mark_is_an_at_least_estimate():
    indicators = extract(sentence_containing("003", "全年地区生产总值跨过4500亿元大关"), REVIEW_2022)
    gdp_value = next(i for i in indicators if i.metric == "gdp" and i.value is not None)
    assert (gdp_value.value, gdp_value.comparator, gdp_value.kind) == (4500, Comparator.AT_LEAST,
                                                                        IndicatorKind.ESTIMATE)


def test_huangdao_gdp_growth_keeps_its_own_about_bound():
    indicators = extract(sentence_containing("003", "全年地区生产总值跨过4500亿元大关"), REVIEW_2022)
    growth = next(i for i in indicators if i.metric == "gdp" and i.value is None)
    assert (growth.growth, growth.comparator) == (5.5, Comparator.ABOUT)


def test_huangdao_revenue_threshold_is_not_the_value():
    indicators = by_metric(extract(sentence_containing("003", "一般公共预算收入首次突破300亿元"), REVIEW_2022))
    revenue = indicators["budget_revenue"]
    assert (revenue.value, revenue.comparator, revenue.growth) == (321, Comparator.EXACT, 6.7)


def test_daan_elliptical_value_added_after_gross_output_is_its_own_metric():
    indicators = by_metric(extract(sentence_containing("003", "规上工业总产值增长15%，增加值增长5%"), PLAN_2023))
    assert indicators["industry_output"].growth == 15
    assert (indicators["industry_value_added"].growth, indicators["industry_value_added"].quote) == (5, "增加值增长5%")


def test_fanchang_unemployment_is_at_most_a_target():
    sentence = sentence_containing("003", "城镇登记失业率控制在3.5%以内")
    unemployment = by_metric(extract(sentence, PLAN_2023))["registered_unemployment"]
    assert (unemployment.value, unemployment.unit, unemployment.comparator, unemployment.kind) == (
        3.5, "%", Comparator.AT_MOST, IndicatorKind.TARGET)


def test_fanchang_keeping_pace_with_growth_is_a_qualitative_target_without_number():
    sentence = sentence_containing("003", "一般公共预算收入、居民人均可支配收入与经济增长相适应")
    indicators = by_metric(extract(sentence, PLAN_2023))
    for metric in ("budget_revenue", "resident_income"):
        assert indicators[metric].kind is IndicatorKind.QUALITATIVE
        assert indicators[metric].value is None and indicators[metric].growth is None


def test_coordinated_metrics_share_one_growth():
    sentence = sentence_containing("003", "固定资产投资、社会消费品零售总额增长15%")
    indicators = by_metric(extract(sentence, PLAN_2023))
    assert indicators["fixed_asset_investment"].growth == indicators["retail_sales"].growth == 15


def test_lanzhou_news_gdp_is_for_the_first_half_its_title_names():
    text = seed_text("004")
    title = "上半年兰州市经济增速由负转正"
    sentence = sentence_containing("004", "实现地区生产总值1422.22亿元")
    paragraph = Paragraph(sentence.text, sentence.start)
    section = Section("1", title, 1, None, 0, len(text), [paragraph])
    report = Report(id="n", source_path="004", source_index=0, title=text[text.find(title):][:len(title)],
                    text=text, doc_kind=DocKind.OTHER, title_year=2020, sections=[section])
    (gdp,) = extract_indicators(report)
    assert (gdp.value, gdp.growth, gdp.period, gdp.year) == (1422.22, 1.5, "H1", 2020)


def test_a_sentence_opening_with_a_part_scopes_its_figures():
    sentence = sentence_containing("004", "地区生产总值增长15.2%")
    (gdp,) = extract(sentence, ExtractionContext(year=2020))
    assert gdp.scope == "新区"


def test_a_share_of_the_province_is_not_a_value():
    sentence = sentence_containing("000", "进出口总额占全省的52.7%")
    assert extract(sentence, REVIEW_2022) == []


def test_per_capita_gdp_is_a_metric_of_its_own_not_gdp():
    sentence = sentence_containing("002", "人均生产总值达到3.6万元")
    assert [(i.metric, i.value) for i in extract(sentence, REVIEW_2022)] == [("per_capita_gdp", 3.6)]


def test_a_change_in_days_is_not_a_number_of_days():
    indicators = extract(sentence_containing("000", "城区优良天数到达313天"), REVIEW_2022)
    assert [(i.value, i.scope) for i in indicators] == [(313, "城区")]


def test_first_three_quarters_is_the_period():
    sentence = sentence_containing("002", "前三季度,全市生产总值增长9%")
    gdp = by_metric(extract(sentence, ExtractionContext(kind=SectionKind.REVIEW, year=2021)))["gdp"]
    assert (gdp.growth, gdp.period) == (9, "Q1-Q3")


def test_a_full_width_decimal_point_is_a_decimal_point():
    (jobs,) = [i for i in extract(sentence_containing("003", "新增城镇就业2．67万人"), REVIEW_2022)
               if i.metric == "urban_new_jobs"]
    assert (jobs.value, jobs.unit) == (2.67, "万人")


def test_a_fenbie_list_of_levels_then_growths_goes_to_the_pair_it_follows():
    sentence = sentence_containing("003", "城乡居民人均可支配收入分别达到35402元、11718元")
    indicators = by_metric(extract(sentence, REVIEW_2022))
    assert (indicators["urban_income"].value, indicators["urban_income"].growth) == (35402, 6)
    assert (indicators["rural_income"].value, indicators["rural_income"].growth) == (11718, 8.5)
    assert indicators["retail_sales"].value == 203 and indicators["budget_revenue"].growth == 12.8


def test_revenue_and_expenditure_split_a_fenbie_pair():
    indicators = by_metric(extract(sentence_containing("003", "一般公共预算收入和支出分别增长7%、10%左右"), REVIEW_2022))
    assert indicators["budget_revenue"].growth == 7
    assert indicators["budget_expenditure"].growth == 10


def test_an_item_about_a_new_area_scopes_its_later_sentences():
    text = seed_text("003")
    start = text.find("二是鲁西新区建设全面起势")
    paragraph = text[start:text.find("三是", start)]
    (revenue,) = extract_from_text(paragraph, REVIEW_2022, start)
    assert (revenue.metric, revenue.value, revenue.scope) == ("budget_revenue", 50, "鲁西新区")


def test_industrial_investment_is_not_fixed_asset_investment():
    assert extract(sentence_containing("003", "工业固投增长30%"), PLAN_2023) == []


def test_the_yardstick_of_a_keeping_pace_target_is_not_itself_a_target():
    sentence = sentence_containing("003", "与地区生产总值同步增长")
    gdp = [i for i in extract(sentence, PLAN_2023) if i.metric == "gdp"]
    assert [(i.kind, i.growth) for i in gdp] == [(IndicatorKind.TARGET, 8.5)]
