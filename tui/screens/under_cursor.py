"""What is under the cursor of the main screen: the text `y` copies and the passage `o` opens.

An indicator table row (its cells and quote), a search hit (its snippet), a section in the tree
or the reader (its text as written, paragraphs on their own lines, not as the screen breaks them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpus.model import Report

if TYPE_CHECKING:
    from tui.screens.main import MainScreen

SNIPPET_ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class CursorItem:
    """The text to copy, the report it comes from, and a passage of it to find in the source file."""

    text: str
    report_id: str
    passage: str


def section_item(report: Report, section_id: str) -> CursorItem | None:
    """A section's text (heading, paragraphs, subsections) exactly as the report has it."""
    section = report.section(section_id)
    if section is None:
        return None
    text = report.text[section.start:section.end].strip()
    return CursorItem(text, report.id, text)


def under_cursor(screen: MainScreen) -> CursorItem | None:
    """The item under the focused pane's cursor, or the reader's current section; None when nothing is."""
    focused = screen.focused
    if focused is not None and focused.id == "indicator-table":
        table = screen.indicator_pane.table
        row = table.cursor_indicator
        if row is not None:
            indicator = row.indicator
            return CursorItem("\t".join([*table.cells(table.cursor_row), indicator.quote]), indicator.report_id,
                              indicator.quote)
    if focused is not None and focused.id == "search-results":
        index = screen.search_pane.results.highlighted
        if index is not None and index < len(screen.hits):
            hit = screen.hits[index]
            snippet = hit.snippet.replace("\n", " ").strip(SNIPPET_ELLIPSIS)
            return CursorItem(snippet, hit.report_id, snippet)
    entry = screen.tree.cursor_entry if focused is screen.tree else None
    if entry is not None and entry.report_id and entry.section_id:
        report = screen.tree.loaded_report(entry.report_id)
        if report is not None:
            return section_item(report, entry.section_id)
    report, section = screen.reader.report, screen.reader.current_section
    if report is not None and section is not None:
        return section_item(report, section.id)
    return None
