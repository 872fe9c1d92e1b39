"""Report text enters widgets only through these helpers: it is data, never markup.

Control characters (an ESC sequence in a scraped page, a stray BEL) are shown as
their Unicode control pictures (ESC → ␛) so they appear literally, cannot drive
the terminal, and keep every character offset unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

if TYPE_CHECKING:  # Textual loads only where content is made for widgets, not for the command line
    from textual.content import Content

_CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_CONTROL_PICTURES[0x7F] = 0x2421  # DEL → ␡


def visible(s: str) -> str:
    """`s` with control characters replaced by visible pictures (same length, same offsets)."""
    return s.translate(_CONTROL_PICTURES)


def literal_text(s: str, style: str = "") -> Text:
    """A Rich `Text` showing `s` exactly as written (for Tree labels and DataTable cells)."""
    return Text(visible(s), style=style)


def literal_content(s: str, style: str = "") -> Content:
    """A Textual `Content` showing `s` exactly as written (for Static, Label, OptionList)."""
    from textual.content import Content

    content = Content(visible(s))
    return content.stylize(style) if style else content


def display_heading(heading: str, number: str | None) -> str:
    """A section heading as printed: "一、2022年工作回顾", "（一）…", "2. …" (the number once)."""
    if not number or heading.startswith(number):
        return heading
    separator = "" if number[-1] in "、）).．" else "、"
    return f"{number}{separator}{heading}"
