"""A horizontal bar chart drawn with text: one exact line per place, Chinese labels aligned.

plotext squeezes more bars than the plot has rows into the rows it has, so a label can sit
next to another place's bar; here every place gets its own line and its value written out.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from tui.present.figures import format_number
from tui.present.literal import literal_text


def bar_lines(title: str, bars: dict[str, float], width: int) -> Text:
    """`title`, then one line per place, longest bar first: label, bar scaled to `width`, value."""
    lines = Text(title, style="bold", justify="center")
    if not bars:
        return lines
    label_width = max(cell_len(place) for place in bars)
    values = {place: format_number(value) for place, value in bars.items()}
    value_width = max(len(value) for value in values.values())
    bar_width = max(1, width - label_width - value_width - 2)
    largest = max(abs(value) for value in bars.values()) or 1.0
    for place, value in sorted(bars.items(), key=lambda item: -item[1]):
        length = round(abs(value) / largest * bar_width)
        lines.append("\n")
        lines.append(literal_text(place + " " * (label_width - cell_len(place))))
        lines.append(" ")
        lines.append("█" * length, style="red" if value < 0 else "cyan")
        lines.append(" " * (bar_width - length) + " ")
        lines.append(values[place].rjust(value_width))
    return lines


class BarChart(Widget):
    """Bars for one year, one line per place; as tall as its places (scroll its container)."""

    DEFAULT_CSS = """
    BarChart { height: auto; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._title = ""
        self._bars: dict[str, float] = {}

    def show(self, title: str, bars: dict[str, float]) -> None:
        """Draw `bars` (place → value) under `title`."""
        self._title, self._bars = title, bars
        self.refresh(layout=True)

    def render(self) -> Text:
        return bar_lines(self._title, self._bars, self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1 + len(self._bars)
