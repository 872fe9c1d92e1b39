"""Excel workbooks (.xlsx, read with openpyxl): the first sheet's rows, read as a dataset (see `dataset`)."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from corpus.errors import RefusedSource
from corpus.formats import SourceText
from corpus.formats.dataset import rows_from_table, sources_from_rows
from corpus.reading import normalise_text


def read(path: Path, data: bytes) -> list[SourceText]:
    """One `SourceText` per report of the workbook's first sheet, or raise `RefusedSource`."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise RefusedSource(path, f"not a readable .xlsx file ({type(error).__name__})") from None
    table = [["" if cell is None else normalise_text(str(cell)).strip() for cell in row]
             for row in workbook.worksheets[0].iter_rows(values_only=True)]
    workbook.close()
    table = [row for row in table if any(row)]
    if not table:
        raise RefusedSource(path, "empty file: the first sheet has no rows")
    return sources_from_rows(rows_from_table(table), path)

