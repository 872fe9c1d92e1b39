"""Figures as a reader writes them: one number formatter, comparator signs, indicator descriptions.

Every figure gwr shows (the indicator table, the metric table, `gwr parse`, `gwr indicators`)
goes through `format_number`, so 1234567万元 is written "1234567", never "1.23457e+06".
"""

from __future__ import annotations

import math

from corpus.model import Comparator, Indicator, IndicatorKind, PlaceLevel
from tui.present.labels import metric_name

#: The sign written before a bounded figure: ≈ about (左右), ≥ at least (以上), ≤ at most (以内).
COMPARATOR_SIGNS = {
    Comparator.EXACT: "",
    Comparator.ABOUT: "≈",
    Comparator.AT_LEAST: "≥",
    Comparator.AT_MOST: "≤",
    Comparator.RANGE: "",
}

#: The comparator as a table column names it: sign and the Chinese word it stands for.
COMPARATOR_LABELS = {
    Comparator.EXACT: "=",
    Comparator.ABOUT: "≈ 左右",
    Comparator.AT_LEAST: "≥ 以上",
    Comparator.AT_MOST: "≤ 以内",
    Comparator.RANGE: "– 区间",
}


def format_number(value: float) -> str:
    """`value` exactly as stored, without exponent or rounding: 1234567.0 → "1234567", 1913.5 → "1913.5"."""
    if not math.isfinite(value):
        return str(value)
    if value == 0:
        return "0"
    from decimal import Decimal  # loaded when a number is first written: a listing without one never needs it

    return format(Decimal(repr(float(value))).normalize(), "f")


def format_span(low: float, high: float | None, separator: str = "–") -> str:
    """One number, or a range "6.5–7" when there is a high end."""
    return format_number(low) if high is None else f"{format_number(low)}{separator}{format_number(high)}"


def value_text(indicator: Indicator) -> str:
    """The value as written ("1913.5", a range "6.5–7"); "" for a figure without one."""
    return "" if indicator.value is None else format_span(indicator.value, indicator.value_high)


def growth_text(indicator: Indicator) -> str:
    """The growth rate in percent ("10.4%", "6.5–7%"); "" when none is stated."""
    return "" if indicator.growth is None else f"{format_span(indicator.growth, indicator.growth_high)}%"


def comparator_label(comparator: Comparator) -> str:
    """The comparator as a table column shows it: "=", "≈ 左右", "≥ 以上" …"""
    return COMPARATOR_LABELS[comparator]


def format_figure(indicator: Indicator) -> str:
    """"1913.5亿元 +10.4%", "≥5.5%", "+6.5–7%", "≤3.5%", "(qualitative)"; " (est.)" marks an estimate (预计)."""
    sign = COMPARATOR_SIGNS[indicator.comparator]
    parts = []
    if indicator.value is not None:
        parts.append(f"{sign}{value_text(indicator)}{indicator.unit}")
        sign = ""
    if indicator.growth is not None:
        plus = "+" if indicator.growth >= 0 else ""
        parts.append(f"{sign}{plus}{growth_text(indicator)}")
    text = " ".join(parts) if parts else "(qualitative)"
    return f"{text} (est.)" if indicator.kind is IndicatorKind.ESTIMATE else text


def describe_indicator(indicator: Indicator, level: PlaceLevel | None = None) -> str:
    """"地区生产总值 estimate 2022: 增长 2% · §1 「预计地区生产总值增长2%」" — name (as a report of a place at
    `level` writes it), kind, year, figures, quote."""
    when = str(indicator.year) if indicator.year is not None else "year ?"
    if indicator.period != "year":
        when += f" {indicator.period}"
    figures = []
    bound = COMPARATOR_SIGNS[indicator.comparator]
    if indicator.value is not None:
        figures.append(f"{bound}{format_span(indicator.value, indicator.value_high, '-')}{indicator.unit}")
        bound = ""
    if indicator.growth is not None:
        figures.append(f"增长 {bound}{format_span(indicator.growth, indicator.growth_high, '-')}%")
    scope = f" [{indicator.scope}]" if indicator.scope else ""
    section = f" · §{indicator.section_id}" if indicator.section_id else ""
    stated = ", ".join(figures) or "no number"
    return f"{metric_name(indicator.metric, level)}{scope} {indicator.kind.value} {when}: {stated}{section} 「{indicator.quote}」"
