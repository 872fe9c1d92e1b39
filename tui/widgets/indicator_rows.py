"""The indicator table's rows and columns, with filtering and sorting fast enough for 200,000 rows.

No widget code: a `RowIndex` is built and queried in worker threads, and the table
only ever renders the few rows on screen. Each column reads one field of a row;
widths, sort keys and cells are computed once per distinct field value, not per row.
"""

from __future__ import annotations

import csv
import io
import threading
from dataclasses import dataclass
from typing import Any, Callable, Hashable

from rich.cells import cell_len

from corpus.model import Comparator, Indicator
from corpus.units import normalised_value
from tui.present.figures import comparator_label, format_number, format_span
from tui.filter_words import kind_words
from tui.present.labels import metric_name
from tui.present.records import INDICATOR_COLUMNS, indicator_fields

#: Text columns that give up width, down to this many cells (ellipsis), when the table is too narrow to show
#: place, year, metric, value and growth in full (the table beside the tree in an 80-column terminal).
NARROW_WIDTHS = {"place": 8, "metric": 12, "unit": 6}
#: The leading columns that must fit the table's width: place, year, metric, value, growth.
MUST_FIT = 5
CELL_PADDING = 2  # one blank cell each side of a cell

@dataclass(slots=True, frozen=True)
class IndicatorRow:
    """An indicator with the place name of its report."""

    indicator: Indicator
    place: str
    region: str = ""  # the province and city the place lies in (`filter_words.region_words`), for the filter


@dataclass(slots=True, frozen=True)
class Column:
    """A table column: the row field it reads, how that field shows, and how it sorts (None: unsorted, last)."""

    title: str
    field: Callable[[IndicatorRow], Hashable]
    show: Callable[[Any], str]
    sort_key: Callable[[Any], Any]
    numeric: bool = False

    def cell(self, row: IndicatorRow) -> str:
        """The text of `row` in this column."""
        return self.show(self.field(row))


def _text(value: str | None) -> str:
    return value or ""


def _text_key(value: str | None) -> str | None:
    return value or None


def _same(value: Any) -> Any:
    return value


COLUMNS = [
    Column("place", lambda r: r.place, _text, _text_key),
    Column("year", lambda r: r.indicator.year, lambda year: str(year or ""), _same, numeric=True),
    Column("metric", lambda r: r.indicator.metric, metric_name, metric_name),
    Column("value", lambda r: (r.indicator.value, r.indicator.value_high, r.indicator.unit),
           lambda v: "" if v[0] is None else format_span(v[0], v[1]), lambda v: normalised_value(v[0], v[2]),
           numeric=True),
    Column("growth", lambda r: r.indicator.growth, lambda g: "" if g is None else f"{format_number(g)}%", _same, numeric=True),
    Column("unit", lambda r: r.indicator.unit, _text, _text_key),
    Column("comparator", lambda r: r.indicator.comparator, lambda c: comparator_label(Comparator(c)), _text_key),
    Column("kind", lambda r: str(r.indicator.kind), _text, _text_key),
    Column("scope", lambda r: r.indicator.scope, _text, _text_key),
]
COLUMN_INDEX = {column.title: index for index, column in enumerate(COLUMNS)}


def fit_widths(natural: list[int], available: int) -> list[int]:
    """Each column's width: its natural width, or its `NARROW_WIDTHS` cap when place…growth would overflow."""
    if sum(width + CELL_PADDING for width in natural[:MUST_FIT]) <= available:
        return natural
    return [min(width, NARROW_WIDTHS.get(column.title, width)) for column, width in zip(COLUMNS, natural)]


def haystack(row: IndicatorRow) -> str:
    """What the filter looks in, lower-cased: the row's metric (id and name), kind (with its Chinese words:
    目标, 预计), place and the province it lies in, scope, unit and year."""
    indicator = row.indicator
    return " ".join([row.place, row.region, indicator.metric, metric_name(indicator.metric),
                     kind_words(indicator.kind), indicator.scope or "", indicator.unit,
                     str(indicator.year or "")]).lower()


@dataclass(slots=True, frozen=True)
class Sort:
    """Sort by `COLUMNS[column]`, descending or not."""

    column: int
    descending: bool = False


@dataclass(slots=True, frozen=True)
class View:
    """The rows on show: indices into `RowIndex.rows`, for a filter query and a sort."""

    query: str
    sort: Sort | None
    shown: list[int]


class RowIndex:
    """All rows of the table, with what filtering and sorting them needs, computed once and kept.

    Safe to query from several worker threads: each lazily computed part is built under a lock.
    """

    def __init__(self, rows: list[IndicatorRow]) -> None:
        self.rows = rows
        self._lock = threading.Lock()
        self._haystacks: list[str] | None = None
        self._orders: dict[Sort, list[int]] = {}
        self._natural_widths: list[int] | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def natural_widths(self) -> list[int]:
        """Each column's widest cell (or title), over every row: computed once per distinct field value."""
        with self._lock:
            if self._natural_widths is None:
                self._natural_widths = [
                    max([cell_len(column.title),
                         *(cell_len(column.show(value)) for value in {column.field(row) for row in self.rows})])
                    for column in COLUMNS
                ]
            return self._natural_widths

    def haystacks(self) -> list[str]:
        """Each row's `haystack`, computed once per (place, metric, kind, scope, unit, year)."""
        with self._lock:
            if self._haystacks is None:
                memo: dict[tuple, str] = {}
                result = []
                for row in self.rows:
                    indicator = row.indicator
                    key = (row.place, row.region, indicator.metric, indicator.kind, indicator.scope, indicator.unit,
                           indicator.year)
                    text = memo.get(key)
                    if text is None:
                        text = memo[key] = haystack(row)
                    result.append(text)
                self._haystacks = result
            return self._haystacks

    def order(self, sort: Sort) -> list[int]:
        """Every row index in `sort`'s order; rows with nothing to sort by come last either way, in row order."""
        with self._lock:
            cached = self._orders.get(sort)
            if cached is not None:
                return cached
            column = COLUMNS[sort.column]
            memo: dict[Hashable, Any] = {}
            keys = []
            for row in self.rows:
                value = column.field(row)
                if value not in memo:
                    memo[value] = column.sort_key(value)
                keys.append(memo[value])
            filled = [index for index, key in enumerate(keys) if key is not None]
            empty = [index for index, key in enumerate(keys) if key is None]
            order = sorted(filled, key=keys.__getitem__, reverse=sort.descending) + empty
            self._orders[sort] = order
            return order

    def view(self, query: str, sort: Sort | None, previous: View | None = None,
             cancelled: Callable[[], bool] = lambda: False) -> View | None:
        """The rows matching every word of `query`, in `sort`'s order (row order when None).

        When `previous` has the same sort and a query that `query` only extends (a keystroke more),
        only its rows are checked. None when `cancelled()` turns true meanwhile.
        """
        words = query.lower().split()
        if previous is not None and previous.sort == sort and query.startswith(previous.query):
            candidates: list[int] | range = previous.shown
        else:
            candidates = self.order(sort) if sort is not None else range(len(self.rows))
        if cancelled():
            return None
        if not words:
            return View(query, sort, list(candidates))
        texts = self.haystacks()
        if cancelled():
            return None
        if len(words) == 1:
            word = words[0]
            shown = [index for index in candidates if word in texts[index]]
        else:
            shown = [index for index in candidates if all(word in texts[index] for word in words)]
        return View(query, sort, shown)


#: Columns of the table's CSV export: the place shown, then the fields of `gwr indicators --format csv`.
CSV_COLUMNS = ["place", "metric_name", *INDICATOR_COLUMNS]


def csv_text(rows: list[IndicatorRow]) -> str:
    """`rows` as CSV (header first), in their order: every field of each figure, its quote and offsets."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        fields = indicator_fields(row.indicator)
        writer.writerow({"place": row.place, "metric_name": metric_name(row.indicator.metric),
                         **{column: _csv_scalar(value) for column, value in fields.items()}})
    return out.getvalue()


def _csv_scalar(value: Any) -> Any:
    return format_number(value) if isinstance(value, float) else value
