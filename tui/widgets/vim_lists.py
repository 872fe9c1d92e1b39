"""The option list and the data table that also move with vim keys (j/k/g/G)."""

from __future__ import annotations

from textual.widgets import DataTable, OptionList

from tui.widgets.vim_keys import vim_bindings


class VimOptionList(OptionList):
    """An option list that also moves with j/k/g/G."""

    BINDINGS = vim_bindings("cursor_down", "cursor_up", "first", "last")


class VimDataTable(DataTable):
    """A data table that also moves with j/k/g/G."""

    BINDINGS = vim_bindings("cursor_down", "cursor_up", "scroll_top", "scroll_bottom")  # these move its cursor too
