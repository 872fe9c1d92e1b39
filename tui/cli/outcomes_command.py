"""`gwr outcomes`: each year's target (预期目标) next to what the next report says was achieved.

One row per target of a whole year: the place, the year, the target as written ("≈8%", "6.5–7%"),
the outcome the next report of the same place gives for that year, the verdict (met / about /
missed / no outcome / unjudged, see `corpus.outcomes`) and both quotes with their reports.
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

import orjson

from corpus.metrics import METRICS_BY_ID
from corpus.model import Comparator, Indicator
from corpus.outcomes import Outcome, indicator_outcomes
from store.api import ReportFilter, ReportSummary
from tui.cli import EXIT_OK, EXIT_SOME_FAILED
from tui.cli.common import UsageError, add_filter_options, guarded, open_cache, print_table, report_filter, warn
from tui.present.figures import format_span

COLUMNS = ["place", "province", "year", "metric", "target", "outcome", "status", "target_kind", "outcome_kind",
           "target_value", "target_value_high", "target_growth", "target_growth_high", "target_unit",
           "target_comparator", "outcome_value", "outcome_growth", "outcome_unit", "target_report",
           "target_quote", "target_start", "outcome_report", "outcome_quote", "outcome_start"]

_SIGNS = {Comparator.EXACT: "", Comparator.ABOUT: "≈", Comparator.AT_LEAST: "≥", Comparator.AT_MOST: "≤",
          Comparator.RANGE: ""}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `outcomes` subcommand."""
    parser = subparsers.add_parser(
        "outcomes", help="targets (预期目标) and what the next report says became of them",
        description="One row per year's target: the target as written, the outcome the next report of the same "
                    "place gives for that year, met / about / missed, and both quotes. A 左右 target missed by at "
                    "most 0.5 points (3% of a level) is 'about'; any other shortfall is 'missed'.")
    parser.add_argument("--metric", metavar="M", default="gdp", help="metric id (default gdp)")
    add_filter_options(parser)
    parser.add_argument("--format", choices=["table", "csv", "json"], default="table")
    parser.set_defaults(handler=guarded(run))


def run(args: argparse.Namespace) -> int:
    """Print the outcomes of every whole-year target of the metric; exit 1 when there are none."""
    if args.metric not in METRICS_BY_ID:
        raise UsageError(f"unknown metric {args.metric!r} (see the metrics in the README)")
    store = open_cache(args)
    where = report_filter(args)
    reports = {summary.id: summary for summary in store.reports(where or ReportFilter())}
    indicators = [i for i in store.indicators(metric=args.metric) if i.report_id in reports]
    outcomes = [o for o in indicator_outcomes((reports[i.report_id], i) for i in indicators)
                if o.target.period == "year" and o.target.year is not None]
    rows = sorted((row(o, reports) for o in outcomes), key=lambda r: (r["place"] or "", r["year"]))
    if not rows:
        warn(f"no {args.metric} targets in the reports asked for")
        return EXIT_SOME_FAILED
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif args.format == "json":
        sys.stdout.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        print_table(["place", "year", "target", "outcome", "status", "target quote", "outcome quote"],
                    [[r["place"], r["year"], r["target"], r["outcome"], r["status"], r["target_quote"],
                      r["outcome_quote"]] for r in rows],
                    title=f"{METRICS_BY_ID[args.metric].name}: {len(rows)} targets")
    return EXIT_OK


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
    sign = _SIGNS[indicator.comparator]
    return f"{sign}{format_span(low, high)}{unit}"
