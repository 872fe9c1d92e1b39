"""corpus: pure parsing of government work reports (政府工作报告).

Raw file → list of `Report` (metadata, section tree, glossary, indicators).
No UI and no database code lives here. The entry points below load the parser
on first use, so that importing the data model (`corpus.model`) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from corpus.version import PARSER_VERSION

if TYPE_CHECKING:
    from corpus.api import RefusedSource, parse_file, parse_text

__all__ = ["PARSER_VERSION", "RefusedSource", "parse_file", "parse_text"]


def __getattr__(name: str) -> Any:
    """`RefusedSource`, `parse_file` and `parse_text`, imported from `corpus.api` when first asked for."""
    if name in {"RefusedSource", "parse_file", "parse_text"}:
        from corpus import api

        return getattr(api, name)
    raise AttributeError(f"module 'corpus' has no attribute {name!r}")
