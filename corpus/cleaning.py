"""Clean the lines of a source text before its structure is read.

Each step takes and returns a list of lines:
- chunk markers of scrapes chopped into numbered pieces ("1、" … "16、") are removed;
- web-site chrome around a report (首页, 索引号, 发布机构, 【字号：大 中 小】, a news dateline "新华社北京3月16日电" …
  / 相关阅读, 友情链接, 版权所有 …)
  is removed, and so are menus and link lists anywhere (runs of short link-like lines) and a site's
  registration lines (冀ICP备…, 公网安备, 网站标识码);
- a paywall cut (试读结束) and the advert after it are removed;
- marker lines of paid content (##paidbegin## / ##paidend##) are removed;
- paragraphs broken across page breaks are rejoined, and blank lines dropped.
"""

from __future__ import annotations

import re

from corpus.headings import find_heading, is_standalone, numbered_heading

_CHUNK_MARKER = re.compile(r"(\d{1,3})、")
#: A chunked scrape has at least this many consecutively numbered long lines.
MIN_CHUNKS = 3
MIN_CHUNK_LENGTH = 100

_HEAD_CHROME = re.compile(
    r"^(首页|>|＞|当前位置|您的位置|您现在的位置|索引号|发布机构|文件编号|发文日期|成文日期|信息来源|发布日期|浏览次数|有效性|"
    r"组配分类|公开方式|主题分类|添加时间|来源[:：]|日期[:：]|【?字[号体][:：]|[大中小【】|]$|"
    r"(?:新华社|中新社|新华网|人民网)\S{0,20}电$)"
)
_TAIL_CHROME = re.compile(
    r"^(相关解读|相关阅读|相关链接|相关文章|扫一扫|Produced By|推荐阅读|[（(]责编|责任编辑|【打印】|打印本页|关闭窗口|分享到|"
    r"友情链接|【E-mail推荐】|【关闭】|主办单位|主办[:：]|版权所有|网站地图|网站标识码|关于本站|联系我们)"
)
#: A site's registration and copyright lines (冀ICP备06016263号-1, 公网安备, 网站标识码, 版权所有): chrome
#: wherever they stand, also between two pasted copies of a page, where no footer search reaches.
_REGISTRATION = re.compile(r"^(?:\S{0,8}ICP备|\S{0,8}公网安备|网站标识码|版权所有|Copyright\b|©)", re.IGNORECASE)
#: Head chrome is only looked for this many lines into a text, footers this many from its end.
CHROME_REACH = 15
FOOTER_REACH = 60
#: A menu or link list: at least this many consecutive short lines (blank lines between them aside)
#: that are neither numbered headings nor sentences, most without a figure (a table row has figures).
MIN_MENU_RUN = 5
MAX_MENU_ITEM = 14

_PAYWALL = re.compile(r"试读结束|查看全文请|剩余\d*%?未读")
_PAID_MARKER = re.compile(r"^##paid(begin|end)##$")

#: Characters that end a paragraph; a line ending otherwise continues on the next line.
PARAGRAPH_ENDS = frozenset("。！？；：…!?;:）)」』")


_WHITESPACE = re.compile(r"\s+")
#: The words of a link cut out of a sentence are short.
MAX_LINK_WORDS = 12
_SENTENCE_MARKS = frozenset("，。；！？,;!?")
_FIGURE = re.compile(r"\d")


def compact(line: str) -> str:
    """`line` without any whitespace ("附 件 ： 名词解释" → "附件：名词解释")."""
    return _WHITESPACE.sub("", line)


def remove_chunk_markers(lines: list[str]) -> list[str]:
    """Strip "1、" … "n、" chunk markers when long lines are numbered 1, 2, 3 … in order.

    Chunks are cut at a fixed length, so most of them stop in mid-sentence; a
    numbered list of whole paragraphs ("1、城镇新增就业…。") keeps its numbers.
    """
    numbered = [(index, int(m.group(1))) for index, line in enumerate(lines)
                if (m := _CHUNK_MARKER.match(line)) and len(line) >= MIN_CHUNK_LENGTH]
    if len(numbered) < MIN_CHUNKS or [n for _, n in numbered] != list(range(1, len(numbered) + 1)):
        return lines
    cut_mid_sentence = sum(1 for index, _ in numbered if not ends_paragraph(lines[index].rstrip()))
    if cut_mid_sentence * 2 < len(numbered):
        return lines
    cleaned = list(lines)
    for index, _ in numbered:
        cleaned[index] = _CHUNK_MARKER.sub("", cleaned[index], count=1)
    return cleaned


def strip_site_chrome(lines: list[str]) -> list[str]:
    """Drop registration lines, menus and link lists, web-page navigation lines at the top and everything
    from the first footer line."""
    lines = remove_menus([line for line in lines if not _REGISTRATION.match(line.strip())])
    kept = [line for index, line in enumerate(lines)
            if index >= CHROME_REACH or not _HEAD_CHROME.match(line.strip())]
    tail_start = max(0, len(kept) - FOOTER_REACH)
    for index in range(tail_start, len(kept)):
        if _TAIL_CHROME.match(kept[index].strip()):
            return kept[:index]
    return kept


def _is_menu_item(line: str) -> bool:
    return (0 < len(line) <= MAX_MENU_ITEM and not _SENTENCE_MARKS.intersection(line)
            and numbered_heading(line) is None)


def remove_menus(lines: list[str]) -> list[str]:
    """Drop runs of at least `MIN_MENU_RUN` short link-like lines (site menus, link lists, 友情链接 …)."""
    items = [index for index, line in enumerate(lines) if _is_menu_item(line.strip())]
    runs: list[list[int]] = []
    for index in items:
        between = lines[runs[-1][-1] + 1:index] if runs else None
        if between is not None and not any(line.strip() for line in between):
            runs[-1].append(index)
        else:
            runs.append([index])
    dropped = {index for run in runs if len(run) >= MIN_MENU_RUN
               and sum(1 for i in run if _FIGURE.search(lines[i])) * 2 < len(run) for index in run}
    return [line for index, line in enumerate(lines) if index not in dropped] if dropped else lines


def cut_paywall(lines: list[str]) -> tuple[list[str], bool]:
    """The lines before a paywall notice (试读结束), and whether one was found."""
    for index, line in enumerate(lines):
        if _PAYWALL.search(line):
            return lines[:index], True
    return lines, False


def drop_paid_markers(lines: list[str]) -> list[str]:
    """Remove the ##paidbegin## / ##paidend## marker lines."""
    return [line for line in lines if not _PAID_MARKER.match(line.strip())]


def ends_paragraph(line: str) -> bool:
    """Whether `line` ends a paragraph (sentence-final punctuation, possibly inside a closing quote)."""
    tail = line.rstrip("”’\"'")
    return bool(tail) and tail[-1] in PARAGRAPH_ENDS and (tail == line or tail[-1] in "。！？!?…")


def _may_continue(line: str) -> bool:
    """Whether a paragraph opening with `line` may run on into the next line.

    Headings, titles and bylines never do, but a lead-phrase heading's paragraph may.
    """
    heading = find_heading(line)
    return not (is_standalone(line) or (heading is not None and heading.body_offset is None))


def _opens_paragraph(line: str) -> bool:
    """Whether `line` can only start a paragraph of its own (a heading or a standalone line)."""
    return find_heading(line) is not None or is_standalone(line)


def _link_inside(paragraph: list[str], line: str) -> bool:
    """Whether a short `line` is a link's words cut out of the open body paragraph ("…加强民主" / "法制" / "建设。").

    A web page copied as text breaks a sentence around each link; only a numbered heading
    interrupts a body paragraph that stops in mid-sentence.
    """
    return not is_standalone("".join(paragraph)) and len(line) <= MAX_LINK_WORDS and numbered_heading(line) is None


def rejoin_paragraphs(lines: list[str]) -> list[str]:
    """One stripped, non-blank line per paragraph: halves of paragraphs cut by a page or chunk break are joined."""
    paragraphs: list[list[str]] = []
    open_paragraph = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if open_paragraph and (not _opens_paragraph(line) or _link_inside(paragraphs[-1], line)):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
            open_paragraph = _may_continue(line)
        open_paragraph = open_paragraph and not ends_paragraph(line)
    return ["".join(pieces) for pieces in paragraphs]
