"""The command palette (ctrl+p): open a report by name, and the main screen's actions.

The built-in provider already offers "Theme" (change theme) and "Quit".
"""

from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.messages import ReaderTarget
from tui.screens.ingest import IngestFolderScreen
from tui.screens.main import MainScreen
from tui.present.labels import report_heading
from tui.present.literal import visible


class GwrCommands(Provider):
    """Reports by place, year or title, plus search, compare, metric, export and ingest."""

    def _main(self) -> MainScreen | None:
        """The main screen, under whatever screen the palette was opened on."""
        return next((s for s in self.app.screen_stack if isinstance(s, MainScreen)), None)

    def _actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        main = self._main()
        if main is None:
            return []

        def ingest() -> None:
            self.app.push_screen(IngestFolderScreen(), lambda path: main.ingest(path) if path else None)

        return [
            ("Search reports", "Full-text search (/)", main.action_search),
            ("Indicator table", "Key figures of the open report (t)", main.action_indicators),
            ("All indicators", "Key figures of every report in the tree (T)", main.action_all_indicators),
            ("Compare marked sections", "Side by side, the two sections marked with m (c)", main.action_compare),
            ("Compare a metric", "A metric across places and years, with a chart (M)", main.action_metric),
            ("Compare keywords", "The words two groups of reports stress, e.g. 甘肃 vs 山东 (K)", main.action_keywords),
            ("Copy", "What is under the cursor: section text, table row, search snippet (y)", main.action_copy),
            ("Open the source file", "In $PAGER or $EDITOR at the line of what is under the cursor (o)",
             main.action_open_source),
            ("Glossary definitions", "Definitions of the glossary terms (名词解释) in this section (d)",
             main.action_glossary),
            ("Hide or show the tree", "Give the reader the whole width (s)", main.action_toggle_sidebar),
            ("Export selected sections", "To Markdown: the sections selected with space (e)", main.action_export),
            ("Export indicator table to CSV", "The rows the table shows, after filter and sort (e in the table)",
             main.action_export_table),
            ("Ingest folder", "Add report files from a folder to the cache", ingest),
            ("Filter the tree", "By place, province or year (f)", main.action_filter_tree),
        ]

    def _reports(self) -> list[tuple[str, str, Callable[[], object]]]:
        main = self._main()
        if main is None:
            return []
        commands: list[tuple[str, str, Callable[[], object]]] = []
        for summary in main.summaries.values():
            name = visible(f"Open {report_heading(summary)}")

            def open_it(report_id: str = summary.id) -> None:
                main.open_report(report_id, ReaderTarget())
                main.show_in_tree(report_id)

            commands.append((name, f"{summary.section_count} sections", open_it))
        return commands

    async def discover(self) -> Hits:
        for name, help_text, callback in self._actions():
            yield DiscoveryHit(Text(name), callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in [*self._actions(), *self._reports()]:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, Text(name), callback, help=help_text)
