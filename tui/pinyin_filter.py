"""The tree filter in pinyin: "jinan" or its initials "jn" stand for 济南市.

The pinyin of every place name in the catalogue is computed when the filter first needs it (a
latin letter typed), in a worker: pypinyin takes most of a second to import, which the app's
first frame should not wait for. A typed word is read as pinyin only when, as written, it
matches no report (so ids, years and words such as "other" keep their meaning). It becomes the
Chinese names it spells, the start of a name's full pinyin or of its initials, so the store,
search and the indicator table filter exactly as the tree does. When several places fit, the
reports of each are kept and a note names them, so the user can type more to narrow.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from store.api import ReportFilter, ReportSummary
from store.filters import matches

#: Shorter words are never read as pinyin ("j" would match half the country).
MIN_PINYIN_LETTERS = 2
#: How many of the places a pinyin word fits its note names.
NOTE_NAMES = 4


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


def may_need_pinyin(text: str) -> bool:
    """Whether `text` has a latin letter, so its words may have to be read as pinyin (cheap: no lookup)."""
    return any(char.isascii() and char.isalpha() for char in text)


def pinyin_words(text: str, summaries: list[ReportSummary]) -> list[str]:
    """The words of `text` read as pinyin: latin letters only, matching no report as written."""
    return [word for word in text.lower().split()
            if is_pinyin_word(word) and not any(matches(s, ReportFilter(words=(word,))) for s in summaries)]


def translate(text: str, summaries: list[ReportSummary], names: list[PinyinName]) -> PinyinTranslation:
    """The filter for `text` with each pinyin word replaced by the place names it spells.

    A word spelling one place becomes that name; one spelling several keeps the reports of each.
    """
    to_read = set(pinyin_words(text, summaries))
    words: list[str] = []
    any_words: list[tuple[str, ...]] = []
    notes = []
    for word in text.lower().split():
        spelled = [entry.name for entry in names if entry.spelled_by(word)] if word in to_read else []
        if len(spelled) == 1:
            words.append(spelled[0])
        elif spelled:
            any_words.append(tuple(spelled))
            shown = "、".join(spelled[:NOTE_NAMES]) + ("…" if len(spelled) > NOTE_NAMES else "")
            notes.append(f"{word} → {shown} ({len(spelled)} places: type more letters to narrow)")
        else:
            words.append(word)
    return PinyinTranslation(ReportFilter(words=tuple(words), any_words=tuple(any_words)), notes)
