"""`gwr keywords REPORT|--place P`: the words a report (or a place's reports) stresses."""

from __future__ import annotations

import argparse

from store.api import ReportFilter
from tui.cli import EXIT_OK
from tui.cli.common import positive_int, UsageError, guarded, open_cache, pick_report, print_table


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `keywords` subcommand."""
    parser = subparsers.add_parser(
        "keywords", help="top words of a report or place by TF-IDF, with raw counts",
        description="Stopwords and the boilerplate every report repeats (各位代表 …) are left out.")
    parser.add_argument("words", nargs="*", metavar="REPORT", help="an id, or place and year words")
    parser.add_argument("--place", metavar="P", help="all reports of this place instead of one report")
    parser.add_argument("--year", type=int, metavar="Y", help="with --place: only reports of this year")
    parser.add_argument("--top", type=positive_int, default=20, metavar="N", help="how many words (default 20)")
    parser.set_defaults(handler=guarded(run))


def run(args: argparse.Namespace) -> int:
    """Print rank, word, TF-IDF weight and count."""
    store = open_cache(args)
    if bool(args.words) == bool(args.place):
        raise UsageError("name either a REPORT or --place P")
    if args.place:
        ids = [s.id for s in store.reports(ReportFilter(place=args.place, year=args.year))]
        if not ids:
            raise UsageError(f"no report of place {args.place!r}" + (f" in {args.year}" if args.year else ""))
        label = args.place
    else:
        summary, extra = pick_report(store, args.words)
        if extra:
            raise UsageError(f"unexpected words after the report: {' '.join(extra)}")
        ids, label = [summary.id], summary.title
    keywords = store.keywords(ids, top=args.top)
    print_table(["rank", "word", "tf-idf", "count"],
                [[rank, k.word, f"{k.weight:.4f}", k.count] for rank, k in enumerate(keywords, 1)],
                title=f"keywords of {label}")
    return EXIT_OK
