"""Real seed sentences for the indicator tests, found in corpus/samples with str.find."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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


def sentence_containing(prefix: str, fragment: str, after: str = "") -> SeedSentence:
    """The sentence of seed `prefix` holding `fragment` (searching from the first `after`), ends included."""
    text = seed_text(prefix)
    at = text.find(fragment, text.find(after) if after else 0)
    assert at >= 0, f"{fragment!r} not in seed {prefix}"
    start = max(text.rfind(end, 0, at) for end in SENTENCE_ENDS) + 1
    ends = [e for e in (text.find(end, at + len(fragment)) for end in SENTENCE_ENDS) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    return SeedSentence(text[start:end], start)
