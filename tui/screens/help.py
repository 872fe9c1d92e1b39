"""The help screen (`?`): every key, grouped by where it works.

Built from the `BINDINGS` of the screens and widgets, so it cannot drift from them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from rich.table import Table
from rich.text import Text
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEY_NAMES = {
    "slash": "/", "question_mark": "?", "left_square_bracket": "[", "right_square_bracket": "]",
    "escape": "esc", "space": "space", "enter": "enter",
}

GLOBAL_KEYS = [
    ("ctrl+p", "Command palette: open a report, search, compare, export, ingest a folder, change theme"),
    ("ctrl+q", "Quit"),
    ("tab / shift+tab", "Move between the tree, the reader and the bottom pane"),
    ("mouse", "Click tree nodes, table headers (sort), rows and footer keys; scroll with the wheel"),
]

TREE_KEYS = [
    ("↑ ↓ / enter", "Move; open the report or section under the cursor"),
    ("space", "Select the section under the cursor for export (✓ in the tree); on a place, fold it"),
]


def key_name(key: str) -> str:
    """How a binding's key is written for people: "slash" → "/"."""
    return ", ".join(KEY_NAMES.get(k, k) for k in key.split(","))


def binding_rows(bindings: list[BindingType]) -> list[tuple[str, str]]:
    """(key, description) for each binding that has a description."""
    rows = []
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            rows.append((key_name(binding.key), binding.tooltip or binding.description))
    return rows


def key_table(title: str, rows: list[tuple[str, str]]) -> Table:
    """A titled two-column table of keys; long descriptions wrap under themselves."""
    table = Table(title=Text(title, style="bold"), title_justify="left", box=None, show_header=False,
                  padding=(0, 2, 0, 0), expand=True)
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    for key, description in rows:
        table.add_row(Text(key), Text(description))
    return table


class HelpScreen(ModalScreen[None]):
    """Every key of gwr; any of esc, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        from tui.screens.compare import CompareSectionsScreen
        from tui.screens.keywords import KeywordsScreen
        from tui.screens.main import MainScreen
        from tui.screens.metric import MetricScreen
        from tui.widgets.indicator_table import IndicatorTable

        groups = [
            ("Main screen", binding_rows(MainScreen.BINDINGS)),
            ("Report tree", TREE_KEYS),
            ("Indicator table (when it has focus)", binding_rows(IndicatorTable.BINDINGS)),
            ("Compare sections (c)", binding_rows(CompareSectionsScreen.BINDINGS)),
            ("Metric across places and years (M)", binding_rows(MetricScreen.BINDINGS)),
            ("Keywords (k)", binding_rows(KeywordsScreen.BINDINGS)),
            ("Everywhere", GLOBAL_KEYS),
        ]
        with VerticalScroll(id="help-body"):
            yield Static(Content.styled("gwr — keys", "bold"), id="help-title")
            for title, rows in groups:
                yield Static(key_table(title, rows), classes="help-group")
            yield Static("esc, q or ? closes this help.", id="help-footer")
