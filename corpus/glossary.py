"""Glossary annexes (名词解释 / 名词注释) at the end of a report.

The annex opens with a heading line ("名词解释：", "附件" + "《政府工作报告》有关内容名词注释",
"附 件 ： 名词解释") and lists "term：definition" entries. Some annexes give the page a
term appears on in a line of its own before its entries: "“七个维度”（P2）".
"""

from __future__ import annotations

import re

from corpus.cleaning import compact
from corpus.model import GlossaryEntry

#: Annex headings are short lines ("《政府工作报告》有关内容名词注释").
MAX_ANNEX_HEADING = 40
_ANNEX = re.compile(r"^附件\d*[:：]?$")
_GLOSSARY_HEADING = re.compile(
    r"^(?:附件\d*[:：]?)?(?:《?政府工作报告》?)?(?:有关内容|有关)?(?:名词|词语|术语)?(?:解释|注释)[:：]?$"
)
_PAGE_REF_LINE = re.compile(r"^(?:\d{1,2}\s*[.．]\s*)?(?P<terms>.{1,40}?)[（(](?P<page>[Pp]\d{1,3})[）)]$")
_ENTRY_NUMBER = re.compile(r"^(?:[（(]\d{1,2}[）)]|\d{1,2}[.．](?!\d))\s*")
_ENTRY = re.compile(r"^(?P<term>[^：:。，]{1,40}?)\s*[：:]\s*(?P<definition>.+)$")
#: Several entries may share a line: split at wide gaps and after a full stop where a new
#: "term：", a quoted "“term”：" or a numbered page line begins.
_ENTRY_BREAK = re.compile(
    r"\s{2,}|(?<=[。；])\s*(?=\d{1,2}[.．]\D)|(?<=[。；])\s+(?=[^\s：:。，]{1,40}[：:])"
    r"|(?<=。)(?=“[^”。，]{1,20}”[^：:。，“]{0,10}[：:])"
)


def glossary_start(lines: list[str], first_body_line: int = 0) -> int | None:
    """The index of the line opening the glossary annex, or None."""
    for index in range(first_body_line, len(lines)):
        if len(lines[index]) > MAX_ANNEX_HEADING:
            continue
        heading = compact(lines[index])
        if _GLOSSARY_HEADING.match(heading):
            if index > 0 and _ANNEX.match(compact(lines[index - 1])):
                return index - 1
            return index
    return None


def parse_glossary(lines: list[str]) -> tuple[list[GlossaryEntry], list[str]]:
    """The entries of a glossary annex (its heading lines excluded), and warnings for text that is no entry."""
    entries: list[GlossaryEntry] = []
    warnings: list[str] = []
    page: str | None = None
    pieces = [piece.strip() for line in lines for piece in _ENTRY_BREAK.split(line)]
    for piece in pieces:
        if not piece or _GLOSSARY_HEADING.match(compact(piece)) or _ANNEX.match(compact(piece)):
            continue
        page_line = _PAGE_REF_LINE.match(piece)
        if page_line and not _ENTRY.match(piece):
            page = page_line.group("page").upper()
            continue
        entry = _ENTRY.match(_ENTRY_NUMBER.sub("", piece, count=1))
        if entry:
            entries.append(GlossaryEntry(entry.group("term"), entry.group("definition").strip(), page))
        elif entries:
            entries[-1].definition += piece
        else:
            warnings.append(f"glossary text with no term: {piece[:20]}…")
    return entries, warnings
