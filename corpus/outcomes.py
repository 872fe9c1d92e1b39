"""Targets → outcomes (目标完成情况): was last year's target met, by the next report's own figures?

A report's target for year Y (主要预期目标, plan year Y) is paired with the figure for
year Y that the next report of the same place gives in its review (review year Y): same
metric, same scope, whole-year period. The pairing works on `Report`s or on
(report metadata, `Indicator`) pairs such as the store hands out, so the indicator table
and the compare view call the same functions. Everything here is pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from corpus.metrics import METRICS_BY_ID
from corpus.model import Comparator, Indicator, IndicatorKind, Place, Report

#: How far below an "about" (左右) target an outcome may fall and still count as met:
#: in percentage points for growth rates and percentages, as a fraction for levels.
ABOUT_TOLERANCE_POINTS = 0.5
ABOUT_TOLERANCE_FRACTION = 0.03


class OutcomeStatus(StrEnum):
    """What became of a target."""

    MET = "met"
    MISSED = "missed"
    NO_OUTCOME = "no_outcome"  # no later report states the figure for the target year (yet)
    UNJUDGED = "unjudged"  # an outcome exists but cannot be compared (qualitative target, bounds that overlap)


class ReportInfo(Protocol):
    """The report metadata pairing needs; `Report` and `store.api.ReportSummary` both have it."""

    @property
    def id(self) -> str: ...

    @property
    def place(self) -> Place | None: ...

    @property
    def review_year(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class Outcome:
    """A target, the actual for its year if a later report gives one, and the verdict."""

    target: Indicator
    actual: Indicator | None
    status: OutcomeStatus

    @property
    def target_quote(self) -> str:
        return self.target.quote

    @property
    def actual_quote(self) -> str | None:
        return self.actual.quote if self.actual else None


def report_outcomes(reports: Iterable[Report]) -> list[Outcome]:
    """Outcomes of every target in `reports` (reports of several places may be mixed)."""
    return indicator_outcomes((report, indicator) for report in reports for indicator in report.indicators)


def indicator_outcomes(entries: Iterable[tuple[ReportInfo, Indicator]]) -> list[Outcome]:
    """Outcomes of every target among `entries`, each indicator given with the report it came from."""
    entries = list(entries)
    outcomes_by_key: dict[tuple[str, int, str, str | None], list[Indicator]] = {}
    for info, indicator in entries:
        if indicator.kind in (IndicatorKind.ACTUAL, IndicatorKind.ESTIMATE) and _is_whole_year(indicator):
            if info.place is not None and info.review_year is not None and indicator.year == info.review_year:
                key = (_place_key(info.place), indicator.year, indicator.metric, indicator.scope)
                outcomes_by_key.setdefault(key, []).append(indicator)
    results = []
    for info, target in entries:
        if target.kind not in (IndicatorKind.TARGET, IndicatorKind.QUALITATIVE) or not _is_whole_year(target):
            continue
        candidates = []
        if info.place is not None and target.year is not None:
            candidates = outcomes_by_key.get((_place_key(info.place), target.year, target.metric, target.scope), [])
        results.append(judge(target, candidates))
    return results


def judge(target: Indicator, candidates: Sequence[Indicator]) -> Outcome:
    """The outcome of `target` given the figures stated for its year (actuals preferred over estimates)."""
    measured = [c for c in candidates if _number(target, c) is not None] if _number(target, target) is not None \
        else list(candidates)
    if not measured:
        return Outcome(target, None, OutcomeStatus.NO_OUTCOME)
    actual = sorted(measured, key=lambda c: c.kind is not IndicatorKind.ACTUAL)[0]
    return Outcome(target, actual, _verdict(target, actual))


def _is_whole_year(indicator: Indicator) -> bool:
    return indicator.period == "year"


def _place_key(place: Place) -> str:
    return f"{place.province}/{place.parent or ''}/{place.name}"


def _number(target: Indicator, indicator: Indicator) -> float | None:
    """The figure of `indicator` comparable with the target's: growth for a growth target, else the level."""
    if target.value is None:
        return indicator.growth
    if indicator.base_value is None or indicator.base_unit != target.base_unit:
        return None
    return indicator.base_value


def _verdict(target: Indicator, actual: Indicator) -> OutcomeStatus:
    goal, achieved = _number(target, target), _number(target, actual)
    if goal is None or achieved is None:
        return OutcomeStatus.UNJUDGED
    lower_is_better = METRICS_BY_ID[target.metric].lower_is_better
    high = _high(target)
    if target.comparator is Comparator.RANGE and high is not None:
        goal = high if lower_is_better else goal
    elif target.comparator is Comparator.ABOUT:
        slack = ABOUT_TOLERANCE_POINTS if target.value is None or target.unit == "%" else abs(goal) * \
            ABOUT_TOLERANCE_FRACTION
        goal = goal + slack if lower_is_better else goal - slack
    if lower_is_better:
        bound_known = actual.comparator is not Comparator.AT_LEAST
        met = achieved <= goal
    else:
        bound_known = actual.comparator is not Comparator.AT_MOST
        met = achieved >= goal
    if met:
        return OutcomeStatus.MET if bound_known else OutcomeStatus.UNJUDGED
    return OutcomeStatus.MISSED if actual.comparator in (Comparator.EXACT, Comparator.ABOUT) else \
        OutcomeStatus.UNJUDGED


def _high(target: Indicator) -> float | None:
    """The high end of a target range, in the unit `_number` compares in."""
    if target.value is None:
        return target.growth_high
    if target.value_high is None or target.base_value is None or not target.value:
        return None
    return target.base_value * target.value_high / target.value
