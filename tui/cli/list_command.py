"""`gwr list [places|reports]`: the catalogue as a table."""

from __future__ import annotations

import argparse
from collections import defaultdict

from corpus.model import Place
from store.api import ReportSummary
from tui.cli import EXIT_OK
from tui.cli.common import add_filter_options, guarded, open_cache, print_table, report_filter


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `list` subcommand."""
    parser = subparsers.add_parser("list", help="list the reports or places in the cache")
    parser.add_argument("what", nargs="?", choices=["reports", "places"], default="reports")
    add_filter_options(parser)
    parser.set_defaults(handler=guarded(run))


def run(args: argparse.Namespace) -> int:
    """Print the reports (or places) passing the filters."""
    summaries = open_cache(args).reports(report_filter(args))
    if args.what == "places":
        print_places(summaries)
    else:
        print_reports(summaries)
    return EXIT_OK


def print_reports(summaries: list[ReportSummary]) -> None:
    """One row per report."""
    headers = ["id", "province", "place", "title year", "review year", "plan year", "kind", "sections",
               "indicators", "title"]
    rows = [[s.id, s.place.province if s.place else None, s.place.name if s.place else None, s.title_year,
             s.review_year, s.plan_year, s.doc_kind.value, s.section_count, s.indicator_count, s.title]
            for s in summaries]
    print_table(headers, rows, title=f"{len(rows)} reports")


def print_places(summaries: list[ReportSummary]) -> None:
    """One row per place: its level, the city it belongs to, its reports and their title years."""
    by_place: dict[tuple[str, str], list[ReportSummary]] = defaultdict(list)
    places: dict[tuple[str, str], Place] = {}
    for summary in summaries:
        if summary.place is not None:
            key = (summary.place.province, summary.place.name)
            by_place[key].append(summary)
            places.setdefault(key, summary.place)
    rows = []
    for (province, name), reports in by_place.items():
        place = places[(province, name)]
        years = sorted({r.title_year for r in reports if r.title_year is not None})
        rows.append([province, name, place.level.value, place.parent, len(reports),
                     f"{years[0]}–{years[-1]}" if len(years) > 1 else (years[0] if years else None)])
    print_table(["province", "place", "level", "city", "reports", "years"], rows, title=f"{len(rows)} places")
