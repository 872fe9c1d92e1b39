"""Sentences of real reports outside the seeds (the national series, a district) give exactly the stated figures."""

from __future__ import annotations

from pathlib import Path

from indicator_seeds import SeedSentence, national_sentence, sentence_containing, sentence_in

from corpus.indicators import ExtractionContext, SectionKind, extract_from_text
from corpus.model import Indicator, IndicatorKind
from corpus.reading import read_source

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
