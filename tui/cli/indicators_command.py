"""`gwr indicators`: key figures with the quote each came from, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

import orjson

from corpus.model import Indicator, IndicatorKind
from store.api import ReportFilter, ReportSummary
from tui.cli import EXIT_OK
from tui.cli.common import add_filter_options, guarded, open_cache, print_table, report_filter
from tui.present.figures import value_text
from tui.present.records import INDICATOR_COLUMNS, indicator_fields

#: Columns of the CSV and JSON records: the report's place and years, then every indicator field.
REPORT_COLUMNS = ["place", "province", "title_year", "review_year", "plan_year"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `indicators` subcommand."""
    parser = subparsers.add_parser(
        "indicators", help="key figures (GDP, growth, targets …) with their quotes",
        description="One record per figure: the value as written, whether it is an actual, an estimate (预计) "
                    "or a target (预期目标), and the exact quote with its character offset.")
    parser.add_argument("--metric", metavar="M", help="only this metric id (gdp, gdp_growth …)")
    parser.add_argument("--kind", choices=[k.value for k in IndicatorKind], help="only this kind of figure")
    add_filter_options(parser)
    parser.add_argument("--format", choices=["table", "csv", "json"], default="table")
    parser.set_defaults(handler=guarded(run))


def run(args: argparse.Namespace) -> int:
    """Print the indicators passing the filters in the chosen format."""
    store = open_cache(args)
    where = report_filter(args)
    kind = IndicatorKind(args.kind) if args.kind else None
    indicators = store.indicators(metric=args.metric, kind=kind, where=where)
    reports = {summary.id: summary for summary in store.reports(where or ReportFilter())}
    records = [record(indicator, reports[indicator.report_id]) for indicator in indicators]
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=REPORT_COLUMNS + INDICATOR_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    elif args.format == "json":
        sys.stdout.write(orjson.dumps(records, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        print_table(["place", "year", "metric", "kind", "value", "unit", "growth %", "quote"],
                    [[r["place"], r["year"], r["metric"], r["kind"], value_text(indicator), r["unit"], r["growth"],
                      r["quote"]] for r, indicator in zip(records, indicators)], title=f"{len(records)} indicators")
    return EXIT_OK


def record(indicator: Indicator, report: ReportSummary) -> dict[str, Any]:
    """One flat record: the report's place and years, then the indicator's fields."""
    place = report.place
    return {
        "place": place.name if place else None,
        "province": place.province if place else None,
        "title_year": report.title_year,
        "review_year": report.review_year,
        "plan_year": report.plan_year,
        **indicator_fields(indicator),
    }
