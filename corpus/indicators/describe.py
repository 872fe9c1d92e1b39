"""A one-line plain-text description of an indicator, for listings (`gwr parse`, exports)."""

from __future__ import annotations

from corpus.metrics import METRICS_BY_ID
from corpus.model import Comparator, Indicator

_BOUND_WORDS = {Comparator.EXACT: "", Comparator.ABOUT: "≈", Comparator.AT_LEAST: "≥", Comparator.AT_MOST: "≤",
                Comparator.RANGE: ""}


def describe_indicator(indicator: Indicator) -> str:
    """"地区生产总值 estimate 2022: 增长 2% · §1 「预计地区生产总值增长2%」" — name, kind, year, figures, quote."""
    metric = METRICS_BY_ID.get(indicator.metric)
    name = metric.name if metric else indicator.metric
    when = str(indicator.year) if indicator.year is not None else "year ?"
    if indicator.period != "year":
        when += f" {indicator.period}"
    figures = []
    bound = _BOUND_WORDS[indicator.comparator]
    if indicator.value is not None:
        high = f"-{indicator.value_high:g}" if indicator.value_high is not None else ""
        figures.append(f"{bound}{indicator.value:g}{high}{indicator.unit}")
        bound = ""
    if indicator.growth is not None:
        high = f"-{indicator.growth_high:g}" if indicator.growth_high is not None else ""
        figures.append(f"增长 {bound}{indicator.growth:g}{high}%")
    scope = f" [{indicator.scope}]" if indicator.scope else ""
    section = f" · §{indicator.section_id}" if indicator.section_id else ""
    stated = ", ".join(figures) or "no number"
    return f"{name}{scope} {indicator.kind.value} {when}: {stated}{section} 「{indicator.quote}」"
