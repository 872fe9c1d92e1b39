"""Targets → outcomes (目标完成情况): was last year's target met, by the next report's own figures?

A report's target for year Y (主要预期目标, plan year Y) is paired with the figure for
year Y that the next report of the same place gives in its review (review year Y): same
metric, same scope, whole-year period. The pairing works on `Report`s or on
(report metadata, `Indicator`) pairs such as the store hands out, so the indicator table
and the compare view call the same functions. Everything here is pure.

How a target is judged (the goal is the figure to reach: the low end of a range, or its high
end for a metric where lower is better — 失业率, 居民消费价格涨幅, 能耗):
- met: the outcome is on the right side of the goal (≥ it, or ≤ it where lower is better);
  以上 (at least) and 以内 (at most) targets are met exactly so, a range by reaching its near end;
- about: a 左右 (about) target missed by no more than `ABOUT_TOLERANCE_POINTS` percentage points
  (growth rates, percentages) or `ABOUT_TOLERANCE_FRACTION` of the level (amounts) — "about" is
  what 左右 promised; only 左右 targets can be "about";
- missed: further off, or any shortfall on a target that is not 左右;
- no outcome: no later report gives the year's figure; unjudged: a qualitative target, or an
  outcome stated only as a bound that cannot decide ("超过X" against a higher goal).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from corpus.metrics import METRICS_BY_ID
from corpus.model import Comparator, Indicator, IndicatorKind, Place, Report

#: How far short of an "about" (左右) target an outcome may fall and still count as "about":
#: in percentage points for growth rates and percentages, as a fraction for levels.
ABOUT_TOLERANCE_POINTS = 0.5
ABOUT_TOLERANCE_FRACTION = 0.03


class OutcomeStatus(StrEnum):
    """What became of a target."""

    MET = "met"
    ABOUT = "about"  # a 左右 target missed by no more than the tolerance
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
    if target.comparator is Comparator.RANGE and high is not None and lower_is_better:
        goal = high
    shortfall = achieved - goal if lower_is_better else goal - achieved
    bound = _bound(target, actual)
    stated_only_as_bound = bound is (Comparator.AT_LEAST if lower_is_better else Comparator.AT_MOST)
    if shortfall <= 0:
        return OutcomeStatus.UNJUDGED if stated_only_as_bound else OutcomeStatus.MET
    if bound not in (Comparator.EXACT, Comparator.ABOUT):
        return OutcomeStatus.UNJUDGED
    if target.comparator is Comparator.ABOUT and shortfall <= _about_tolerance(target, goal) + 1e-9:
        return OutcomeStatus.ABOUT
    return OutcomeStatus.MISSED


def _bound(target: Indicator, actual: Indicator) -> Comparator:
    """How the outcome's compared figure bounds the truth: the growth's own bound for a growth target."""
    if target.value is None and actual.growth_comparator is not None:
        return actual.growth_comparator
    return actual.comparator


def _about_tolerance(target: Indicator, goal: float) -> float:
    """How far short of a 左右 target still counts as "about": points for rates, a fraction for levels."""
    if target.value is None or target.unit == "%":
        return ABOUT_TOLERANCE_POINTS
    return abs(goal) * ABOUT_TOLERANCE_FRACTION


def _high(target: Indicator) -> float | None:
    """The high end of a target range, in the unit `_number` compares in."""
    if target.value is None:
        return target.growth_high
    if target.value_high is None or target.base_value is None or not target.value:
        return None
    return target.base_value * target.value_high / target.value
