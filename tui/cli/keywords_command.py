"""`gwr keywords REPORT|--place P`: the words a report (or a place's reports) stresses."""

from __future__ import annotations

import argparse

from store.api import ReportFilter
from tui.cli.common import UsageError, check_place_options, positive_int, guarded, open_cache, pick_report
from tui.cli.help import examples
from tui.cli.output import Column, add_format_option, write_listing

FIELDS = ["rank", "word", "tf_idf", "count"]
TABLE = [Column("rank", whole=True), Column("word"),
         Column("tf_idf", heading="tf-idf", cell=lambda r: f"{r['tf_idf']:.4f}", whole=True), Column("count", whole=True)]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `keywords` subcommand."""
    parser = subparsers.add_parser(
        "keywords", help="top words of a report or place by TF-IDF, with raw counts",
        description="Stopwords and the boilerplate every report repeats (各位代表 …) are left out.",
        epilog=examples("gwr keywords 济南 2022", "gwr keywords --place 兰州 --top 10 --format json"))
    parser.add_argument("words", nargs="*", metavar="REPORT", help="an id, or place and year words")
    parser.add_argument("--place", metavar="P", help="all reports of this place instead of one report")
    parser.add_argument("--year", type=int, metavar="Y", help="with --place: only reports of this year")
    parser.add_argument("--top", type=positive_int, default=20, metavar="N", help="how many words (default 20)")
    add_format_option(parser)
    parser.set_defaults(handler=guarded(run), reads_only=True)


def run(args: argparse.Namespace) -> int:
    """Print rank, word, TF-IDF weight and count; exit 1 when the place has no report."""
    store = open_cache(args)
    if bool(args.words) == bool(args.place):
        raise UsageError("name either a REPORT or --place P")
    if args.place:
        check_place_options(args, store)
        ids = [s.id for s in store.reports(ReportFilter(place=args.place, year=args.year))]
        label = args.place
        none_found = f"no report of {args.place}" + (f" in {args.year}" if args.year else "")
    else:
        summary, extra = pick_report(store, args.words)
        if extra:
            raise UsageError(f"unexpected words after the report: {' '.join(extra)}")
        ids, label, none_found = [summary.id], summary.title, "no words"
    keywords = store.keywords(ids, top=args.top) if ids else []
    records = [{"rank": rank, "word": k.word, "tf_idf": k.weight, "count": k.count}
               for rank, k in enumerate(keywords, 1)]
    return write_listing(args.format, FIELDS, records, title=f"keywords of {label}", table=TABLE,
                         none_found=none_found)
