"""Export selected sections to a Markdown file, in the format of `gwr export`.

One file with one YAML front matter: for one report, as `gwr export` writes it; for several,
a `sources` list naming each report, its source file and the sections taken from it. Each
report then follows as a level-1 heading with its selected sections, in the order its first
section was selected.

A modal dialog: it proposes a file name in the current directory from the reports' titles,
refuses to overwrite an existing file until the user confirms, writes in a worker with a
progress bar, reports the path written and dismisses with it (None when cancelled).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, ProgressBar, Static

from tui.present.markdown import render_export, safe_filename
from store.api import ReportStore
from store.files import write_atomic
from tui.screens.failures import StoreFailed
from tui.present.labels import section_label
from tui.text import literal_content

#: A section to export: (report id, section id).
Selection = tuple[str, str]


def proposed_file_name(titles: list[str]) -> str:
    """A file name for the export of reports with these titles: the title, or the first "等N份报告"."""
    title = titles[0] if len(titles) == 1 else f"{titles[0]}等{len(titles)}份报告"
    return safe_filename(title)


def grouped_by_report(selections: list[Selection]) -> dict[str, list[str]]:
    """Section ids per report id, both in the order they were selected."""
    groups: dict[str, list[str]] = {}
    for report_id, section_id in selections:
        groups.setdefault(report_id, []).append(section_id)
    return groups


class ExportScreen(ModalScreen[Path | None]):
    """Ask where to write the selected sections, then write them."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > #dialog {
        width: 90%; max-width: 100; height: auto; max-height: 100%; overflow-y: auto;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ExportScreen #title { text-style: bold; }
    ExportScreen #sections { height: auto; max-height: 5; color: $text-muted; margin-bottom: 1; }
    ExportScreen #status { min-height: 1; }
    ExportScreen #status.warning { color: $warning; }
    ExportScreen #status.error { color: $error; }
    ExportScreen #buttons { height: auto; align-horizontal: right; }
    ExportScreen Button { margin-left: 2; }
    """

    class Described(Message):
        """The selected sections' labels and the proposed file name, read from the store."""

        def __init__(self, labels: list[str], file_name: str) -> None:
            super().__init__()
            self.labels = labels
            self.file_name = file_name

    class Progressed(Message):
        """One more report has been rendered."""

    class Written(Message):
        """The file has been written."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    def __init__(self, store: ReportStore, selections: list[Selection], folder: Path | None = None) -> None:
        """`folder`: where a bare file name goes (the settings' export_folder; default: the current directory)."""
        super().__init__()
        self.folder = folder or Path.cwd()
        self.store = store
        self.chosen = selections  # not `selections`: Screen has a reactive of that name
        self._confirmed: Path | None = None  # the existing file the user agreed to overwrite

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text(f"Export {len(self.chosen)} sections to Markdown"), id="title")
            with VerticalScroll(id="sections"):
                yield Static()
            yield Static(Text(f"File name (in {self.folder} unless you give a path):"), id="folder")
            yield Input(placeholder="file name, e.g. 济南市-2022.md", id="file-name")
            yield Static(id="status")
            yield ProgressBar(total=len(grouped_by_report(self.chosen)) or None, show_eta=False, id="progress")
            with Horizontal(id="buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#progress").display = False
        if not self.chosen:
            self._status("Nothing is selected: close (escape), select sections in the tree with space, then press e.",
                         "warning")
            self.query_one("#file-name").display = False
            self.query_one("#export", Button).disabled = True
            self.query_one("#cancel", Button).focus()
            return
        self.query_one("#dialog").loading = True
        self._describe()

    @work(thread=True, group="store", exclusive=True)
    def _describe(self) -> None:
        try:
            reports = {report_id: self.store.report(report_id) for report_id in grouped_by_report(self.chosen)}
        except Exception as error:  # noqa: BLE001 — any store failure becomes a one-line notice
            self.post_message(StoreFailed("read the selected reports", error))
            return
        labels = [section_label(reports[report_id], section_id) for report_id, section_id in self.chosen]
        self.post_message(self.Described(labels, proposed_file_name([report.title for report in reports.values()])))

    @on(Described)
    def _described(self, message: Described) -> None:
        self.query_one("#dialog").loading = False
        self.query_one("#sections > Static", Static).update(
            literal_content("\n".join(f"• {label}" for label in message.labels)))
        file_name = self.query_one("#file-name", Input)
        file_name.value = message.file_name
        file_name.focus()

    def _target(self) -> Path:
        """The file the name in the box stands for (relative names are in the current directory)."""
        return (self.folder / Path(self.query_one("#file-name", Input).value.strip()).expanduser()).resolve()

    @on(Input.Changed, "#file-name")
    def _name_changed(self) -> None:
        self._confirmed = None
        self.query_one("#export", Button).label = "Export"
        self._status("")

    @on(Input.Submitted, "#file-name")
    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        if not self.query_one("#file-name", Input).value.strip():
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
        self.query_one("#progress", ProgressBar).display = True
        self._status(f"Writing {target} …")
        self._write(target)

    @work(thread=True, group="store", exclusive=True)
    def _write(self, target: Path) -> None:
        try:
            parts = []
            for report_id, section_ids in grouped_by_report(self.chosen).items():
                parts.append((self.store.report(report_id), section_ids))
                self.post_message(self.Progressed())
            write_atomic(target, render_export(parts).encode("utf-8"))
        except Exception as error:  # noqa: BLE001 — any failure becomes a one-line notice
            self.post_message(StoreFailed(f"write {target}", error))
            return
        self.post_message(self.Written(target))

    @on(Progressed)
    def _progressed(self) -> None:
        self.query_one("#progress", ProgressBar).advance(1)

    @on(Written)
    def _written(self, message: Written) -> None:
        self.app.notify(f"Exported {len(self.chosen)} sections to {message.path}", title="Export", markup=False)
        self.dismiss(message.path)

    @on(StoreFailed)
    def _failed(self, message: StoreFailed) -> None:
        self.query_one("#dialog").loading = False
        self.query_one("#export", Button).disabled = False
        self.query_one("#progress").display = False
        self._status(message.reason, "error")

    def _status(self, text: str, severity: str = "") -> None:
        status = self.query_one("#status", Static)
        status.update(Text(text))
        status.set_classes(severity)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
