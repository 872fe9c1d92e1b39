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
import io
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain
from typing import TYPE_CHECKING, Any, TypeAlias

import orjson

from tui.cli import EXIT_NO_MATCHES, EXIT_OK
from tui.cli.common import stdout_console, warn
from tui.present.literal import all_visible, json_visible, literal_copy, visible

if TYPE_CHECKING:  # Rich loads when a table is drawn: piped output never needs it
    from rich.text import Text

#: What a table cell may hold: plain values are shown as text, a `Text` keeps its styles.
Cell: TypeAlias = "str | int | float | Text | None"

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


#: A block of text to print (control characters already made visible) and its style on a terminal ("bold").
Block = tuple[str, str]


def print_blocks(blocks: Iterable[Block]) -> None:
    """Print each block and a line break: styled by Rich on a terminal; piped, the same characters written
    directly (Rich writes no styles there, but loading and running it took most of `gwr show`)."""
    if sys.stdout.isatty():
        from rich.text import Text

        console = stdout_console()
        for text, style in blocks:
            console.print(Text(text, style=style))
        return
    sys.stdout.writelines(f"{_tabs_expanded(text)}\n" for text, _ in blocks)


def _tabs_expanded(text: str) -> str:
    """`text` with each tab widened to its tab stop, as Rich prints it (stops every 8 cells; a CJK character
    takes 2)."""
    if "\t" not in text:
        return text
    from rich.text import Text

    expanded = Text(text)
    expanded.expand_tabs(8)
    return expanded.plain


#: Records written to CSV at a time (`write_csv`).
CSV_CHUNK = 2000
#: The values CSV writes as JSON.
NESTED = frozenset((list, dict))


def write_csv(keys: Sequence[str], records: Sequence[Record]) -> None:
    """CSV with a header row; a list is written as JSON, control characters in text as their pictures (␛).

    Records are written a chunk at a time, each at once when no text in it holds a control character (one scan
    of the chunk instead of `visible` on each value: half of `gwr list` at 10,000 reports), else value by value.
    """
    sys.stdout.write(_csv_text([keys]))
    for start in range(0, len(records), CSV_CHUNK):
        chunk = records[start:start + CSV_CHUNK]
        rows = [list(map(record.get, keys)) for record in chunk]
        if not NESTED.isdisjoint(map(type, chain.from_iterable(rows))):
            rows = [list(map(_csv_json, row)) for row in rows]
        text = _csv_text(rows)
        if not all_visible(text):
            text = _csv_text([[_csv_value(record.get(key)) for key in keys] for record in chunk])
        sys.stdout.write(text)


def _csv_text(rows: Iterable[Sequence[Any]]) -> str:
    """`rows` as CSV lines."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def print_table(columns: Sequence[Column], records: Sequence[Record], title: str | None = None) -> None:
    """A Rich table on stdout; every cell is literal text (never markup); text columns fold, `whole` ones never."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(visible(title, one_line=True)) if title else None, header_style="bold", box=box.SIMPLE_HEAVY,
                  collapse_padding=True, pad_edge=False)  # one space between columns leaves room at 80 columns
    for column in columns:
        table.add_column(Text(visible(column.table_heading, one_line=True)), overflow="fold", no_wrap=column.whole)
    for record in records:
        table.add_row(*(_table_text(column.table_cell(record)) for column in columns))
    stdout_console().print(table)


def _json_record(fields: Sequence[str], record: Record) -> dict[str, Any]:
    return {field: record.get(field) for field in fields}


def _csv_json(value: Any) -> Any:
    """A list or mapping as JSON text; anything else as it is."""
    return orjson.dumps(value).decode() if type(value) in NESTED else value


def _csv_value(value: Any) -> Any:
    """`_csv_json`, with control characters in a text as their pictures."""
    return visible(value) if isinstance(value, str) else _csv_json(value)


def _table_text(cell: Cell) -> Text:
    """A cell as literal text; a float written by the one figure formatter (5.69e13 → "56900000000000")."""
    from rich.text import Text

    from tui.present.figures import format_number

    if isinstance(cell, Text):
        return literal_copy(cell)
    if isinstance(cell, float):
        return Text(format_number(cell))
    return Text("" if cell is None else visible(str(cell)).replace("\t", " ").replace("\n", " "))
