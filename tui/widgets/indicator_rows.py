"""The indicator table's rows and columns, with filtering and sorting fast enough for 200,000 rows.

No widget code: a `RowIndex` is built and queried in worker threads, and the table
only ever renders the few rows on screen. The rows are the stored records
(`IndicatorRecords`: no `Indicator` objects but for the rows on screen); each column
reads fields of a record (or the place), a whole column at C speed (`dict.get` mapped
over the rows), and widths, sort keys and filter texts are computed once per distinct
value, never once per row. Filter masks and the orders they pick from are numpy arrays
(imported in the worker that first needs them, never on the UI thread).
"""

from __future__ import annotations

import csv
import io
import re
import threading
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, overload

from rich.cells import cell_len

from corpus.model import Comparator, Indicator, PlaceLevel
from corpus.units import normalised_value
from store.indicator_records import IndicatorRecords, field_of
from tui.filter_words import kind_words
from tui.present.figures import comparator_label, format_number, format_span
from tui.present.labels import metric_name
from tui.present.records import INDICATOR_COLUMNS, indicator_fields

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

#: Text columns that give up width when the table is too narrow to show place, year, metric, value and growth in
#: full (the table beside the tree in an 80-column terminal): first down to a cap, then, cell by cell, down to the
#: least width that still shows a character and its ellipsis. Value, growth and year are never cut.
NARROW_WIDTHS = {"place": 8, "metric": 12}
LEAST_WIDTHS = {"place": 4, "metric": 6}
#: The leading columns that must fit the table's width: place, year, metric, value, growth.
MUST_FIT = 5
CELL_PADDING = 2  # one blank cell each side of a cell
NARROW_PADDING = 1  # one blank cell after a cell, when the table is narrow

@dataclass(slots=True, frozen=True)
class IndicatorRow:
    """An indicator with the place name of its report (and the place's level, which names some metrics)."""

    indicator: Indicator
    place: str
    region: str = ""  # the province and city the place lies in (`filter_words.region_words`), for the filter
    level: PlaceLevel | None = None


#: A row as stored: the fields of its indicator that have a value (`store.indicator_records`).
Record = dict[str, Any]


@dataclass(slots=True, frozen=True)
class Column:
    """A table column: the indicator fields it reads (none: the place), how they show, how they sort.

    `sort_key` gives None for a row with nothing to sort by (it goes last). A column `with_level` reads its
    one field paired with the level of the row's place (a metric is named after it: 国内生产总值 nationally).
    """

    title: str
    fields: tuple[str, ...]
    show: Callable[[Any], str]
    sort_key: Callable[[Any], Any]
    numeric: bool = False
    with_level: bool = False

    def value(self, record: Record, place: str, level: PlaceLevel | None = None) -> Any:
        """What this column reads of one row: a field, a tuple of fields, or the place."""
        if not self.fields:
            return place
        if self.with_level:
            return field_of(record, self.fields[0]), level
        if len(self.fields) == 1:
            return field_of(record, self.fields[0])
        return tuple(field_of(record, name) for name in self.fields)

    def values(self, records: IndicatorRecords, places: list[str], levels: list[PlaceLevel | None]) -> list[Any]:
        """What this column reads of every row, in row order (a field at a time, at C speed)."""
        if not self.fields:
            return places
        if self.with_level:
            return list(zip(records.column(self.fields[0]), levels))
        if len(self.fields) == 1:
            return records.column(self.fields[0])
        return list(zip(*(records.column(name) for name in self.fields)))

    def cell(self, record: Record, place: str, level: PlaceLevel | None = None) -> str:
        """The text of a row in this column."""
        return self.show(self.value(record, place, level))


def _text(value: str | None) -> str:
    return value or ""


def _text_key(value: str | None) -> str | None:
    return value or None


def _same(value: Any) -> Any:
    return value


def _growth_cell(growth: float | None) -> str:
    return "" if growth is None else f"{format_number(growth)}%"


def _value_cell(value: tuple[float | None, float | None, str]) -> str:
    """The value with its unit, so that no width cuts one from the other: "1913.5亿元", "6.5–7%"."""
    low, high, unit = value
    return "" if low is None else f"{format_span(low, high)}{unit}"


#: A period that spans years, as the parser writes it ("1998-2002": a five-year total or average).
YEAR_SPAN = re.compile(r"(\d{4})-(\d{4})")


def when_cell(when: tuple[int | None, str]) -> str:
    """The year a figure is for, with its period: "2022", "2022 H1", or the years it spans, "1998–2002"."""
    year, period = when
    span = YEAR_SPAN.fullmatch(period)
    if span is not None:
        return format_span(int(span[1]), int(span[2]))
    text = "" if year is None else str(year)
    return text if period == "year" else f"{text} {period}".strip()


def _when_key(when: tuple[int | None, str]) -> tuple[int, bool, str] | None:
    """Sort by year; a part of a year or a span of years after the whole year it ends in."""
    year, period = when
    return None if year is None else (year, period != "year", period)


def _metric_cell(metric_at: tuple[str, PlaceLevel | None]) -> str:
    """A metric's name as a report of the row's place writes it."""
    return metric_name(*metric_at)


COLUMNS = [
    Column("place", (), _text, _text_key),
    Column("year", ("year", "period"), when_cell, _when_key),  # left: "2022", "2018–2022", "2022 H1" start alike
    Column("metric", ("metric",), _metric_cell, _metric_cell, with_level=True),
    Column("value", ("value", "value_high", "unit"), _value_cell, lambda v: normalised_value(v[0], v[2]),
           numeric=True),
    Column("growth", ("growth",), _growth_cell, _same, numeric=True),
    Column("comparator", ("comparator",), lambda c: comparator_label(Comparator(c)), _text_key),
    Column("kind", ("kind",), _text, _text_key),
    Column("scope", ("scope",), _text, _text_key),
]
COLUMN_INDEX = {column.title: index for index, column in enumerate(COLUMNS)}
@dataclass(frozen=True, slots=True)
class Layout:
    """Each column's width, and the blank cells every cell takes beside its text."""

    widths: list[int]
    padding: int = CELL_PADDING

    @property
    def width(self) -> int:
        """Cells a whole line takes."""
        return self.edge(len(self.widths))

    def edge(self, column: int) -> int:
        """Cells the columns before `column` take."""
        return sum(width + self.padding for width in self.widths[:column])

    def pad(self, cell: str) -> str:
        """A cell's text (already `width` cells) with its padding."""
        return f" {cell} " if self.padding == CELL_PADDING else f"{cell} "


def fit_layout(natural: list[int], available: int) -> Layout:
    """The natural widths when place…growth fit in `available` cells; else the narrowed widths (`NARROW_WIDTHS`),
    with narrow padding and the narrowable columns cut further, widest first, when even those overflow."""
    def overflow(widths: list[int], padding: int) -> int:
        return sum(width + padding for width in widths[:MUST_FIT]) - available

    if overflow(natural, CELL_PADDING) <= 0:
        return Layout(natural)
    widths = [min(width, NARROW_WIDTHS.get(column.title, width)) for column, width in zip(COLUMNS, natural)]
    if overflow(widths, CELL_PADDING) <= 0:
        return Layout(widths)
    excess = overflow(widths, NARROW_PADDING)
    narrowable = [COLUMN_INDEX[title] for title in LEAST_WIDTHS]
    while excess > 0:
        wider = [index for index in narrowable if widths[index] > LEAST_WIDTHS[COLUMNS[index].title]]
        if not wider:
            break
        widths[max(wider, key=widths.__getitem__)] -= 1
        excess -= 1
    return Layout(widths, NARROW_PADDING)


def _lower(value: Any) -> str:
    return str(value or "").lower()


#: The filter's fields that are no column: the province and city the row's place lies in, and the unit (shown
#: in the value column).
REGION, UNIT = "region", "unit"
#: What the filter looks in: per field (a column's title, `REGION` or `UNIT`), the text of a value. A word of the query
#: matches a row when it occurs in one of these texts (the metric by id and by name: "gdp", "地区生产总值"; the kind
#: with its Chinese words: "target", "目标"; the place and its province: "兰州市", "甘肃省"); every word must match.
FILTER_TEXTS: dict[str, Callable[[Any], str]] = {
    "place": _lower,
    REGION: _lower,
    "metric": lambda metric_at: f"{metric_at[0]} {_metric_cell(metric_at)}".lower(),
    "kind": lambda kind: kind_words(kind).lower(),
    "scope": _lower,
    UNIT: _lower,
    "year": lambda when: when_cell(when).lower(),
}
#: Columns whose orders are computed ahead, while the user reads the first rows.
PREPARED_SORTS = ("value", "growth", "year", "place", "metric")
#: Word masks kept (each a bit per row), so that backspace and retyping cost nothing.
MASK_CACHE_SIZE = 64


@dataclass(slots=True, frozen=True)
class Sort:
    """Sort by `COLUMNS[column]`, descending or not."""

    column: int
    descending: bool = False


@dataclass(slots=True, frozen=True)
class View:
    """The rows on show: indices into the `RowIndex`, for a filter query and a sort."""

    query: str
    sort: Sort | None
    shown: list[int]


class RowIndex:
    """All rows of the table, with what filtering and sorting them needs, computed once and kept.

    Row i is `records.rows[i]` in `places[i]` (at `levels[i]`), which lies in `regions[i]`. Query it from worker threads, not the UI thread
    (except `row` and `widths`, cheap by design). Each part is computed once, under one lock:
    a sort asked for while the preparing worker computes it waits for it rather than doing it again.
    """

    def __init__(self, records: IndicatorRecords, places: list[str], regions: list[str] | None = None,
                 levels: list[PlaceLevel | None] | None = None) -> None:
        self.records = records
        self.places = places
        self.regions = regions if regions is not None else [""] * len(places)
        self.levels: list[PlaceLevel | None] = levels if levels is not None else [None] * len(places)
        self._widths: list[int] | None = None
        self._values: dict[int | str, list[Any]] = {}
        self._distinct: dict[int | str, set[Any]] = {}
        self._coded: dict[str, tuple[list[str], NDArray[np.int32]]] = {}
        self._masks: dict[str, NDArray[np.bool_]] = {}
        self._sort_keys: dict[int, list[Any]] = {}
        self._orders: dict[Sort, list[int]] = {}
        self._order_arrays: dict[Sort, NDArray[np.intp]] = {}
        self._lock = threading.RLock()

    def _once(self, cache: dict[Any, Any], key: Any, compute: Callable[[], Any]) -> Any:
        """`cache[key]`, computed by `compute()` the first time (by one thread; others wait for it)."""
        value = cache.get(key)
        if value is None:
            with self._lock:
                value = cache.get(key)
                if value is None:
                    value = cache[key] = compute()
        return value

    @classmethod
    def of_reports(cls, records: IndicatorRecords, place_of: Callable[[str], str],
                   region_of: Callable[[str], str] | None = None,
                   level_of: Callable[[str], PlaceLevel | None] | None = None) -> RowIndex:
        """The rows of `records`, each with its report's place, the region it lies in and its level."""
        report_ids = records.report_ids
        reports = set(report_ids)
        place_by_report = {report_id: place_of(report_id) for report_id in reports}
        region_by_report = {report_id: region_of(report_id) if region_of else "" for report_id in reports}
        level_by_report = {report_id: level_of(report_id) if level_of else None for report_id in reports}
        return cls(records, list(map(place_by_report.__getitem__, report_ids)),
                   list(map(region_by_report.__getitem__, report_ids)),
                   list(map(level_by_report.__getitem__, report_ids)))

    def __len__(self) -> int:
        return len(self.records)

    def row(self, index: int) -> IndicatorRow:
        """Row `index` as an `IndicatorRow`."""
        return IndicatorRow(self.records.indicator(index), self.places[index], self.regions[index],
                            self.levels[index])

    def cells(self, index: int) -> list[str]:
        """The cell texts of row `index`, column by column."""
        record, place, level = self.records.rows[index], self.places[index], self.levels[index]
        return [column.cell(record, place, level) for column in COLUMNS]

    def widths(self, sample: Iterable[int] = ()) -> list[int]:
        """Each column's widest cell (or title): over every row once `measure_widths` ran, else over `sample`."""
        if self._widths is not None:
            return self._widths
        rows = [self.cells(index) for index in sample]
        return [max([cell_len(column.title), *(cell_len(cells[number]) for cells in rows)])
                for number, column in enumerate(COLUMNS)]

    def measure_widths(self) -> list[int]:
        """Measure every column over every row, once per distinct value; `widths` returns it from then on."""
        if self._widths is None:
            self._widths = [
                max([cell_len(column.title), *(cell_len(column.show(value)) for value in self.distinct(index))])
                for index, column in enumerate(COLUMNS)
            ]
        return self._widths

    def values(self, column: int) -> list[Any]:
        """What `COLUMNS[column]` reads of every row, in row order."""
        return self._once(self._values, column, lambda: COLUMNS[column].values(self.records, self.places, self.levels))

    def distinct(self, column: int) -> set[Any]:
        """The distinct values of `COLUMNS[column]`."""
        return self._once(self._distinct, column, lambda: set(self.values(column)))

    def filter_values(self, field: str) -> list[Any]:
        """What the filter's `field` (see `FILTER_TEXTS`) holds for every row, in row order."""
        if field == REGION:
            return self.regions
        if field == UNIT:
            return self._once(self._values, UNIT, lambda: self.records.column(UNIT))
        return self.values(COLUMN_INDEX[field])

    def filter_texts(self, field: str) -> tuple[list[str], NDArray[np.int32]]:
        """The filter's `field` coded: the text of each distinct value (`FILTER_TEXTS`), and each row's value as
        its number among them, so that a word is looked for once per distinct value, never once per row."""
        import numpy as np  # in the worker that first needs it: numpy takes ~0.1 s to import
        def compute() -> tuple[list[str], NDArray[np.int32]]:
            values = self.filter_values(field)
            distinct = list(dict.fromkeys(values))
            number = {value: position for position, value in enumerate(distinct)}
            codes = np.fromiter(map(number.__getitem__, values), dtype=np.int32, count=len(values))
            return list(map(FILTER_TEXTS[field], distinct)), codes

        return self._once(self._coded, field, compute)

    def word_mask(self, word: str) -> NDArray[np.bool_]:
        """The rows `word` matches (see `FILTER_TEXTS`): true at row i when row i matches."""
        import numpy as np
        mask = self._masks.get(word)
        if mask is None:
            mask = np.zeros(len(self), dtype=bool)
            for field in FILTER_TEXTS:
                texts, codes = self.filter_texts(field)
                hits = np.fromiter((word in text for text in texts), dtype=bool, count=len(texts))
                if hits.any():
                    mask |= hits[codes]
            if len(self._masks) >= MASK_CACHE_SIZE:
                self._masks.clear()
            self._masks[word] = mask
        return mask

    def prepare(self) -> Iterator[Callable[[], object]]:
        """Steps that make the first filter keystroke and sort fast: read every field the filter looks in, read
        every column and rank its values, measure the columns (`measure_widths`, cheap once they are read),
        then order the rows by the columns sorted most (`PREPARED_SORTS`), both ways."""
        for field in FILTER_TEXTS:
            yield partial(self.filter_texts, field)
        for column in range(len(COLUMNS)):
            yield partial(self.sort_keys, column)
        yield self.measure_widths
        for title in PREPARED_SORTS:
            for descending in (False, True):
                yield partial(self.order_array, Sort(COLUMN_INDEX[title], descending))

    def sort_keys(self, column: int) -> list[Any]:
        """Each row's sort key in `COLUMNS[column]` (None: nothing to sort by), once per distinct value."""
        def compute() -> list[Any]:
            sort_key = COLUMNS[column].sort_key
            memo = {value: sort_key(value) for value in self.distinct(column)}
            # Rank the distinct keys once: rows then sort by small integers, quicker to compare than text.
            ranks = {key: rank for rank, key in enumerate(sorted({key for key in memo.values() if key is not None}))}
            ranked = {value: None if key is None else ranks[key] for value, key in memo.items()}
            return list(map(ranked.__getitem__, self.values(column)))

        return self._once(self._sort_keys, column, compute)

    def order(self, sort: Sort) -> list[int]:
        """Every row index in `sort`'s order; rows with nothing to sort by come last either way, in row order."""
        def compute() -> list[int]:
            # The other direction's order, when there, has ties in row order and is sorted already
            # but for the direction: sorting it again is far quicker, and as stable.
            rows = self._orders.get(Sort(sort.column, not sort.descending)) or range(len(self))
            return ordered(rows, self.sort_keys(sort.column), sort)

        return self._once(self._orders, sort, compute)

    def view(self, query: str, sort: Sort | None, previous: View | None = None,
             cancelled: Callable[[], bool] = lambda: False) -> View | None:
        """The rows matching every word of `query`, in `sort`'s order (row order when None).

        Starts from `previous` when it can: a query that only extends its query (a keystroke more)
        checks only its rows; a new sort of a few of the rows sorts just those. None when
        `cancelled()` turns true meanwhile.
        """
        words = query.lower().split()
        if previous is not None and previous.sort == sort and query.startswith(previous.query):
            candidates: Sequence[int] = previous.shown
        elif (previous is not None and sort is not None and sort not in self._orders
              and previous.query.lower().split() == words and len(previous.shown) * FEW_ROWS < len(self)):
            return View(query, sort, ordered(sorted(previous.shown), self._keys_of(previous.shown, sort.column), sort))
        else:
            candidates = self.order(sort) if sort is not None else range(len(self))
        if cancelled():
            return None
        if not words:
            return View(query, sort, list(candidates))
        import numpy as np  # only here: a view without words is made on the UI thread too
        mask = np.ones(len(self), dtype=bool)
        for word in words:
            mask &= self.word_mask(word)
            if cancelled():
                return None
        if isinstance(candidates, range):
            return View(query, sort, np.flatnonzero(mask).tolist())
        if sort is not None and candidates is self._orders.get(sort):
            rows = self.order_array(sort)
        else:
            rows = np.asarray(candidates, dtype=np.intp)
        return View(query, sort, rows[mask[rows]].tolist())

    def order_array(self, sort: Sort) -> NDArray[np.intp]:
        """`order(sort)` as an array (kept: filtering an order picks from it at C speed)."""
        import numpy as np
        return self._once(self._order_arrays, sort, lambda: np.asarray(self.order(sort), dtype=np.intp))

    def _keys_of(self, indices: Iterable[int], column: int) -> dict[int, Any]:
        row_column, sort_key = COLUMNS[column], COLUMNS[column].sort_key
        return {index: sort_key(row_column.value(self.records.rows[index], self.places[index], self.levels[index]))
                for index in indices}


class ShownRows(Sequence[IndicatorRow]):
    """Rows of a `RowIndex` in the order shown, each made into an `IndicatorRow` only when read (an export
    of every row reads them in its worker, not on the UI thread)."""

    def __init__(self, index: RowIndex, shown: list[int]) -> None:
        self.rows = index
        self.positions = shown

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, position: int) -> IndicatorRow: ...

    @overload
    def __getitem__(self, position: slice) -> list[IndicatorRow]: ...

    def __getitem__(self, position: int | slice) -> IndicatorRow | list[IndicatorRow]:
        if isinstance(position, slice):
            return [self.rows.row(index) for index in self.positions[position]]
        return self.rows.row(self.positions[position])


#: A view holding fewer than 1/FEW_ROWS of the rows is re-sorted by itself instead of through a whole order.
FEW_ROWS = 8


def ordered(indices: Sequence[int], keys: Sequence[Any] | dict[int, Any], sort: Sort) -> list[int]:
    """`indices` (in row order) sorted by `keys[index]`, stably; those whose key is None last, in row order."""
    filled = [index for index in indices if keys[index] is not None]
    empty = [index for index in indices if keys[index] is None]
    return sorted(filled, key=keys.__getitem__, reverse=sort.descending) + empty


#: Columns of the table's CSV export: the place shown, then the fields of `gwr indicators --format csv`.
CSV_COLUMNS = ["place", "metric_name", *INDICATOR_COLUMNS]


def csv_text(rows: Iterable[IndicatorRow]) -> str:
    """`rows` as CSV (header first), in their order: every field of each figure, its quote and offsets."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        fields = indicator_fields(row.indicator)
        writer.writerow({"place": row.place, "metric_name": metric_name(row.indicator.metric, row.level),
                         **{column: _csv_scalar(value) for column, value in fields.items()}})
    return out.getvalue()


def _csv_scalar(value: Any) -> Any:
    return format_number(value) if isinstance(value, float) else value
