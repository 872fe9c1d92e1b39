"""Digit cleaning (数字规范化) that keeps offsets: the text figures are read from, mapped back to the source.

Reports write numbers in several ways the extractor should read alike:
- full-width digits and signs (全角数字): "２００３年", "８．５％", "6.5%－7%", "3～5年" → ASCII
  (０-９ ． ％ － ～ become 0-9 . % - ~), one character for one, so offsets do not move;
- typesetting-spaced digits (letter-spaced text, common in PDF extractions): "1 9 9 7 年",
  "7 4 7 7 2 亿元", "7 . 5 %" → "1997年", "74772亿元", "7.5%";
- Chinese numerals in figures (中文数字): "百分之七点五" → "7.5%", "三万人" → "3万人",
  "五千亿元" → "5000亿元", "增长两倍" → "增长200%", "翻一番" → "增长100%", "翻两番" → "增长300%".

Spaced digits are only joined when the spacing can only be typesetting. Numbers in a list are
written "2、3" or "2和3", never with a bare space, but a bare "2 3" may still be two numbers, so:
- a run of three or more single-character tokens (digits, at most one decimal point inside)
  separated by single spaces is joined ("1 9 9 7");
- a run of two ("1 2") is joined only when the text around it is letter-spaced as well
  ("增 长 1 2 %"): a single spaced character on each side;
- a token of two or more digits ("12 3 4") means the spaces separate numbers: never joined.
The single space between a joined number and the character after it ("1997 年") goes too, and so
does a single space between two Chinese characters ("经 济增长", debris of a line break).

Chinese numerals are only read where they can only be a figure: after 百分之, before a magnitude
(万, 亿: "三万人"), with a place word inside ("五千", "十二"), or as a multiple after a verb of growth
("增长两倍"). "一是", "三大攻坚战", "五年" and "两个中心" stay as written.

`clean_digits(text)` returns the clean text with, for each clean character, the span of original
text it came from, so a quote found in the clean text is cut from the original
(`original[cleaned.original_start(s):cleaned.original_end(e)]`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.units import UNIT_SYMBOLS

#: Full-width characters that stand for ASCII ones in figures, one for one.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．％－～", "0123456789.%-~")
#: Any of them (a search in C is far quicker than `str.translate` looking up every character of CJK text).
_ANY_FULL_WIDTH = re.compile("[０１２３４５６７８９．％－～]")

#: Single-character tokens separated by single spaces ("1 9 9 7", "7 . 5"), with no number next to them.
_SPACED_RUN = re.compile(r"(?<![0-9.])(?<![0-9.] )[0-9](?: (?:[0-9]|\.(?= [0-9])))+(?! ?[0-9])")
_MIN_RUN_TOKENS = 3
#: A single space between two Chinese characters.
_SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")

_DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9}
_PLACE_VALUES = {"十": 10, "百": 100, "千": 1000}
_NUMERAL = "[零〇一二两三四五六七八九十百千]+"
#: 百分之七, 百分之七点五, 百分之十二.
_PERCENT_WORDS = re.compile(rf"百分之(?P<whole>{_NUMERAL})(?:点(?P<fraction>[零〇一二三四五六七八九]+))?")
#: A numeral not inside a longer word ("第三", "周一"), with what follows it.
_NUMERAL_FIGURE = re.compile(rf"(?<![零〇一二两三四五六七八九十百千第周])(?P<numeral>{_NUMERAL})(?P<next>[万亿]?)")
_UNIT_AFTER = re.compile("|".join(re.escape(symbol) for symbol in (*UNIT_SYMBOLS, "%")))
#: "增长两倍": a multiple as growth; "翻一番" doubles, "翻两番" quadruples.
_TIMES = re.compile(r"(?P<verb>增长|增加|提高)(?P<numeral>[一二两三四五六七八九十]|[0-9]+(?:\.[0-9]+)?)倍")
_DOUBLINGS = re.compile(r"翻(?P<numeral>[一两二三])番")


@dataclass(frozen=True, slots=True)
class CleanText:
    """Text with ASCII, unspaced digits, and the original span each of its characters came from.

    Clean character `i` stands for original text `starts[i]:ends[i]`; `length` is the original length.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    length: int

    @property
    def unchanged(self) -> bool:
        """True when cleaning moved no offset (only one-for-one replacements, if any)."""
        return len(self.text) == self.length and all(start == index for index, start in enumerate(self.starts))

    def original_start(self, offset: int) -> int:
        """The original offset where clean text from `offset` starts."""
        return self.starts[offset] if offset < len(self.starts) else self.length

    def original_end(self, offset: int) -> int:
        """The original offset where clean text ending at `offset` (exclusive) ends."""
        return self.ends[offset - 1] if offset > 0 else 0

    def then(self, step: CleanText) -> CleanText:
        """This cleaning followed by `step` (a cleaning of this one's text), mapped to the original.

        (`original_start` and `original_end` of every offset at once: a lookup in C per character.)
        """
        starts = (*self.starts, self.length)  # index i: original_start(i), for i up to len(self.text)
        ends = (0, *self.ends)  # index i: original_end(i)
        return CleanText(step.text, tuple(map(starts.__getitem__, step.starts)),
                         tuple(map(ends.__getitem__, step.ends)), self.length)


def clean_digits(text: str) -> CleanText:
    """`text` with digits made ASCII, spaced digits joined and Chinese numerals in figures read."""
    ascii_text = ascii_digits(text)  # one character for one: offsets into it are offsets into `text`
    dropped = (_dropped_spaces(ascii_text) | _spaces_inside_words(ascii_text)) if " " in ascii_text else set()
    spaced = _rewrite(ascii_text, [(index, index + 1, "") for index in sorted(dropped)])
    numerals = _numeral_rewrites(spaced.text)
    return spaced.then(_rewrite(spaced.text, numerals)) if numerals else spaced


def ascii_digits(text: str) -> str:
    """`text` with full-width digits and figure signs made ASCII (offsets unchanged)."""
    return text.translate(FULL_WIDTH) if _ANY_FULL_WIDTH.search(text) else text


def chinese_number(numeral: str) -> int | None:
    """The value of a Chinese numeral below 10,000 ("三" 3, "十二" 12, "五千零八" 5008), else None."""
    if all(char in _DIGIT_VALUES for char in numeral):  # "一二" read digit by digit is not a number
        return _DIGIT_VALUES[numeral] if len(numeral) == 1 else None
    total, digit = 0, None
    for char in numeral:
        if char in _DIGIT_VALUES:
            if digit is not None and _DIGIT_VALUES[char] and digit:
                return None  # two digits in a row ("三四百") is a rough range, not a number
            digit = _DIGIT_VALUES[char]
        else:
            total += (1 if digit is None else digit) * _PLACE_VALUES[char]
            digit = None
    return total + (digit or 0)


def _is_figure(text: str, match: re.Match[str]) -> bool:
    """A numeral before a magnitude ("三万人"), or one with a place word before a unit ("一千二百户")."""
    if match.group("next"):
        return True
    has_place = any(char in _PLACE_VALUES for char in match.group("numeral"))
    return has_place and _UNIT_AFTER.match(text, match.end()) is not None


def _rewrite(text: str, replacements: list[tuple[int, int, str]]) -> CleanText:
    """`text` with each non-overlapping `(start, end, new)` replaced; each new character maps to its span."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for start, end, new in sorted(replacements):
        if start < at:
            continue
        pieces.append(text[at:start])
        starts.extend(range(at, start))
        ends.extend(range(at + 1, start + 1))
        pieces.append(new)
        starts.extend([start] * len(new))
        ends.extend([end] * len(new))
        at = end
    pieces.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return CleanText("".join(pieces), tuple(starts), tuple(ends), len(text))


def _dropped_spaces(text: str) -> set[int]:
    """Offsets of the spaces typesetting put inside numbers (and right after them)."""
    dropped: set[int] = set()
    for run in _SPACED_RUN.finditer(text):
        tokens = (run.end() - run.start() + 1) // 2
        if run.group().count(".") > 1:
            continue  # "1 . 2 . 3" is no number
        if tokens < _MIN_RUN_TOKENS and not _letter_spaced_around(text, run.start(), run.end()):
            continue
        dropped.update(range(run.start() + 1, run.end(), 2))
        if _is_single_space_before_text(text, run.end()):
            dropped.add(run.end())
    return dropped


def _spaces_inside_words(text: str) -> set[int]:
    """Single spaces between two Chinese characters ("经 济增长"): line-break debris, never meaningful."""
    return {match.start() for match in _SPACE_IN_WORDS.finditer(text)}


def _letter_spaced_around(text: str, start: int, end: int) -> bool:
    """True when one spaced non-space character stands on each side: "长 1 2 %"."""
    before = text[max(0, start - 3):start]
    after = text[end:end + 3]
    return (len(before) == 3 and before[0] == " " and before[2] == " " and not before[1].isspace()
            and len(after) >= 2 and after[0] == " " and not after[1].isspace()
            and (len(after) == 2 or after[2] == " "))


def _is_single_space_before_text(text: str, position: int) -> bool:
    return text[position:position + 1] == " " and position + 1 < len(text) and not text[position + 1].isspace()


def _numeral_rewrites(text: str) -> list[tuple[int, int, str]]:
    """The Chinese numerals of `text` that are figures, as replacements by their ASCII reading."""
    rewrites: list[tuple[int, int, str]] = []
    for match in _PERCENT_WORDS.finditer(text):
        whole = chinese_number(match.group("whole"))
        fraction = match.group("fraction")
        if whole is not None:
            decimals = "".join(str(_DIGIT_VALUES[char]) for char in fraction) if fraction else ""
            rewrites.append((match.start(), match.end(), f"{whole}.{decimals}%" if decimals else f"{whole}%"))
    for match in _TIMES.finditer(text):
        written = match.group("numeral")
        times = float(written) if written[0].isdigit() else chinese_number(written)
        if times is not None:
            rewrites.append((match.start(), match.end(), f"{match.group('verb')}{times * 100:g}%"))
    for match in _DOUBLINGS.finditer(text):
        doublings = chinese_number(match.group("numeral"))
        if doublings is not None:
            rewrites.append((match.start(), match.end(), f"增长{(2 ** doublings - 1) * 100}%"))
    taken = [(start, end) for start, end, _ in rewrites]
    for match in _NUMERAL_FIGURE.finditer(text):
        if any(start <= match.start() < end for start, end in taken) or not _is_figure(text, match):
            continue
        value = chinese_number(match.group("numeral"))
        if value is not None:
            rewrites.append((match.start(), match.end("numeral"), str(value)))
    return rewrites
