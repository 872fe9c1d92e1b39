"""Many reports' indicators as their stored rows, read at once: what the table of every indicator (指标表) needs.

Making 240,000 `Indicator` objects (every indicator of 10,000 reports) takes seconds; a table needs a few
fields of every row, and whole indicators only for the rows it shows, copies or exports. `IndicatorRecords`
keeps each row as the indicators file stores it (a dict of the fields that have a value, without the report
id), reads one field of every row at C speed (`column`), and makes the `Indicator` of one row when asked.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from itertools import repeat
from typing import Any, Iterable

from corpus.model import Indicator, indicator_from_dict
from store.indicator_file import Rows, compact


#: What a field of `Indicator` holds when a row has no value for it (rows leave out None).
FIELD_DEFAULTS: dict[str, Any] = {field.name: None if field.default is MISSING else field.default
                                  for field in fields(Indicator)}


def field_of(row: dict[str, Any], field: str) -> Any:
    """The `Indicator` field `field` of one row."""
    return row.get(field, FIELD_DEFAULTS[field])


class IndicatorRecords:
    """Indicator rows of many reports, in reading order: row i is `rows[i]` of report `report_ids[i]`."""

    def __init__(self, report_ids: list[str], rows: Rows) -> None:
        self.report_ids = report_ids
        self.rows = rows

    @classmethod
    def of_reports(cls, reports: Iterable[tuple[str, Rows]]) -> IndicatorRecords:
        """The rows of each (report id, its rows), in that order."""
        report_ids: list[str] = []
        rows: Rows = []
        for report_id, report_rows in reports:
            report_ids.extend(repeat(report_id, len(report_rows)))
            rows.extend(report_rows)
        return cls(report_ids, rows)

    @classmethod
    def of_indicators(cls, indicators: Iterable[Indicator]) -> IndicatorRecords:
        """The rows of `indicators` (already objects: one report's, or a test's)."""
        listed = list(indicators)
        return cls([indicator.report_id for indicator in listed], [compact(indicator) for indicator in listed])

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, field: str) -> list[Any]:
        """The `Indicator` field `field` of every row, in row order."""
        return list(map(dict.get, self.rows, repeat(field), repeat(FIELD_DEFAULTS[field])))

    def indicator(self, index: int) -> Indicator:
        """Row `index` as an `Indicator`."""
        return indicator_from_dict({**self.rows[index], "report_id": self.report_ids[index]})
