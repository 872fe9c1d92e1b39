"""Export the indicator table's rows, as shown (after filter and sort), to a CSV file the user confirms.

A modal dialog: it proposes a file name in the current directory, refuses to
overwrite an existing file until the user confirms, writes atomically in a worker
and dismisses with the path written (None when cancelled).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from tui.present.markdown import safe_filename
from store.files import write_atomic
from tui.widgets.indicator_rows import IndicatorRow, csv_text


def proposed_csv_name(scope: str) -> str:
    """A file name for the rows of `scope` ("济南市 2022 · …", "all 19 reports in the tree")."""
    return safe_filename(f"indicators {scope}", suffix=".csv")


class TableExportScreen(ModalScreen[Path | None]):
    """Ask where to write the table's rows as CSV, then write them."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    DEFAULT_CSS = """
    TableExportScreen { align: center middle; }
    TableExportScreen > #dialog {
        width: 90%; max-width: 100; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    TableExportScreen #title { text-style: bold; margin-bottom: 1; }
    TableExportScreen #status { min-height: 1; }
    TableExportScreen #status.warning { color: $warning; }
    TableExportScreen #status.error { color: $error; }
    TableExportScreen #buttons { height: auto; align-horizontal: right; }
    TableExportScreen Button { margin-left: 2; }
    """

    class Finished(Message):
        """The worker wrote the file (`error` None) or failed with `error`."""

        def __init__(self, path: Path, error: str | None) -> None:
            super().__init__()
            self.path = path
            self.error = error

    def __init__(self, rows: list[IndicatorRow], scope: str) -> None:
        super().__init__()
        self.rows = rows
        self.scope = scope
        self._confirmed: Path | None = None  # the existing file the user agreed to overwrite

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text(f"Export the {len(self.rows)} rows shown to CSV"), id="title")
            yield Static(Text(f"File name (in {Path.cwd()} unless you give a path):"))
            yield Input(proposed_csv_name(self.scope), id="csv-file-name")
            yield Static(id="status")
            with Horizontal(id="buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def _target(self) -> Path:
        """The file the name in the box stands for (relative names are in the current directory)."""
        return (Path.cwd() / Path(self.query_one("#csv-file-name", Input).value.strip()).expanduser()).resolve()

    @on(Input.Changed, "#csv-file-name")
    def _name_changed(self) -> None:
        self._confirmed = None
        self.query_one("#export", Button).label = "Export"
        self._status("")

    @on(Input.Submitted, "#csv-file-name")
    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        if not self.query_one("#csv-file-name", Input).value.strip():
            self._status("Type a file name first.", "error")
            return
        target = self._target()
        if target.is_dir():
            self._status(f"{target} is a folder: type a file name.", "error")
            return
        if target.exists() and self._confirmed != target:
            self._confirmed = target
            self.query_one("#export", Button).label = "Overwrite"
            self._status(f"{target} already exists. Press Overwrite (or enter) to replace it, or change the name.",
                         "warning")
            return
        self.query_one("#export", Button).disabled = True
        self._status(f"Writing {target} …")
        self._write(target)

    @work(thread=True, group="table-export", exclusive=True, exit_on_error=False)
    def _write(self, target: Path) -> None:
        try:
            write_atomic(target, csv_text(self.rows).encode("utf-8"))
        except Exception as error:  # noqa: BLE001 — any failure becomes a one-line notice
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            self.post_message(self.Finished(target, reason))
            return
        self.post_message(self.Finished(target, None))

    @on(Finished)
    def _finished(self, message: Finished) -> None:
        if message.error is not None:
            self.query_one("#export", Button).disabled = False
            self._status(f"Could not write {message.path}: {message.error}", "error")
            return
        self.app.notify(f"Exported {len(self.rows)} indicators to {message.path}", title="Export", markup=False)
        self.dismiss(message.path)

    def _status(self, text: str, severity: str = "") -> None:
        status = self.query_one("#status", Static)
        status.update(Text(text))
        status.set_classes(severity)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
