"""Report text and file names are data: shown exactly as written, never as markup or terminal control.

Control characters (an ESC sequence in a scraped page, a stray BEL) are shown as
their Unicode control pictures (ESC → ␛) so they appear literally, cannot drive
the terminal, and keep every character offset unchanged.
"""

from __future__ import annotations

from rich.text import Text

_CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_CONTROL_PICTURES[0x7F] = 0x2421  # DEL → ␡


def visible(s: str) -> str:
    """`s` with control characters replaced by visible pictures (same length, same offsets)."""
    return s.translate(_CONTROL_PICTURES)


def literal_text(s: str, style: str = "") -> Text:
    """A Rich `Text` showing `s` exactly as written (for Tree labels, DataTable cells, CLI tables)."""
    return Text(visible(s), style=style)
