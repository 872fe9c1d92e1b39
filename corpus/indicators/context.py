"""Where a stretch of text sits in a report, as far as its figures are concerned.

The same sentence means different things in the review (工作回顾: actuals for the review
year), in the plan (工作安排 / 主要预期目标: targets for the plan year) and elsewhere.
`ExtractionContext` carries that, plus the period and the place, to the pure extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any


class SectionKind(StrEnum):
    """The part of a report a text belongs to."""

    REVIEW = "review"  # 工作回顾
    PLAN = "plan"  # 工作安排, 主要预期目标
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ExtractionContext:
    """What the extractor needs to know about a text besides the text itself.

    `year` is the review year in a review, the plan year in a plan, the document's
    year elsewhere. `multi_year` marks a part about several years (过去五年, 今后五年):
    there figures with their own year ("2020年的526.4亿元") are that year's, others are spans over
    `span_years` when the heading says which years, else dropped. `period` is the
    default period ("year", "H1" …) when a sentence names none.
    """

    kind: SectionKind = SectionKind.OTHER
    year: int | None = None
    period: str = "year"
    place: str | None = None
    place_alias: str | None = None
    multi_year: bool = False
    plan_year: int | None = None  # the report's plan year (工作安排 year): the year of a target that names none
    review_year: int | None = None  # the report's review year: the year of "过去一年" figures in the plan part
    span_years: tuple[int, int] | None = None  # the years a multi-year part covers ("过去五年" → 2017-2021)
    estimates: bool = False  # figures are estimates (预计数) though the sentence does not say 预计
    targets_list: bool = False  # a section listing the plan year's targets (主要预期目标): qualitative ones count
    report_id: str = ""
    section_id: str | None = None

    def with_(self, **changes: Any) -> ExtractionContext:
        """A copy with some fields changed."""
        return replace(self, **changes)


_REVIEW_HEADING = re.compile(r"回顾|回忆|过去一年|过去五年|工作总结|一年来")
_PLAN_HEADING = re.compile(
    r"工作安排|工作任务|主要目标|预期目标|工作目标|总体要求|重点工作|工作重点|目标任务|工作部署|重点任务|主要任务|主要工作"
    r"|政府工作$|工作建议|工作的建议|总体部署|工作部署"
)
#: Five years, or a five-year plan (“十二五”, 十三五时期): the part is about several years.
_MULTI_YEAR_HEADING = re.compile(r"五年|十[一二三四五]五|[“\"]十五[”\"]|十五(?:时期|期间|规划)")
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")

#: A sentence looking back at the review year, or the five years up to it, from the plan part:
#: "过去一年，我们的各项工作取得了很大成绩。", "过去五年，我国经济社会发展取得新的历史性成就。"
LOOKING_BACK = re.compile(r"\s*(?:过去的?一年|去年|一年来|过去五年|五年来)")
#: A sentence turning (back) to the plan year: "今年，我国发展面临…".
LOOKING_AHEAD = re.compile(r"\s*(?:今年|明年|新的一年)")

#: Words that open the single-year part of a review of several years.
SINGLE_YEAR_OPENERS = re.compile(r"^(?:各位代表[!！，,]?)?(?:过去的?一年|一年来|这一年|刚刚过去的|今年)")


def heading_kind(heading: str) -> SectionKind | None:
    """Review or plan when a heading says so ("2022年工作回顾", "2023年工作安排"), else None."""
    if _REVIEW_HEADING.search(heading):
        return SectionKind.REVIEW
    if _PLAN_HEADING.search(heading):
        return SectionKind.PLAN
    return None


def heading_year(heading: str) -> int | None:
    """The last year a heading names ("过去五年和2021年工作回顾" → 2021), or None."""
    years = _YEAR.findall(heading)
    return int(years[-1]) if years else None


def is_multi_year_heading(heading: str) -> bool:
    """True for headings of a part covering several years ("过去五年和2021年工作回顾", "今后五年发展重点")."""
    return bool(_MULTI_YEAR_HEADING.search(heading))
