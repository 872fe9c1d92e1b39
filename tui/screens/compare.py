"""Compare two sections side by side, e.g. 济南's and 银川's work plans (工作安排).

Scrolling one reader scrolls the other to the same proportion of its text.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from store.api import ReportStore
from tui.messages import StoreFailed, failure_reported
from tui.present.labels import display_heading, section_label
from tui.text import literal_content
from tui.widgets.cjk_text import CJKStatic

#: A section to show: (report id, section id).
SectionRef = tuple[str, str]


@dataclass(frozen=True, slots=True)
class SectionText:
    """What a reader pane shows: a heading line and blocks of (is_heading, text)."""

    label: str
    blocks: tuple[tuple[bool, str], ...]


def load_section_text(store: ReportStore, ref: SectionRef) -> SectionText | None:
    """The section with its sub-sections' headings and paragraphs in reading order, or None if missing."""
    report_id, section_id = ref
    try:
        report = store.report(report_id)
    except KeyError:
        return None
    section = report.section(section_id)
    if section is None:
        return None
    blocks = []
    for node in section.walk():
        if node is not section:
            blocks.append((True, display_heading(node.heading, node.number)))
        blocks.extend((False, paragraph.text) for paragraph in node.paragraphs)
    return SectionText(section_label(report, section_id), tuple(blocks))


class SectionReader(Vertical):
    """One side of the comparison: a heading and the scrollable section text."""

    DEFAULT_CSS = """
    SectionReader { width: 1fr; }
    SectionReader > .label { background: $boost; color: $accent; text-style: bold; padding: 0 1; }
    SectionReader > VerticalScroll { padding: 0 1; }
    SectionReader > VerticalScroll:focus { background-tint: $foreground 4%; }
    SectionReader .subheading { text-style: bold; margin-top: 1; }
    SectionReader .paragraph { margin-bottom: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static(classes="label")
        yield VerticalScroll()

    @property
    def body(self) -> VerticalScroll:
        """The scrolling part, which the screen keeps in step with the other side."""
        return self.query_one(VerticalScroll)

    def show_failure(self, reason: str) -> None:
        """Say that the text could not be read, and why."""
        self.query_one(".label", Static).update(Text(reason))

    def show(self, ref: SectionRef, section: SectionText | None) -> None:
        """Replace the text with `section`, or say that the section is missing."""
        label = self.query_one(".label", Static)
        self.body.remove_children()
        if section is None:
            label.update(Text(f"Section {ref[1]} of report {ref[0]} is not in the cache"))
            self.body.mount(Static(Text(
                "Close this screen (q), mark two sections in the tree with m, then press c to compare them."
            ), classes="paragraph"))
            return
        label.update(literal_content(section.label))
        self.body.mount_all(
            CJKStatic(literal_content(text), classes="subheading" if is_heading else "paragraph")
            for is_heading, text in section.blocks
        )


class CompareSectionsScreen(Screen[None]):
    """Two section readers side by side with synchronised scrolling."""

    CSS_PATH = "side_by_side.tcss"
    BINDINGS = [
        Binding("q,escape", "close", "Close"),
        Binding("tab", "app.focus_next", "Other side", show=True),
    ]

    class Loaded(Message):
        """Both sections have been read from the store."""

        def __init__(self, left: SectionText | None, right: SectionText | None) -> None:
            super().__init__()
            self.left = left
            self.right = right

    def __init__(self, store: ReportStore, left: SectionRef, right: SectionRef) -> None:
        super().__init__()
        self.store = store
        self.left = left
        self.right = right
        self._following = False

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield SectionReader(id="left")
            yield SectionReader(id="right")
        yield Footer()

    def on_mount(self) -> None:
        left, right = self.query_one("#left", SectionReader), self.query_one("#right", SectionReader)
        left.loading = right.loading = True
        self.watch(left.body, "scroll_y", lambda: self._follow(left.body, right.body), init=False)
        self.watch(right.body, "scroll_y", lambda: self._follow(right.body, left.body), init=False)
        self._load()

    @work(thread=True, group="store", exclusive=True)
    def _load(self) -> None:
        with failure_reported(self, "read the sections"):
            left, right = load_section_text(self.store, self.left), load_section_text(self.store, self.right)
            self.post_message(self.Loaded(left, right))

    @on(StoreFailed)
    def _failed(self, message: StoreFailed) -> None:
        for reader in self.query(SectionReader):
            reader.loading = False
            reader.show_failure(message.reason)

    @on(Loaded)
    def _show(self, message: Loaded) -> None:
        left, right = self.query_one("#left", SectionReader), self.query_one("#right", SectionReader)
        left.show(self.left, message.left)
        right.show(self.right, message.right)
        left.loading = right.loading = False
        left.body.focus()

    def _follow(self, source: VerticalScroll, target: VerticalScroll) -> None:
        """Scroll `target` to the proportion `source` is scrolled to (unless `source` is itself following)."""
        if self._following:
            return
        proportion = source.scroll_y / source.max_scroll_y if source.max_scroll_y else 0.0
        self._following = True
        try:
            target.scroll_to(y=proportion * target.max_scroll_y, animate=False, immediate=True)
        finally:
            self._following = False

    def action_close(self) -> None:
        self.dismiss()
