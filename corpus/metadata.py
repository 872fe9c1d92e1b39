"""Read a document's metadata from its opening lines (文头).

Title ("2022年济南市政府工作报告"), delivery date ("2022年12月26日在济南市第十八届
人民代表大会第二次会议上", or a news article's publication date), speaker and role
("武威市代市长 王国斌"), and the document kind: a work report (政府工作报告) or other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.model import DocKind

#: Metadata is looked for in this many opening lines.
HEAD_LINES = 8
MAX_TITLE_LENGTH = 40
#: A byline holds an author's name only.
MAX_BYLINE_LENGTH = 4
#: Opening-matter lines are short; a long line is already running text.
MAX_OPENING_LINE = 60

_REPORT_TITLE = re.compile(r"政\s*府\s*工\s*作\s*报\s*告")
_TITLE_IN_RUNNING_TEXT = re.compile(r"\d{4}年[^\s，。,:：]{0,30}?政府工作报告")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_SPEAKER = re.compile(r"(代理?[市县区州]长|[市县区州]长)[ \u3000]+([\u4e00-\u9fa5·]{2,4})(?=\s|$)")
_OPENING_MATTER = re.compile(
    r"政\s*府\s*工\s*作\s*报\s*告|代表大会|^——\s*\d{4}|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|来源[:：]|原标题|各位代表|"
    r"(?:市|县|区|州)长[ \u3000]"
)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a document's opening says about it."""

    title: str
    doc_kind: DocKind
    delivered: str | None
    speaker: str | None
    speaker_role: str | None
    opening_end: int  # index of the first line after the opening matter


def opening_end(lines: list[str]) -> int:
    """The index of the first line after the opening matter (title, date, speaker, 各位代表)."""
    last = -1
    for index, line in enumerate(lines[:HEAD_LINES]):
        if line.startswith("各位代表"):
            return index + 1
        if len(line) <= MAX_OPENING_LINE and _OPENING_MATTER.search(line):
            last = index
    return last + 1


def find_title(lines: list[str], toc_title: str | None, fallback: str) -> str:
    """The document's title: its TOC entry, a title line, a title in running text, or a headline."""
    if toc_title:
        return toc_title
    head = lines[:HEAD_LINES]
    for line in head:
        if _REPORT_TITLE.search(line) and len(line) <= MAX_TITLE_LENGTH and _DATE.search(line) is None:
            return line
    for line in head:
        match = _TITLE_IN_RUNNING_TEXT.search(line)
        if match:
            return match.group(0)
    dateline = next((i for i, line in enumerate(head) if _DATE.search(line)), len(head))
    headlines = [line for line in head[:dateline] if MAX_BYLINE_LENGTH < len(line) <= MAX_TITLE_LENGTH]
    if headlines:
        return headlines[-1]
    return head[0][:MAX_TITLE_LENGTH] if head and len(head[0]) <= MAX_TITLE_LENGTH else fallback


def delivery_date(lines: list[str]) -> str | None:
    """The ISO date of the first full date in the opening lines."""
    for line in lines[:HEAD_LINES]:
        match = _DATE.search(line)
        if match:
            year, month, day = (int(part) for part in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def speaker(lines: list[str]) -> tuple[str | None, str | None]:
    """The speaker's name and role ("王国斌", "代市长") from the opening lines, if given."""
    for line in lines[:HEAD_LINES]:
        match = _SPEAKER.search(line)
        if match:
            return match.group(2), match.group(1)
    return None, None


def read_metadata(lines: list[str], toc_title: str | None, fallback_title: str) -> Metadata:
    """Everything the opening lines of a document say about it."""
    title = find_title(lines, toc_title, fallback_title)
    head_text = "\n".join(lines[:HEAD_LINES])
    is_report = bool(_REPORT_TITLE.search(title)) or "各位代表" in head_text
    name, role = speaker(lines)
    return Metadata(
        title=title,
        doc_kind=DocKind.WORK_REPORT if is_report else DocKind.OTHER,
        delivered=delivery_date(lines),
        speaker=name,
        speaker_role=role,
        opening_end=opening_end(lines),
    )
