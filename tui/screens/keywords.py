"""The words two reports, or two groups of reports (甘肃 vs 山东), stress most, side by side."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from store.api import Keyword, ReportStore
from tui.messages import StoreFailed, failure_reported
from tui.present.literal import literal_text
from tui.text import literal_content

#: How many words each side lists.
TOP_WORDS = 40


def reports(count: int) -> str:
    """"1 report", "2 reports"."""
    return f"{count} report" if count == 1 else f"{count} reports"


class KeywordColumn(Vertical):
    """One side: its label and a ranked table of words, or what to do when it has none."""

    DEFAULT_CSS = """
    KeywordColumn { width: 1fr; }
    KeywordColumn > .label { background: $boost; color: $accent; text-style: bold; padding: 0 1; }
    KeywordColumn > .empty { padding: 1 2; color: $text-muted; }
    KeywordColumn > DataTable { height: 1fr; }
    """

    def __init__(self, label: str, *, id: str) -> None:
        super().__init__(id=id)
        self.label = label

    def compose(self) -> ComposeResult:
        yield Static(literal_content(self.label), classes="label")
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True)
        table.add_column("#", key="rank")
        table.add_column("word", key="word")
        table.add_column("weight", key="weight")
        table.add_column("count", key="count")
        yield table

    def show(self, keywords: list[Keyword], other: list[Keyword], empty_hint: str) -> None:
        """List `keywords`; words absent from the `other` side's list are bold (this side's own stress)."""
        table = self.query_one(DataTable)
        table.clear()
        if not keywords:
            table.display = False
            self.mount(Static(Text(empty_hint), classes="empty"))
            return
        shared = {keyword.word for keyword in other}
        for rank, keyword in enumerate(keywords, start=1):
            style = "" if keyword.word in shared else "bold"
            table.add_row(
                Text(str(rank), justify="right"),
                literal_text(keyword.word, style=style),
                Text(f"{keyword.weight:.3f}", justify="right"),
                Text(str(keyword.count), justify="right"),
            )


class KeywordsScreen(Screen[None]):
    """Side by side: the words each of two report groups stresses most (TF-IDF, from the store)."""

    CSS_PATH = "side_by_side.tcss"
    BINDINGS = [
        Binding("q,escape", "close", "Close"),
        Binding("tab", "app.focus_next", "Other side"),
    ]

    class Loaded(Message):
        """Both sides' keywords have been read from the store."""

        def __init__(self, left: list[Keyword], right: list[Keyword]) -> None:
            super().__init__()
            self.left = left
            self.right = right

    def __init__(self, store: ReportStore, left: list[str], right: list[str], left_label: str,
                 right_label: str) -> None:
        super().__init__()
        self.store = store
        self.left = left
        self.right = right
        self.left_label = left_label
        self.right_label = right_label

    def compose(self) -> ComposeResult:
        yield Static(Text("Bold: a word only this side stresses among its top words."), classes="legend")
        with Horizontal():
            yield KeywordColumn(f"{self.left_label} ({reports(len(self.left))})", id="left")
            yield KeywordColumn(f"{self.right_label} ({reports(len(self.right))})", id="right")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Horizontal).loading = True
        self._load()

    @work(thread=True, group="store", exclusive=True)
    def _load(self) -> None:
        with failure_reported(self, "count the words"):
            left = self.store.keywords(self.left, top=TOP_WORDS) if self.left else []
            right = self.store.keywords(self.right, top=TOP_WORDS) if self.right else []
            self.post_message(self.Loaded(left, right))

    @on(StoreFailed)
    def _failed(self, message: StoreFailed) -> None:
        self.query_one(Horizontal).loading = False
        self.query_one(".legend", Static).update(Text(message.reason))

    @on(Loaded)
    def _show(self, message: Loaded) -> None:
        self.query_one(Horizontal).loading = False
        for side, own, other, report_ids in (("#left", message.left, message.right, self.left),
                                             ("#right", message.right, message.left, self.right)):
            hint = ("No words: these reports have no text in the cache; re-ingest them (gwr ingest FOLDER)."
                    if report_ids else
                    "No reports on this side: close (q), select reports in the tree with space, and compare again.")
            self.query_one(side, KeywordColumn).show(own, other, hint)
        self.query_one("#left DataTable", DataTable).focus()

    def action_close(self) -> None:
        self.dismiss()
