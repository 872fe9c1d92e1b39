"""`gwr outcomes`: each year's target (预期目标) next to what the next report says was achieved.

One row per target of a whole year: the place, the year, the target as written ("≈8%", "6.5–7%"),
the outcome the next report of the same place gives for that year, the verdict (met / about /
missed / no outcome / unjudged, see `corpus.outcomes`) and both quotes with their reports.
"""

from __future__ import annotations

import argparse
from typing import Any

from corpus.model import Indicator
from corpus.outcomes import Outcome, indicator_outcomes
from store.api import ReportFilter, ReportSummary
from tui.cli.common import add_filter_options, guarded, open_cache, report_filter
from tui.cli.help import examples
from tui.cli.output import Column, add_format_option, write_listing
from tui.cli.validate import metric_id
from tui.present.figures import COMPARATOR_SIGNS, format_span
from tui.present.labels import metric_name, shared_level

COLUMNS = ["place", "province", "year", "metric", "target", "outcome", "status", "target_kind", "outcome_kind",
           "target_value", "target_value_high", "target_growth", "target_growth_high", "target_unit",
           "target_comparator", "outcome_value", "outcome_growth", "outcome_unit", "target_report",
           "target_quote", "target_start", "outcome_report", "outcome_quote", "outcome_start"]

#: On a terminal: where and when, the target and the outcome as written, the verdict and both quotes.
TABLE = [Column("place"), Column("year", whole=True), Column("target", whole=True), Column("outcome", whole=True),
         Column("status"), Column("target_quote"), Column("outcome_quote")]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `outcomes` subcommand."""
    parser = subparsers.add_parser(
        "outcomes", help="targets (预期目标) and what the next report says became of them",
        description="One row per year's target: the target as written, the outcome the next report of the same "
                    "place gives for that year, met / about / missed, and both quotes. A 左右 target missed by at "
                    "most 0.5 points (3% of a level) is 'about'; any other shortfall is 'missed'.",
        epilog=examples("gwr outcomes", "gwr outcomes --metric cpi_increase --format csv > cpi.csv",
                        "gwr outcomes --place 兰州 --metric 地区生产总值"))
    parser.add_argument("--metric", metavar="M", default="gdp",
                        help="a metric id or its Chinese name (default gdp)")
    add_filter_options(parser)
    add_format_option(parser)
    parser.set_defaults(handler=guarded(run), reads_only=True)


def run(args: argparse.Namespace) -> int:
    """Print the outcomes of every whole-year target of the metric; exit 1 when there are none."""
    metric = metric_id(args.metric)
    store = open_cache(args)
    where = report_filter(args, store)
    reports = {summary.id: summary for summary in store.reports(where or ReportFilter())}
    indicators = [i for i in store.indicators(metric=metric) if i.report_id in reports]
    outcomes = [o for o in indicator_outcomes((reports[i.report_id], i) for i in indicators)
                if o.target.period == "year" and o.target.year is not None]
    rows = sorted((row(o, reports) for o in outcomes), key=lambda r: (r["place"] or "", r["year"]))
    return write_listing(args.format, COLUMNS, rows, table=TABLE, title=f"{metric_name(metric, shared_level(reports[o.target.report_id] for o in outcomes))}: "
                         f"{len(rows)} targets", none_found=f"no {metric} targets in the reports asked for")


def row(outcome: Outcome, reports: dict[str, ReportSummary]) -> dict[str, Any]:
    """One flat record of a target and its outcome."""
    target, actual = outcome.target, outcome.actual
    place = reports[target.report_id].place
    growth_target = target.value is None
    return {
        "place": place.name if place else None,
        "province": place.province if place else None,
        "year": target.year,
        "metric": target.metric,
        "target": figure_text(target, growth_target),
        "outcome": figure_text(actual, growth_target) if actual else "",
        "status": outcome.status.value,
        "target_kind": target.kind.value,
        "outcome_kind": actual.kind.value if actual else None,
        "target_value": target.value,
        "target_value_high": target.value_high,
        "target_growth": target.growth,
        "target_growth_high": target.growth_high,
        "target_unit": target.unit,
        "target_comparator": target.comparator.value,
        "outcome_value": actual.value if actual else None,
        "outcome_growth": actual.growth if actual else None,
        "outcome_unit": actual.unit if actual else None,
        "target_report": target.report_id,
        "target_quote": target.quote,
        "target_start": target.start,
        "outcome_report": actual.report_id if actual else None,
        "outcome_quote": actual.quote if actual else None,
        "outcome_start": actual.start if actual else None,
    }


def figure_text(indicator: Indicator, growth: bool) -> str:
    """The compared figure as written: "≈8%" for a growth target, "≥1000万人" for a level."""
    low, high, unit = (indicator.growth, indicator.growth_high, "%") if growth else \
        (indicator.value, indicator.value_high, indicator.unit)
    if low is None:
        return ""
    bound = indicator.growth_comparator if growth and indicator.growth_comparator else indicator.comparator
    return f"{COMPARATOR_SIGNS[bound]}{format_span(low, high)}{unit}"
