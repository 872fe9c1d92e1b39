"""Word documents (.docx, read with python-docx): paragraphs and table rows in document order.

Each paragraph is a line; a table row is one line of its cells separated by spaces. The
document's core-properties title, when set, is a hint for the report's title.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from corpus.errors import RefusedSource
from corpus.formats import SourceText
from corpus.hints import Hints
from corpus.reading import normalise_text


def read(path: Path, data: bytes) -> list[SourceText]:
    """The document's text, or raise `RefusedSource`."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise RefusedSource(path, f"not a readable .docx file ({type(error).__name__})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(" ".join(cell.text.strip() for cell in row.cells) for row in block.rows)
    text = normalise_text("\n".join(lines))
    if not text.strip():
        raise RefusedSource(path, "empty file: the document has no text")
    title = (document.core_properties.title or "").strip() or None
    return [SourceText(text + "\n", Hints(title=title))]
