"""Report text and file names are data: shown exactly as written, never as markup or terminal control.

Control characters (an ESC sequence in a scraped page, a stray BEL) are shown as
their Unicode control pictures (ESC → ␛) so they appear literally, cannot drive
the terminal, and keep every character offset unchanged. C1 controls (U+0080–U+009F,
which some terminals obey like ESC sequences) and lone surrogates (the undecodable
bytes of a file name or argument) become the replacement character �. `visible` is
the one sanitiser for everything that reaches a terminal: the TUI, every CLI line,
exported Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Rich loads when a `Text` is first made: piped command output never needs it
    from rich.text import Text

#: C0 controls but line feed and tab → their control pictures; DEL → ␡; C1 controls and lone surrogates → �.
_CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_CONTROL_PICTURES[0x7F] = 0x2421
_CONTROL_PICTURES.update({code: 0xFFFD for code in (*range(0x80, 0xA0), *range(0xD800, 0xE000))})
#: The same for a text that must stay on one line (a file name, a message): line feed and tab too.
_ONE_LINE_PICTURES = {**_CONTROL_PICTURES, ord("\n"): 0x2424, ord("\t"): 0x2409}


def _character_class(codes: Iterable[int]) -> str:
    """A regular expression matching any of the characters `codes`, written as runs ("[\\x00-\\x08…]")."""
    runs: list[list[int]] = []
    for code in sorted(codes):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[" + "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in runs) + "]"


#: Any character `visible` replaces.
_HIDDEN = re.compile(_character_class(_CONTROL_PICTURES))


def visible(s: str, *, one_line: bool = False) -> str:
    """`s` with control characters replaced by visible pictures (same length, same offsets).

    `one_line`: line feeds and tabs too (␤, ␉), for file names and messages that must not forge lines.
    """
    return s.translate(_ONE_LINE_PICTURES if one_line else _CONTROL_PICTURES)


def all_visible(s: str) -> bool:
    """True when `visible(s)` is `s` itself (one scan: quicker than `visible` on each of many short texts)."""
    return _HIDDEN.search(s) is None


def literal_text(s: str, style: str = "") -> Text:
    """A Rich `Text` showing `s` exactly as written (for Tree labels, DataTable cells, CLI tables)."""
    from rich.text import Text

    return Text(visible(s), style=style)


#: Characters JSON allows raw inside strings that a terminal may obey: DEL and the C1 controls.
_RAW_IN_JSON = re.compile("[\x7f-\x9f]")


def json_visible(json_text: str) -> str:
    """JSON text with DEL and C1 controls written as \\uXXXX escapes (the same JSON value, nothing a terminal
    obeys; JSON writers escape the C0 controls already)."""
    return _RAW_IN_JSON.sub(lambda raw: f"\\u{ord(raw[0]):04x}", json_text)


def literal_copy(text: Text) -> Text:
    """A Rich `Text` with its styles kept and its characters passed through `visible` (same offsets)."""
    copy = text.copy()
    copy.plain = visible(text.plain)
    return copy
