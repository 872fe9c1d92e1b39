"""The tree filter in pinyin: "jinan" or its initials "jn" stand for 济南市.

The pinyin of every place name in the catalogue is computed once, in a worker (pypinyin takes
about a second to import). A typed word is read as pinyin only when, as written, it matches no
report (so ids, years and words such as "other" keep their meaning). It becomes the Chinese name
it spells, the start of the name's full pinyin or of its initials, so the store, search and
the indicator table filter exactly as the tree does. When several places fit, the first in
administrative order is used and the others are named, so the user can type more.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from store.api import ReportFilter, ReportSummary
from store.filters import matches

#: Shorter words are never read as pinyin ("j" would match half the country).
MIN_PINYIN_LETTERS = 2


@dataclass(frozen=True, slots=True)
class PinyinName:
    """A place name with its pinyin, without tones ("jinanshi") and its initials ("jns")."""

    name: str
    full: str
    initials: str

    def spelled_by(self, word: str) -> bool:
        return self.full.startswith(word) or self.initials.startswith(word)


@dataclass(frozen=True, slots=True)
class PinyinTranslation:
    """The filter the typed words stand for, and one note per pinyin word that fits several places."""

    where: ReportFilter
    notes: list[str]


def place_names(summaries: Iterable[ReportSummary]) -> list[str]:
    """Every name a report's place is known by (province, city, place, alias), once, by division code."""
    names: dict[str, None] = {}
    for summary in sorted(summaries, key=lambda s: (s.place.adcode or "~") if s.place else "~"):
        place = summary.place
        if place is not None:
            for name in (place.province, place.parent, place.name, place.alias):
                if name:
                    names.setdefault(name, None)
    return list(names)


def pinyin_names(names: Iterable[str]) -> list[PinyinName]:
    """The pinyin of each name (slow the first time: imports pypinyin; call it from a worker)."""
    from pypinyin import Style, lazy_pinyin

    return [PinyinName(name, "".join(lazy_pinyin(name)).lower(),
                       "".join(lazy_pinyin(name, style=Style.FIRST_LETTER)).lower()) for name in names]


def is_pinyin_word(word: str) -> bool:
    return len(word) >= MIN_PINYIN_LETTERS and word.isascii() and word.isalpha()


def translate(text: str, summaries: list[ReportSummary], names: list[PinyinName]) -> PinyinTranslation:
    """The filter for `text` with each pinyin word replaced by the place name it spells."""
    words, notes = [], []
    for word in text.lower().split():
        if not is_pinyin_word(word) or any(matches(s, ReportFilter(words=(word,))) for s in summaries):
            words.append(word)
            continue
        spelled = [entry.name for entry in names if entry.spelled_by(word)]
        if not spelled:
            words.append(word)
            continue
        words.append(spelled[0])
        if len(spelled) > 1:
            others = "、".join(spelled[1:4]) + ("…" if len(spelled) > 4 else "")
            notes.append(f"{word} → {spelled[0]} (also {others}: type more letters)")
    return PinyinTranslation(ReportFilter(words=tuple(words)), notes)
