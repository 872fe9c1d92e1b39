"""The parts of a report that search finds: every character of its text belongs to exactly one part.

A part is a section's own text (its heading and the text before its first
sub-section, or after its last one), or text outside every section: the
preamble before the first section, an annex after the last one, such as the
glossary (名词解释). Parts come in reading order; their numbers are the index's
`part` field (`store.index`). Parts holding only whitespace are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: How much of its first line names a part outside every section.
LABEL_LENGTH = 30


@dataclass(slots=True, frozen=True)
class Part:
    """A span of a report's text and the section it belongs to ("" and no headings: outside every section)."""

    section_id: str
    path: tuple[str, ...]  # headings from the top level down
    start: int
    end: int


def parts(sections: list[dict[str, Any]], text: str) -> list[Part]:
    """The parts of a report, from its section structure (as `store.shards` stores it) and its text."""
    found: list[Part] = []

    def add(part: Part) -> None:
        if part.end > part.start and not text[part.start:part.end].isspace():
            found.append(part)

    def visit(section: dict[str, Any], trail: tuple[str, ...]) -> None:
        path = (*trail, section["heading"])
        cursor = section["start"]
        for child in section["children"]:
            add(Part(section["id"], path, cursor, child["start"]))
            visit(child, path)
            cursor = max(cursor, child["end"])
        add(Part(section["id"], path, cursor, section["end"]))

    cursor = 0
    for section in sections:
        add(Part("", (), cursor, section["start"]))
        visit(section, ())
        cursor = max(cursor, section["end"])
    add(Part("", (), cursor, len(text)))
    return found


def label(part: Part, text: str) -> list[str]:
    """The headings naming a part: its section's, or for text outside every section its first line."""
    if part.path:
        return list(part.path)
    first_line = next((line.strip() for line in text[part.start:part.end].splitlines() if line.strip()), "")
    return [first_line[:LABEL_LENGTH] + ("…" if len(first_line) > LABEL_LENGTH else "")]
