"""The quotes behind one row of the metric view: the actual, the target and what became of the target.

Opened with Enter on a row of the metric table (`M`). `a` jumps to the report the actual comes from,
`t` to the report that set the target, `o` to the report that gives the target's outcome; Esc or `q`
goes back to the table. The screen returns the indicator to jump to, or None.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from corpus.model import Indicator
from tui.present.figures import format_figure
from tui.present.literal import literal_text
from tui.screens.metric_table import OUTCOME_LABELS, MetricRow


class RowQuotesScreen(ModalScreen[Indicator | None]):
    """Each figure of a metric row with its exact quote, and keys to open the report it came from."""

    CSS_PATH = "metric.tcss"
    BINDINGS = [
        Binding("a", "jump('actual')", "Actual's report"),
        Binding("t", "jump('target')", "Target's report"),
        Binding("o", "jump('outcome')", "Outcome's report"),
        Binding("q,escape", "dismiss(None)", "Back"),
    ]

    def __init__(self, row: MetricRow, metric: str, report_names: dict[str, str]) -> None:
        super().__init__()
        self.row = row
        self.metric = metric
        self.report_names = report_names
        outcome = row.outcome.actual if row.outcome else None
        self.figures: dict[str, Indicator | None] = {"actual": row.actual, "target": row.target, "outcome": outcome}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="quotes"):
            yield Static(literal_text(f"{self.metric} · {self.row.place} · {self.row.when}"), classes="label")
            yield from self._figure("a  actual", self.figures["actual"])
            yield from self._figure("t  target", self.figures["target"])
            if self.row.outcome is not None:
                verdict = OUTCOME_LABELS[self.row.outcome.status]
                yield from self._figure(f"o  outcome of the target: {verdict}", self.figures["outcome"])
        yield Footer()

    def _figure(self, label: str, indicator: Indicator | None) -> ComposeResult:
        yield Static(Text(label), classes="label")
        if indicator is None:
            yield Static(Text("— none stated"))
            return
        source = self.report_names.get(indicator.report_id, indicator.report_id)
        yield Static(Text(f"{format_figure(indicator)} · {indicator.kind.value} {indicator.year} · ") +
                     literal_text(source))
        yield Static(Text("「") + literal_text(indicator.quote) + Text("」"))

    def action_jump(self, which: str) -> None:
        """Close and ask for the report of the actual, the target or the outcome (nothing when there is none)."""
        indicator = self.figures.get(which)
        if indicator is None:
            self.notify(f"This row has no {which} to open.", severity="warning")
            return
        self.dismiss(indicator)
