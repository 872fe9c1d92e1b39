"""Export the indicator table's rows, as shown (after filter and sort), to a CSV file the user confirms.

A `SaveFileDialog`: it proposes a file name in the current directory, refuses to
overwrite an existing file until the user confirms, writes atomically in a worker
and dismisses with the path written (None when cancelled).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.widgets import Input, Static

from store.files import write_atomic
from tui.messages import failure_reported
from tui.present.markdown import safe_filename
from tui.screens.save_dialog import SaveFileDialog
from tui.widgets.indicator_rows import IndicatorRow, csv_text


def proposed_csv_name(scope: str) -> str:
    """A file name for the rows of `scope` ("济南市 2022 · …", "all 19 reports in the tree")."""
    return safe_filename(f"indicators {scope}", suffix=".csv")


class TableExportScreen(SaveFileDialog):
    """Ask where to write the table's rows as CSV, then write them."""

    def __init__(self, rows: Sequence[IndicatorRow], scope: str) -> None:
        super().__init__()
        self.rows = rows
        self.scope = scope

    def compose_body(self, name_box: Input) -> ComposeResult:
        yield Static(Text(f"Export the {len(self.rows)} rows shown to CSV"), id="title")
        yield self.folder_line()
        name_box.value = proposed_csv_name(self.scope)
        yield name_box

    def write(self, target: Path) -> None:
        self._write(target)

    @work(thread=True, group="table-export", exclusive=True, exit_on_error=False)
    def _write(self, target: Path) -> None:
        with failure_reported(self, f"write {target}"):
            write_atomic(target, csv_text(self.rows).encode("utf-8"))
            self.post_message(self.Written(target))

    def written_notice(self, path: Path) -> str:
        return f"Exported {len(self.rows)} indicators to {path}"
