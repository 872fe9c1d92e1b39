"""Vim keys (j/k down/up, g/G first/last) for the tree, the lists, the tables and the reader.

One home for them, so every pane moves the same way and the help lists them once. The list and
table that move with them are in `tui.widgets.vim_lists` (the first frame needs neither).
"""

from __future__ import annotations

from textual.binding import Binding, BindingType


def vim_bindings(down: str, up: str, first: str, last: str) -> list[BindingType]:
    """j, k, g and G bound to a widget's own down/up/first/last actions (ids `vim.down` …, remappable)."""
    return [
        Binding("j", down, "Down", show=False, id="vim.down", tooltip="Down one line (vim)"),
        Binding("k", up, "Up", show=False, id="vim.up", tooltip="Up one line (vim)"),
        Binding("g", first, "First", show=False, id="vim.first", tooltip="To the first line (vim)"),
        Binding("G", last, "Last", show=False, id="vim.last", tooltip="To the last line (vim)"),
    ]


#: For scrolling text (the reader).
SCROLL_VIM_BINDINGS = vim_bindings("scroll_down", "scroll_up", "scroll_home", "scroll_end")
