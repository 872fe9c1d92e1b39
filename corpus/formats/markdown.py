"""Markdown files (.md): YAML front matter, `#` headings, tables kept as rows (never headings).

The text keeps one line per Markdown line with the markup taken off: "## 一、工作回顾"
→ "一、工作回顾" (each heading and its `#` depth go to the hints' outline, so that "##" nests
under "#"), "**重点**" → "重点", "[链接](url)" → "链接", backslash escapes (as
`gwr export` writes them) undone. Table rows stay rows ("| 指标 | 数值 |", separator rows
dropped); the heading finder never takes a row for a heading. Front matter fields
title / year / place / date become the document's hints.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from corpus.formats import SourceText
from corpus.hints import Hints, Outline
from corpus.reading import decode_bytes

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
#: Bold and strike-through around words ("**重点**"); lone stars stay (reports write "***" for a redacted name).
_EMPHASIS = re.compile(r"(?<![*_~])(\*\*|__|~~)(?=[^\s*_~])(.+?)(?<=[^\s*_~])\1(?![*_~])")
_ESCAPE = re.compile(r"\\([\\`*_\[\]<>#|.\-+=()!])")
_QUOTE_OR_LIST = re.compile(r"^\s*(?:>\s?|[-*+]\s+)")


def read(path: Path, data: bytes) -> list[SourceText]:
    """The file's text without Markdown markup, and its front matter as hints; or raise `RefusedSource`."""
    text = decode_bytes(data, path)
    hints = Hints()
    front = _FRONT_MATTER.match(text)
    if front:
        hints = front_matter_hints(front.group(1))
        text = text[front.end():]
    lines = [line for line in text.split("\n") if not _TABLE_SEPARATOR.match(line)]
    return [SourceText("\n".join(plain_line(line) for line in lines), replace(hints, outline=outline(lines)))]


def outline(lines: list[str]) -> Outline:
    """The `#` headings of Markdown `lines` in order: each as its plain text, with its depth."""
    headings = []
    for line in lines:
        heading = _HEADING.match(line)
        if heading and (title := plain_line(line).strip()):
            headings.append((title, len(line.lstrip(" ")) - len(line.lstrip(" ").lstrip("#"))))
    return tuple(headings)


def plain_line(line: str) -> str:
    """One Markdown line as text: heading marks, emphasis, links, images and escapes removed."""
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1)
    elif not line.lstrip().startswith("|"):
        line = _QUOTE_OR_LIST.sub("", line, count=1)
    line = _LINK.sub(r"\1", _IMAGE.sub("", line))
    line = _EMPHASIS.sub(r"\2", line)
    return _ESCAPE.sub(r"\1", line)


def front_matter_hints(front_matter: str) -> Hints:
    """Title, year, place and date from YAML front matter (unreadable YAML gives no hints)."""
    try:
        data: Any = yaml.safe_load(front_matter)
    except yaml.YAMLError:
        return Hints()
    if not isinstance(data, dict):
        return Hints()
    fields = {str(key).lower(): value for key, value in data.items()}

    def text(*names: str) -> str | None:
        value = next((fields[name] for name in names if fields.get(name) not in (None, "")), None)
        return str(value) if value is not None else None

    year = text("title_year", "year", "年份")
    return Hints(title=text("title", "标题"), year=int(year) if year and year.isdigit() else None,
                 place=text("place", "地区", "city", "province"), delivered=text("date", "delivered", "日期"))
