"""Recognise heading lines (标题) of a work report.

Numbered headings: 一、 / （一） / 1. / 1．, and keyword headings ("关键词：…").
Unnumbered headings are short standalone lines such as "2022年工作回顾", also when
written with a closing colon ("2014年工作回顾：", "重点工作："), but not a line that
introduces a list ("主要做了以下工作：", "主要预期目标是："). A heading's trailing
replacement character (� or "?", where an encoder lost a character) is not part of it.
A Markdown table row ("| 指标 | 数值 |") is never a heading.
A numbered line that runs on into its text ("（一）坚持人民至上…。面对…") is a
lead-phrase heading: its title is the lead phrase up to the first 。 and the rest
of the line is the first paragraph of the section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum


class HeadingStyle(IntEnum):
    """Heading styles, outermost first; a style nests under every smaller one."""

    KEYWORD = 0  # 关键词：…
    UNNUMBERED = 1  # 2022年工作回顾
    CHINESE = 2  # 一、
    PARENTHESISED = 3  # （一）
    ARABIC = 4  # 1. / 1．


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading found at the start of a line."""

    style: HeadingStyle
    number: str | None  # as written: "一", "（三）", "2."; None when unnumbered
    title: str
    body_offset: int | None = None  # where the paragraph after a lead phrase starts in the line


_NUMBERED = (
    (HeadingStyle.CHINESE, re.compile(r"([一二三四五六七八九十]{1,3})、\s*")),
    (HeadingStyle.PARENTHESISED, re.compile(r"([（(][一二三四五六七八九十]{1,3}[）)])\s*")),
    (HeadingStyle.ARABIC, re.compile(r"(\d{1,2}[.．])(?![\d%])\s*")),
)
_KEYWORD = re.compile(r"关键词[:：]")
#: Punctuation that makes a line a sentence rather than a heading.
_SENTENCE_MARKS = frozenset("，。；！？,;!?")
_COLONS = frozenset("：:")
MAX_HEADING_LENGTH = 30
MAX_LEAD_PHRASE_LENGTH = 100
#: Lines of the opening matter (title, date, speaker) that look short but are no headings.
#: Table rows ("地区生产总值 亿元 4350") have figures between gaps.
_NOT_A_HEADING = re.compile(
    r"政\s*府\s*工\s*作\s*报\s*告|代表大会|^\d{4}年\d{1,2}月\d{1,2}日|^——|^各位代表|\d.*\s\S|\S\s.*\d|^\|"
)
#: A heading closed by a colon is short and names a part; a line ending in one of these introduces a list.
MAX_COLON_HEADING_LENGTH = 12
_INTRODUCES_LIST = re.compile(r"以下|如下|是|为|了|有|的|包括|要求|指出|强调|表示|做好|抓好|方面|[一二三四五六七八九十\d]+个")
#: What an encoder leaves where it lost a character.
_LOST_MARKS = frozenset("\ufffd?？")
_LOST_CHARACTER = re.compile(r"(?<=[\u4e00-\u9fff])[\ufffd?？]+$")


_DIGITS = "一二三四五六七八九"


def _digit(character: str) -> int | None:
    return _DIGITS.index(character) + 1 if len(character) == 1 and character in _DIGITS else None


def ordinal(number: str | None) -> int | None:
    """The value of a heading number as written: "三" → 3, "（十二）" → 12, "2." → 2; None if unnumbered."""
    if number is None:
        return None
    core = number.strip("（）().．、")
    if core.isdigit():
        return int(core)
    tens, ten, units = core.partition("十")
    if not ten:
        return _digit(core)
    high = _digit(tens) if tens else 1
    low = _digit(units) if units else 0
    return None if high is None or low is None else high * 10 + low


def without_lost_character(line: str) -> str:
    """`line` without the � or "?" an encoder left at its end in place of a lost character."""
    return _LOST_CHARACTER.sub("", line) if line[-1:] in _LOST_MARKS else line


def is_standalone(line: str) -> bool:
    """A short line with no sentence punctuation: a heading, title or byline, never half a paragraph."""
    return len(line) <= MAX_HEADING_LENGTH + 10 and not _SENTENCE_MARKS.intersection(line)


def numbered_heading(line: str) -> Heading | None:
    """The numbered heading opening `line` (一、 / （一） / 1.), or None."""
    if len(line) <= MAX_HEADING_LENGTH * 2:
        line = without_lost_character(line)
    for style, pattern in _NUMBERED:
        match = pattern.match(line)
        if match is None:
            continue
        number = match.group(1)
        number = number.rstrip("、") if style is HeadingStyle.CHINESE else number
        rest_start = match.end()
        rest = line[rest_start:]
        if not rest:
            return None
        full_stop = rest.find("。")
        if 0 < full_stop <= MAX_LEAD_PHRASE_LENGTH:
            body_start = rest_start + full_stop + 1
            while body_start < len(line) and line[body_start].isspace():
                body_start += 1
            body_offset = body_start if body_start < len(line) else None
            return Heading(style, number, rest[:full_stop].strip(), body_offset)
        if full_stop < 0 and len(rest) <= MAX_HEADING_LENGTH * 2 and not _SENTENCE_MARKS.intersection(rest[-1]):
            return Heading(style, number, rest.strip())
        return None
    return None


def unnumbered_heading(line: str) -> Heading | None:
    """A keyword heading ("关键词：…") or a short standalone heading line, or None."""
    if _KEYWORD.match(line) and len(line) <= MAX_HEADING_LENGTH:
        return Heading(HeadingStyle.KEYWORD, None, line)
    line = without_lost_character(line)
    if line[-1:] in _COLONS and len(line) <= MAX_COLON_HEADING_LENGTH + 1 and not _INTRODUCES_LIST.search(line):
        line = line[:-1]
    if (
        2 <= len(line) <= MAX_HEADING_LENGTH
        and not _SENTENCE_MARKS.intersection(line)
        and not _COLONS.intersection(line)
        and line[-1] not in "、）)"
        and not _NOT_A_HEADING.search(line)
        and not line.isascii()
    ):
        return Heading(HeadingStyle.UNNUMBERED, None, line)
    return None


def find_heading(line: str) -> Heading | None:
    """The heading `line` starts with, numbered or not, or None for a body paragraph."""
    return numbered_heading(line) or unnumbered_heading(line)
