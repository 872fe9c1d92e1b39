"""A report shard: the parsed report split into its structure (JSON) and its text (plain UTF-8).

The text file lets search test a report for its terms without parsing JSON or
building the section tree. A paragraph's text is normally the slice
`Report.text[start:start + length]`, so the structure keeps only its length; a
paragraph that differs from its slice keeps its text.
"""

from __future__ import annotations

from typing import Any, Iterator

from corpus.model import Indicator, Report, report_from_dict, to_dict


def shard_of(report: Report) -> tuple[dict[str, Any], str]:
    """The JSON-ready structure of a report and its text.

    The structure holds neither the text nor the indicators (the catalogue holds those).
    """
    data = to_dict(report)
    text = data.pop("text")
    del data["indicators"]
    for section in _walk(data["sections"]):
        for paragraph in section["paragraphs"]:
            start, length = paragraph["start"], len(paragraph["text"])
            if text[start:start + length] == paragraph["text"]:
                del paragraph["text"]
                paragraph["length"] = length
    return data, text


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
