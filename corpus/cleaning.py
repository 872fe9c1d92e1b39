"""Clean the lines of a source text before its structure is read.

Each step takes and returns a list of lines:
- chunk markers of scrapes chopped into numbered pieces ("1、" … "16、") are removed;
- web-site chrome around a report (首页, 索引号, 发布机构 … / 相关阅读, 扫一扫 …) is removed;
- a paywall cut (试读结束) and the advert after it are removed;
- marker lines of paid content (##paidbegin## / ##paidend##) are removed;
- paragraphs broken across page breaks are rejoined, and blank lines dropped.
"""

from __future__ import annotations

import re

from corpus.headings import find_heading, is_standalone

_CHUNK_MARKER = re.compile(r"(\d{1,3})、")
#: A chunked scrape has at least this many consecutively numbered long lines.
MIN_CHUNKS = 3
MIN_CHUNK_LENGTH = 100

_HEAD_CHROME = re.compile(
    r"^(首页|>|＞|当前位置|您的位置|索引号|发布机构|文件编号|发文日期|成文日期|信息来源|发布日期|浏览次数|有效性|组配分类|公开方式|主题分类)"
)
_TAIL_CHROME = re.compile(
    r"^(相关解读|相关阅读|相关链接|相关文章|扫一扫|Produced By|推荐阅读|[（(]责编|责任编辑|【打印】|打印本页|关闭窗口|分享到)"
)
#: Chrome is only looked for this many lines into and from the end of a text.
CHROME_REACH = 15

_PAYWALL = re.compile(r"试读结束|查看全文请|剩余\d*%?未读")
_PAID_MARKER = re.compile(r"^##paid(begin|end)##$")

#: Characters that end a paragraph; a line ending otherwise continues on the next line.
PARAGRAPH_ENDS = frozenset("。！？；：…!?;:）)」』")


_WHITESPACE = re.compile(r"\s+")


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
    """Drop web-page navigation lines at the top and everything from the first footer line at the bottom."""
    kept = [line for index, line in enumerate(lines)
            if index >= CHROME_REACH or not _HEAD_CHROME.match(line.strip())]
    tail_start = max(0, len(kept) - CHROME_REACH)
    for index in range(tail_start, len(kept)):
        if _TAIL_CHROME.match(kept[index].strip()):
            return kept[:index]
    return kept


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


def rejoin_paragraphs(lines: list[str]) -> list[str]:
    """One stripped, non-blank line per paragraph: halves of paragraphs cut by a page or chunk break are joined."""
    paragraphs: list[list[str]] = []
    open_paragraph = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if open_paragraph and not _opens_paragraph(line):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
            open_paragraph = _may_continue(line)
        open_paragraph = open_paragraph and not ends_paragraph(line)
    return ["".join(pieces) for pieces in paragraphs]
