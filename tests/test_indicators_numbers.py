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
