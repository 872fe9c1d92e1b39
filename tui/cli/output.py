"""How every listing command prints its records: the one output helper of the `gwr` command line.

A command names its fields and hands over one record (a dict of JSON values) per
row, and may say how its table shows them (`Column`s); `write_listing` prints them
in the `--format` asked for:

- `table`: a Rich table (the default on a terminal); report text is never markup;
- `csv`: RFC 4180 CSV with a header row (the default when piped), so quotes and
  commas in report text survive and it loads straight into pandas;
- `json`: one array of records; `jsonl`: one record per line (JSON Lines).

CSV and JSON carry every field; the table may show fewer, or show a field its own
way (a marked snippet, a value range). No record is "no matches": exit 1, like grep.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import orjson
from rich.text import Text

from tui.cli import EXIT_NO_MATCHES, EXIT_OK
from tui.cli.common import stdout_console, warn
from tui.present.figures import format_number
from tui.present.literal import json_visible, literal_copy, visible

#: What a table cell may hold: plain values are shown as text, a `Text` keeps its styles.
Cell = str | int | float | Text | None

#: One row of a listing: column key → a JSON value (str, int, float, bool, None, list, dict).
Record = Mapping[str, Any]


class OutputFormat(StrEnum):
    """The formats of `--format`."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"


@dataclass(frozen=True)
class Column:
    """One column of a listing's table.

    `key` names the record's field; `heading` is shown above the column (default:
    the key with spaces for underscores); `cell` shows a record in the column its
    own way (default: the value under `key`). On a narrow terminal text columns fold;
    a `whole` column (a figure, an id) never does, so no number is split across lines.
    """

    key: str
    heading: str | None = None
    cell: Callable[[Record], Cell] | None = None
    whole: bool = False

    @property
    def table_heading(self) -> str:
        """The heading shown above the column."""
        return self.heading or self.key.replace("_", " ")

    def table_cell(self, record: Record) -> Cell:
        """The record as this column shows it."""
        return self.cell(record) if self.cell else record.get(self.key)


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """Add `--format table|csv|json|jsonl` (default: table on a terminal, csv when piped)."""
    parser.add_argument("--format", choices=[f.value for f in OutputFormat], default=None,
                        help="table (default on a terminal), csv (default when piped), json (one array) "
                             "or jsonl (one record per line)")


def chosen_format(asked: str | None) -> OutputFormat:
    """The format asked for, else a table on a terminal and CSV when piped."""
    if asked:
        return OutputFormat(asked)
    return OutputFormat.TABLE if sys.stdout.isatty() else OutputFormat.CSV


def write_listing(asked: str | None, fields: Sequence[str], records: Sequence[Record], *, title: str,
                  table: Sequence[Column] | None = None, none_found: str = "no matches") -> int:
    """Print `records` in the format asked for; return the exit code (1 when there are none).

    CSV and JSON carry every one of `fields`, in that order; the table shows `table`
    (default: one plain column per field). With no records the table prints nothing on
    stdout (`none_found` goes to stderr), CSV its header, JSON an empty array, JSON Lines nothing.
    """
    output_format = chosen_format(asked)
    if not records:
        warn(none_found)
    if output_format is OutputFormat.TABLE:
        columns = table or [Column(field) for field in fields]
        if records:
            print_table(columns, records, title=title)
    elif output_format is OutputFormat.CSV:
        write_csv(fields, records)
    elif output_format is OutputFormat.JSON:
        sys.stdout.write(json_visible(orjson.dumps([_json_record(fields, r) for r in records],
                                                   option=orjson.OPT_INDENT_2).decode()) + "\n")
    else:
        sys.stdout.writelines(json_visible(orjson.dumps(_json_record(fields, r)).decode()) + "\n" for r in records)
    return EXIT_OK if records else EXIT_NO_MATCHES


def write_csv(keys: Sequence[str], records: Sequence[Record]) -> None:
    """CSV with a header row; a list is written as JSON, control characters in text as their pictures (␛)."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(keys)
    writer.writerows([_csv_value(record.get(key)) for key in keys] for record in records)


def print_table(columns: Sequence[Column], records: Sequence[Record], title: str | None = None) -> None:
    """A Rich table on stdout; every cell is literal text (never markup); text columns fold, `whole` ones never."""
    from rich import box  # Rich's tables load only when a table is drawn (piped output starts quicker)
    from rich.table import Table

    table = Table(title=Text(visible(title, one_line=True)) if title else None, header_style="bold", box=box.SIMPLE_HEAVY,
                  collapse_padding=True, pad_edge=False)  # one space between columns leaves room at 80 columns
    for column in columns:
        table.add_column(Text(visible(column.table_heading, one_line=True)), overflow="fold", no_wrap=column.whole)
    for record in records:
        table.add_row(*(_table_text(column.table_cell(record)) for column in columns))
    stdout_console().print(table)


def _json_record(fields: Sequence[str], record: Record) -> dict[str, Any]:
    return {field: record.get(field) for field in fields}


def _csv_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return orjson.dumps(value).decode()
    return visible(value) if isinstance(value, str) else value


def _table_text(cell: Cell) -> Text:
    """A cell as literal text; a float written by the one figure formatter (5.69e13 → "56900000000000")."""
    if isinstance(cell, Text):
        return literal_copy(cell)
    if isinstance(cell, float):
        return Text(format_number(cell))
    return Text("" if cell is None else visible(str(cell)).replace("\t", " ").replace("\n", " "))
