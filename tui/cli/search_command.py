"""`gwr search QUERY`: sections containing every word of the query, exact phrase first."""

from __future__ import annotations

import argparse

from rich.text import Text

from store.api import SearchHit
from tui.cli import EXIT_OK
from tui.cli.common import add_filter_options, guarded, open_cache, print_table, report_filter, warn
from tui.present.literal import literal_text


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `search` subcommand."""
    parser = subparsers.add_parser("search", help="full-text search over all sections")
    parser.add_argument("query", nargs="+", metavar="QUERY")
    add_filter_options(parser)
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits (default 50)")
    parser.set_defaults(handler=guarded(run))


def run(args: argparse.Namespace) -> int:
    """Print one row per hit: report, section, offset, snippet with the match marked."""
    hits = open_cache(args).search(" ".join(args.query), report_filter(args), limit=args.limit)
    if not hits:
        warn("no matches")
    headers = ["report", "place", "year", "section", "offset", "snippet"]
    rows = [[hit.report_id, hit.place, hit.year, " › ".join(hit.section_path) or hit.section_id, hit.offset,
             marked_snippet(hit)] for hit in hits]
    print_table(headers, rows, title=f"{len(hits)} hits")
    return EXIT_OK


def marked_snippet(hit: SearchHit) -> Text:
    """The snippet with each match in bold reverse video."""
    text = literal_text(hit.snippet)
    for start, end in hit.snippet_matches:
        text.stylize("bold reverse", start, end)
    return text
