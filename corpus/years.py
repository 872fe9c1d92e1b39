"""Tell a report's three years apart.

- title year: the year printed in the title ("2022年X市政府工作报告");
- review year (工作回顾 year): the year whose results the report reviews;
- plan year (工作安排 / 预期目标 year): the year the report sets targets for.

Years are read through `clean_digits` (`plain_digits`), so full-width ("２００４年") and typesetting-spaced
("1 9 9 7 年") digits count.

The review and plan years come from the report's own headings ("2022年工作回顾",
"2023年工作安排") when they name a year; otherwise from the delivery date: a report
delivered from October on reviews that year and plans the next, one delivered
earlier in the year reviews the year before. Other documents (news) are about the
year they were published in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from corpus.digits import clean_digits
from corpus.model import DocKind

#: Digits `clean_digits` would change: full-width ones, or digits spaced apart.
_ODD_DIGITS = re.compile(r"[０-９]|\d\s+\d")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_REVIEW = re.compile(r"回顾|回忆")
_PLAN = re.compile(r"安排|任务|重点|目标|计划|工作")
#: A report delivered in this month or later reviews the same year.
LATE_DELIVERY_MONTH = 10


@dataclass(frozen=True, slots=True)
class Years:
    """The title, review and plan years of a report (None where unknown)."""

    title: int | None
    review: int | None
    plan: int | None


def plain_digits(text: str) -> str:
    """`text` with full-width and typesetting-spaced digits cleaned (`clean_digits`), when it has any."""
    return clean_digits(text).text if _ODD_DIGITS.search(text) else text


def _last_year(text: str) -> int | None:
    years = _YEAR.findall(plain_digits(text))
    return int(years[-1]) if years else None


def title_year(title: str, delivered: str | None, hinted: int | None = None) -> int | None:
    """The first year printed in the title ("2023兰州市…" counts), else the year a hint gives (a record's
    year field), else for a title without one (news) the date's year."""
    title = plain_digits(title)  # "２００４年", "1 9 9 7 年"
    match = _YEAR.search(title) or re.match(r"((?:19|20)\d{2})", title)
    year = int(match.group(1)) if match else hinted
    if year is None and delivered:
        year = int(delivered[:4])
    return year


def years_from_headings(headings: Iterable[str]) -> tuple[int | None, int | None]:
    """The review year of the first 回顾 heading naming a year, and the plan year of the first plan heading after it."""
    review = plan = None
    for heading in headings:
        year = _last_year(heading)
        if year is None:
            continue
        if review is None and _REVIEW.search(heading):
            review = year
        elif plan is None and not _REVIEW.search(heading) and _PLAN.search(heading):
            plan = year
    return review, plan


def years_from_date(delivered: str | None) -> tuple[int | None, int | None]:
    """Review and plan years implied by the delivery date."""
    if not delivered:
        return None, None
    year, month = int(delivered[:4]), int(delivered[5:7])
    return (year, year + 1) if month >= LATE_DELIVERY_MONTH else (year - 1, year)


def report_years(title: str, delivered: str | None, headings: Iterable[str], kind: DocKind,
                 hinted_year: int | None = None) -> Years:
    """All three years of a report (`hinted_year`: a title year given beside the text, as a record's field).

    A placeholder reviews and plans nothing; a news article is about the year it names.
    """
    named = title_year(title, delivered, hinted_year)
    if kind is DocKind.PLACEHOLDER:
        return Years(named, None, None)
    if kind is DocKind.OTHER:
        return Years(named, named, None)
    review, plan = years_from_headings(headings)
    dated_review, dated_plan = years_from_date(delivered)
    review = review or dated_review
    plan = plan or dated_plan
    if review is None and plan is None and named is not None:
        review, plan = named - 1, named
    review = review or (plan - 1 if plan else None)
    plan = plan or (review + 1 if review else None)
    return Years(named, review, plan)
