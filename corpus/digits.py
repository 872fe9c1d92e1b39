"""Digit cleaning (数字规范化) that keeps offsets: the text figures are read from, mapped back to the source.

Reports write numbers in several ways the extractor should read alike:
- full-width digits and signs (全角数字): "２００３年", "８．５％", "6.5%－7%", "3～5年" → ASCII
  (０-９ ． ％ － ～ become 0-9 . % - ~), one character for one, so offsets do not move;
- typesetting-spaced digits (letter-spaced text, common in PDF extractions): "1 9 9 7 年",
  "7 4 7 7 2 亿元", "7 . 5 %" → "1997年", "74772亿元", "7.5%".

Spaced digits are only joined when the spacing can only be typesetting. Numbers in a list are
written "2、3" or "2和3", never with a bare space, but a bare "2 3" may still be two numbers, so:
- a run of three or more single-character tokens (digits, at most one decimal point inside)
  separated by single spaces is joined ("1 9 9 7");
- a run of two ("1 2") is joined only when the text around it is letter-spaced as well
  ("增 长 1 2 %"): a single spaced character on each side;
- a token of two or more digits ("12 3 4") means the spaces separate numbers: never joined.
The single space between a joined number and the character after it ("1997 年") goes too.

`clean_digits(text)` returns the clean text with a map from each clean offset back to its
original offset, so a quote found in the clean text is cut from the original
(`original[cleaned.original_start(s):cleaned.original_end(e)]`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Full-width characters that stand for ASCII ones in figures, one for one.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．％－～", "0123456789.%-~")

#: Single-character tokens separated by single spaces ("1 9 9 7", "7 . 5"), with no number next to them.
_SPACED_RUN = re.compile(r"(?<![0-9.])(?<![0-9.] )[0-9](?: (?:[0-9]|\.(?= [0-9])))+(?! ?[0-9])")
_MIN_RUN_TOKENS = 3


@dataclass(frozen=True, slots=True)
class CleanText:
    """Text with ASCII, unspaced digits, and where each of its characters came from.

    `origin[i]` is the offset in the original text of clean character `i`;
    `origin[len(text)]` is the original length.
    """

    text: str
    origin: tuple[int, ...]

    @property
    def unchanged(self) -> bool:
        """True when cleaning moved no offset (only one-for-one replacements, if any)."""
        return len(self.origin) == len(self.text) + 1 and self.origin[-1] == len(self.text)

    def original_start(self, offset: int) -> int:
        """The original offset where clean text from `offset` starts."""
        return self.origin[offset]

    def original_end(self, offset: int) -> int:
        """The original offset where clean text ending at `offset` (exclusive) ends."""
        if offset <= 0:
            return self.origin[0]
        return self.origin[offset - 1] + 1


def clean_digits(text: str) -> CleanText:
    """`text` with full-width digits made ASCII and typesetting-spaced digits joined, and the offset map."""
    ascii_text = text.translate(FULL_WIDTH)
    dropped = _dropped_spaces(ascii_text)
    if not dropped:
        return CleanText(ascii_text, tuple(range(len(text) + 1)))
    kept = [index for index in range(len(ascii_text)) if index not in dropped]
    return CleanText("".join(ascii_text[index] for index in kept), (*kept, len(text)))


def ascii_digits(text: str) -> str:
    """`text` with full-width digits and figure signs made ASCII (offsets unchanged)."""
    return text.translate(FULL_WIDTH)


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


def _letter_spaced_around(text: str, start: int, end: int) -> bool:
    """True when one spaced non-space character stands on each side: "长 1 2 %"."""
    before = text[max(0, start - 3):start]
    after = text[end:end + 3]
    return (len(before) == 3 and before[0] == " " and before[2] == " " and not before[1].isspace()
            and len(after) >= 2 and after[0] == " " and not after[1].isspace()
            and (len(after) == 2 or after[2] == " "))


def _is_single_space_before_text(text: str, position: int) -> bool:
    return text[position:position + 1] == " " and position + 1 < len(text) and not text[position + 1].isspace()
