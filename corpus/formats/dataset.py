"""Dataset files (.csv, .tsv, .jsonl, .json list of records): one report per record, or one per file.

The columns are found by their content, with or without a header row: the text column is
the one holding the most Chinese; a year column holds only years (or is named 年份 / year);
title and place columns are found by name (标题 / title, 地区 / place …). A record
whose text is a whole report becomes one report with its fields as hints. A file of short
rows (one sentence per row: a parallel corpus) is one report, its sentences joined into
paragraphs by a paragraph-number column where there is one.

A report stored on one line ("YEAR<TAB>text with no line breaks") has its paragraphs
separated by runs of (full-width) spaces: they are split there.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from corpus.errors import RefusedSource
from corpus.formats import SourceText
from corpus.hints import Hints
from corpus.reading import MAX_SOURCE_BYTES, decode_raw, normalise_text

Row = dict[str, str]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_YEAR_VALUE = re.compile(r"^(?:19[4-9]\d|20\d\d)(?:\.0)?$")
_INTEGER = re.compile(r"^\d{1,9}$")
#: Column names (lower case) of the fields used as hints.
YEAR_NAMES = ("year", "年份", "报告年份", "年度", "年")
TITLE_NAMES = ("title", "标题", "题目", "名称", "name")
PLACE_NAMES = ("place", "地区", "地点", "城市", "省份", "行政区", "city", "province", "region")
#: Rows whose text is shorter than this (median) are sentences of one report, not reports.
MIN_REPORT_RECORD = 300
#: A header cell is at most this long.
MAX_HEADER_CELL = 40
#: Paragraphs of a report stored on one line are separated by runs of this many spaces or more.
_PARAGRAPH_GAP = re.compile(r" {2,}")
MIN_ONE_LINE_REPORT = 2000


@dataclass(frozen=True, slots=True)
class Columns:
    """Which column holds what."""

    text: str
    year: str | None = None
    title: str | None = None
    place: str | None = None
    paragraph: str | None = None  # groups consecutive sentence rows into paragraphs


def read(path: Path, data: bytes) -> list[SourceText]:
    """One `SourceText` per report of the dataset file, or raise `RefusedSource`."""
    raw = decode_raw(data, path)
    suffix = path.suffix.lower()
    rows = _json_rows(raw, path, lines=suffix == ".jsonl") if suffix in (".json", ".jsonl") else \
        _delimited_rows(raw, "\t" if suffix == ".tsv" else _sniff_delimiter(raw))
    rows = [{key: normalise_text(value).strip() for key, value in row.items()} for row in rows]
    rows = [row for row in rows if any(row.values())]
    if not rows:
        raise RefusedSource(path, "empty file: the dataset has no records")
    return sources_from_rows(rows, path)


def sources_from_rows(rows: list[Row], path: str | Path) -> list[SourceText]:
    """The reports of a table of records (every row a dict of column → text)."""
    columns = find_columns(rows)
    if columns is None:
        raise RefusedSource(path, "no column holds Chinese text: not a dataset of reports")
    texts = [row.get(columns.text, "") for row in rows]
    if median(len(text) for text in texts) >= MIN_REPORT_RECORD:
        return [SourceText(_paragraphs(row[columns.text]) + "\n", _hints(row, columns))
                for row in rows if row.get(columns.text)]
    return [SourceText(_joined_sentences(rows, columns) + "\n", _hints(rows[0], columns))]


def find_columns(rows: list[Row]) -> Columns | None:
    """The text, year, title, place and paragraph columns of `rows` (None: no text column)."""
    names = list(rows[0])
    chinese = {name: sum(len(_CJK.findall(row.get(name, ""))) for row in rows) for name in names}
    most = max(chinese.values())
    if most == 0:
        return None
    text = next(name for name in names if chinese[name] >= 0.9 * most)  # the first of near-equals

    def named(candidates: tuple[str, ...]) -> str | None:
        return next((name for name in names if name.strip().lower() in candidates and name != text), None)

    year = named(YEAR_NAMES) or next((name for name in names if name != text and all(
        _YEAR_VALUE.match(row.get(name, "")) for row in rows)), None)
    return Columns(text=text, year=year, title=named(TITLE_NAMES), place=named(PLACE_NAMES),
                   paragraph=_paragraph_column(rows, names, exclude={text, year}))


def _paragraph_column(rows: list[Row], names: list[str], exclude: set[str | None]) -> str | None:
    """A whole-number column that never decreases and repeats: consecutive rows of one paragraph."""
    for name in names:
        if name in exclude:
            continue
        values = [row.get(name, "") for row in rows]
        if not all(_INTEGER.match(value) for value in values):
            continue
        numbers = [int(value) for value in values]
        distinct = len(set(numbers))
        if all(a <= b for a, b in zip(numbers, numbers[1:])) and 2 <= distinct <= 0.9 * len(numbers):
            return name
    return None


def _hints(row: Row, columns: Columns) -> Hints:
    year = row.get(columns.year or "", "")
    return Hints(
        title=row.get(columns.title or "") or None,
        year=int(float(year)) if _YEAR_VALUE.match(year) else None,
        place=row.get(columns.place or "") or None,
    )


def _paragraphs(text: str) -> str:
    """A record's text with one paragraph per line (a long one-line text is split at its space runs)."""
    if "\n" not in text and len(text) >= MIN_ONE_LINE_REPORT:
        return "\n".join(piece for piece in _PARAGRAPH_GAP.split(text) if piece)
    return text


def _joined_sentences(rows: list[Row], columns: Columns) -> str:
    """The sentences of all rows as one text: rows of one paragraph joined, paragraphs one per line."""
    if columns.paragraph is None:
        return "\n".join(row[columns.text] for row in rows if row.get(columns.text))
    paragraphs: list[str] = []
    current = None
    for row in rows:
        sentence = row.get(columns.text, "")
        if row[columns.paragraph] != current:
            paragraphs.append("")
            current = row[columns.paragraph]
        paragraphs[-1] += sentence
    return "\n".join(paragraph for paragraph in paragraphs if paragraph)


# --- the file formats ---------------------------------------------------------


def _sniff_delimiter(raw: str) -> str:
    """A comma, unless the first line holds more tabs than commas."""
    first = raw.split("\n", 1)[0]
    return "\t" if first.count("\t") > first.count(",") else ","


def _delimited_rows(raw: str, delimiter: str) -> list[Row]:
    """The rows of a CSV/TSV text (see `rows_from_table`)."""
    csv.field_size_limit(MAX_SOURCE_BYTES)
    return rows_from_table([row for row in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline=""),
                                                      delimiter=delimiter) if row])


def rows_from_table(table: list[list[str]]) -> list[Row]:
    """The rows of a table keyed by its header row's names, or by "1", "2" … when it has none."""
    if not table:
        return []
    width = max(len(row) for row in table)
    if _is_header(table):
        names = [name.strip() or str(i) for i, name in enumerate(table[0], start=1)]
        names += [str(i) for i in range(len(names) + 1, width + 1)]
        body = table[1:]
    else:
        names, body = [str(i) for i in range(1, width + 1)], table
    return [dict(zip(names, row + [""] * (width - len(row)))) for row in body]


def _is_header(table: list[list[str]]) -> bool:
    """Whether the first row names the columns: short cells, no year, and longer text below it."""
    first = table[0]
    if any(_YEAR_VALUE.match(cell.strip()) or len(cell) > MAX_HEADER_CELL for cell in first):
        return False
    return len(table) == 1 or max(len(cell) for row in table[1:] for cell in row) > max(len(c) for c in first)


def _json_rows(raw: str, path: Path, lines: bool) -> list[Row]:
    """The records of a JSON list (or a dict holding one list of records) or of JSON Lines."""
    try:
        if lines:
            records = [json.loads(line) for line in raw.lstrip("\ufeff").split("\n") if line.strip()]
        else:
            data = json.loads(raw.lstrip("\ufeff"))
            if isinstance(data, dict):
                lists = [value for value in data.values() if isinstance(value, list)]
                data = lists[0] if len(lists) == 1 else [data]
            records = data if isinstance(data, list) else [data]
    except json.JSONDecodeError as error:
        raise RefusedSource(path, f"not valid JSON (line {error.lineno}: {error.msg})") from None
    records = [record for record in records if isinstance(record, dict)]
    if not records:
        raise RefusedSource(path, "no records: the JSON holds no objects")
    names = list(dict.fromkeys(key for record in records for key in record))
    return [{name: _cell(record.get(name)) for name in names} for record in records]


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
