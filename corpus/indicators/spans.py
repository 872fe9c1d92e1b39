"""Multi-year spans (多年期): figures about several years are recorded as spans, never as one year's figure.

A span is the years a figure covers, "2011-2015". It comes from what the text says:
- a five-year plan ("“十二五”时期", "十三五期间" → 2011-2015, 2016-2020; "“十一五”前四年" → 2006-2009);
- the past or next five years ("过去五年", "五年来" → the five years up to the review year;
  "今后五年", "未来五年" → the five years from the plan year); the last two to four years in a
  review ("近三年累计…" → the three years up to the review year);
- a base year ("2005年与2000年相比", "比2010年翻一番", "在2000年的基础上" → the years after the base up
  to the figure's year).

A five-year cue holds for the rest of its paragraph, until a sentence turns back to one year
("过去一年", "今年", "2015年，…"); a base year holds for its sentence only. A sentence that names
the year *within* a plan ("今年是“十三五”开局之年") is no span. An average per year ("年均", "年平均")
with no span to average over is unclear, and its figure is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from corpus.digits import chinese_number
from corpus.indicators.context import SINGLE_YEAR_OPENERS, ExtractionContext, SectionKind

#: First year of each five-year plan (五年规划).
PLAN_FIRST_YEARS = {"十五": 2001, "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
PLAN_YEARS = 5

_PLAN = re.compile(
    r"(?:[“\"](?P<quoted>十[一二三四五]?五)[”\"]|(?P<bare>十[一二三四五]?五)(?=时期|期间|规划期))"
    r"(?:时期|期间|规划期)?(?:前(?P<first>[一二三四])年)?"
)
#: After a plan's name, words naming a plan document, not the plan's years ("“十二五”规划目标", "规划纲要",
#: "列入“十四五”全国农药产业发展规划").
_PLAN_DOCUMENT = re.compile(r"[^，,。；;：:]{0,16}?(?:规划(?!期)|纲要)")
#: A five-year cue opening a sentence, the time the rest of the paragraph is about ("过去五年，…", "“十三五”时期，…").
_OPENING_SPAN = re.compile(
    r"\s*(?:各位代表[！!，,]?)?(?:在|回顾|过去的|刚刚过去的|这)?(?:[“\"]?十[一二三四五]?五[”\"]?|过去五年|五年来|近五年|五年|今后五年|未来五年)")
_PAST_FIVE = re.compile(r"过去五年|五年来|近五年|这五年")
_NEXT_FIVE = re.compile(r"今后五年|未来五年")
#: The last two to four years up to the review year: "近三年累计，单位国内生产总值能耗下降10.08%".
_PAST_YEARS = re.compile(r"(?:过去|近)(?P<n>[两二三四])年|(?P<m>[两二三四])年来")
#: "五年" right before a figure's metric ("五年城镇新增就业4500万人"): the five years of the part it is in.
_FIVE_YEARS = re.compile(r"(?<![0-9一二三四五六七八九十])五年(?:中|内|间|来|累计)?")
_YEAR_OF_A_PLAN = re.compile(r"之年|(?:关键|重要|开局|收官|起步|攻坚|决胜|第一)的?一?年")
_BASE_YEAR = re.compile(r"(?:与|比|较|在)((?:19|20)[0-9]{2})年(?:相比|比较|的?基础上)?")
_SINGLE_YEAR = re.compile(r"\s*(?:(?:19|20)[0-9]{2}年[，,]|去年|过去一年)")
AVERAGE = re.compile(r"年均|年平均|五年平均|平均每年")
#: Words before a level that make it a running total over its span ("五年累计完成投资9325亿元"); right before
#: a verb of change they make a cumulative change of their own clause only ("PM2.5平均浓度累计下降27.4%").
CUMULATIVE = re.compile(r"(?:累计|累积|合计|总计)(?P<change>(?=下降|增长|降低|提高|减少|上升|增加))?")


@dataclass(frozen=True, slots=True)
class Span:
    """The years `first`..`last` a figure covers."""

    first: int
    last: int

    @property
    def period(self) -> str:
        return f"{self.first}-{self.last}"


def sentence_span(text: str, start: int, carried: Span | None) -> Span | None:
    """The span the sentence at `start` opens in: none when it turns to one year ("2012年，…"), else the
    one `carried` into it (span words later in the sentence hold for the figures after them only)."""
    return None if SINGLE_YEAR_OPENERS.match(text, start) or _SINGLE_YEAR.match(text, start) else carried


def paragraph_span(text: str, start: int, end: int, context: ExtractionContext, carried: Span | None) -> Span | None:
    """The span in force after the sentence `text[start:end]`, given the one `carried` into it.

    A plan named in a document's name ("与“十二五”规划目标逐步衔接", "列入“十四五”全国农药产业发展规划")
    is no time the paragraph turns to.
    """
    carried = sentence_span(text, start, carried)
    sentence = text[start:end]
    if _YEAR_OF_A_PLAN.search(sentence) and not _PAST_FIVE.search(sentence):
        return carried
    plan = _PLAN.search(sentence)
    if plan and _PLAN_DOCUMENT.match(sentence, plan.end()):
        return carried
    if not _OPENING_SPAN.match(sentence):
        return carried  # "…增长13.9%和14.5%，为近五年最好水平": a comparison, not the time of the paragraph
    return _five_year_span(sentence, context) or carried


def heading_span(heading: str, context: ExtractionContext) -> Span | None:
    """The years a heading's part covers ("过去五年工作回顾", "“十三五”时期主要目标任务"), if it says.

    A plan part naming two plans ("“十三五”时期发展成就和“十四五”时期主要目标任务") plans the later one.
    """
    plans = list(_PLAN.finditer(heading))
    if len(plans) > 1 and context.kind is SectionKind.PLAN:
        return _plan_span(plans[-1])
    return _five_year_span(heading, context)


def plan_period_span(text: str) -> Span | None:
    """The years of the five-year plan a text names ("“十五”时期" → 2001-2005), if it names one."""
    plan = _PLAN.search(text)
    return _plan_span(plan) if plan else None


@dataclass(frozen=True, slots=True)
class SpanCues:
    """The span words of one sentence, found once: a figure looks back for the last ones before it.

    Searching from the sentence start for every figure would be quadratic in the sentence length
    (a sentence without 。 can run for pages); the lookups take the cues ending before a figure.
    """

    base_years: list[re.Match[str]]  # "比2010年"
    plans: list[re.Match[str]]  # "“十三五”时期"
    five_years: list[re.Match[str]]  # "五年"
    totals: list[re.Match[str]]  # "累计"
    past_years: list[re.Match[str]]  # "近三年"

    @classmethod
    def find(cls, text: str, start: int, end: int) -> SpanCues:
        return cls(list(_BASE_YEAR.finditer(text, start, end)), list(_PLAN.finditer(text, start, end)),
                   list(_FIVE_YEARS.finditer(text, start, end)), list(CUMULATIVE.finditer(text, start, end)),
                   list(_PAST_YEARS.finditer(text, start, end)))

    def running_total_before(self, clause_start: int, position: int) -> bool:
        """True when "累计" stands before `position` in the sentence ("累计接待游客6800万人,实现旅游综合收入
        377亿元"); a cumulative change only within its clause ("PM2.5平均浓度累计下降27.4%，优良天数达到275天"
        makes the fall cumulative, not the days)."""
        total = _last_before(self.totals, position)
        return total is not None and (total.group("change") is None or total.start() >= clause_start)


def figure_span(cues: SpanCues, figure_start: int, year: int | None, carried: Span | None,
                context: ExtractionContext) -> Span | None:
    """The span of a figure: the nearest base year ("比2010年") or plan ("“十三五”时期") before it in its
    sentence, else the paragraph's span, else five years said in its sentence ("五年城镇新增就业…").
    A base year just before the figure's year is no span."""
    base = _last_before(cues.base_years, figure_start)
    plan = _last_before(cues.plans, figure_start)
    if plan is not None and (base is None or plan.start() > base.start()):
        return _plan_span(plan)
    if base is not None:
        first = int(base.group(1)) + 1
        return Span(first, year) if year is not None and year > first else None
    five = _last_before(cues.five_years, figure_start)
    if five is not None and carried is None and context.year is not None:
        return _five_years_around(context.year, looking_ahead=context.kind is SectionKind.PLAN)
    past = _last_before(cues.past_years, figure_start)
    if past is not None and carried is None and context.year is not None and context.kind is not SectionKind.PLAN:
        return _past_years(past, context.year)
    return carried


def _past_years(match: re.Match[str], year: int) -> Span:
    """The years "近三年" / "两年来" names, up to `year`."""
    years = chinese_number(match.group("n") or match.group("m")) or 1
    return Span(year - years + 1, year)


def _last_before(matches: list[re.Match[str]], position: int) -> re.Match[str] | None:
    index = bisect_right(matches, position, key=re.Match.end)
    return matches[index - 1] if index else None


def is_average(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` says the figure is an average per year ("年均增长7.8%")."""
    return AVERAGE.search(text, start, end) is not None


def _five_year_span(sentence: str, context: ExtractionContext) -> Span | None:
    plan = _PLAN.search(sentence)
    if plan:
        return _plan_span(plan)
    if context.year is None:
        return None
    if _PAST_FIVE.search(sentence):
        return _five_years_around(context.year, looking_ahead=False)
    if _NEXT_FIVE.search(sentence):
        first = context.year if context.kind is SectionKind.PLAN else context.year + 1
        return _five_years_around(first, looking_ahead=True)
    return None


def _five_years_around(year: int, looking_ahead: bool) -> Span:
    """The five years up to `year` (a review), or from `year` on (a plan; the context year is the plan year)."""
    return Span(year, year + PLAN_YEARS - 1) if looking_ahead else Span(year - PLAN_YEARS + 1, year)


def _plan_span(match: re.Match[str]) -> Span:
    first = PLAN_FIRST_YEARS[match.group("quoted") or match.group("bare")]
    years = chinese_number(match.group("first")) if match.group("first") else PLAN_YEARS
    return Span(first, first + (years or PLAN_YEARS) - 1)
