"""A report shard: the parsed report as JSON, without storing paragraph text twice.

A paragraph's text is normally the slice `Report.text[start:start + length]`, so the
shard keeps only its length; a paragraph that differs from its slice keeps its text.
"""

from __future__ import annotations

from typing import Any

from corpus.model import Report, report_from_dict, to_dict


def shard_of(report: Report) -> dict[str, Any]:
    """The JSON-ready shard of a report."""
    data = to_dict(report)
    text = report.text
    for section in _walk(data["sections"]):
        for paragraph in section["paragraphs"]:
            start, length = paragraph["start"], len(paragraph["text"])
            if text[start:start + length] == paragraph["text"]:
                del paragraph["text"]
                paragraph["length"] = length
    return data


def report_of(data: dict[str, Any]) -> Report:
    """The report a shard holds (the inverse of `shard_of`)."""
    text = data["text"]
    for section in _walk(data["sections"]):
        for paragraph in section["paragraphs"]:
            if "length" in paragraph:
                start = paragraph["start"]
                paragraph["text"] = text[start:start + paragraph.pop("length")]
    return report_from_dict(data)


def _walk(sections: list[dict[str, Any]]):
    for section in sections:
        yield section
        yield from _walk(section["children"])
