"""The indicators file: every report's indicator rows, one JSON line per report, read one report at a time.

`indicators/GEN.jsonl` holds a line per report (a JSON list of its indicator
rows). The catalogue records where each report's line is and its CRC-32
(`Spans`), so that showing one report reads one line, not the whole file (50 MB
at 10,000 reports); reading every report's rows reads the file once, checked
against the file's own CRC-32. An ingest holds the lines as bytes (`Lines`), so
that the reports it does not touch are copied, never decoded.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import fields
from pathlib import Path
from typing import Any

import orjson

from corpus.model import Indicator
from store.files import CorruptCacheFile, Stamp, read_bytes, write_atomic

#: A report's indicator rows as stored: each indicator's fields without empty values and without the report id.
Rows = list[dict[str, Any]]
#: Where each report's line is: report id → [offset, length, CRC-32].
Spans = dict[str, list[int]]
#: Each report's line (its rows as JSON), undecoded.
Lines = dict[str, bytes]


#: The fields of an indicator's row (its report's id is known from where the row is).
INDICATOR_FIELDS = tuple(f.name for f in fields(Indicator) if f.name != "report_id")


def compact(indicator: Indicator) -> dict[str, Any]:
    """An indicator's row: its fields without the report id and without empty (None) values.

    (Read field by field: `dataclasses.asdict` copies deeply and took a tenth of a cold ingest.)
    """
    return {name: value for name in INDICATOR_FIELDS if (value := getattr(indicator, name)) is not None}


def line_of(rows: Rows) -> bytes:
    """A report's line: its rows as JSON."""
    return orjson.dumps(rows)


def write_lines(path: Path, lines: Lines) -> tuple[Stamp, Spans]:
    """Atomically write every report's line; the file's size and CRC-32, and each line's span."""
    spans: Spans = {}
    offset = 0
    for report_id, line in lines.items():
        spans[report_id] = [offset, len(line), zlib.crc32(line)]
        offset += len(line) + 1
    data = b"".join(line + b"\n" for line in lines.values())
    write_atomic(path, data)
    return (len(data), zlib.crc32(data)), spans


def read_report_rows(path: Path, span: list[int]) -> Rows:
    """One report's rows, read from its line; raises `CorruptCacheFile` when the line is not what was written."""
    offset, length, checksum = span
    with open(path, "rb") as handle:
        handle.seek(offset)
        line = handle.read(length)
    if len(line) != length or zlib.crc32(line) != checksum:
        raise CorruptCacheFile(path, "checksum mismatch: the file changed after it was written")
    return rows_of(path, line)


def read_all_lines(path: Path, checksum: int | None, spans: Spans) -> Lines:
    """Every report's line; raises `CorruptCacheFile` when the file does not match its checksum."""
    if checksum is None:
        raise CorruptCacheFile(path, "no checksum recorded for it")
    data = read_bytes(path, checksum)
    return {report_id: data[offset:offset + length] for report_id, (offset, length, _) in spans.items()}


def rows_of(path: Path, line: bytes) -> Rows:
    """The rows a line of the file at `path` holds; raises `CorruptCacheFile` when it is no list of rows."""
    try:
        rows = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        raise CorruptCacheFile(path, f"not valid JSON ({error})") from error
    if not isinstance(rows, list):
        raise CorruptCacheFile(path, "not a list of indicator rows")
    return rows


#: Bytes of lines parsed in one call: the parser holds the interpreter while it runs, so that reading every
#: report's rows (60 MB at 10,000 reports) in a worker never stops the screen for more than a few milliseconds.
PARSE_CHUNK_BYTES = 1 << 20


def rows_of_lines(path: Path, lines: list[bytes]) -> list[Rows]:
    """The rows of many lines of the file at `path`, parsed a chunk of lines at a time (each chunk one JSON
    array); raises `CorruptCacheFile` when one is no list of rows."""
    parsed: list[Rows] = []
    chunk: list[bytes] = []
    size = 0
    for line in lines:
        chunk.append(line)
        size += len(line)
        if size >= PARSE_CHUNK_BYTES:
            parsed += _rows_of_chunk(path, chunk)
            chunk, size = [], 0
            time.sleep(0)  # lets a thread waiting for the interpreter (the screen's) run between chunks
    return parsed + _rows_of_chunk(path, chunk)


def _rows_of_chunk(path: Path, lines: list[bytes]) -> list[Rows]:
    try:
        parsed = orjson.loads(b"[" + b",".join(lines) + b"]")
    except orjson.JSONDecodeError as error:
        raise CorruptCacheFile(path, f"not valid JSON ({error})") from error
    if not all(isinstance(rows, list) for rows in parsed):
        raise CorruptCacheFile(path, "not a list of indicator rows")
    return parsed
