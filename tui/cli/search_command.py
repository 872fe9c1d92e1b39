"""`gwr search QUERY`: sections containing every word of the query, exact phrase first."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tui.cli.common import add_filter_options, guarded, open_cache, positive_int, report_filter
from tui.cli.help import examples
from tui.cli.output import Column, Record, add_format_option, write_listing
from tui.present.literal import literal_text

if TYPE_CHECKING:
    from rich.text import Text

    from store.api import SearchHit


def marked_snippet(record: Record) -> Text:
    """The snippet with each match in bold reverse video."""
    text = literal_text(record["snippet"])
    for start, end in record["matches"]:
        text.stylize("bold reverse", start, end)
    return text


FIELDS = ["report", "place", "year", "section", "section_id", "offset", "snippet", "matches", "exact_phrase"]
TABLE = [Column("report", whole=True), Column("place"), Column("year", whole=True), Column("section"),
         Column("offset", whole=True), Column("snippet", cell=marked_snippet)]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `search` subcommand."""
    parser = subparsers.add_parser(
        "search", help="full-text search over all sections",
        description="Every word of the query must occur in a section; hits holding the exact phrase come first. "
                    "Each hit gives the report, the section, the character offset and a snippet.",
        epilog=examples("gwr search 黄河 生态", "gwr search 营商环境 --province 甘肃 --limit 10",
                        "gwr search 数字经济 --format jsonl"))
    parser.add_argument("query", nargs="+", metavar="QUERY")
    add_filter_options(parser)
    parser.add_argument("--limit", type=positive_int, default=50, metavar="N", help="at most N hits (default 50)")
    add_format_option(parser)
    parser.set_defaults(handler=guarded(run), reads_only=True)


def run(args: argparse.Namespace) -> int:
    """Print one record per hit; exit 1 when nothing matches."""
    store = open_cache(args)
    hits = store.search(" ".join(args.query), report_filter(args, store), limit=args.limit)
    return write_listing(args.format, FIELDS, [hit_record(hit) for hit in hits], title=f"{len(hits)} hits",
                         table=TABLE)


def hit_record(hit: SearchHit) -> dict[str, Any]:
    """One hit: report, place, year, section path and id, offset, snippet and the matches' spans in it."""
    return {"report": hit.report_id, "place": hit.place, "year": hit.year,
            "section": " › ".join(hit.section_path) or hit.section_id, "section_id": hit.section_id,
            "offset": hit.offset, "snippet": hit.snippet, "matches": [list(span) for span in hit.snippet_matches],
            "exact_phrase": hit.exact_phrase}
