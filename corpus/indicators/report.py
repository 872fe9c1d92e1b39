"""Indicators of a whole report: walk its sections and read each paragraph in its context.

The context of a paragraph comes from the section tree: a top-level heading saying
"2022年工作回顾" makes its figures actuals for 2022, "2023年工作安排" or "主要预期目标"
makes them targets for 2023; a top-level section that says neither continues the one
before it (reports go review → plan → 政府自身建设). Heading-like lines inside a
paragraph (text whose structure the parser could not recover) move the context too.
"""

from __future__ import annotations

import re

from corpus.indicators.context import (
    SINGLE_YEAR_OPENERS,
    ExtractionContext,
    SectionKind,
    heading_kind,
    heading_year,
    is_multi_year_heading,
)
from corpus.indicators.spans import heading_span, plan_period_span
from corpus.indicators.extractor import PERIOD_MARKERS, extract_from_text, period_name
from corpus.model import Comparator, DocKind, Indicator, IndicatorKind, Report, Section

#: The longest line still read as a heading when it appears inside a paragraph.
HEADING_LINE_MAX = 40
_FIRST_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")


def extract_indicators(report: Report) -> list[Indicator]:
    """Every indicator of `report`, in reading order, with report and section ids set."""
    indicators: list[Indicator] = []
    context = _report_context(report)
    for section in report.walk_sections():
        if section.level == 1:
            context = _entered(context, section.heading, report)
        for paragraph in section.paragraphs:
            offset = paragraph.start
            for line in paragraph.text.split("\n"):
                if _is_heading_line(line):
                    context = _entered(context, line, report)
                else:
                    context = _after_paragraph(context, line)
                    found = extract_from_text(line, _section_context(context, section, report), offset)
                    indicators.extend(without_restatements(found))
                offset += len(line) + 1
    return one_record_per_figure(indicators)


def without_restatements(indicators: list[Indicator]) -> list[Indicator]:
    """The indicators of one paragraph without a figure said again, as when a target is explained
    right after it is set ("…增长8%左右…。提出国内生产总值增长8%左右，主要是…")."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for indicator in indicators:
        figure = (*_slot(indicator), indicator.comparator, indicator.value, indicator.value_high, indicator.growth,
                  indicator.growth_high, indicator.unit)
        if figure not in seen:
            seen.add(figure)
            kept.append(indicator)
    return kept


def one_record_per_figure(indicators: list[Indicator]) -> list[Indicator]:
    """A report's indicators without a target said again elsewhere ("经济增长预期目标6.5%－7%, 考虑了…")
    and without a bar crossed ("经济总量超过60万亿元") where the report gives the exact level of the
    same metric, year and kind."""
    exact_levels = {_slot(i) for i in indicators if i.value is not None and i.comparator is Comparator.EXACT}
    targets = [i for i in indicators if i.kind is IndicatorKind.TARGET]
    kept_targets = {id(i) for i in without_restatements(targets)}
    return [i for i in indicators
            if not (i.comparator is Comparator.AT_LEAST and i.growth is None and i.kind is not IndicatorKind.TARGET
                    and _slot(i) in exact_levels)
            and (i.kind is not IndicatorKind.TARGET or id(i) in kept_targets)]


def _slot(indicator: Indicator) -> tuple[object, ...]:
    """What one record per figure is about: metric, kind, year, period and scope."""
    return indicator.metric, indicator.kind, indicator.year, indicator.period, indicator.scope


def _report_context(report: Report) -> ExtractionContext:
    """The context before any heading: the place, and for documents other than work reports their period."""
    place = report.place
    context = ExtractionContext(report_id=report.id, place=place.name if place else None,
                                place_alias=place.alias if place else None, plan_year=report.plan_year,
                                review_year=report.review_year)
    if report.doc_kind is DocKind.OTHER:
        period = PERIOD_MARKERS.search(report.title)
        return context.with_(year=report.title_year or _first_year(report.text),
                             period=period_name(period) if period else "year")
    return context.with_(year=report.review_year)


def _first_year(text: str) -> int | None:
    match = _FIRST_YEAR.search(text[:500])
    return int(match.group(1)) if match else None


def _entered(context: ExtractionContext, heading: str, report: Report) -> ExtractionContext:
    """The context under a heading that may start a review or a plan part of the report."""
    kind = heading_kind(heading)
    if kind is None:
        return context
    default_year = report.review_year if kind is SectionKind.REVIEW else report.plan_year
    entered = context.with_(kind=kind, year=heading_year(heading) or default_year,
                            multi_year=is_multi_year_heading(heading), span_years=None)
    span = heading_span(heading, entered) if entered.multi_year else None
    return entered.with_(span_years=(span.first, span.last) if span else None)


def _section_context(context: ExtractionContext, section: Section, report: Report) -> ExtractionContext:
    """The context of one section: its top-level part's, turned to plan under a "主要预期目标" heading,
    and to a review of several years under a sub-heading naming a five-year plan that ended before
    the plan year ("“十五”时期国民经济和社会发展主要情况" in the 2006 report: actuals of 2001-2005)."""
    context = context.with_(section_id=section.id)
    kind = heading_kind(section.heading)
    if section.level > 1 and kind is SectionKind.PLAN and "目标" in section.heading:
        return context.with_(kind=SectionKind.PLAN, year=heading_year(section.heading) or report.plan_year,
                             multi_year=False, targets_list=True)
    past = plan_period_span(section.heading)
    if section.level > 1 and kind is not SectionKind.PLAN and past is not None and report.plan_year \
            and past.last < report.plan_year:
        return context.with_(kind=SectionKind.REVIEW, year=past.last, multi_year=True,
                             span_years=(past.first, past.last), targets_list=False)
    return context


def _is_heading_line(line: str) -> bool:
    """A short line naming a year and a part of the report ("一、2022年工作回顾") inside a paragraph."""
    stripped = line.strip()
    return (0 < len(stripped) <= HEADING_LINE_MAX and "。" not in stripped and heading_year(stripped) is not None
            and heading_kind(stripped) is not None)


def _after_paragraph(context: ExtractionContext, paragraph: str) -> ExtractionContext:
    """In a part about several years, the paragraph that turns to the single year ends the multi-year part."""
    if not context.multi_year:
        return context
    head = paragraph.strip()[:30]
    if SINGLE_YEAR_OPENERS.match(head) or (context.year and f"{context.year}年" in head):
        return context.with_(multi_year=False, span_years=None)
    return context
