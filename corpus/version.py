"""The parser's version (kept apart so that reading it does not load the parser)."""

#: Bump whenever parsing output changes: the cache rebuilds on a mismatch.
PARSER_VERSION = "0.4.2"
