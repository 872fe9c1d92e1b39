"""`gwr list [places|reports]`: the catalogue, one record per report or per place."""

from __future__ import annotations

import argparse
from collections import defaultdict
from typing import Any

from corpus.model import Place
from store.api import ReportSummary
from tui.cli.common import add_filter_options, guarded, open_cache, report_filter
from tui.cli.help import examples
from tui.cli.output import Column, add_format_option, write_listing

REPORT_FIELDS = ["id", "province", "place", "title_year", "review_year", "plan_year", "kind", "sections",
                 "indicators", "title"]
PLACE_FIELDS = ["province", "place", "level", "city", "reports", "first_year", "last_year"]
#: On a terminal: the id to pass on, where and when, how much was read, and the title.
REPORT_TABLE = [Column("id", whole=True), Column("place"), Column("title_year", heading="year", whole=True),
                Column("plan_year", heading="plans for"), Column("sections", heading="§", whole=True),
                Column("indicators", heading="figures", whole=True), Column("title")]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `list` subcommand."""
    parser = subparsers.add_parser(
        "list", help="list the reports or places in the cache",
        description="One row per report (id, place, title / review / plan year, kind, counts, title), "
                    "or with `places` one row per place.",
        epilog=examples("gwr list --province 甘肃", "gwr list places", "gwr list --year 2023 --format json"))
    parser.add_argument("what", nargs="?", choices=["reports", "places"], default="reports")
    add_filter_options(parser)
    add_format_option(parser)
    parser.set_defaults(handler=guarded(run), reads_only=True)


def run(args: argparse.Namespace) -> int:
    """Print the reports (or places) passing the filters; exit 1 when there are none."""
    store = open_cache(args)
    summaries = store.reports(report_filter(args, store))
    if args.what == "places":
        places = place_records(summaries)
        return write_listing(args.format, PLACE_FIELDS, places, title=f"{len(places)} places",
                             none_found="no places match")
    return write_listing(args.format, REPORT_FIELDS, [report_record(s) for s in summaries], table=REPORT_TABLE,
                         title=f"{len(summaries)} reports", none_found="no reports match")


def report_record(summary: ReportSummary) -> dict[str, Any]:
    """One report: id, place, its three years, kind of document, counts and title."""
    place = summary.place
    return {"id": summary.id, "province": place.province if place else None, "place": place.name if place else None,
            "title_year": summary.title_year, "review_year": summary.review_year, "plan_year": summary.plan_year,
            "kind": summary.doc_kind.value, "sections": summary.section_count,
            "indicators": summary.indicator_count, "title": summary.title}


def place_records(summaries: list[ReportSummary]) -> list[dict[str, Any]]:
    """One record per place: its level, the city it belongs to, its reports and their first and last title year."""
    by_place: dict[tuple[str, str], list[ReportSummary]] = defaultdict(list)
    places: dict[tuple[str, str], Place] = {}
    for summary in summaries:
        if summary.place is not None:
            key = (summary.place.province, summary.place.name)
            by_place[key].append(summary)
            places.setdefault(key, summary.place)
    records = []
    for (province, name), reports in by_place.items():
        place = places[(province, name)]
        years = sorted({r.title_year for r in reports if r.title_year is not None})
        records.append({"province": province, "place": name, "level": place.level.value, "city": place.parent,
                        "reports": len(reports), "first_year": years[0] if years else None,
                        "last_year": years[-1] if years else None})
    return records
