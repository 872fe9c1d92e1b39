"""Matching catalogue rows against filters and the words users type ("济南", "2022", an id)."""

from __future__ import annotations

import re

from corpus.model import Place
from store.api import ReportFilter, ReportSummary

#: Suffixes a user may leave off a place name: "济南" means 济南市, "宁夏" 宁夏回族自治区.
PLACE_SUFFIXES = ("", "市", "省", "县", "区", "旗", "新区", "自治区", "自治州", "自治县", "回族自治区",
                  "壮族自治区", "维吾尔自治区")

#: Words that look like a section id ("2", "1.3").
SECTION_ID = re.compile(r"\d+(\.\d+)*")

#: The shortest id prefix accepted in place of a full report id.
MIN_ID_PREFIX = 4

#: What a document that is not a work report also answers to in a words filter.
NOT_A_WORK_REPORT = "非工作报告"


def names_match(name: str | None, word: str) -> bool:
    """True when `word` is `name` or `name` without its administrative suffix (济南 ~ 济南市)."""
    if not name or not word or not name.startswith(word):
        return False
    return name[len(word):] in PLACE_SUFFIXES


def place_matches(place: Place | None, word: str) -> bool:
    """True when `word` names the place itself, its alias or the city it belongs to."""
    if place is None:
        return False
    return any(names_match(name, word) for name in (place.name, place.alias, place.parent))


def years_of(summary: ReportSummary) -> set[int]:
    """Title, review and plan year of a report (those known)."""
    return {y for y in (summary.title_year, summary.review_year, summary.plan_year) if y is not None}


def filter_text(summary: ReportSummary) -> str:
    """Everything a words filter matches against, lower-cased: places, years, title, id, document kind."""
    place = summary.place
    parts = [summary.title, summary.id]
    if place is not None:
        parts += [place.name, place.province, place.parent or "", place.alias or ""]
    parts += [str(year) for year in (summary.title_year, summary.review_year, summary.plan_year) if year]
    if not summary.doc_kind.is_work_report:
        parts += [summary.doc_kind.value, summary.doc_kind.label, "news", NOT_A_WORK_REPORT]
    return " ".join(parts).lower()


def matches(summary: ReportSummary, where: ReportFilter | None) -> bool:
    """True when the report passes every criterion of `where`."""
    if where is None:
        return True
    place = summary.place
    if where.province and not (place and names_match(place.province, where.province)):
        return False
    if where.place and not place_matches(place, where.place):
        return False
    if where.year is not None and where.year not in years_of(summary):
        return False
    if where.doc_kind is not None and summary.doc_kind != where.doc_kind:
        return False
    if not where.words and not where.any_words:
        return True
    text = filter_text(summary)
    return _has_every_word(text, where.words) and all(_has_any_word(text, group) for group in where.any_words)


def _has_every_word(text: str, words: tuple[str, ...]) -> bool:
    return all(word.lower() in text for word in words)


def _has_any_word(text: str, words: tuple[str, ...]) -> bool:
    return any(word.lower() in text for word in words)


def as_year(word: str) -> int | None:
    """The year a word spells ("2022", "2022年"), or None."""
    digits = word.removesuffix("年")
    return int(digits) if digits.isdigit() and len(digits) == 4 else None


def resolve(summaries: list[ReportSummary], words: list[str]) -> list[ReportSummary]:
    """Reports matching every word: a report id (or unique prefix), a year, or a place/title word.

    A year selects by title year first and falls back to review/plan year when no title year matches.
    """
    words = [w.strip() for w in words if w.strip()]
    if not words:
        return []
    exact = [s for s in summaries if s.id in words]
    if len(words) == 1 and exact:
        return exact
    selected = summaries
    for word in words:
        selected = _matching_word(selected, word)
    return selected


def _matching_word(summaries: list[ReportSummary], word: str) -> list[ReportSummary]:
    year = as_year(word)
    if year is not None:
        by_title = [s for s in summaries if s.title_year == year]
        return by_title or [s for s in summaries if year in years_of(s)]
    by_id = [s for s in summaries if len(word) >= MIN_ID_PREFIX and s.id.startswith(word)]
    if by_id:
        return by_id
    by_place = [s for s in summaries if place_matches(s.place, word) or
                (s.place is not None and names_match(s.place.province, word))]
    if by_place or SECTION_ID.fullmatch(word):
        return by_place  # "2" or "1.3" names a section, never a title fragment
    return [s for s in summaries if word in s.title]
