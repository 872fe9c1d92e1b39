"""Export selected sections to a Markdown file, in the format of `gwr export`.

One file with one YAML front matter: for one report, as `gwr export` writes it; for several,
a `sources` list naming each report, its source file and the sections taken from it. Each
report then follows as a level-1 heading with its selected sections, in the order its first
section was selected.

A `SaveFileDialog`: it proposes a file name from the reports' titles, refuses to overwrite an
existing file until the user confirms, writes in a worker with a progress bar, reports the path
written and dismisses with it (None when cancelled).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Button, Input, ProgressBar, Static

from store.api import ReportStore
from store.files import write_atomic
from tui.messages import StoreFailed, failure_reported
from tui.present.markdown import render_export, safe_filename
from tui.present.labels import section_label
from tui.screens.save_dialog import SaveFileDialog
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


class ExportScreen(SaveFileDialog):
    """Ask where to write the selected sections, then write them."""

    class Described(Message):
        """The selected sections' labels and the proposed file name, read from the store."""

        def __init__(self, labels: list[str], file_name: str) -> None:
            super().__init__()
            self.labels = labels
            self.file_name = file_name

    class Progressed(Message):
        """One more report has been rendered."""

    def __init__(self, store: ReportStore, selections: list[Selection], folder: Path | None = None) -> None:
        """`folder`: where a bare file name goes (the settings' export_folder; default: the current directory)."""
        super().__init__(folder)
        self.store = store
        self.chosen = selections  # not `selections`: Screen has a reactive of that name

    def compose_body(self, name_box: Input) -> ComposeResult:
        yield Static(Text(f"Export {len(self.chosen)} sections to Markdown"), id="title")
        with VerticalScroll(id="sections"):
            yield Static()
        yield self.folder_line()
        name_box.placeholder = "file name, e.g. 济南市-2022.md"
        yield name_box

    def compose_progress(self) -> ComposeResult:
        yield ProgressBar(total=len(grouped_by_report(self.chosen)) or None, show_eta=False, id="progress")

    def on_mount(self) -> None:
        self.query_one("#progress").display = False
        if not self.chosen:
            self.show_status("Nothing is selected: close (escape), select sections in the tree with space, then "
                             "press e.", "warning")
            self.query_one("#file-name").display = False
            self.query_one("#export", Button).disabled = True
            self.query_one("#cancel", Button).focus()
            return
        self.query_one("#dialog").loading = True
        self._describe()

    @work(thread=True, group="store", exclusive=True)
    def _describe(self) -> None:
        with failure_reported(self, "read the selected reports"):
            reports = {report_id: self.store.report(report_id) for report_id in grouped_by_report(self.chosen)}
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

    def write(self, target: Path) -> None:
        self.query_one("#progress", ProgressBar).display = True
        self._write(target)

    @work(thread=True, group="store", exclusive=True)
    def _write(self, target: Path) -> None:
        with failure_reported(self, f"write {target}"):
            parts = []
            for report_id, section_ids in grouped_by_report(self.chosen).items():
                parts.append((self.store.report(report_id), section_ids))
                self.post_message(self.Progressed())
            write_atomic(target, render_export(parts).encode("utf-8"))
            self.post_message(self.Written(target))

    @on(Progressed)
    def _progressed(self) -> None:
        self.query_one("#progress", ProgressBar).advance(1)

    def written_notice(self, path: Path) -> str:
        return f"Exported {len(self.chosen)} sections to {path}"

    @on(StoreFailed)
    def _read_failed(self) -> None:
        self.query_one("#dialog").loading = False
        self.query_one("#progress").display = False
