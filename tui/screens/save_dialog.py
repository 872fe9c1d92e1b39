"""The dialog both exports share: name a file, confirm before overwriting, write it in a worker.

A relative name is taken in `folder` (the current directory unless given); an existing file is
only replaced once the user presses Overwrite (or enter) for that very path; a folder is refused.
A subclass composes its own lines around the name box (`compose_body`), starts its worker in
`write`, and posts `Written` when done; a failure arrives as one `StoreFailed` line.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from tui.messages import StoreFailed
from tui.present.literal import visible


class SaveFileDialog(ModalScreen[Path | None]):
    """Ask for a file name, then write the file; dismisses with the path written (None when cancelled)."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    class Written(Message):
        """The file has been written."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        self.folder = folder or Path.cwd()
        self._confirmed: Path | None = None  # the existing file the user agreed to overwrite

    # for subclasses -------------------------------------------------------

    def compose_body(self, name_box: Input) -> ComposeResult:
        """The dialog's lines from its title to the name box (which it must yield)."""
        yield name_box

    def write(self, target: Path) -> None:
        """Start writing `target` (in a worker); post `Written` when done."""
        raise NotImplementedError

    def written_notice(self, path: Path) -> str:
        """The notification once `path` is written."""
        return f"Exported to {path}"

    # the dialog -----------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield from self.compose_body(Input(id="file-name"))
            yield Static(id="status")
            yield from self.compose_progress()
            with Horizontal(id="buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def compose_progress(self) -> ComposeResult:
        """Widgets between the status line and the buttons (none unless a subclass shows progress)."""
        yield from ()

    def folder_line(self) -> Static:
        """"File name (in FOLDER unless you give a path):"."""
        return Static(Text(f"File name (in {self.folder} unless you give a path):"), id="folder")

    def _target(self) -> Path:
        """The file the name in the box stands for (relative names are in `folder`)."""
        return (self.folder / Path(self.query_one("#file-name", Input).value.strip()).expanduser()).resolve()

    @on(Input.Changed, "#file-name")
    def _name_changed(self) -> None:
        self._confirmed = None
        self.query_one("#export", Button).label = "Export"
        self.show_status("")

    @on(Input.Submitted, "#file-name")
    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        if not self.query_one("#file-name", Input).value.strip():
            self.show_status("Type a file name first.", "error")
            return
        target = self._target()
        if target.is_dir():
            self.show_status(f"{target} is a folder: type a file name.", "error")
            return
        if target.exists() and self._confirmed != target:
            self._confirmed = target
            self.query_one("#export", Button).label = "Overwrite"
            self.show_status(f"{target} already exists. Press Overwrite (or enter) to replace it, or change the name.",
                        "warning")
            return
        self.query_one("#export", Button).disabled = True
        self.show_status(f"Writing {target} …")
        self.write(target)

    @on(Written)
    def _written(self, message: Written) -> None:
        self.app.notify(visible(self.written_notice(message.path)), title="Export", markup=False)
        self.dismiss(message.path)

    @on(StoreFailed)
    def _failed(self, message: StoreFailed) -> None:
        self.query_one("#export", Button).disabled = False
        self.show_status(message.reason, "error")

    def show_status(self, text: str, severity: str = "") -> None:
        """Say `text` under the name box ("warning" or "error" colours it)."""
        status = self.query_one("#status", Static)
        status.update(Text(text))
        status.set_classes(severity)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
