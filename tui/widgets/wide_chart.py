"""A plotext chart whose labels may be Chinese.

plotext lays out labels counting one cell per character, but 济南市 takes six cells, not three,
so every label line comes out too wide. `WideCharPlot` hands plotext each double-width character
as two single-width placeholders (private-use code points) and puts the character back in the
finished drawing: the layout is computed with the right widths.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual_plotext import PlotextPlot

_HIGH, _LOW = 0xF0000, 0xF0200  # Supplementary Private Use Area-A: never in report text labels
_PLACEHOLDER_PAIR = re.compile("([\U000F0000-\U000F01FF])([\U000F0200-\U000F03FF])")


def widen_placeholders(label: str) -> str:
    """`label` with each double-width character replaced by two single-width placeholders."""
    return "".join(
        chr(_HIGH + (ord(char) >> 9)) + chr(_LOW + (ord(char) & 0x1FF)) if cell_len(char) == 2 else char
        for char in label
    )


def restore_wide(drawing: str) -> str:
    """The inverse of `widen_placeholders`, on a whole drawing."""
    return _PLACEHOLDER_PAIR.sub(lambda m: chr(((ord(m[1]) - _HIGH) << 9) | (ord(m[2]) - _LOW)), drawing)


class WideCharPlot(PlotextPlot):
    """A `PlotextPlot` that lays out double-width (CJK) labels correctly: pass them through `label()`."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        build = self.plt.build
        self.plt.build = lambda: restore_wide(build())  # type: ignore[method-assign]

    @staticmethod
    def label(text: str) -> str:
        """`text` ready to hand to plotext as a title, tick or legend label."""
        return widen_placeholders(text)
