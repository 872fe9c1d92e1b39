"""One metric across places and years: a place × year table (actual vs target) and a terminal chart.

Enter on a row opens its quotes (actual, target, outcome); from there `a`/`t`/`o` closes the view and
returns the indicator whose report the main screen should open at the quote.
"""

from __future__ import annotations

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Select, Static

from corpus.model import Indicator, PlaceLevel
from corpus.outcomes import Outcome, OutcomeStatus, indicator_outcomes
from store.api import ReportFilter, ReportStore
from tui.messages import StoreFailed, failure_reported
from tui.present.labels import metric_name, place_name, shared_level, short_title
from tui.present.literal import literal_text
from tui.screens.metric_chart import ChartKind, ChartSeries, chart_series, default_kind
from tui.screens.metric_quotes import RowQuotesScreen
from tui.screens.metric_table import MetricRow, copy_text, indicator_key, metric_rows, row_cells
from tui.widgets.bar_chart import BarChart
from tui.widgets.vim_lists import VimDataTable
from tui.widgets.wide_chart import WideCharPlot

#: Colour of each verdict on a target.
OUTCOME_STYLES = {OutcomeStatus.MET: "green", OutcomeStatus.ABOUT: "yellow", OutcomeStatus.MISSED: "bold red"}


#: Below this width the chart goes under the table instead of beside it.
SIDE_BY_SIDE_WIDTH = 120
#: The place column never takes more cells than this ("…" cuts a long name, such as the title of a
#: report whose place is not recognised), so the outcome column stays on screen.
PLACE_WIDTH = 14
#: The year picker's choice that charts every year as lines.
EVERY_YEAR = 0


class MetricScreen(Screen[Indicator | None]):
    """Pick a metric; see it for every place and year in the filter, as a table and a chart."""

    CSS_PATH = "metric.tcss"
    BINDINGS = [
        Binding("q,escape", "close", "Close"),
        Binding("M", "pick_metric", "Pick metric", id="metric.pick_metric"),
        Binding("K", "pick('#chart-kind')", "Kind", id="metric.pick_kind",
                tooltip="Chart actual figures, estimates (预计), both, or targets"),
        Binding("Y", "pick('#chart-year')", "Year", id="metric.pick_year",
                tooltip="Chart one year as bars, or every year as lines"),
        Binding("y", "copy", "Copy row", tooltip="Copy the row under the cursor: its cells and quotes"),
        Binding("tab", "app.focus_next", "Next pane", show=False),
    ]

    class Loaded(Message):
        """The indicators in the filter, the place of each report and the targets' outcomes."""

        def __init__(self, indicators: list[Indicator], places: dict[str, str],
                     outcomes: dict[tuple[str, str, int, int], Outcome], titles: dict[str, str],
                     level: PlaceLevel | None) -> None:
            super().__init__()
            self.indicators = indicators
            self.places = places
            self.outcomes = outcomes
            self.titles = titles
            self.level = level  # of every place in the filter, when it is one: metrics are named for it

    def __init__(self, store: ReportStore, where: ReportFilter | None = None, metric: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.where = where
        self.metric = metric
        self._indicators: list[Indicator] = []
        self._places: dict[str, str] = {}
        self._outcomes: dict[tuple[str, str, int, int], Outcome] = {}
        self._titles: dict[str, str] = {}
        self._level: PlaceLevel | None = None
        self._rows: list[MetricRow] = []

    def compose(self) -> ComposeResult:
        yield Select[str]([], prompt="Pick a metric", id="metric")
        with Horizontal(id="chart-picks"):
            yield Select[ChartKind]([(f"chart: {kind}", kind) for kind in ChartKind], allow_blank=False,
                                    id="chart-kind", compact=True)
            yield Select[int]([], prompt="year", id="chart-year", compact=True)
        yield Static(classes="hint")
        with Container(id="panes"):
            yield VimDataTable(id="table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="chart"):
                yield WideCharPlot(id="trend")
                yield BarChart(id="bars")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#table", DataTable)
        for label in ("place", "year", "actual", "target", "outcome"):
            table.add_column(label, key=label)
        self.query_one("#panes").display = False
        self.query_one("#chart-picks").display = False
        self.loading = True
        self._load()

    def on_resize(self, event: events.Resize) -> None:
        self.query_one("#panes").set_class(event.size.width < SIDE_BY_SIDE_WIDTH, "stacked")

    @work(thread=True, group="store", exclusive=True)
    def _load(self) -> None:
        with failure_reported(self, "read the indicators"):
            indicators = self.store.indicators(where=self.where)
            summaries = {summary.id: summary for summary in self.store.reports(self.where)}
            places = {report_id: place_name(summary) for report_id, summary in summaries.items()}
            titles = {report_id: short_title(summary) for report_id, summary in summaries.items()}
            outcomes = indicator_outcomes((summaries[i.report_id], i) for i in indicators if i.report_id in summaries)
            self.post_message(self.Loaded(indicators, places, {indicator_key(o.target): o for o in outcomes}, titles,
                                          shared_level(summaries.values())))

    @on(StoreFailed)
    def _failed(self, message: StoreFailed) -> None:
        self.loading = False
        self.query_one("#metric").display = False
        self._hint(message.reason)

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.loading = False
        self._indicators, self._places, self._outcomes = message.indicators, message.places, message.outcomes
        self._titles, self._level = message.titles, message.level
        metrics = sorted({indicator.metric for indicator in message.indicators})
        select = self.query_one("#metric", Select)
        if not metrics:
            select.display = False
            self._hint("No indicators in the cache for this filter. Ingest reports (gwr ingest FOLDER), "
                       "or close (q) and widen the filter in the tree.")
            return
        select.set_options((Text(f"{metric_name(metric, self._level)} ({metric})"), metric) for metric in metrics)
        if self.metric in metrics:
            select.value = self.metric
        else:
            self._hint("Pick a metric above (enter or click) to compare it across places and years.")
            select.focus()

    @on(Select.Changed, "#metric")
    def _metric_picked(self, event: Select.Changed) -> None:
        if event.value is Select.NULL:
            return
        self.metric = str(event.value)
        rows = metric_rows(self._indicators, self._places, self.metric, self._outcomes)
        self._fill_table(rows)
        kind_select = self.query_one("#chart-kind", Select)
        with kind_select.prevent(Select.Changed):
            kind_select.value = default_kind(self._indicators, self.metric)
        self._chart(year=None)
        self.query_one("#chart-picks").display = True
        self._hint(f"{len(rows)} place-years. Enter shows a row's quotes. Whole places only; est. = estimate (预计); "
                   "≈ about (左右), ≥ at least (以上), ≤ at most (以内).")
        self.query_one("#panes").display = True
        self.query_one("#table", DataTable).focus()

    def _hint(self, text: str) -> None:
        self.query_one(".hint", Static).update(Text(text))

    @on(DataTable.RowSelected, "#table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        """Show the quotes of the row; jumping to a report from there closes this view."""
        if 0 <= event.cursor_row < len(self._rows) and self.metric is not None:
            quotes = RowQuotesScreen(self._rows[event.cursor_row], metric_name(self.metric, self._level), self._titles)
            self.app.push_screen(quotes, self._jump)

    def _jump(self, indicator: Indicator | None) -> None:
        if indicator is not None:
            self.dismiss(indicator)

    def _fill_table(self, rows: list[MetricRow]) -> None:
        table = self.query_one("#table", DataTable)
        table.clear()
        self._rows = rows
        for row in rows:
            place_text, when, actual, target, outcome = row_cells(row)
            place = literal_text(place_text)
            place.truncate(PLACE_WIDTH, overflow="ellipsis")
            table.add_row(place, Text(when), Text(actual, justify="right"), Text(target, justify="right"),
                          Text(outcome, style=OUTCOME_STYLES.get(row.outcome.status, "")) if row.outcome else Text(""))

    @on(Select.Changed, "#chart-kind")
    def _kind_picked(self) -> None:
        self._chart(year=None)

    @on(Select.Changed, "#chart-year")
    def _year_picked(self, event: Select.Changed) -> None:
        if isinstance(event.value, int):
            self._chart(year=event.value)

    def _chart(self, year: int | None) -> None:
        """Chart the picked kind for `year` (EVERY_YEAR: lines; None: lines if most places have several years)."""
        if self.metric is None:
            return
        kind = self.query_one("#chart-kind", Select).value
        series = chart_series(self._indicators, self._places, self.metric, metric_name(self.metric, self._level),
                              kind if isinstance(kind, ChartKind) else ChartKind.REPORTED)
        if year is None:
            year = EVERY_YEAR if series.is_trend else (series.year_with_most_places() or EVERY_YEAR)
        year_select = self.query_one("#chart-year", Select)
        with year_select.prevent(Select.Changed):
            year_select.set_options([("chart: every year (lines)", EVERY_YEAR),
                                     *((f"chart: {when}", when) for when in reversed(series.years))])
            year_select.value = year if year == EVERY_YEAR or year in series.years else EVERY_YEAR
        self._draw(series, year_select.value)

    def _draw(self, series: ChartSeries, year: int) -> None:
        """Lines over the years (EVERY_YEAR), else one bar per place for `year`."""
        trend, bars = self.query_one("#trend", WideCharPlot), self.query_one("#bars", BarChart)
        trend.display, bars.display = year == EVERY_YEAR, year != EVERY_YEAR
        if year != EVERY_YEAR:
            bars.show(f"{series.title}, {year}", series.bars(year))
            return
        plt = trend.plt
        plt.clear_figure()
        plt.title(trend.label(series.title))
        for place, points in series.points.items():
            plt.plot([year for year, _ in points], [value for _, value in points], label=trend.label(place),
                     marker="dot")
        plt.xticks([float(year) for year in series.years], [str(year) for year in series.years])
        trend.refresh()

    def action_copy(self) -> None:
        """`y`: copy the row under the table's cursor to the clipboard (OSC 52), as `y` does in the indicator table."""
        row = self.query_one("#table", DataTable).cursor_row
        if not 0 <= row < len(self._rows):
            self.notify("Pick a metric first: there is no row to copy.", severity="warning")
            return
        text = copy_text(self._rows[row])
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {len(text)} characters.", timeout=2)

    def action_pick_metric(self) -> None:
        self.action_pick("#metric")

    def action_pick(self, selector: str) -> None:
        """Open a picker (the metric, the chart's kind or year) from the keyboard."""
        select = self.query_one(selector, Select)
        if select.display and select.parent is not None and select.parent.display:
            select.focus()
            select.expanded = True

    def action_close(self) -> None:
        self.dismiss(None)
