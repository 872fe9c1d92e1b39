"""Indicators as flat records: the fields `gwr indicators` writes (CSV, JSON) and the table's CSV export shares."""

from __future__ import annotations

from enum import Enum
from typing import Any

from corpus.model import Indicator

#: The indicator's fields in a record, in order: what, how bounded, the figures, when, where in the text.
INDICATOR_COLUMNS = ["report_id", "metric", "kind", "comparator", "value", "value_high", "unit", "base_value",
                     "base_unit", "growth", "year", "period", "scope", "section_id", "start", "end", "quote"]


def indicator_fields(indicator: Indicator) -> dict[str, Any]:
    """The `INDICATOR_COLUMNS` of `indicator` as plain values (an enum as its value, numbers as stored).

    (Read field by field: `to_dict` copies deeply, a quarter of `gwr indicators --place` at 10,000 reports.)
    """
    return {column: _scalar(getattr(indicator, column)) for column in INDICATOR_COLUMNS}


def _scalar(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value
