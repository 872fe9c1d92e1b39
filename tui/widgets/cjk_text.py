"""Line breaking for Chinese text (中文断行).

Textual wraps at spaces only, so a run of Chinese characters counts as one long
"word": a paragraph with a stray space ("挑战， 全力以赴…", common where scraped
reports were rejoined across page breaks) breaks early and leaves a half-empty
line. Chinese may break between any two characters, except that closing
punctuation (，。、；：？！」”）…) never starts a line. `CJKStatic` pre-breaks its
content at the widget's width by those rules.
"""

from __future__ import annotations

import unicodedata

from rich.cells import get_character_cell_size
from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.selection import Selection
from textual.widgets import Static

#: Punctuation that may not start a line (避头点).
NO_LINE_START = set("，。、；：？！）》」』”’…—～·%．,.;:?!)]}")


def breakable_before(text: str, index: int) -> bool:
    """Whether a line may start at `text[index]`."""
    char = text[index]
    if char in NO_LINE_START:
        return False
    previous = text[index - 1]
    return previous.isspace() or is_wide(char) or is_wide(previous)


def is_wide(char: str) -> bool:
    """A double-width (East Asian wide or full-width) character."""
    return unicodedata.east_asian_width(char) in "WF"


def break_offsets(text: str, width: int) -> list[int]:
    """Offsets at which to break `text` (one line, no newlines) so each line fits `width` cells."""
    offsets: list[int] = []
    line_start, line_cells, last_break = 0, 0, None
    for index, char in enumerate(text):
        if index > line_start and breakable_before(text, index):
            last_break = index
        cells = get_character_cell_size(char)
        if line_cells + cells > width and index > line_start and not char.isspace():
            cut = last_break if last_break is not None and last_break > line_start else index
            offsets.append(cut)
            line_start, last_break = cut, None
            line_cells = sum(get_character_cell_size(c) for c in text[cut:index])
        line_cells += cells
    return offsets


def line_starts(text: str, width: int) -> list[int]:
    """The offsets in `text` at which its lines start once broken to `width` cells (the first is 0)."""
    starts, offset = [], 0
    for line in text.split("\n"):
        starts.append(offset)
        if width > 0:
            starts += [offset + cut for cut in break_offsets(line, width)]
        offset += len(line) + 1
    return starts


def prewrap(content: Content, width: int) -> Content:
    """`content` with line breaks inserted so that every line fits `width` cells."""
    if width <= 0:
        return content
    lines = content.split("\n")
    broken = [part for line in lines for part in line.divide(break_offsets(line.plain, width))]
    return Content("\n").join(broken)


class CJKStatic(Static):
    """A `Static` that breaks Chinese text between characters instead of only at spaces.

    Selected text is copied as written: the line breaks this widget inserted are left out.
    """

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        visual = self.visual
        if not isinstance(visual, Content):
            return super().get_selection(selection)
        text = visual.plain
        starts = line_starts(text, self.size.width)
        ends = [*(start for start in starts[1:]), len(text) + 1]
        lines = [text[start:end].removesuffix("\n") for start, end in zip(starts, ends)]
        first_line, first_column = (0, 0) if selection.start is None else selection.start.transpose
        last_line, last_column = (len(lines) - 1, len(lines[-1])) if selection.end is None else selection.end.transpose
        last_line = min(last_line, len(lines) - 1)
        start = starts[first_line] + min(first_column, len(lines[first_line]))
        end = starts[last_line] + min(last_column, len(lines[last_line]))
        return text[start:end], "\n"

    def render(self) -> RenderResult:
        visual = self.visual
        return prewrap(visual, self.size.width) if isinstance(visual, Content) else visual

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        visual = self.visual
        if isinstance(visual, Content):
            return prewrap(visual, width).get_height(self.styles, width)  # type: ignore[arg-type]  # as Widget does
        return super().get_content_height(container, viewport, width)
