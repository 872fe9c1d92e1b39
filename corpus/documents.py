"""Split a source text into the documents it holds.

A compilation (汇编) opens with a table of contents (目录) listing its reports,
"1．2022年济南市政府工作报告\t1"; each report then starts at a line repeating its
title, in TOC order. Any other text is one document. The TOC itself belongs to
no document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.cleaning import compact

_TOC_HEADING = re.compile(r"^目\s*录$")
_TOC_ENTRY = re.compile(r"^\d{1,3}\s*[.．、]\s*(?P<title>.+?)[\s.…·．]*\d{1,4}$")
#: The table of contents must start within this many lines of the top.
TOC_REACH = 30
#: A report's title line is short; longer lines are not compared with TOC titles.
MAX_TITLE_LINE = 80


@dataclass(slots=True)
class SourceDocument:
    """The raw lines of one document of a source text."""

    lines: list[str]
    toc_title: str | None = None  # the title the table of contents gives it
    warnings: list[str] = field(default_factory=list)


def table_of_contents(lines: list[str]) -> tuple[list[str], int]:
    """The titles listed by a table of contents near the top, and the index of the line after it."""
    for index, line in enumerate(lines[:TOC_REACH]):
        if _TOC_HEADING.match(line.strip()):
            titles: list[str] = []
            position = index + 1
            while position < len(lines):
                entry = lines[position].strip()
                match = _TOC_ENTRY.match(entry)
                if match:
                    titles.append(match.group("title").strip())
                elif entry:
                    break
                position += 1
            return titles, position
    return [], 0


def split_documents(lines: list[str]) -> list[SourceDocument]:
    """The documents of a source text: one per TOC entry found in the body, or the whole text."""
    titles, body_start = table_of_contents(lines)
    if len(titles) < 2:
        return [SourceDocument(lines)]
    starts: list[tuple[int, str]] = []
    missing: list[str] = []
    position = body_start
    compact_lines = [compact(line) if len(line) <= MAX_TITLE_LINE else "" for line in lines]
    for title in titles:
        wanted = compact(title)
        found = next((i for i in range(position, len(lines)) if compact_lines[i] == wanted), None)
        if found is None:
            missing.append(title)
            continue
        starts.append((found, title))
        position = found + 1
    if not starts:
        return [SourceDocument(lines, warnings=["table of contents matches no title in the text"])]
    documents = [
        SourceDocument(lines[start:end], title)
        for (start, title), end in zip(starts, [s for s, _ in starts[1:]] + [len(lines)])
    ]
    if missing:
        documents[0].warnings.append(f"table of contents lists reports not found in the text: {'、'.join(missing)}")
    orphans = sum(1 for line in lines[body_start:starts[0][0]] if line.strip())
    if orphans:
        documents[0].warnings.append(f"{orphans} lines between the table of contents and the first report "
                                     "belong to no report")
    return documents
