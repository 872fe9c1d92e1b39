"""Counts of people named after their number (数字在前): "5575万农村贫困人口实现脱贫", "611人全部脱贫".

Most figures follow their metric's name; a few metrics are written the other way round, the
count first and the words naming the metric after it (`Metric.people_first`). Such a count is
in people (人, 万人) even where only 人口 or 群众 after the number says so.
"""

from __future__ import annotations

import re

from corpus.indicators.figures import NUMBER, Figure
from corpus.metrics import METRICS, Metric
from corpus.model import Comparator

_COUNT = rf"(?<![0-9.．])(?P<number>{NUMBER})(?P<scale>万|亿)?(?P<person>人)?"
_PATTERNS: tuple[tuple[Metric, re.Pattern[str]], ...] = tuple(
    (metric, re.compile(rf"{_COUNT}(?P<name>{metric.people_first})")) for metric in METRICS if metric.people_first
)
#: The words that make a number without 人 a count of people: "5575万农村贫困人口".
_PEOPLE_NOUN = re.compile(r"人口|群众")
#: How much text before a count is kept as its cue (where a year before it is read: "2020年…").
CUE_CHARS = 12


def people_first_counts(text: str, start: int, end: int) -> list[tuple[Metric, Figure, int]]:
    """(metric, count, end of the words naming it) for every count named after its number in `text[start:end]`."""
    found = []
    for metric, pattern in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if not match.group("person") and not _PEOPLE_NOUN.search(match.group("name")):
                continue
            unit = (match.group("scale") or "") + "人"
            count_end = match.end("person") if match.group("person") else match.end("number") + len(
                match.group("scale") or "")
            cue = text[max(start, match.start() - CUE_CHARS):match.start()]
            figure = Figure(match.start(), count_end, float(match.group("number").replace("．", ".")), None, unit,
                            Comparator.EXACT, cue, threshold=False)
            found.append((metric, figure, match.end()))
    return sorted(found, key=lambda item: item[1].start)
