"""What kind of document a text is: a work report, or a document kept but marked as none.

- placeholder (stub): says the report was not found and this is a stand-in ("未能找到完整原文",
  "摘要版本"), in its text or in a note beside it (备注);
- budget report: titled 预算执行情况 / 预算草案的报告 / 决算;
- summary or digest: titled or headlined 摘登 / 摘要 / 摘编 / 要点 (a newspaper's third-person account);
- news article about the congress: no "各位代表" address, and a news lead (本报讯, 记者, 开幕, 新华社…电)
  or no report title at all;
- abridged copy: a report title and text, but short and without the "各位代表" address a delivered
  report opens with.
Anything else with a report title or the 各位代表 address is a work report.
"""

from __future__ import annotations

import re

from corpus.model import DocKind

_PLACEHOLDER = re.compile(r"未能找到|未找到.{0,8}原文|摘要版本|占位|暂无(?:原文|全文)|原文(?:缺失|暂缺)")
_BUDGET = re.compile(r"预算执行情况|预算草案的报告|决算")
_SUMMARY = re.compile(r"摘登|摘要|摘编|要点")
_NEWS_LEAD = re.compile(r"本报讯|记者|开幕|闭幕|新华社.{0,16}电")
_REPORT_TITLE = re.compile(r"政\s*府\s*工\s*作\s*报\s*告")
_ADDRESS = "各位代表"
#: A delivered report is far longer; an abridged rewrite of one is a page or two.
MAX_ABRIDGED_CHARS = 5000
#: How many opening lines may hold the headline, a news lead or the address.
OPENING_LINES = 12


def document_kind(title: str, lines: list[str], note: str | None = None) -> DocKind:
    """The kind of the document titled `title` whose paragraphs are `lines` (`note`: a remark beside it)."""
    opening = "\n".join(lines[:OPENING_LINES])
    headline = "\n".join([title, *lines[:3]])
    if _PLACEHOLDER.search(f"{note or ''}\n{opening}"):
        return DocKind.PLACEHOLDER
    if _BUDGET.search(title):
        return DocKind.BUDGET
    if _SUMMARY.search(headline):
        return DocKind.SUMMARY
    addressed = _ADDRESS in opening
    titled = bool(_REPORT_TITLE.search(title))
    if not addressed and (not titled or _NEWS_LEAD.search(opening)):
        return DocKind.OTHER
    if not addressed and sum(len(line) for line in lines) < MAX_ABRIDGED_CHARS:
        return DocKind.ABRIDGED
    return DocKind.WORK_REPORT


#: The warning a document of each kind other than a work report carries.
KIND_WARNINGS = {
    DocKind.OTHER: "not a work report: a news article or other document about the place",
    DocKind.PLACEHOLDER: "not a work report: a placeholder written where the report was not found",
    DocKind.BUDGET: "not a work report: a budget report (预算执行情况)",
    DocKind.SUMMARY: "not the full report: a summary or digest of it (摘登/摘要)",
    DocKind.ABRIDGED: "not the full report: an abridged copy of it",
}
