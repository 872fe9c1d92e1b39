"""What the metric chart plots: one kind of figure (actual, estimate 预计, or target) for every place.

A place's level (地区生产总值1.2万亿元) and its growth (增长5.5%) often come in separate
sentences; each is taken on its own, so a place is charted whichever of the two it gives.
Only whole-year figures for the whole place are charted, never a named part (scope).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from corpus.model import Indicator, IndicatorKind


class ChartKind(StrEnum):
    """The kind of figure the chart plots; its value is how the chart's title names it."""

    ACTUAL = "actual"
    ESTIMATE = "estimate (预计)"
    REPORTED = "actual or estimate (预计)"
    TARGET = "target"


#: The indicator kinds each chart kind takes, in order of preference for the same place and year.
KINDS_CHARTED = {
    ChartKind.ACTUAL: (IndicatorKind.ACTUAL,),
    ChartKind.ESTIMATE: (IndicatorKind.ESTIMATE,),
    ChartKind.REPORTED: (IndicatorKind.ACTUAL, IndicatorKind.ESTIMATE),
    ChartKind.TARGET: (IndicatorKind.TARGET,),
}


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


def default_kind(indicators: Iterable[Indicator], metric: str) -> ChartKind:
    """Actuals and estimates when the metric has any, else its targets."""
    reported = (IndicatorKind.ACTUAL, IndicatorKind.ESTIMATE)
    has_reported = any(i.metric == metric and i.kind in reported for i in indicators)
    return ChartKind.REPORTED if has_reported else ChartKind.TARGET


def chart_series(indicators: Iterable[Indicator], places: dict[str, str], metric: str, metric_label: str,
                 kind: ChartKind) -> ChartSeries:
    """The figures of `kind` for `metric` per place and year: levels in the commonest unit, or growth rates.

    Levels are converted through the normalised base unit; whichever of levels and growth more
    place-years give is charted. `places` maps report id → place name.
    """
    preference = KINDS_CHARTED[kind]
    figures = [(places.get(i.report_id, i.report_id), i) for i in indicators
               if i.metric == metric and i.scope is None and i.period == "year" and i.year is not None
               and i.kind in preference]
    figures.sort(key=lambda pair: preference.index(pair[1].kind))
    levels = _first_per_place_year((place, f) for place, f in figures if f.value is not None)
    growths = _first_per_place_year((place, f) for place, f in figures if f.growth is not None)
    unit = Counter(f.unit for f in levels.values()).most_common(1)[0][0] if levels else ""
    reference = next((f for f in levels.values() if f.unit == unit), None)
    level_points = _points((place, year, _in_unit(f, reference)) for (place, year), f in levels.items())
    growth_points = _points((place, year, f.growth) for (place, year), f in growths.items())
    if level_points and _count(level_points) >= _count(growth_points):
        return ChartSeries(f"{metric_label}, {kind} ({unit})", level_points)
    return ChartSeries(f"{metric_label}, {kind} growth (%)", growth_points)


def _first_per_place_year(figures: Iterable[tuple[str, Indicator]]) -> dict[tuple[str, int], Indicator]:
    """The first figure given for each (place, year)."""
    chosen: dict[tuple[str, int], Indicator] = {}
    for place, figure in figures:
        chosen.setdefault((place, figure.year or 0), figure)
    return chosen


def _count(points: dict[str, list[tuple[int, float]]]) -> int:
    return sum(len(series) for series in points.values())


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
