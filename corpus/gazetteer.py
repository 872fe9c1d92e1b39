"""The gazetteer: China's provinces, prefectures and counties (行政区划), for place look-ups.

Backed by `corpus/data/gazetteer.tsv`, generated once by
`tools/build_gazetteer.py` from the National Bureau of Statistics' 2023 division
codes (see that script for the source and how to rerun it). The file is read
lazily, on the first look-up, and only once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import Iterable, Iterator


class DivisionLevel(StrEnum):
    """The three levels of the gazetteer."""

    PROVINCE = "province"  # 省级: 省, 自治区, 直辖市
    PREFECTURE = "prefecture"  # 地级: 地级市, 地区, 自治州, 盟
    COUNTY = "county"  # 县级: 市辖区, 县级市, 县, 旗, 自治县 …


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division (行政区划) of the gazetteer."""

    adcode: str  # 6-digit division code: "370211"
    name: str  # full name: "黄岛区"
    level: DivisionLevel
    parent_adcode: str | None  # None for provinces
    former_names: tuple[str, ...] = ()  # names before a rename: ("繁昌县",) for 繁昌区


@dataclass(frozen=True, slots=True)
class Mention:
    """A division name found in a text, at `start`:`end`."""

    name: str
    start: int
    end: int


#: Suffixes dropped to get the short name of a province or prefecture ("甘肃省" → "甘肃").
_SHORT_NAME_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "地区", "盟")


class Gazetteer:
    """Look-ups by code and by name over all divisions."""

    def __init__(self, divisions: list[Division]) -> None:
        self._by_code = {division.adcode: division for division in divisions}
        self._by_name: dict[str, list[Division]] = {}
        self._by_former_name: dict[str, list[Division]] = {}
        self._by_short_name: dict[str, list[Division]] = {}
        for division in divisions:
            self._by_name.setdefault(division.name, []).append(division)
            for former in division.former_names:
                self._by_former_name.setdefault(former, []).append(division)
            short = short_name(division)
            if short is not None:
                self._by_short_name.setdefault(short, []).append(division)
        self._name_pattern = _alternation(self._by_name.keys() | self._by_former_name.keys())
        self._short_name_pattern = _alternation(self._by_short_name.keys())

    def __iter__(self) -> Iterator[Division]:
        """Every division, in adcode order."""
        return iter(self._by_code.values())

    def get(self, adcode: str) -> Division | None:
        """The division with this code, or None."""
        return self._by_code.get(adcode)

    def named(self, name: str) -> list[Division]:
        """Every division with this full name ("鼓楼区" has several)."""
        return list(self._by_name.get(name, ()))

    def formerly_named(self, name: str) -> list[Division]:
        """Every division that had this name before a rename ("繁昌县" → 繁昌区)."""
        return list(self._by_former_name.get(name, ()))

    def short_named(self, short: str) -> list[Division]:
        """Every province or prefecture with this short name ("兰州" → 兰州市)."""
        return list(self._by_short_name.get(short, ()))

    def parent(self, division: Division) -> Division | None:
        """The division directly above, or None for a province."""
        return self._by_code.get(division.parent_adcode or "")

    def ancestors(self, division: Division) -> Iterator[Division]:
        """The divisions above, nearest first."""
        parent = self.parent(division)
        while parent is not None:
            yield parent
            parent = self.parent(parent)

    def province(self, division: Division) -> Division:
        """The province-level division holding `division` (itself for a province)."""
        return next((d for d in self.ancestors(division) if d.level is DivisionLevel.PROVINCE), division)

    def mentions(self, text: str) -> list[Mention]:
        """Full division names, current or former, in `text`, leftmost-longest, in order."""
        return _scan(self._name_pattern, text)

    def short_mentions(self, text: str) -> list[Mention]:
        """Short names of provinces and prefectures in `text`, leftmost-longest, in order."""
        return _scan(self._short_name_pattern, text)


def short_name(division: Division) -> str | None:
    """The name without its suffix for a province or prefecture ("兰州市" → "兰州"), else None."""
    if division.level is DivisionLevel.COUNTY:
        return None
    for suffix in _SHORT_NAME_SUFFIXES:
        if division.name.endswith(suffix) and len(division.name) - len(suffix) >= 2:
            return division.name.removesuffix(suffix)
    return None


def _alternation(names: Iterable[str]) -> re.Pattern[str]:
    # Longest first: at a given position the regex takes the first alternative that matches.
    return re.compile("|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)))


def _scan(pattern: re.Pattern[str], text: str) -> list[Mention]:
    found: list[Mention] = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if _is_word_trap(match, text):  # "东方市场" is a market, not 东方市
            position = match.start() + 1
            continue
        found.append(Mention(match.group(), match.start(), match.end()))
        position = match.end()
    return found


def _is_word_trap(match: re.Match[str], text: str) -> bool:
    return match.group().endswith("市") and text.startswith("场", match.end())


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded from the packaged data file on first use."""
    return Gazetteer(list(_read_divisions()))


def _read_divisions() -> Iterator[Division]:
    text = files("corpus").joinpath("data/gazetteer.tsv").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    next(lines)  # the header
    for line in lines:
        adcode, name, level, parent, former = line.split("\t")
        yield Division(adcode, name, DivisionLevel(level), parent or None, tuple(filter(None, former.split(","))))
