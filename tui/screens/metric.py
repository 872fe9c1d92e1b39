"""One metric across places and years: a place × year table (actual vs target) and a terminal chart."""

from __future__ import annotations

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Select, Static

from corpus.model import Indicator
from corpus.outcomes import Outcome, OutcomeStatus, indicator_outcomes
from store.api import ReportFilter, ReportStore
from tui.present.figures import format_figure
from tui.screens.bar_chart import BarChart
from tui.screens.failures import StoreFailed
from tui.present.labels import metric_name, place_name
from tui.screens.metric_table import (
    OUTCOME_LABELS,
    ChartSeries,
    MetricRow,
    chart_series,
    indicator_key,
    metric_rows,
)
from tui.screens.wide_chart import WideCharPlot
from tui.present.literal import literal_text

#: Colour of each verdict on a target.
OUTCOME_STYLES = {OutcomeStatus.MET: "green", OutcomeStatus.ABOUT: "yellow", OutcomeStatus.MISSED: "bold red"}


#: Below this width the chart goes under the table instead of beside it.
SIDE_BY_SIDE_WIDTH = 120


class MetricScreen(Screen[None]):
    """Pick a metric; see it for every place and year in the filter, as a table and a chart."""

    BINDINGS = [
        Binding("q,escape", "close", "Close"),
        Binding("M", "pick_metric", "Pick metric"),
        Binding("tab", "app.focus_next", "Next pane", show=False),
    ]

    DEFAULT_CSS = """
    MetricScreen > .hint { padding: 0 1; color: $text-muted; }
    MetricScreen > #panes { layout: horizontal; height: 1fr; }
    MetricScreen > #panes.stacked { layout: vertical; }
    MetricScreen #table { width: 1fr; height: 1fr; }
    MetricScreen #chart { width: 1fr; height: 1fr; }
    MetricScreen #trend { height: 1fr; }
    """

    class Loaded(Message):
        """The indicators in the filter, the place of each report and the targets' outcomes."""

        def __init__(self, indicators: list[Indicator], places: dict[str, str],
                     outcomes: dict[tuple[str, str, int, int], Outcome]) -> None:
            super().__init__()
            self.indicators = indicators
            self.places = places
            self.outcomes = outcomes

    def __init__(self, store: ReportStore, where: ReportFilter | None = None, metric: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.where = where
        self.metric = metric
        self._indicators: list[Indicator] = []
        self._places: dict[str, str] = {}
        self._outcomes: dict[tuple[str, str, int, int], Outcome] = {}

    def compose(self) -> ComposeResult:
        yield Select[str]([], prompt="Pick a metric", id="metric")
        yield Static(classes="hint")
        with Container(id="panes"):
            yield DataTable(id="table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="chart"):
                yield WideCharPlot(id="trend")
                yield BarChart(id="bars")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#table", DataTable)
        for label in ("place", "year", "actual", "target", "outcome"):
            table.add_column(label, key=label)
        self.query_one("#panes").display = False
        self.loading = True
        self._load()

    def on_resize(self, event: events.Resize) -> None:
        self.query_one("#panes").set_class(event.size.width < SIDE_BY_SIDE_WIDTH, "stacked")

    @work(thread=True, group="store", exclusive=True)
    def _load(self) -> None:
        try:
            indicators = self.store.indicators(where=self.where)
            summaries = {summary.id: summary for summary in self.store.reports(self.where)}
        except Exception as error:  # noqa: BLE001 — any store failure becomes a one-line notice
            self.post_message(StoreFailed("read the indicators", error))
            return
        places = {report_id: place_name(summary) for report_id, summary in summaries.items()}
        outcomes = indicator_outcomes((summaries[i.report_id], i) for i in indicators if i.report_id in summaries)
        self.post_message(self.Loaded(indicators, places, {indicator_key(o.target): o for o in outcomes}))

    @on(StoreFailed)
    def _failed(self, message: StoreFailed) -> None:
        self.loading = False
        self.query_one("#metric").display = False
        self._hint(message.reason)

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.loading = False
        self._indicators, self._places, self._outcomes = message.indicators, message.places, message.outcomes
        metrics = sorted({indicator.metric for indicator in message.indicators})
        select = self.query_one("#metric", Select)
        if not metrics:
            select.display = False
            self._hint("No indicators in the cache for this filter. Ingest reports (gwr ingest FOLDER), "
                       "or close (q) and widen the filter in the tree.")
            return
        select.set_options((Text(f"{metric_name(metric)} ({metric})"), metric) for metric in metrics)
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
        self._draw(chart_series(rows, metric_name(self.metric)))
        self._hint(f"{len(rows)} place-years. Whole places only; est. = estimate (预计); "
                   "≈ about (左右), ≥ at least (以上), ≤ at most (以内).")
        self.query_one("#panes").display = True
        self.query_one("#table", DataTable).focus()

    def _hint(self, text: str) -> None:
        self.query_one(".hint", Static).update(Text(text))

    def _fill_table(self, rows: list[MetricRow]) -> None:
        table = self.query_one("#table", DataTable)
        table.clear()
        for row in rows:
            table.add_row(
                literal_text(row.place),
                Text(row.when),
                Text(format_figure(row.actual) if row.actual else "—", justify="right"),
                Text(format_figure(row.target) if row.target else "—", justify="right"),
                Text(OUTCOME_LABELS[row.outcome.status], style=OUTCOME_STYLES.get(row.outcome.status, ""))
                if row.outcome else Text(""),
            )

    def _draw(self, series: ChartSeries) -> None:
        """Lines over the years when most places have several; else one bar per place for the commonest year."""
        trend, bars = self.query_one("#trend", WideCharPlot), self.query_one("#bars", BarChart)
        trend.display, bars.display = series.is_trend, not series.is_trend
        if not series.is_trend:
            year = series.year_with_most_places()
            bars.show(f"{series.title}, {year}" if year else series.title, series.bars(year) if year else {})
            return
        plt = trend.plt
        plt.clear_figure()
        plt.title(trend.label(series.title))
        for place, points in series.points.items():
            plt.plot([year for year, _ in points], [value for _, value in points], label=trend.label(place),
                     marker="dot")
        plt.xticks([float(year) for year in series.years], [str(year) for year in series.years])
        trend.refresh()

    def action_pick_metric(self) -> None:
        select = self.query_one("#metric", Select)
        select.focus()
        select.expanded = True

    def action_close(self) -> None:
        self.dismiss()
