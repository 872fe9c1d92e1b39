"""Which spans of a report the reader highlights: indicator numbers, glossary terms, matches.

Pure functions from a `Report` to (start, end) spans of `Report.text`.
"""

from __future__ import annotations

import re

from corpus.model import Indicator, Report

_NUMBER = re.compile(r"\d+(?:[.．]\d+)?")


def _same_number(written: str, value: float | None) -> bool:
    if value is None:
        return False
    try:
        return abs(float(written.replace("．", ".")) - value) < 1e-9
    except ValueError:
        return False


def indicator_number_spans(report: Report, indicator: Indicator) -> list[tuple[int, int]]:
    """The figures of `indicator` inside its quote (value, high end, growth) as report spans."""
    quote = report.text[indicator.start:indicator.end]
    spans = []
    for match in _NUMBER.finditer(quote):
        if any(_same_number(match.group(), v) for v in (indicator.value, indicator.value_high, indicator.growth)):
            spans.append((indicator.start + match.start(), indicator.start + match.end()))
    return spans


def all_indicator_spans(report: Report) -> list[tuple[int, int]]:
    """Spans of every number that became an indicator."""
    return [span for indicator in report.indicators for span in indicator_number_spans(report, indicator)]


def occurrences(text: str, needle: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every (start, end) of `needle` in `text[start:end]`, as offsets of `text`."""
    spans: list[tuple[int, int]] = []
    if not needle:
        return spans
    end = len(text) if end is None else end
    position = text.find(needle, start, end)
    while position != -1:
        spans.append((position, position + len(needle)))
        position = text.find(needle, position + len(needle), end)
    return spans


def glossary_spans(report: Report) -> list[tuple[int, int]]:
    """Every occurrence of a glossary term (名词解释) in the report."""
    return [span for entry in report.glossary for span in occurrences(report.text, entry.term)]
