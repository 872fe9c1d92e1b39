"""Real seed sentences for the indicator tests, found in corpus/samples (and its national series) with str.find."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from corpus.reading import read_source

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"
SENTENCE_ENDS = "。\n"


def seed_text(prefix: str) -> str:
    """The raw text of the sample file whose name starts with `prefix` ("002")."""
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class SeedSentence:
    """A sentence of a seed file: its text and where it starts in the file."""

    text: str
    start: int


def national_text(year: int) -> str:
    """The text of the bundled national report of `year` (2003–2018) as the parser reads it (decoded)."""
    return read_source(SAMPLES / "national" / f"national_{year}_gbk.txt")


def sentence_containing(prefix: str, fragment: str, after: str = "") -> SeedSentence:
    """The sentence of seed `prefix` holding `fragment` (searching from the first `after`), ends included."""
    return sentence_in(seed_text(prefix), fragment, after)


def national_sentence(year: int, fragment: str) -> SeedSentence:
    """The sentence of the national report of `year` holding `fragment`."""
    return sentence_in(national_text(year), fragment)


def sentence_in(text: str, fragment: str, after: str = "") -> SeedSentence:
    """The sentence of `text` holding `fragment` (searching from the first `after`), ends included."""
    at = text.find(fragment, text.find(after) if after else 0)
    assert at >= 0, f"{fragment!r} not in the text"
    start = max(text.rfind(end, 0, at) for end in SENTENCE_ENDS) + 1
    ends = [e for e in (text.find(end, at + len(fragment)) for end in SENTENCE_ENDS) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    return SeedSentence(text[start:end], start)
