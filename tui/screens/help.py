"""The help screen (`?`): every key, grouped by where it works.

Built from the `BINDINGS` of the screens and widgets, so it cannot drift from them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.text import literal_content
from tui.widgets.cjk_text import line_starts

KEY_NAMES = {
    "slash": "/", "question_mark": "?", "left_square_bracket": "[", "right_square_bracket": "]",
    "escape": "esc", "space": "space", "enter": "enter", "left": "←", "right": "→",
}

GLOBAL_KEYS = [
    ("ctrl+p", "Command palette: open a report, search, compare, export, ingest a folder, change theme"),
    ("ctrl+q", "Quit"),
    ("tab / shift+tab", "Move between the tree, the reader and the bottom pane"),
    ("mouse", "Click tree nodes, table headers (sort), rows and footer keys; scroll with the wheel"),
]

TREE_KEYS = [
    ("↑ ↓ / enter", "Move; open the report or section under the cursor"),
]


def key_name(key: str) -> str:
    """How a binding's key is written for people: "slash" → "/"."""
    return ", ".join(KEY_NAMES.get(k, k) for k in key.split(","))


def binding_rows(bindings: Sequence[BindingType], keymap: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(key, description) for each binding that has a description; `keymap` (id → keys) overrides keys."""
    keymap = keymap or {}
    rows = []
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            key = keymap.get(binding.id, binding.key) if binding.id else binding.key
            rows.append((key_name(key), binding.tooltip or binding.description))
    return rows


def key_lines(rows: list[tuple[str, str]], width: int) -> Content:
    """Keys in a column, each description broken to the rest of `width` (between Chinese characters too)."""
    key_width = max((cell_len(key) for key, _ in rows), default=0) + 2
    room = max(width - key_width, 10)
    lines = []
    for key, description in rows:
        starts = line_starts(description, room)
        pieces = [description[a:b].rstrip() for a, b in zip(starts, [*starts[1:], len(description)])]
        for index, piece in enumerate(pieces):
            cell = key if index == 0 else ""
            lines.append(Content.assemble((cell + " " * (key_width - cell_len(cell)), "bold"), literal_content(piece)))
    return Content("\n").join(lines)


class KeyGroup(Widget):
    """A titled list of keys, its descriptions wrapped to the widget's width."""

    DEFAULT_CSS = """
    KeyGroup { height: auto; }
    """

    def __init__(self, title: str, rows: list[tuple[str, str]], **kwargs) -> None:
        super().__init__(**kwargs)
        self.title = title
        self.rows = rows

    def render(self) -> Content:
        return Content("\n").join([Content.styled(self.title, "bold"), key_lines(self.rows, self.content_size.width)])

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1 + key_lines(self.rows, width).get_height(self.styles, width)  # type: ignore[arg-type]  # as Widget does


class HelpScreen(ModalScreen[None]):
    """Every key of gwr; any of esc, q or ? closes it.

    The main screen hands over its own bindings (`main_keys`), so help never imports the main screen.
    """

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
    ]

    def __init__(self, main_keys: Sequence[BindingType]) -> None:
        super().__init__()
        self.main_keys = main_keys

    def compose(self) -> ComposeResult:
        from tui.screens.compare import CompareSectionsScreen
        from tui.screens.export import ExportScreen
        from tui.screens.keywords import KeywordsScreen
        from tui.screens.metric import MetricScreen
        from tui.widgets.indicator_table import IndicatorTable
        from tui.widgets.report_tree import ReportTree
        from tui.widgets.vim_keys import SCROLL_VIM_BINDINGS

        config = getattr(self.app, "config", None)
        keymap = config.keys if config is not None else {}
        groups = [
            ("Main screen", binding_rows(self.main_keys, keymap)),
            ("Report tree", TREE_KEYS + binding_rows(ReportTree.BINDINGS[:3], keymap)),
            ("Tree, lists, tables and the reader", binding_rows(SCROLL_VIM_BINDINGS, keymap)),
            ("Indicator table (when it has focus)", binding_rows(IndicatorTable.BINDINGS, keymap)),
            ("Compare sections (c)", binding_rows(CompareSectionsScreen.BINDINGS, keymap)),
            ("Metric across places and years (M)", binding_rows(MetricScreen.BINDINGS, keymap)),
            ("Keywords (K)", binding_rows(KeywordsScreen.BINDINGS, keymap)),
            ("Export dialog (e)", binding_rows(ExportScreen.BINDINGS, keymap)),
            ("Everywhere", GLOBAL_KEYS),
        ]
        with VerticalScroll(id="help-body"):
            yield Static(Content.styled("gwr — keys", "bold"), id="help-title")
            for title, rows in groups:
                yield KeyGroup(title, rows, classes="help-group")
            yield Static("esc, q or ? closes this help.", id="help-footer")
