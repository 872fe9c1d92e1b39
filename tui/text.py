"""Report text enters Textual widgets only through `literal_content`: it is data, never markup.

The sanitiser itself (`visible`, and `literal_text` for Rich) lives in `tui.present.literal`,
shared with the command line, which never imports Textual.
"""

from __future__ import annotations

from textual.content import Content

from tui.present.literal import visible


def literal_content(s: str, style: str = "") -> Content:
    """A Textual `Content` showing `s` exactly as written (for Static, Label, OptionList)."""
    content = Content(visible(s))
    return content.stylize(style) if style else content
