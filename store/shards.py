"""A report shard: the parsed report split into its structure (JSON) and its text (plain UTF-8).

The text file lets search test a report for its terms without parsing JSON or
building the section tree. A paragraph's text is normally the slice
`Report.text[start:start + length]`, so the structure keeps only its length; a
paragraph that differs from its slice keeps its text.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Iterator

from corpus.model import Indicator, Report, Section, report_from_dict


#: The report fields the structure keeps as they are (orjson writes dataclasses and enums as `to_dict` does).
REPORT_FIELDS = tuple(f.name for f in fields(Report) if f.name not in ("text", "indicators", "sections"))
SECTION_FIELDS = tuple(f.name for f in fields(Section) if f.name not in ("paragraphs", "children"))


def shard_of(report: Report) -> tuple[dict[str, Any], str]:
    """The JSON-ready structure of a report and its text.

    The structure holds neither the text nor the indicators (the catalogue holds those).
    It is built field by field: `dataclasses.asdict` copies deeply and took a sixth of a cold ingest.
    """
    data: dict[str, Any] = {name: getattr(report, name) for name in REPORT_FIELDS}
    data["sections"] = [_section(section, report.text) for section in report.sections]
    return data, report.text


def _section(section: Section, text: str) -> dict[str, Any]:
    """A section as the structure stores it: a paragraph that is its slice of the text keeps only its length."""
    data: dict[str, Any] = {name: getattr(section, name) for name in SECTION_FIELDS}
    data["paragraphs"] = [{"start": p.start, "length": len(p.text)} if text[p.start:p.start + len(p.text)] == p.text
                          else {"text": p.text, "start": p.start} for p in section.paragraphs]
    data["children"] = [_section(child, text) for child in section.children]
    return data


def report_of(structure: dict[str, Any], text: str, indicators: list[Indicator]) -> Report:
    """The report a shard holds, with its indicators from the catalogue (the inverse of `shard_of`)."""
    for section in _walk(structure["sections"]):
        for paragraph in section["paragraphs"]:
            if "length" in paragraph:
                start = paragraph["start"]
                paragraph["text"] = text[start:start + paragraph.pop("length")]
    report = report_from_dict({**structure, "text": text})
    report.indicators = indicators
    return report


def _walk(sections: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for section in sections:
        yield section
        yield from _walk(section["children"])
