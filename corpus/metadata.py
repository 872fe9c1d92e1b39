"""Read a document's metadata from its opening lines (文头) and the hints beside it.

Title ("2022年济南市政府工作报告"), delivery date ("2022年12月26日在济南市第十八届
人民代表大会第二次会议上", or a news article's publication date), speaker and role
("武威市代市长 王国斌"), and the document kind (`corpus.kinds`).

A file may open with a header block of "key：value" lines before its text
("标题：保定市2000年政府工作报告" / "发文单位：保定市人民政府" / "发文时间：2000-01" /
"备注：…" / "正文："): it is taken off the text and read as hints (`header_block`).
Hints (a header block, a dataset record's fields, front matter) give the title when
they name one, and the date, speaker and place where the text gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.headings import numbered_heading
from corpus.hints import Hints
from corpus.kinds import document_kind
from corpus.model import DocKind
from corpus.years import plain_digits

#: Metadata is looked for in this many opening lines.
HEAD_LINES = 8
MAX_TITLE_LENGTH = 40
#: A byline holds an author's name only.
MAX_BYLINE_LENGTH = 4
#: Opening-matter lines are short; a long line is already running text.
MAX_OPENING_LINE = 60

_REPORT_TITLE = re.compile(r"政\s*府\s*工\s*作\s*报\s*告")
_TITLE_IN_RUNNING_TEXT = re.compile(r"\d{4}年[^\s，。,:：]{0,30}?政府工作报告")
_SENTENCE = re.compile(r"[，。；]")
_CONGRESS = re.compile(r"会议|代表大会")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_SPEAKER = re.compile(r"((?:代理?)?(?:[省市县区州旗盟]长|总理))[ \u3000?]+([\u4e00-\u9fa5·]{2,4})(?=\s|$)")
_OPENING_MATTER = re.compile(
    r"政\s*府\s*工\s*作\s*报\s*告|代表大会|^——\s*\d{4}|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|来源[:：]|原标题|各位代表|"
    r"(?:[省市县区州旗盟]长|总理)[ \u3000?]"
)


#: "标题：…" lines of a header block: the keys read, and those only skipped (来源URL …).
_HEADER_LINE = re.compile(r"^(?P<key>标题|题目|发文单位|发文机关|发文时间|发布时间|发文日期|报告人|备注|来源URL|来源网址|"
                          r"来源|网址|链接|原文链接)\s*[:：]\s*(?P<value>.*)$")
_BODY_MARK = re.compile(r"^正文\s*[:：]?$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
#: A header block has at least this many key lines.
MIN_HEADER_LINES = 2


def header_block(lines: list[str]) -> tuple[Hints, int]:
    """The hints of a "标题：… / 发文单位：… / 正文：" header block at the top, and the index of the first text line.

    (Hints(), 0) when the text opens with no such block.
    """
    fields: dict[str, str] = {}
    position = 0
    while position < len(lines):
        line = lines[position].strip()
        match = _HEADER_LINE.match(line)
        if match:
            fields.setdefault(match.group("key"), match.group("value").strip())
        elif _BODY_MARK.match(line):
            position += 1
            break
        elif line:
            break
        position += 1
    if len(fields) < MIN_HEADER_LINES:
        return Hints(), 0
    date = _ISO_DATE.search(fields.get("发文时间") or fields.get("发布时间") or fields.get("发文日期") or "")
    return Hints(
        title=fields.get("标题") or fields.get("题目") or None,
        place=fields.get("发文单位") or fields.get("发文机关") or None,
        delivered=_iso(*(int(part) for part in date.groups())) if date else None,
        speaker=fields.get("报告人") or None,
        note=fields.get("备注") or None,
    ), position


def _iso(year: int, month: int, day: int) -> str | None:
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


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


def find_title(lines: list[str], fallback: str) -> str:
    """The title the text gives itself: a title line, a title in running text, or a headline."""
    head = lines[:HEAD_LINES]
    for line in head:
        if (_REPORT_TITLE.search(line) and len(line) <= MAX_TITLE_LENGTH and _DATE.search(line) is None
                and not _SENTENCE.search(line)):
            return line
    for line in head:
        match = _TITLE_IN_RUNNING_TEXT.search(line)
        if match:
            return match.group(0)
    dateline = next((i for i, line in enumerate(head) if _DATE.search(line)), len(head))
    headlines = [line for line in head[:dateline] if MAX_BYLINE_LENGTH < len(line) <= MAX_TITLE_LENGTH
                 and not line.startswith("各位代表") and numbered_heading(line) is None]
    if headlines:
        return headlines[-1]
    first = head[0] if head else ""
    return first if len(first) <= MAX_TITLE_LENGTH and not first.startswith("各位代表") else fallback


def delivery_date(lines: list[str]) -> str | None:
    """The ISO date of the opening lines: the congress date ("——2008年3月5日在…会议上") where one is
    given, else the first full date (a news article's publication date)."""
    dates = [(match, line) for line in lines[:HEAD_LINES] if (match := _DATE.search(plain_digits(line)))]
    dates.sort(key=lambda found: not _CONGRESS.search(found[1]))  # stable: congress dates first, in order
    for match, _ in dates:
        iso = _iso(*(int(part) for part in match.groups()))
        if iso:
            return iso
    return None


def speaker(lines: list[str]) -> tuple[str | None, str | None]:
    """The speaker's name and role ("王国斌", "代市长") from the opening lines, if given."""
    for line in lines:
        match = _SPEAKER.search(line)
        if match:
            return match.group(2), match.group(1)
    return None, None


def read_metadata(lines: list[str], toc_title: str | None, fallback_title: str, hints: Hints = Hints()) -> Metadata:
    """Everything the opening lines of a document, and the hints beside it, say about it.

    The title is its table-of-contents entry, else the title the hints give, else the one the text gives itself.
    """
    title = toc_title or hints.title or find_title(lines, fallback_title)
    name, role = speaker(lines[:HEAD_LINES] + ([hints.speaker] if hints.speaker else []))
    return Metadata(
        title=title,
        doc_kind=document_kind(title, lines, hints.note),
        delivered=delivery_date(lines) or hints.delivered,
        speaker=name,
        speaker_role=role,
        opening_end=opening_end(lines),
    )
