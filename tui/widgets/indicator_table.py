"""The indicator table: every key figure with place, year, kind and scope; sortable, filterable, exportable.

A virtual table (as toolong's log view): it renders only the lines on screen, each
once, kept in an LRU cache, so 200,000 rows cost no more to show than 20. Building
the rows, filtering and sorting run in worker threads over a `RowIndex`; results
come back as messages, and a newer keystroke cancels the filter still running.
"""

from __future__ import annotations

import gc
import time
from typing import Callable, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input, Static
from textual.worker import Worker, get_current_worker

from corpus.model import Indicator, PlaceLevel
from store.indicator_records import IndicatorRecords
from tui.text import literal_content, visible
from tui.widgets.vim_keys import vim_bindings
from tui.widgets.indicator_rows import (
    COLUMN_INDEX,
    COLUMNS,
    IndicatorRow,
    Layout,
    RowIndex,
    ShownRows,
    Sort,
    View,
    fit_layout,
)

#: Rendered lines kept; a screenful is at most ~50, so this covers scrolling back and forth.
LINE_CACHE_SIZE = 1024
#: Rows the first frame's column widths are measured on, before every row is measured.
WIDTH_SAMPLE = 200
#: Rows few enough to build on the UI thread when no filter is typed (about a millisecond): they show in the
#: next frame, without a worker's round trip (one report's, or the first reports' while the rest are read).
ROWS_BUILT_AT_ONCE = 1000
#: Seconds the worker preparing filters and sorts yields to the UI thread between steps.
PREPARE_PAUSE = 0.02


#: Rows from which the table keeps what it built out of the garbage collector's full collections.
FREEZE_ROWS = 100_000


def keep_out_of_full_collections(index: RowIndex) -> None:
    """For a large table: freeze every object so far out of the garbage collector's full collections
    (`gc.freeze`). Walking them took 0.3–1.1 s at 244,794 rows (load 11), a stall of whatever keystroke it
    fell on. Frozen objects are still freed when no longer referenced; only cyclic garbage that exists now,
    or that they later form, is never collected: the price, paid once per large table."""
    if len(index) >= FREEZE_ROWS:
        gc.freeze()


def fit_cell(text: str, width: int, right: bool) -> str:
    """`text` in exactly `width` cells (CJK counts two): cut with an ellipsis, padded left when `right`."""
    text = visible(text)
    length = cell_len(text)
    if length > width:
        kept, used = [], 0
        for character in text:
            used += cell_len(character)
            if used > width - 1:
                break
            kept.append(character)
        text = "".join(kept) + "…"
        length = cell_len(text)
    padding = " " * (width - length)
    return padding + text if right else text + padding


class LineStyles(NamedTuple):
    """The styles of the table's lines: the widget's, the header's, an even row's, and the cursor's (added)."""

    base: Style
    header: Style
    even_row: Style
    cursor: Style


class IndicatorTable(ScrollView, can_focus=True):
    """The rows on show, one line each under a header; a cell cursor; `[`/`]` sort by its column."""

    BINDINGS = [
        Binding("left_square_bracket", "sort(False)", "Sort ↑", tooltip="Sort by this column, ascending"),
        Binding("right_square_bracket", "sort(True)", "Sort ↓", tooltip="Sort by this column, descending"),
        Binding("enter", "choose", "Quote", tooltip="Show the row's quote in the reader, highlighted"),
        Binding("e", "export", "Export CSV",
                tooltip="Export the rows shown (after filter and sort) to a CSV file you confirm"),
        Binding("up", "move(-1, 0)", show=False),
        Binding("down", "move(1, 0)", show=False),
        Binding("left", "move(0, -1)", show=False),
        Binding("right", "move(0, 1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "move(-1_000_000_000, 0)", show=False),
        Binding("end", "move(1_000_000_000, 0)", show=False),
        *vim_bindings("move(1, 0)", "move(-1, 0)", "move(-1_000_000_000, 0)", "move(1_000_000_000, 0)"),
    ]

    COMPONENT_CLASSES = {
        "indicator-table--header",
        "indicator-table--even-row",
        "indicator-table--cursor",
    }

    DEFAULT_CSS = """
    IndicatorTable {
        background: $surface;
        color: $foreground;
        & > .indicator-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .indicator-table--even-row { background: $surface-lighten-1 50%; }
        & > .indicator-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .indicator-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        &:dark > .indicator-table--even-row { background: $surface-darken-1 40%; }
    }
    """

    class SortRequested(Message):
        """`[`/`]` or a header click: sort by `column`."""

        def __init__(self, column: int, descending: bool | None) -> None:
            super().__init__()
            self.column = column
            self.descending = descending  # None: the header was clicked (toggle)

    class RowChosen(Message):
        """Enter or a click on a row: `row` is the chosen row."""

        def __init__(self, row: IndicatorRow) -> None:
            super().__init__()
            self.row = row

    class ExportRequested(Message):
        """`e`: export the rows shown."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = RowIndex(IndicatorRecords([], []), [])
        self.shown: list[int] = []  # indices into `index`, in display order
        self.column_layout = Layout([len(column.title) for column in COLUMNS])
        self.cursor_row = 0
        self.cursor_column = 0
        self._lines: LRUCache[tuple[int, int], Strip] = LRUCache(LINE_CACHE_SIZE)
        self._styles: LineStyles | None = None
        self._line_width = self.column_layout.width

    # content --------------------------------------------------------------

    def show(self, index: RowIndex, shown: list[int], layout: Layout) -> None:
        """Show rows `shown` of `index` in this layout; the cursor stays on its line if it can."""
        self.index, self.shown, self.column_layout = index, shown, layout
        self.cursor_row = max(0, min(self.cursor_row, len(shown) - 1))
        self._line_width = layout.width
        self.virtual_size = Size(self._line_width, len(shown) + 1)
        self._lines.clear()
        self.refresh()

    @property
    def cursor_indicator(self) -> IndicatorRow | None:
        """The row under the cursor, if any row is shown."""
        return self.index.row(self.shown[self.cursor_row]) if self.shown else None

    def cells(self, position: int) -> list[str]:
        """The cell texts of the row at `position` in display order."""
        return self.index.cells(self.shown[position])

    def column_texts(self, title: str) -> list[str]:
        """Every shown row's text in the column titled `title`, in display order."""
        column = COLUMN_INDEX[title]
        return [self.index.cells(index)[column] for index in self.shown]

    # rendering ------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._forget_lines()

    def _on_focus(self, event: events.Focus) -> None:
        self._forget_lines()
        super()._on_focus(event)

    def _on_blur(self, event: events.Blur) -> None:
        self._forget_lines()
        super()._on_blur(event)

    def _forget_lines(self) -> None:
        """Render every line again (the styles changed, or the rows)."""
        self._lines.clear()
        self._styles = None

    @property
    def line_styles(self) -> LineStyles:
        """The styles of a line, computed once until they change (a widget's style is costly to compute)."""
        if self._styles is None:
            base = self.rich_style
            self._styles = LineStyles(base, base + self.get_component_rich_style("indicator-table--header"),
                                      base + self.get_component_rich_style("indicator-table--even-row"),
                                      self.get_component_rich_style("indicator-table--cursor"))
        return self._styles

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        position = -1 if y == 0 else scroll_y + y - 1  # line 0 is the header, which never scrolls away
        base = self.line_styles.base
        if position >= len(self.shown):
            return Strip.blank(width, base)
        line = self._line(position)
        return line.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, y)

    def _line(self, position: int) -> Strip:
        """The whole (unscrolled) line of the header (-1) or the row at `position`, from the cache if there."""
        cursor = self.cursor_column if position == self.cursor_row else -1
        key = (position, cursor)
        cached = self._lines.get(key)
        if cached is not None:
            return cached
        styles = self.line_styles
        if position < 0:
            texts = [column.title for column in COLUMNS]
            style = styles.header
        else:
            texts = self.cells(position)
            style = styles.even_row if position % 2 else styles.base
        cursor_style = style + styles.cursor
        layout = self.column_layout
        segments = [
            Segment(layout.pad(fit_cell(text, width, column.numeric)), cursor_style if index == cursor else style)
            for index, (column, width, text) in enumerate(zip(COLUMNS, layout.widths, texts))
        ]
        line = Strip(segments, self._line_width)
        self._lines[key] = line
        return line

    # cursor ---------------------------------------------------------------

    @property
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def move_cursor(self, row: int | None = None, column: int | None = None) -> None:
        """Put the cursor on `row` (position in display order) and `column`, and scroll it into view."""
        if row is not None:
            self.cursor_row = max(0, min(row, len(self.shown) - 1))
        if column is not None:
            self.cursor_column = max(0, min(column, len(COLUMNS) - 1))
        self._lines.clear()
        self._scroll_to_cursor()
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        scroll_x, scroll_y = self.scroll_offset
        top = min(scroll_y, self.cursor_row)
        top = max(top, self.cursor_row - self._page + 1)
        layout = self.column_layout
        left_edge, right_edge = layout.edge(self.cursor_column), layout.edge(self.cursor_column + 1)
        view_width = self.scrollable_content_region.width
        left = min(scroll_x, left_edge)
        left = max(left, right_edge - view_width)
        self.scroll_to(x=left, y=top, animate=False, immediate=True)

    def action_move(self, rows: int, columns: int) -> None:
        self.move_cursor(self.cursor_row + rows, self.cursor_column + columns)

    def action_page(self, pages: int) -> None:
        self.move_cursor(self.cursor_row + pages * self._page)

    def action_sort(self, descending: bool) -> None:
        self.post_message(self.SortRequested(self.cursor_column, descending))

    def action_choose(self) -> None:
        row = self.cursor_indicator
        if row is not None:
            self.post_message(self.RowChosen(row))

    def action_export(self) -> None:
        self.post_message(self.ExportRequested())

    def _column_at(self, x: int) -> int | None:
        return next((index for index in range(len(COLUMNS)) if x < self.column_layout.edge(index + 1)), None)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        scroll_x, scroll_y = self.scroll_offset
        column = self._column_at(offset.x + scroll_x)
        if column is None:
            return
        if offset.y == 0:
            self.post_message(self.SortRequested(column, None))
            return
        position = scroll_y + offset.y - 1
        if position < len(self.shown):  # a click on a row shows its quote, as Enter does
            self.move_cursor(position, column)
            self.action_choose()


class ViewReady(Message):
    """A worker computed the rows to show for the table's rows of `generation`."""

    def __init__(self, generation: int, view: View) -> None:
        super().__init__()
        self.generation = generation
        self.view = view


class WidthsMeasured(Message):
    """A worker measured every column over all the rows of `generation`."""

    def __init__(self, generation: int) -> None:
        super().__init__()
        self.generation = generation


class RowsReady(Message):
    """A worker built the table's rows (a new `generation`) and their first view."""

    def __init__(self, generation: int, index: RowIndex, view: View) -> None:
        super().__init__()
        self.generation = generation
        self.index = index
        self.view = view


class IndicatorPane(Vertical):
    """Title line, filter box and the table."""

    BINDINGS = [
        Binding("f", "focus_filter", "Filter rows", id="indicators.filter",
                tooltip="Type words (metric, kind, place, year) to keep the rows holding each of them"),
    ]

    ALLOW_MAXIMIZE = True

    class IndicatorChosen(Message):
        """Enter (or a click) on a row: show its quote."""

        def __init__(self, indicator: Indicator) -> None:
            super().__init__()
            self.indicator = indicator

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = RowIndex(IndicatorRecords([], []), [])
        self.view = View("", None, [])
        self.scope = ""
        self.sort: Sort | None = None
        self.loading = False  # no rows yet: they are being read or built
        self.complete = True  # False: the rows of the first reports only, while the rest are read
        self._generation = 0

    def compose(self) -> ComposeResult:
        yield Static(id="indicator-title")
        yield Input(placeholder="filter by metric, kind or place (e.g. gdp target 济南)", id="indicator-filter",
                    compact=True)
        yield IndicatorTable(id="indicator-table")

    @property
    def table(self) -> IndicatorTable:
        return self.query_one(IndicatorTable)

    @property
    def query_text(self) -> str:
        return self.query_one("#indicator-filter", Input).value

    @property
    def shown(self) -> ShownRows:
        """The rows on show, after filter and sort, in display order (each made when read)."""
        return ShownRows(self.index, self.view.shown)

    # loading --------------------------------------------------------------

    def show_indicators(self, records: IndicatorRecords, place_of: Callable[[str], str], scope: str,
                        region_of: Callable[[str], str] | None = None, complete: bool = True,
                        level_of: Callable[[str], PlaceLevel | None] | None = None) -> None:
        """Replace the rows by `records`; `scope` names them; `region_of` gives a report's province words,
        `level_of` its place's level (national reports name GDP 国内生产总值).

        Not `complete`: the first reports' rows, shown until the rest come (the title says so).
        Many rows, or rows to filter, are built in a worker; the title says so meanwhile.
        """
        self._generation += 1
        self.scope, self.complete = scope, complete
        if len(records) <= ROWS_BUILT_AT_ONCE and not self.query_text:
            self.workers.cancel_group(self, "indicator-rows")
            self.index, self.loading = RowIndex.of_reports(records, place_of, region_of, level_of), False
            self.index.measure_widths()
            self._apply(self.index.view("", self.sort) or View("", self.sort, []))
            return
        self.loading = True
        self._show_title()
        self._build_rows(self._generation, records, place_of, region_of, level_of, self.query_text, self.sort)

    # A description of our own: by default Textual would repr every argument (200,000 indicators) on the UI thread.
    @work(thread=True, group="indicator-rows", exclusive=True, exit_on_error=False, description="build table rows")
    def _build_rows(self, generation: int, records: IndicatorRecords, place_of: Callable[[str], str],
                    region_of: Callable[[str], str] | None, level_of: Callable[[str], PlaceLevel | None] | None,
                    query: str, sort: Sort | None) -> None:
        """Build the rows and their first view; then prepare filtering and every sort while the user reads."""
        worker = get_current_worker()
        index = RowIndex.of_reports(records, place_of, region_of, level_of)
        keep_out_of_full_collections(index)
        view = index.view(query, sort, cancelled=lambda: worker.is_cancelled)
        if view is None:
            return
        self.post_message(RowsReady(generation, index, view))
        self._prepare(worker, generation, index)

    def _prepare(self, worker: Worker, generation: int, index: RowIndex) -> None:
        """While the user reads the first rows: get filtering ready, measure every column, get every sort ready.

        Pauses between steps leave the UI thread the interpreter; a newer set of rows cancels it.
        """
        for step in index.prepare():
            if worker.is_cancelled:
                return
            time.sleep(PREPARE_PAUSE)
            step()
            if step == index.measure_widths:
                self.post_message(WidthsMeasured(generation))
        keep_out_of_full_collections(index)

    def on_widths_measured(self, message: WidthsMeasured) -> None:
        message.stop()
        if message.generation == self._generation:
            self._apply(self.view)

    def on_rows_ready(self, message: RowsReady) -> None:
        message.stop()
        if message.generation != self._generation:
            return
        self.index, self.loading = message.index, False
        self._apply(message.view)
        if message.view.query != self.query_text or message.view.sort != self.sort:
            self._refilter()

    # filtering and sorting ------------------------------------------------

    def _refilter(self) -> None:
        """Compute the view for the filter box and the sort in a worker (cancelling the one running)."""
        if self.loading:
            return
        self._compute_view(self._generation, self.index, self.query_text, self.sort, self.view)

    @work(thread=True, group="indicator-view", exclusive=True, exit_on_error=False, description="filter and sort")
    def _compute_view(self, generation: int, index: RowIndex, query: str, sort: Sort | None, previous: View) -> None:
        worker = get_current_worker()
        view = index.view(query, sort, previous, cancelled=lambda: worker.is_cancelled)
        if view is not None and not worker.is_cancelled:
            self.post_message(ViewReady(generation, view))

    def on_view_ready(self, message: ViewReady) -> None:
        message.stop()
        view = message.view
        if message.generation == self._generation and view.query == self.query_text and view.sort == self.sort:
            self._apply(view)

    def _apply(self, view: View) -> None:
        self.view = view
        table = self.table
        width = table.scrollable_content_region.width
        table.show(self.index, view.shown, fit_layout(self.index.widths(view.shown[:WIDTH_SAMPLE]), width))
        self._show_title()
        self.call_after_refresh(self._refit, width)

    def _refit(self, width: int) -> None:
        """Fit the columns again when the table's width changed as it showed the rows (its scrollbar came)."""
        if self.table.scrollable_content_region.width != width:
            self._apply(self.view)

    def _show_title(self) -> None:
        title = self.query_one("#indicator-title", Static)
        scope = literal_content(self.scope)
        total, shown = len(self.index), len(self.view.shown)
        if self.loading or not self.complete:
            first = f" (the first {total} shown)" if total and not self.complete else ""
            title.update(Content.assemble("Loading the indicators of ", scope, f" …{first}"))
        elif not total:
            title.update(Content.assemble("No indicators for ", scope, ". Press T for every report's indicators."))
        elif not shown:
            title.update(Content.assemble("No indicator of ", scope,
                                          f" matches the filter; clear it to see all {total}."))
        else:
            order = ""
            if self.sort is not None:
                order = f" · sorted by {COLUMNS[self.sort.column].title} {'↓' if self.sort.descending else '↑'}"
            title.update(Content.assemble(f"{shown} of {total} indicators · ", scope, order))

    def sort_by(self, column: int, descending: bool) -> None:
        """Sort the rows by column `column`."""
        self.sort = Sort(column, descending)
        self._refilter()

    def on_indicator_table_sort_requested(self, event: IndicatorTable.SortRequested) -> None:
        event.stop()
        descending = event.descending
        if descending is None:  # a header click: the same column again flips the order
            descending = self.sort is not None and self.sort.column == event.column and not self.sort.descending
        self.sort_by(event.column, descending)

    def on_resize(self, event: events.Resize) -> None:
        if len(self.index):
            self.call_after_refresh(self._apply, self.view)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "indicator-filter":
            event.stop()
            self._refilter()

    def action_focus_filter(self) -> None:
        """Move to the table's own filter box (the tree's is `f` elsewhere)."""
        self.query_one("#indicator-filter", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "indicator-filter":
            event.stop()
            self.table.focus()

    def on_indicator_table_row_chosen(self, event: IndicatorTable.RowChosen) -> None:
        event.stop()
        self.post_message(self.IndicatorChosen(event.row.indicator))

    def on_indicator_table_export_requested(self, event: IndicatorTable.ExportRequested) -> None:
        event.stop()
        self.export()

    def export(self) -> None:
        """Ask where to write the rows shown as CSV, then write them."""
        if self.loading or not self.view.shown:
            self.notify("The table shows no rows to export.", severity="warning")
            return
        from tui.screens.table_export import TableExportScreen

        self.app.push_screen(TableExportScreen(self.shown, self.scope))
