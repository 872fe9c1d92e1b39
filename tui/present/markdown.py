"""Rendering an export: a report (or some of its sections) as Markdown with YAML front matter.

Pure functions shared by `gwr export` and the TUI's export dialog. Report text is
data: Markdown punctuation in it is escaped so that it renders as written.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timezone
from typing import Sequence

from corpus.model import Report, Section
from tui.present.literal import visible

#: Names Windows reserves for devices, whatever the extension.
RESERVED_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                            *(f"lpt{i}" for i in range(1, 10))})
#: Longest file name produced, in UTF-8 bytes (file systems allow 255).
MAX_NAME_BYTES = 200

_UNSAFE_CHARACTERS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]<>#|])")
_LINE_START_MARKER = re.compile(r"^([ \t]*\d*)([-+=.)])", re.MULTILINE)


def safe_filename(title: str, suffix: str = ".md") -> str:
    """A file name made from `title` that stays inside the folder it is joined to.

    Path separators and characters Windows forbids become "_", leading dots and
    spaces go, device names (con, nul …) get a "_" prefix, and the name is cut to
    `MAX_NAME_BYTES`. Chinese characters are kept.
    """
    name = _UNSAFE_CHARACTERS.sub("_", unicodedata.normalize("NFC", title)).strip()
    name = name.lstrip(". ").rstrip(". ")
    name = name.encode("utf-8")[: MAX_NAME_BYTES - len(suffix.encode())].decode("utf-8", "ignore").rstrip(". ")
    if not name:
        name = "report"
    if name.split(".")[0].lower() in RESERVED_NAMES:
        name = f"_{name}"
    return name + suffix


def escape_markdown(text: str) -> str:
    """`text` with Markdown punctuation escaped, so it renders as written."""
    escaped = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    return _LINE_START_MARKER.sub(r"\1\\\2", escaped)


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(value, ensure_ascii=False)


def heading_path(report: Report, section_id: str) -> str:
    """The headings from the top level down to a section: "一、工作回顾 › （一）经济"."""
    return " › ".join(s.heading for s in report.section_path(section_id))


def _source_fields(report: Report, sections: Sequence[Section]) -> list[str]:
    """A report's lines of front matter: title, id, source file, place, years, sections exported."""
    place = report.place
    fields = {
        "title": yaml_string(report.title),
        "report_id": yaml_string(report.id),
        "source_file": yaml_string(report.source_path),
        "place": yaml_string(place.name) if place else "null",
        "province": yaml_string(place.province) if place else "null",
        "title_year": report.title_year,
        "review_year": report.review_year,
        "plan_year": report.plan_year,
    }
    lines = [f"{key}: {'null' if value is None else value}" for key, value in fields.items()]
    lines.append("sections:")
    lines.extend(f"  - {yaml_string(heading_path(report, s.id))}" for s in sections)
    return lines


def front_matter(report: Report, sections: Sequence[Section], exported_at: datetime) -> str:
    """The YAML front matter of an export of one report."""
    lines = ["---", *_source_fields(report, sections)]
    lines.append(f"exported_at: {yaml_string(exported_at.isoformat(timespec='seconds'))}")
    lines.append("---")
    return "\n".join(lines)


def combined_front_matter(parts: Sequence[tuple[Report, Sequence[Section]]], exported_at: datetime) -> str:
    """The one YAML front matter of an export of several reports: a `sources` list, one entry per report."""
    titles = [report.title for report, _ in parts]
    lines = ["---", f"title: {yaml_string(f'{titles[0]}等{len(titles)}份报告')}", "sources:"]
    for report, sections in parts:
        fields = _source_fields(report, sections)
        lines.append(f"  - {fields[0]}")
        lines.extend(f"    {line}" for line in fields[1:])
    lines.append(f"exported_at: {yaml_string(exported_at.isoformat(timespec='seconds'))}")
    lines.append("---")
    return "\n".join(lines)


def _render_section(section: Section, depth: int) -> list[str]:
    blocks = [f"{'#' * min(depth, 6)} {escape_markdown(section.heading)}"]
    blocks.extend(escape_markdown(paragraph.text) for paragraph in section.paragraphs)
    for child in section.children:
        blocks.extend(_render_section(child, depth + 1))
    return blocks


def chosen_sections(report: Report, section_ids: Sequence[str]) -> list[Section]:
    """The sections named by `section_ids` (all top-level sections when empty); KeyError for an unknown id."""
    if not section_ids:
        return list(report.sections)
    sections = []
    for section_id in section_ids:
        section = report.section(section_id)
        if section is None:
            raise KeyError(f"no section {section_id!r} in report {report.id}")
        sections.append(section)
    return sections


def _body(report: Report, sections: Sequence[Section], whole: bool) -> list[str]:
    """The report's title as a level-1 heading, its sections, and its glossary when `whole`."""
    blocks = [f"# {escape_markdown(report.title)}"]
    for section in sections:
        blocks.extend(_render_section(section, 2))
    if report.glossary and whole:
        blocks.append("## 名词解释")
        blocks.extend(f"- **{escape_markdown(entry.term)}**：{escape_markdown(entry.definition)}"
                      for entry in report.glossary)
    return blocks


def render_markdown(report: Report, section_ids: Sequence[str] = (), exported_at: datetime | None = None) -> str:
    """The Markdown export of `report`: the sections named by `section_ids` (all when empty).

    Each selected section comes with its subsections; the glossary (名词解释) is
    added when the whole report is exported. Raises KeyError for an unknown section id.
    """
    return render_export([(report, section_ids)], exported_at)


def render_export(parts: Sequence[tuple[Report, Sequence[str]]], exported_at: datetime | None = None) -> str:
    """One Markdown document for sections of one or more reports, with one front matter at the top.

    One report: its fields at the top level (as `render_markdown`). Several: a `sources` list
    with the same fields per report; each report follows as its own level-1 heading. Control
    characters are shown as symbols (`tui.present.literal.visible`): the file may be `cat` later.
    """
    exported_at = exported_at or datetime.now(timezone.utc)
    chosen = [(report, chosen_sections(report, ids), not ids) for report, ids in parts]
    if len(chosen) == 1:
        report, sections, _ = chosen[0]
        blocks = [front_matter(report, sections, exported_at)]
    else:
        blocks = [combined_front_matter([(report, sections) for report, sections, _ in chosen], exported_at)]
    for report, sections, whole in chosen:
        blocks.extend(_body(report, sections, whole))
    return visible("\n\n".join(blocks) + "\n")
