"""The help screen (`?`): every key, grouped by where it works.

Built from the `BINDINGS` of the screens and widgets, so it cannot drift from them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
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


def key_table(title: str, rows: list[tuple[str, str]]) -> Content:
    """A titled two-column list of keys."""
    width = max((len(key) for key, _ in rows), default=0) + 2
    lines = [Content.styled(title, "bold $text-accent")]
    lines += [Content.assemble((key.ljust(width), "bold"), description) for key, description in rows]
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Every key of gwr; any of esc, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        from tui.screens.main import MainScreen
        from tui.widgets.indicator_table import IndicatorTable

        groups = [
            ("Main screen", binding_rows(MainScreen.BINDINGS)),
            ("Report tree", TREE_KEYS),
            ("Indicator table (when it has focus)", binding_rows(IndicatorTable.BINDINGS)),
            ("Everywhere", GLOBAL_KEYS),
        ]
        with VerticalScroll(id="help-body"):
            yield Static(Content.styled("gwr — keys", "bold"), id="help-title")
            for title, rows in groups:
                yield Static(key_table(title, rows), classes="help-group")
            yield Static("esc, q or ? closes this help.", id="help-footer")
