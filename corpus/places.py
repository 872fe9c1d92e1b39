"""Identify the place a report is about, from its title and opening text.

Interface placeholder: the gazetteer-backed implementation replaces this.
"""

from __future__ import annotations

from corpus.model import Place


def identify_place(title: str, head: str = "") -> Place | None:
    """The place named in `title` (falling back to `head`, the first lines of the report), or None."""
    return None
