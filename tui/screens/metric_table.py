"""One metric across places and years: the rows of the table and the series of the chart.

A row is a place and a year (and a period when it is not the whole year, e.g. 上半年 "H1"): the
actual figure reported for that year (or the estimate, 预计, when no actual is known) next to the
target (预期目标) set for that year, with what became of the target (met / missed, judged by
`corpus.outcomes` against the next report's figure for the year). Only figures for the whole place count: a named part
("新区完成固定资产投资435亿元") never stands in for its place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from corpus.model import Indicator, IndicatorKind
from corpus.outcomes import Outcome, OutcomeStatus

#: How the table names each verdict on a target.
OUTCOME_LABELS = {
    OutcomeStatus.MET: "met",
    OutcomeStatus.ABOUT: "about",
    OutcomeStatus.MISSED: "missed",
    OutcomeStatus.NO_OUTCOME: "no outcome yet",
    OutcomeStatus.UNJUDGED: "not comparable",
}

#: Which figure stands for a row when a report gives several: actuals before estimates, then the fullest.
KIND_PREFERENCE = {IndicatorKind.ACTUAL: 0, IndicatorKind.ESTIMATE: 1, IndicatorKind.TARGET: 0,
                   IndicatorKind.QUALITATIVE: 1}


@dataclass(frozen=True, slots=True)
class MetricRow:
    """Place × year: what was achieved and what was aimed at."""

    place: str
    year: int | None
    period: str
    actual: Indicator | None
    target: Indicator | None
    outcome: Outcome | None = None

    @property
    def when(self) -> str:
        """"2022", or "2022 H1" for part of a year, or "?" when the year is unknown."""
        year = str(self.year) if self.year is not None else "?"
        return year if self.period == "year" else f"{year} {self.period}"


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """What the chart plots: one line (or bar) per place, values in one unit."""

    title: str
    points: dict[str, list[tuple[int, float]]]  # place → (year, value), by year

    @property
    def years(self) -> list[int]:
        return sorted({year for points in self.points.values() for year, _ in points})

    @property
    def is_trend(self) -> bool:
        """True when at least half the places have two years or more: draw lines over years."""
        with_trend = sum(len(points) >= 2 for points in self.points.values())
        return bool(self.points) and with_trend * 2 >= len(self.points)

    def year_with_most_places(self) -> int | None:
        """The year most places report (the latest on a tie): what a bar chart shows."""
        counts = Counter(year for points in self.points.values() for year, _ in points)
        return max(counts, key=lambda year: (counts[year], year)) if counts else None

    def bars(self, year: int) -> dict[str, float]:
        """place → value in `year`, for the places that report it."""
        return {place: value for place, points in self.points.items() for when, value in points if when == year}


def _rank(indicator: Indicator) -> tuple[int, int]:
    return KIND_PREFERENCE[indicator.kind], -((indicator.value is not None) + (indicator.growth is not None))


def indicator_key(indicator: Indicator) -> tuple[str, str, int, int]:
    """What identifies an indicator across copies: its report, metric and quote span."""
    return indicator.report_id, indicator.metric, indicator.start, indicator.end


def metric_rows(indicators: list[Indicator], places: dict[str, str], metric: str,
                outcomes: dict[tuple[str, str, int, int], Outcome] | None = None) -> list[MetricRow]:
    """The rows for `metric`, by place then year.

    `places` maps report id → place name; `outcomes` maps `indicator_key(target)` → its outcome.
    """
    actuals: dict[tuple[str, int | None, str], Indicator] = {}
    targets: dict[tuple[str, int | None, str], Indicator] = {}
    for indicator in indicators:
        if indicator.metric != metric or indicator.scope is not None:
            continue
        key = (places.get(indicator.report_id, indicator.report_id), indicator.year, indicator.period)
        chosen = targets if indicator.kind in (IndicatorKind.TARGET, IndicatorKind.QUALITATIVE) else actuals
        if key not in chosen or _rank(indicator) < _rank(chosen[key]):
            chosen[key] = indicator
    keys = sorted(actuals.keys() | targets.keys(), key=lambda k: (k[0], k[1] or 0, k[2] == "year", k[2]))
    outcomes = outcomes or {}
    rows = []
    for key in keys:
        target = targets.get(key)
        outcome = outcomes.get(indicator_key(target)) if target else None
        rows.append(MetricRow(*key, actual=actuals.get(key), target=target, outcome=outcome))
    return rows


def chart_series(rows: list[MetricRow], metric_label: str) -> ChartSeries:
    """Whole-year actuals (targets when the metric has no actuals) per place.

    Levels (in the commonest unit, converted through the normalised base unit) or growth rates,
    whichever more places report.
    """
    kind = "actual" if any(row.actual for row in rows) else "target"
    chosen = [(row.place, row.year, row.actual if kind == "actual" else row.target) for row in rows
              if row.period == "year" and row.year is not None]
    figures = [(place, year, figure) for place, year, figure in chosen if figure is not None and year is not None]
    levels = [figure for _, _, figure in figures if figure.value is not None]
    unit = Counter(figure.unit for figure in levels).most_common(1)[0][0] if levels else ""
    reference = next((figure for figure in levels if figure.unit == unit), None)
    level_points = _points((place, year, _in_unit(figure, reference)) for place, year, figure in figures)
    growth_points = _points((place, year, figure.growth) for place, year, figure in figures)
    if len(level_points) >= len(growth_points) and level_points:
        return ChartSeries(f"{metric_label}, {kind} ({unit})", level_points)
    return ChartSeries(f"{metric_label}, {kind} growth (%)", growth_points)


def _points(values: Iterable[tuple[str, int, float | None]]) -> dict[str, list[tuple[int, float]]]:
    """place → (year, value) sorted by year, leaving out missing values."""
    points: dict[str, list[tuple[int, float]]] = {}
    for place, year, value in values:
        if value is not None:
            points.setdefault(place, []).append((year, value))
    return {place: sorted(series) for place, series in points.items()}


def _in_unit(figure: Indicator, reference: Indicator | None) -> float | None:
    """`figure`'s level expressed in `reference`'s unit, or None when they cannot be compared."""
    if figure.value is None or reference is None:
        return None
    if figure.unit == reference.unit:
        return figure.value
    if (figure.base_value is None or reference.base_value is None or not reference.value
            or figure.base_unit != reference.base_unit):
        return None
    return figure.base_value / (reference.base_value / reference.value)
