"""A report shard: the parsed report split into its structure (JSON) and its text (plain UTF-8).

The text file lets search test a report for its terms without parsing JSON or
building the section tree. A paragraph's text is normally the slice
`Report.text[start:start + length]`, so the structure keeps only its length; a
paragraph that differs from its slice keeps its text.
"""

from __future__ import annotations

from typing import Any, Iterator

from corpus.model import Report, report_from_dict, to_dict


def shard_of(report: Report) -> tuple[dict[str, Any], str]:
    """The JSON-ready structure of a report (everything but its text), and its text."""
    data = to_dict(report)
    text = data.pop("text")
    for section in _walk(data["sections"]):
        for paragraph in section["paragraphs"]:
            start, length = paragraph["start"], len(paragraph["text"])
            if text[start:start + length] == paragraph["text"]:
                del paragraph["text"]
                paragraph["length"] = length
    return data, text


def report_of(structure: dict[str, Any], text: str) -> Report:
    """The report a shard holds (the inverse of `shard_of`)."""
    for section in _walk(structure["sections"]):
        for paragraph in section["paragraphs"]:
            if "length" in paragraph:
                start = paragraph["start"]
                paragraph["text"] = text[start:start + paragraph.pop("length")]
    return report_from_dict({**structure, "text": text})


def _walk(sections: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for section in sections:
        yield section
        yield from _walk(section["children"])
