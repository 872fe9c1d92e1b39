"""`gwr indicators`: key figures with the quote each came from, as a table, CSV, JSON or JSON Lines."""

from __future__ import annotations

import argparse
from typing import Any

from corpus.model import Indicator, IndicatorKind
from store.api import ReportFilter, ReportSummary
from tui.cli.common import add_filter_options, guarded, open_cache, report_filter
from tui.cli.help import examples
from tui.cli.output import Column, Record, add_format_option, write_listing
from tui.cli.validate import metric_id
from tui.present.figures import format_span
from tui.present.records import INDICATOR_COLUMNS, indicator_fields

#: Columns of the CSV and JSON records: the report's place and years, then every indicator field.
REPORT_COLUMNS = ["place", "province", "title_year", "review_year", "plan_year"]


def _value(record: Record) -> str:
    """The value exactly as stored, as a range when it has a high end."""
    return "" if record["value"] is None else format_span(record["value"], record["value_high"])


def _year(record: Record) -> str:
    """The figure's year, with its period when it is not the whole year ("2020 H1")."""
    year, period = record["year"], record["period"]
    return " ".join(str(part) for part in (year, period if period != "year" else None) if part is not None)


#: The table shows where (with the named part a figure is about, 新区), when, what, the value and the quote;
#: CSV and JSON carry every field.
TABLE = [Column("place"), Column("scope"), Column("year", cell=_year, whole=True), Column("metric"), Column("kind"),
         Column("value", cell=_value, whole=True), Column("unit"), Column("growth", heading="growth %", whole=True),
         Column("quote")]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `indicators` subcommand."""
    parser = subparsers.add_parser(
        "indicators", help="key figures (GDP, growth, targets …) with their quotes",
        description="One record per figure: the value as written, whether it is an actual, an estimate (预计) "
                    "or a target (预期目标), and the exact quote with its character offset.",
        epilog=examples("gwr indicators --metric gdp --kind target", "gwr indicators --place 兰州 --format json",
                        "gwr indicators --metric 地区生产总值 --format csv > gdp.csv"))
    parser.add_argument("--metric", metavar="M", help="only this metric: an id (gdp, retail_sales …) "
                                                      "or its Chinese name (地区生产总值)")
    parser.add_argument("--kind", choices=[k.value for k in IndicatorKind], help="only this kind of figure")
    add_filter_options(parser)
    add_format_option(parser)
    parser.set_defaults(handler=guarded(run), reads_only=True)


def run(args: argparse.Namespace) -> int:
    """Print the indicators passing the filters in the chosen format; exit 1 when there are none."""
    store = open_cache(args)
    metric = metric_id(args.metric) if args.metric else None
    where = report_filter(args, store)
    kind = IndicatorKind(args.kind) if args.kind else None
    indicators = store.indicators(metric=metric, kind=kind, where=where)
    reports = {summary.id: summary for summary in store.reports(where or ReportFilter())}
    records = [record(indicator, reports[indicator.report_id]) for indicator in indicators]
    return write_listing(args.format, REPORT_COLUMNS + INDICATOR_COLUMNS, records, table=TABLE,
                         title=f"{len(records)} indicators", none_found="no indicators match")


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
