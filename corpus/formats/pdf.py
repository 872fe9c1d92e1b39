"""Text PDFs (.pdf, read with pypdf): page numbers dropped, lines broken at the margin rejoined.

A PDF holds printed lines, not paragraphs. A line as long as the page's full lines that does
not end a sentence was broken at the right margin, so the next line continues it; a shorter
line (a heading, the last line of a paragraph) ends where it ends. Page-number lines
("— 3 —", "-3-", "第3页", "3/20") are removed. A PDF with no text layer (a scan) is refused.
"""

from __future__ import annotations

import re
from pathlib import Path

from corpus.cleaning import ends_paragraph
from corpus.errors import RefusedSource
from corpus.formats import SourceText
from corpus.headings import numbered_heading
from corpus.reading import MAX_SOURCE_BYTES, normalise_text

_PAGE_NUMBER = re.compile(r"^[-—–－─\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4})?[-—–－─\s]*$")
#: A line at least this share of the page's longest lines long reaches the right margin.
FULL_LINE_SHARE = 0.85


def read(path: Path, data: bytes) -> list[SourceText]:
    """The PDF's text as paragraphs, or raise `RefusedSource`."""
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        pages = [page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages]
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as error:
        raise RefusedSource(path, f"not a readable PDF ({type(error).__name__})") from None
    lines = [line.strip() for page in pages for line in normalise_text(page).split("\n")]
    lines = [line for line in lines if line and not _PAGE_NUMBER.match(line)]
    if not lines:
        raise RefusedSource(path, "PDF without a text layer (a scan?): no text to read")
    text = "\n".join(join_margin_breaks(lines))
    if len(text) > MAX_SOURCE_BYTES:
        raise RefusedSource(path, "PDF text too large")
    return [SourceText(text + "\n")]


def join_margin_breaks(lines: list[str]) -> list[str]:
    """Lines rejoined where a full-width line was broken at the right margin."""
    full = FULL_LINE_SHARE * _typical_full_length(lines)
    joined: list[str] = []
    continues = False
    for line in lines:
        if continues and numbered_heading(line) is None:
            joined[-1] += line
        else:
            joined.append(line)
        continues = len(line) >= full and not ends_paragraph(line)
    return joined


def _typical_full_length(lines: list[str]) -> int:
    """The length of a full line: the 90th percentile of line lengths."""
    lengths = sorted(len(line) for line in lines)
    return lengths[int(0.9 * (len(lengths) - 1))]
