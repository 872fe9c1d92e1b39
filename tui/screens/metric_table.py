"""One metric across places and years: the rows of the table and the series of the chart.

A row is a place and a year (and a period when it is not the whole year, e.g. 上半年 "H1"): the
actual figure reported for that year (or the estimate, 预计, when no actual is known) next to the
target (预期目标) set for that year, with what became of the target (met / missed, judged by
`corpus.outcomes` against the next report's figure for the year). Only figures for the whole place count: a named part
("新区完成固定资产投资435亿元") never stands in for its place.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.model import Indicator, IndicatorKind
from corpus.outcomes import Outcome, OutcomeStatus
from tui.present.figures import format_figure
from tui.widgets.indicator_rows import when_cell

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
        """"2022", "2022 H1" for part of a year, "2018–2022" for a span of years, or "?" when the year is unknown."""
        if self.year is None:
            return "?" if self.period == "year" else f"? {self.period}"
        return when_cell((self.year, self.period))


#: What the table shows for a figure the row lacks (no actual, or no target).
MISSING = "—"


def row_cells(row: MetricRow) -> list[str]:
    """The row's texts as the table shows them: place, year, actual, target, outcome."""
    return [row.place, row.when, format_figure(row.actual) if row.actual else MISSING,
            format_figure(row.target) if row.target else MISSING,
            OUTCOME_LABELS[row.outcome.status] if row.outcome else ""]


def copy_text(row: MetricRow) -> str:
    """What `y` copies of a row: its cells, then the quotes of its actual and its target, tab-separated."""
    quotes = [figure.quote if figure else "" for figure in (row.actual, row.target)]
    return "\t".join([*row_cells(row), *quotes])


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
