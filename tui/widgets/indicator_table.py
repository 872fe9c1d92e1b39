"""The indicator table: every key figure with place, year, kind and scope; sortable and filterable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from corpus.metrics import METRICS_BY_ID
from corpus.model import Indicator
from tui.text import literal_content, literal_text
from tui.widgets.vim_keys import VimDataTable

#: Text columns that give up width, down to this many cells (ellipsis), when the table is too narrow to show
#: place, year, metric, value and growth in full (the table beside the tree in an 80-column terminal).
NARROW_WIDTHS = {"place": 8, "metric": 12, "unit": 6}
#: The leading columns that must fit the table's width: place, year, metric, value, growth.
MUST_FIT = 5
CELL_PADDING = 2  # DataTable's cell padding, one cell each side

COMPARATOR_SIGNS = {"exact": "=", "about": "≈ 左右", "at_least": "≥ 以上", "at_most": "≤ 以内", "range": "– 区间"}


@dataclass(slots=True, frozen=True)
class IndicatorRow:
    """An indicator with the place name of its report."""

    indicator: Indicator
    place: str


def metric_name(indicator: Indicator) -> str:
    """The metric's Chinese name from the registry ("gdp" → "地区生产总值"); the id when unregistered."""
    metric = METRICS_BY_ID.get(indicator.metric)
    return metric.name if metric is not None else indicator.metric


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def value_cell(indicator: Indicator) -> str:
    """The value as written, a range as "low–high", nothing for a qualitative target."""
    if indicator.value_high is not None:
        return f"{_number(indicator.value)}–{_number(indicator.value_high)}"
    return _number(indicator.value)


@dataclass(slots=True, frozen=True)
class Column:
    """A table column: its title, how a row shows in it, and how it sorts."""

    title: str
    cell: Callable[[IndicatorRow], str]
    sort_key: Callable[[IndicatorRow], Any]
    numeric: bool = False


def _text_key(get: Callable[[IndicatorRow], str | None]) -> Callable[[IndicatorRow], Any]:
    return lambda row: get(row) or None


def _number_key(get: Callable[[IndicatorRow], float | None]) -> Callable[[IndicatorRow], Any]:
    return get


def sorted_rows(rows: list[IndicatorRow], column: Column, descending: bool) -> list[IndicatorRow]:
    """`rows` sorted by `column`; rows with nothing in that column come last either way."""
    filled = [row for row in rows if column.sort_key(row) is not None]
    empty = [row for row in rows if column.sort_key(row) is None]
    return sorted(filled, key=column.sort_key, reverse=descending) + empty


COLUMNS = [
    Column("place", lambda r: r.place, _text_key(lambda r: r.place)),
    Column("year", lambda r: str(r.indicator.year or ""), _number_key(lambda r: r.indicator.year), numeric=True),
    Column("metric", lambda r: metric_name(r.indicator), _text_key(lambda r: metric_name(r.indicator))),
    Column("value", lambda r: value_cell(r.indicator), _number_key(lambda r: r.indicator.value), numeric=True),
    Column("growth", lambda r: "" if r.indicator.growth is None else f"{r.indicator.growth:g}%",
           _number_key(lambda r: r.indicator.growth), numeric=True),
    Column("unit", lambda r: r.indicator.unit, _text_key(lambda r: r.indicator.unit)),
    Column("comparator", lambda r: COMPARATOR_SIGNS.get(r.indicator.comparator, r.indicator.comparator),
           _text_key(lambda r: r.indicator.comparator)),
    Column("kind", lambda r: str(r.indicator.kind), _text_key(lambda r: r.indicator.kind)),
    Column("scope", lambda r: r.indicator.scope or "", _text_key(lambda r: r.indicator.scope)),
]


def column_widths(cells: list[list[Text]], available: int) -> list[int]:
    """Each column's width: its widest cell, or its `NARROW_WIDTHS` cap when place…growth would overflow `available`."""
    natural = [max([cell_len(column.title), *(row[index].cell_len for row in cells)])
               for index, column in enumerate(COLUMNS)]
    if sum(width + CELL_PADDING for width in natural[:MUST_FIT]) <= available:
        return natural
    return [min(width, NARROW_WIDTHS.get(column.title, width)) for column, width in zip(COLUMNS, natural)]


def row_matches(row: IndicatorRow, query: str) -> bool:
    """Whether every word of `query` occurs in the row's metric (id or name), kind, place, scope, unit or year."""
    indicator = row.indicator
    haystack = " ".join([row.place, indicator.metric, metric_name(indicator), indicator.kind, indicator.scope or "", indicator.unit,
                         str(indicator.year or "")]).lower()
    return all(word in haystack for word in query.lower().split())


class IndicatorTable(VimDataTable):
    """The rows; `[`/`]` sort by the cursor's column (VisiData keys), Enter jumps to the quote."""

    BINDINGS = [
        Binding("left_square_bracket", "sort(False)", "Sort ↑", tooltip="Sort by this column, ascending"),
        Binding("right_square_bracket", "sort(True)", "Sort ↓", tooltip="Sort by this column, descending"),
        Binding("enter", "select_cursor", "Quote", tooltip="Show the row's quote in the reader, highlighted"),
    ]

    class SortRequested(Message):
        def __init__(self, column: int, descending: bool) -> None:
            super().__init__()
            self.column = column
            self.descending = descending

    def action_sort(self, descending: bool) -> None:
        self.post_message(self.SortRequested(self.cursor_column, descending))


class IndicatorPane(Vertical):
    """Title line, filter box and the table."""

    ALLOW_MAXIMIZE = True

    class IndicatorChosen(Message):
        """Enter (or a click) on a row: show its quote."""

        def __init__(self, indicator: Indicator) -> None:
            super().__init__()
            self.indicator = indicator

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[IndicatorRow] = []
        self.shown: list[IndicatorRow] = []
        self.scope = ""
        self.sort_column: int | None = None
        self.descending = False

    def compose(self) -> ComposeResult:
        yield Static(id="indicator-title")
        yield Input(placeholder="filter by metric, kind or place (e.g. gdp target 济南)", id="indicator-filter",
                    compact=True)
        yield IndicatorTable(id="indicator-table", cursor_type="cell", zebra_stripes=True)

    @property
    def table(self) -> IndicatorTable:
        return self.query_one(IndicatorTable)

    def show_rows(self, rows: list[IndicatorRow], scope: str) -> None:
        """Replace the rows; `scope` names what they are ("济南市 2023", "all reports")."""
        self.rows, self.scope = rows, scope
        self._refill()

    def _refill(self) -> None:
        query = self.query_one("#indicator-filter", Input).value
        shown = [row for row in self.rows if row_matches(row, query)]
        if self.sort_column is not None:
            shown = sorted_rows(shown, COLUMNS[self.sort_column], self.descending)
        self.shown = shown
        table = self.table
        cursor = table.cursor_coordinate
        cells = [[self._cell(column, row) for column in COLUMNS] for row in shown]
        widths = column_widths(cells, table.scrollable_content_region.width)
        table.clear(columns=True)
        for column, width in zip(COLUMNS, widths):
            table.add_column(column.title, key=column.title, width=width)
        for index, row_cells in enumerate(cells):
            for cell, width in zip(row_cells, widths):
                cell.truncate(width, overflow="ellipsis")
            table.add_row(*row_cells, key=str(index))
        if shown:
            table.move_cursor(row=min(cursor.row, len(shown) - 1), column=cursor.column)
        self._show_title(query)

    @staticmethod
    def _cell(column: Column, row: IndicatorRow) -> Text:
        text = literal_text(column.cell(row))
        if column.numeric:
            text.justify = "right"
        return text

    def _show_title(self, query: str) -> None:
        title = self.query_one("#indicator-title", Static)
        scope = literal_content(self.scope)
        if not self.rows:
            title.update(Content.assemble("No indicators for ", scope, ". Press T for every report's indicators."))
            return
        if not self.shown:
            title.update(Content.assemble("No indicator of ", scope,
                                          f" matches the filter; clear it to see all {len(self.rows)}."))
            return
        order = ""
        if self.sort_column is not None:
            order = f" · sorted by {COLUMNS[self.sort_column].title} {'↓' if self.descending else '↑'}"
        title.update(Content.assemble(f"{len(self.shown)} of {len(self.rows)} indicators · ", scope, order))

    def sort_by(self, column: int, descending: bool) -> None:
        """Sort the rows by column `column`."""
        self.sort_column, self.descending = column, descending
        self._refill()

    def on_indicator_table_sort_requested(self, event: IndicatorTable.SortRequested) -> None:
        self.sort_by(event.column, event.descending)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        same = self.sort_column == event.column_index
        self.sort_by(event.column_index, descending=same and not self.descending)

    def on_resize(self, event: events.Resize) -> None:
        if self.rows:
            self.call_after_refresh(self._refill)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "indicator-filter":
            event.stop()
            self._refill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "indicator-filter":
            event.stop()
            self.table.focus()

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        index = int(event.cell_key.row_key.value or 0)
        self.post_message(self.IndicatorChosen(self.shown[index].indicator))
