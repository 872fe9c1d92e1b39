"""corpus: pure parsing of government work reports (政府工作报告).

Raw file → list of `Report` (metadata, section tree, glossary, indicators).
No UI and no database code lives here.
"""

from corpus.api import PARSER_VERSION, RefusedSource, parse_file, parse_text

__all__ = ["PARSER_VERSION", "RefusedSource", "parse_file", "parse_text"]
