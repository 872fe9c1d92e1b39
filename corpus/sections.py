"""Build a report's section tree (章节树) from its cleaned paragraphs.

Headings nest by style, outermost first: 关键词 headings, unnumbered heading lines
("2022年工作回顾"), 一、, （一）, 1. — a heading closes every open section of its own
or an inner style, except that numbering restarting at one opens a list inside the
current section. A numbered lead-phrase paragraph ("（一）坚持人民至上…。面对…")
becomes a subsection titled by the lead phrase, holding the rest of the paragraph
and the paragraphs after it. An unnumbered line that a numbered series runs on past
("一、…" / "中国驰名商标" / "二、…": the words of a link a web page cut out of a sentence) is
no heading: the part it would open never starts. In a Markdown file the `#` depth of a
marked heading decides its level ("##" under "#"); unmarked headings nest by style inside
the marked heading they follow. Paragraphs before the first heading form a preamble
section with id "0"; the others are numbered "1", "1.2", "2.1.4" in reading order.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from corpus.headings import Heading, HeadingStyle, find_heading, ordinal
from corpus.hints import Outline
from corpus.model import Paragraph, Section

PREAMBLE_ID = "0"
PREAMBLE_HEADING = "前言"
WHOLE_TEXT_HEADING = "全文"


@dataclass(frozen=True, slots=True)
class Line:
    """A cleaned paragraph line and its offset in the report text."""

    text: str
    start: int


@dataclass(slots=True)
class _Open:
    style: HeadingStyle
    section: Section
    depth: int | None = None  # its Markdown `#` depth, when the file marks it up


def _number(sections: list[Section], prefix: str) -> None:
    for position, section in enumerate(sections, start=1):
        section.id = f"{prefix}{position}"
        _number(section.children, f"{section.id}.")


def _close(section: Section) -> int:
    """Set `section.end` to the end of its last paragraph or descendant; return it."""
    ends = [section.end] + [p.end for p in section.paragraphs] + [_close(child) for child in section.children]
    section.end = max(ends)
    return section.end


def _staying_open(open_sections: list[_Open], heading: Heading, depth: int | None = None) -> int:
    """How many of the open sections stay open when `heading` starts (its parent is the last of them).

    A Markdown heading closes the open marked ones of its depth or deeper. An unmarked heading
    never closes a marked one; among the others, a numbered heading follows the open one of its
    style numbered one less; numbering that restarts at one ("一、" while "三、" is open) starts a
    list inside the current section. Otherwise a heading closes every open section of its own or
    an inner style.
    """
    marked = [i for i, open_ in enumerate(open_sections) if open_.depth is not None]
    if depth is not None:
        return next((i + 1 for i in reversed(marked) if (open_sections[i].depth or 0) < depth), 0)
    return max(marked[-1] + 1 if marked else 0, _staying_open_by_style(open_sections, heading))


def _staying_open_by_style(open_sections: list[_Open], heading: Heading) -> int:
    same_style = [i for i, open_ in enumerate(open_sections) if open_.style == heading.style]
    position = ordinal(heading.number)
    if position is not None and same_style:
        if position == 1:
            return len(open_sections)
        predecessor = next((i for i in reversed(same_style)
                            if ordinal(open_sections[i].section.number) == position - 1), same_style[0])
        return predecessor
    depth = len(open_sections)
    while depth and open_sections[depth - 1].style >= heading.style:
        depth -= 1
    return depth


def _markdown_depths(lines: list[Line], outline: Outline) -> list[int | None]:
    """The `#` depth of each line that is a heading of the Markdown `outline` (matched in order), else None."""
    positions: dict[str, list[int]] = {}
    for index, (title, _) in enumerate(outline):
        positions.setdefault(title, []).append(index)
    depths: list[int | None] = []
    next_heading = 0
    for line in lines:
        candidates = positions.get(line.text, [])
        at = bisect_left(candidates, next_heading)
        if at < len(candidates):
            depths.append(outline[candidates[at]][1])
            next_heading = candidates[at] + 1
        else:
            depths.append(None)
    return depths


def _headings(lines: list[Line], depths: list[int | None]) -> list[Heading | None]:
    """The heading each line opens with, without unnumbered lines inside a running numbered series.

    A line the file marks as a heading (Markdown `#`) is one, whatever its form. When a numbered
    heading follows the last one of its style numbered one less ("二、" after "一、"), the unmarked,
    unnumbered headings between them open no part of their own: the series never stopped.
    """
    headings = [find_heading(line.text) if depth is None else
                find_heading(line.text) or Heading(HeadingStyle.UNNUMBERED, None, line.text)
                for line, depth in zip(lines, depths)]
    last_number: dict[HeadingStyle, int] = {}  # the ordinal of the latest numbered heading of each style
    since: dict[HeadingStyle, list[int]] = {}  # unnumbered headings since then
    for index, heading in enumerate(headings):
        if heading is None:
            continue
        position = ordinal(heading.number)
        if position is None:
            if heading.style is HeadingStyle.UNNUMBERED and depths[index] is None:
                for unnumbered in since.values():
                    unnumbered.append(index)
            continue
        if last_number.get(heading.style) == position - 1:
            for interrupting in since.get(heading.style, []):
                headings[interrupting] = None
        for style in [style for style in last_number if style > heading.style]:
            del last_number[style], since[style]
        last_number[heading.style], since[heading.style] = position, []
    return headings


def build_sections(opening: list[Line], lines: list[Line], outline: Outline = ()) -> list[Section]:
    """The section tree of `lines`, after the `opening` matter (read as preamble, never as headings).

    `outline`: the headings the file marks up (Markdown), with their depths. An empty list when
    no line is a heading.
    """
    roots: list[Section] = []
    preamble = [Paragraph(line.text, line.start) for line in opening]
    open_sections: list[_Open] = []
    depths = _markdown_depths(lines, outline)
    for line, heading, depth in zip(lines, _headings(lines, depths), depths):
        if heading is None:
            target = open_sections[-1].section.paragraphs if open_sections else preamble
            target.append(Paragraph(line.text, line.start))
            continue
        del open_sections[_staying_open(open_sections, heading, depth):]
        section = Section(id="", heading=heading.title, level=len(open_sections) + 1, number=heading.number,
                          start=line.start, end=line.start + len(line.text))
        if heading.body_offset is not None:
            section.paragraphs.append(Paragraph(line.text[heading.body_offset:], line.start + heading.body_offset))
        (open_sections[-1].section.children if open_sections else roots).append(section)
        open_sections.append(_Open(heading.style, section, depth))
    if not roots:
        return []
    _number(roots, "")
    for root in roots:
        _close(root)
    if preamble:
        roots.insert(0, Section(id=PREAMBLE_ID, heading=PREAMBLE_HEADING, level=1, number=None,
                                start=preamble[0].start, end=preamble[-1].end, paragraphs=preamble))
    return roots


def whole_text_section(lines: list[Line]) -> Section:
    """One section holding every line: the tree of a text with no recognisable headings."""
    paragraphs = [Paragraph(line.text, line.start) for line in lines]
    start = paragraphs[0].start if paragraphs else 0
    end = paragraphs[-1].end if paragraphs else 0
    return Section(id="1", heading=WHOLE_TEXT_HEADING, level=1, number=None, start=start, end=end,
                   paragraphs=paragraphs)
