"""The section reader: a report's headings and paragraphs, with highlights and a breadcrumb."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from corpus.model import Report, Section
from tui.highlights import all_indicator_spans, glossary_spans, occurrences
from tui.messages import ReaderTarget
from tui.present.labels import display_heading, section_headings, short_title
from tui.present.literal import visible
from tui.text import literal_content
from tui.widgets.cjk_text import CJKStatic, line_starts
from tui.widgets.vim_keys import SCROLL_VIM_BINDINGS

INDICATOR_STYLE = "bold $text-warning"
GLOSSARY_STYLE = "underline $text-success"
MATCH_STYLE = "$text on $warning-muted"
FOCUS_STYLE = "bold $text on $accent-muted"

Span = tuple[int, int]


@dataclass(slots=True)
class Block:
    """A displayed piece of report text: where it starts in `Report.text` and its widget."""

    start: int
    text: str
    widget: Static


def styled(text: str, start: int, layers: list[tuple[str, list[Span]]]) -> Content:
    """`text` (found at `start` in the report) as literal content with each layer's spans styled."""
    content = literal_content(text)
    end = start + len(text)
    for style, spans in layers:
        for span_start, span_end in spans:
            if span_start < end and span_end > start:
                content = content.stylize(style, max(span_start, start) - start, min(span_end, end) - start)
    return content


def fit_trail(parts: list[str], width: int) -> str:
    """The breadcrumb "a › b › c" in `width` cells: the first part (place and year) always stays.

    The parts after it give way to "…" from the left; if the first and last alone are too
    long, the last is cut with "…".
    """
    if not parts:
        return ""
    head, rest = parts[0], parts[1:]
    for dropped in range(max(len(rest), 1)):
        trail = " › ".join([head, *(["…"] if dropped else []), *rest[dropped:]])
        if width <= 0 or cell_len(trail) <= width:
            return trail
    return set_cell_size_ellipsis(f"{head} › … › {rest[-1]}" if rest else head, width)


def set_cell_size_ellipsis(text: str, width: int) -> str:
    """`text` cut to `width` cells, its last cell an ellipsis when cut."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(width - 1, 0)).rstrip() + "…"


def glossary_note(report: Report, text: str) -> Content | None:
    """The definitions of the glossary terms (名词解释) used in `text`, one per line (None: no term)."""
    entries = [entry for entry in report.glossary if entry.term in text]
    if not entries:
        return None
    return Content("\n").join(
        Content.assemble((visible(entry.term), "bold $text-success"), " — ", literal_content(entry.definition))
        for entry in entries)


class ReaderBody(VerticalScroll):
    """The scrolling text of the reader; j/k/g/G scroll as in vim and less."""

    BINDINGS = SCROLL_VIM_BINDINGS


class ReportReader(Vertical):
    """Shows one report; `[`/`]` (bound on the screen) move section by section."""

    ALLOW_MAXIMIZE = True

    class SectionChanged(Message):
        """The section at the top of the reader changed."""

        def __init__(self, report_id: str, section_id: str) -> None:
            super().__init__()
            self.report_id = report_id
            self.section_id = section_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.report: Report | None = None
        self.sections: list[Section] = []
        self._headings: list[Static] = []
        self._blocks: list[Block] = []
        self._jumping = False
        self._top_offset: int | None = None  # the report offset of the text at the top, kept across resizes
        self.current_index = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="reader-bar"):
            yield Static(id="reader-crumbs")
            yield Static(id="reader-position")
        yield ReaderBody(id="reader-body", can_focus=True)
        yield Static(id="reader-glossary")

    def on_mount(self) -> None:
        self.body = self.query_one("#reader-body", VerticalScroll)
        self.watch(self.body, "scroll_y", self._follow_scroll, init=False)

    # showing --------------------------------------------------------------

    def show_message(self, message: Content | str) -> None:
        """An empty state: no report, only what to do next."""
        self.report, self.sections = None, []
        self._headings, self._blocks = [], []
        self._top_offset = None
        self.body.remove_children()
        self.body.mount(Static(message, classes="reader-empty"))
        self.query_one("#reader-crumbs", Static).update("")
        self.query_one("#reader-position", Static).update("")
        self.hide_glossary()

    async def show_report(self, report: Report, target: ReaderTarget | None = None) -> None:
        """Display `report` and go to `target` (default: its first section)."""
        target = target or ReaderTarget()
        self.report = report
        self.sections = list(report.walk_sections())
        widgets = self._build_widgets(report)
        await self.body.remove_children()
        await self.body.mount_all(widgets)
        self.highlight(target)

    def highlight(self, target: ReaderTarget) -> None:
        """Restyle the shown report for `target` (its focus span and search words) and go there."""
        report = self.report
        if report is None:
            return
        layers: list[tuple[str, list[Span]]] = [
            (GLOSSARY_STYLE, glossary_spans(report)),
            (INDICATOR_STYLE, all_indicator_spans(report)),
            (MATCH_STYLE, [span for word in target.words for span in occurrences(report.text, word)]),
            (FOCUS_STYLE, [target.focus] if target.focus else []),
        ]
        for block in self._blocks:
            block.widget.update(styled(block.text, block.start, layers))
        self.call_after_refresh(self.go_to, target)

    def _build_widgets(self, report: Report) -> list[Static]:
        """A heading widget per section and a widget per paragraph (text before the first heading too)."""
        widgets: list[Static] = []
        self._headings, self._blocks = [], []

        def add_text(start: int, text: str) -> None:
            if text.strip():
                widget = CJKStatic(classes="para")
                widget.tooltip = glossary_note(report, text)
                self._blocks.append(Block(start, text, widget))
                widgets.append(widget)

        first_start = self.sections[0].start if self.sections else len(report.text)
        add_text(0, report.text[:first_start])
        for section in self.sections:
            heading = Static(literal_content(display_heading(section.heading, section.number)),
                             classes=f"heading level-{min(section.level, 3)}")
            self._headings.append(heading)
            widgets.append(heading)
            for paragraph in section.paragraphs:
                add_text(paragraph.start, paragraph.text)
        return widgets

    # moving ---------------------------------------------------------------

    def go_to(self, target: ReaderTarget) -> None:
        """Scroll to the target's focus span, else to its section, else to the top."""
        if target.focus is not None:
            self._scroll_to_offset(target.focus[0])
        elif target.section_id is not None:
            index = next((i for i, s in enumerate(self.sections) if s.id == target.section_id), 0)
            self.go_to_section(index)
        else:
            self.go_to_section(0)

    def go_to_section(self, index: int) -> None:
        """Bring section `index` (in reading order) to the top."""
        if not self.sections:
            return
        index = max(0, min(index, len(self.sections) - 1))
        self._jumping = True
        self.body.scroll_to_widget(self._headings[index], top=True, animate=False, immediate=True)
        self._jumping = False
        self._top_offset = self.sections[index].start
        self._set_current(index)

    def next_section(self) -> None:
        self.go_to_section(self.current_index + 1)

    def previous_section(self) -> None:
        self.go_to_section(self.current_index - 1)

    def _scroll_to_offset(self, offset: int, at_top: bool = False) -> None:
        """Scroll the line holding report offset `offset` into view: a third down, or at the top."""
        block = self._block_at(offset)
        index = self._section_index_at(offset)
        if block is None:
            self.go_to_section(index)
            return
        line = self._line_of(block, offset)
        self._jumping = True
        self.body.scroll_to(y=max(line - (0 if at_top else self.body.size.height // 3), 0),
                            animate=False, immediate=True)
        self._jumping = False
        self._top_offset = offset if at_top else self._offset_at_top()
        self._set_current(index)

    def _block_at(self, offset: int) -> Block | None:
        """The last paragraph starting at or before `offset`."""
        return next((b for b in reversed(self._blocks) if b.start <= offset), None)

    @staticmethod
    def _line_of(block: Block, offset: int) -> int:
        """The body line showing report offset `offset` of `block`, as the paragraph is broken now."""
        starts = line_starts(visible(block.text), block.widget.size.width)
        within = sum(1 for start in starts[1:] if start <= offset - block.start)
        return block.widget.virtual_region.y + within

    def _offset_at_top(self) -> int | None:
        """The report offset of what is at the top of the body: a heading's section start, else the
        first paragraph line at (or below) the top."""
        top = int(self.body.scroll_y)
        for section, heading in zip(self.sections, self._headings):
            if top <= heading.virtual_region.y <= top + 1:
                return section.start
        for block in self._blocks:
            region = block.widget.virtual_region
            if region.y + region.height <= top:
                continue
            if region.y >= top:
                return block.start
            starts = line_starts(visible(block.text), block.widget.size.width)
            return block.start + starts[min(top - region.y, len(starts) - 1)]
        return None

    def on_resize(self) -> None:
        """Keep the text that was at the top in view (lines move when the width changes), and the bar fitting."""
        if self.current_section is not None:
            self._show_bar(self.current_section)
        if self._top_offset is not None:
            self.call_after_refresh(self._restore_top, self._top_offset)

    def _restore_top(self, offset: int) -> None:
        """Bring `offset` back to the top: the heading when it starts a section, else its line."""
        index = next((i for i, section in enumerate(self.sections) if section.start == offset), None)
        if index is not None:
            self.go_to_section(index)
        else:
            self._scroll_to_offset(offset, at_top=True)

    def _section_index_at(self, offset: int) -> int:
        """The deepest section whose span contains `offset` (reading order index)."""
        found = 0
        for index, section in enumerate(self.sections):
            if section.start <= offset < max(section.end, section.start + 1):
                found = index
        return found

    def _follow_scroll(self, scroll_y: float) -> None:
        if self._jumping or not self._headings:
            return
        self._top_offset = self._offset_at_top()
        top = int(scroll_y)
        index = 0
        for i, heading in enumerate(self._headings):
            if heading.virtual_region.y <= top + 1:
                index = i
            else:
                break
        self._set_current(index, force=False)

    def _set_current(self, index: int, force: bool = True) -> None:
        if index == self.current_index and not force:
            return
        self.current_index = index
        if self.report is None or not self.sections:
            return
        section = self.sections[index]
        self._show_bar(section)
        self.post_message(self.SectionChanged(self.report.id, section.id))
        if self.has_class("-glossary"):
            self.show_glossary()

    # the bar and the glossary --------------------------------------------

    @property
    def current_section(self) -> Section | None:
        return self.sections[self.current_index] if self.sections else None

    def _show_bar(self, section: Section) -> None:
        report = self.report
        assert report is not None
        where = " ".join(part for part in (report.place.name if report.place else None,
                                           str(report.title_year) if report.title_year else None) if part)
        trail = [where or None, short_title(report), *section_headings(report, section.id)]
        crumbs = self.query_one("#reader-crumbs", Static)
        crumbs.update(literal_content(fit_trail([part for part in trail if part], crumbs.size.width)))
        self.query_one("#reader-position", Static).update(
            f"section {self.current_index + 1} of {len(self.sections)}")

    def toggle_glossary(self) -> None:
        """Show or hide the definitions of the glossary terms used in the current section."""
        if self.has_class("-glossary"):
            self.hide_glossary()
        else:
            self.show_glossary()

    def show_glossary(self) -> None:
        self.add_class("-glossary")
        panel = self.query_one("#reader-glossary", Static)
        section, report = self.current_section, self.report
        if report is None or section is None:
            panel.update("Open a report first.")
            return
        note = glossary_note(report, report.text[section.start:section.end])
        panel.update(note or "No glossary terms (名词解释) in this section.")

    def hide_glossary(self) -> None:
        self.remove_class("-glossary")
