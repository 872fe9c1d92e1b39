"""A sentence without 。 can run for pages: reading it costs work in proportion to its length.

Work is counted, not timed: every search the extractor's own patterns make is given a
stretch of text, and the characters of those stretches are added up.
"""

from __future__ import annotations

import re
import sys

import pytest
from indicator_seeds import sentence_containing

import corpus.indicators.extractor as extractor
from corpus.indicators import ExtractionContext, extract_from_text


class CountingPattern:
    """A compiled pattern that adds up the characters each search is handed."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.chars = 0

    def __getattr__(self, name: str) -> object:
        method = getattr(self.pattern, name)

        def counted(string: str, pos: int = 0, endpos: int = sys.maxsize) -> object:
            self.chars += max(0, min(endpos, len(string)) - pos)
            return method(string, pos, endpos)

        return counted


def long_clause_run(repeats: int) -> str:
    """A real review sentence, its 。 turned into ，, repeated: one sentence of `repeats` clause runs."""
    sentence = sentence_containing("000", "全市实现生产总值1913.5亿元").text.strip().rstrip("。")
    return "，".join([sentence] * repeats) + "。"


def characters_searched(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    counters = []
    with monkeypatch.context() as patch:
        for name, value in vars(extractor).items():
            if isinstance(value, re.Pattern):
                counters.append(CountingPattern(value))
                patch.setattr(extractor, name, counters[-1])
        indicators = extract_from_text(text, ExtractionContext())
    assert indicators  # the figures are read
    return sum(counter.chars for counter in counters)


def test_searching_a_sentence_twice_as_long_costs_about_twice_as_much(monkeypatch):
    single = characters_searched(long_clause_run(100), monkeypatch)
    double = characters_searched(long_clause_run(200), monkeypatch)
    assert double <= 2.2 * single
