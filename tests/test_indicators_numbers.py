"""How figures are written: full-width and spaced digits, Chinese numerals, ranges — each read as a number.

Fixtures are sentences of the national reports (国务院政府工作报告) as printed.
"""

from __future__ import annotations

from corpus.indicators import ExtractionContext, SectionKind, extract_from_text
from corpus.model import Comparator

REVIEW_2009 = ExtractionContext(kind=SectionKind.REVIEW, year=2009)
PLAN_2016 = ExtractionContext(kind=SectionKind.PLAN, year=2016)


def test_full_width_digits_are_read_and_the_quote_keeps_them():
    text = "国内生产总值达到３３．５万亿元，比上年增长８．７％；"
    (gdp,) = extract_from_text(text, REVIEW_2009, 100)
    assert (gdp.value, gdp.unit, gdp.growth) == (33.5, "万亿元", 8.7)
    assert gdp.quote == text[gdp.start - 100:gdp.end - 100] == "国内生产总值达到３３．５万亿元，比上年增长８．７％"


def test_spaced_digits_are_read_and_the_quote_keeps_the_spaces():
    text = "全年粮食产量 5 3 0 8 2 万吨。"
    (grain,) = extract_from_text(text, REVIEW_2009)
    assert (grain.value, grain.unit) == (53082, "万吨")
    assert grain.quote == "全年粮食产量 5 3 0 8 2 万吨"


def test_a_full_width_minus_makes_a_range():
    (gdp,) = extract_from_text("国内生产总值增长6.5%－7%，", PLAN_2016)
    assert (gdp.growth, gdp.growth_high, gdp.comparator) == (6.5, 7, Comparator.RANGE)


def test_a_growth_list_without_fenbie_goes_to_the_two_incomes_before_it():
    text = "城镇居民人均可支配收入１７１７５元，农村居民人均纯收入５１５３元，实际增长９．８％和８．５％；"
    urban, farmer = extract_from_text(text, REVIEW_2009)
    assert (urban.metric, urban.value, urban.growth) == ("urban_income", 17175, 9.8)
    assert (farmer.metric, farmer.value, farmer.growth) == ("farmer_net_income", 5153, 8.5)


def test_a_bound_after_the_last_item_of_a_list_bounds_every_item():
    plan = ExtractionContext(kind=SectionKind.PLAN, year=2019)
    urban, rural = extract_from_text("城乡常住居民人均可支配收入分别增长7%和8%左右。", plan)
    assert (urban.growth, urban.comparator) == (7, Comparator.ABOUT)
    assert (rural.growth, rural.comparator) == (8, Comparator.ABOUT)


def test_an_estimate_word_between_name_and_figure_makes_an_estimate():
    (retail,) = extract_from_text("社会消费品零售总额预计完成84亿元，预计同比增长19.2%。", REVIEW_2009)
    assert (retail.kind.value, retail.value, retail.growth) == ("estimate", 84, 19.2)


def test_a_comparable_price_clause_does_not_part_a_level_from_its_growth():
    (gdp,) = extract_from_text("全年地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%。", REVIEW_2009)
    assert (gdp.value, gdp.growth) == (192.3, 6.0)


def test_new_high_tech_firms_are_an_inflow_not_the_number_of_firms():
    assert extract_from_text("新增高新技术企业45家。", REVIEW_2009) == []
    (firms,) = extract_from_text("高新技术企业达到1100家。", REVIEW_2009)
    assert (firms.metric, firms.value) == ("hightech_firms", 1100)


def test_a_figure_in_chinese_numerals_is_read_and_quoted_as_written():
    (jobs,) = extract_from_text("城镇新增就业三万人。", REVIEW_2009)
    assert (jobs.value, jobs.unit, jobs.quote) == (3, "万人", "城镇新增就业三万人")


def test_a_percentage_in_words_is_read():
    (unemployment,) = extract_from_text("城镇登记失业率控制在百分之四点六以内。", PLAN_2016)
    assert (unemployment.value, unemployment.comparator) == (4.6, Comparator.AT_MOST)


def test_a_review_sentence_in_the_plan_part_gives_actuals_of_the_review_year():
    plan = ExtractionContext(kind=SectionKind.PLAN, year=2011, plan_year=2011, review_year=2010)
    text = "过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。今年，国内生产总值增长8%左右。"
    found = [(i.metric, i.kind.value, i.year) for i in extract_from_text(text, plan)]
    assert found == [("gdp", "actual", 2010), ("urban_new_jobs", "actual", 2010), ("gdp", "target", 2011)]


def test_a_target_set_in_a_sentence_of_the_review_part_is_a_target_of_the_plan_year():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2006, plan_year=2007, review_year=2006)
    (gdp,) = extract_from_text("提出今年国内生产总值增长8%左右的目标，综合考虑了需要和可能。", review)
    assert (gdp.kind.value, gdp.year, gdp.growth, gdp.comparator) == ("target", 2007, 8, Comparator.ABOUT)


def test_a_growth_target_named_as_economic_growth_is_gdp_growth():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2002, plan_year=2003, review_year=2002)
    (gdp,) = extract_from_text("今年经济增长预期目标为７％左右，这是必要的。", review)
    assert (gdp.metric, gdp.kind.value, gdp.year, gdp.growth) == ("gdp", "target", 2003, 7)


def test_a_growth_and_the_total_reached_after_it_are_one_record():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2025)
    (gdp,) = extract_from_text("国内生产总值增长5%，总量达到140.19万亿元。", review)
    assert (gdp.growth, gdp.value, gdp.unit) == (5, 140.19, "万亿元")


def test_a_bar_crossed_and_an_exact_growth_are_one_record_each_figure_with_its_own_bound():
    review = ExtractionContext(kind=SectionKind.REVIEW, year=2008)
    (gdp,) = extract_from_text("国内生产总值超过３０万亿元，比上年增长９％。", review)
    assert (gdp.value, gdp.comparator, gdp.growth, gdp.growth_comparator) == (30, Comparator.AT_LEAST, 9,
                                                                                Comparator.EXACT)
