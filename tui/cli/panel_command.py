"""`gwr panel`: a place × year panel for researchers, one row per place and year, ready for pandas or Stata.

For each metric asked for, four columns: `<metric>_actual` (the level reported for the year, in
the metric's base unit: 元, 人, %, …), `<metric>_growth` (growth in percent), `<metric>_target`
(the year's target: growth in percent for a growth target, else the level in the base unit; the
low end of a range) and `<metric>_outcome` (met / about / missed / no_outcome / unjudged). Actuals
come from the report reviewing that year (an actual before an estimate, 预计); targets from the
report planning it. Only whole-year figures for the whole place count (no 上半年, no named parts,
no multi-year spans). Column names are ASCII so Stata reads them as they are.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

from corpus.model import Indicator, IndicatorKind, PlaceLevel
from corpus.outcomes import indicator_outcomes
from store.api import ReportFilter, ReportSummary
from tui.cli.common import add_filter_options, guarded, open_cache, report_filter
from tui.cli.help import examples
from tui.cli.output import add_format_option, write_listing
from tui.cli.validate import metric_id

DEFAULT_METRICS = ["gdp", "cpi_increase", "urban_new_jobs", "registered_unemployment"]
PLACE_COLUMNS = ["place", "province", "level", "year"]
#: Actuals before estimates when a year has both.
_KIND_ORDER = {IndicatorKind.ACTUAL: 0, IndicatorKind.ESTIMATE: 1}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `panel` subcommand."""
    parser = subparsers.add_parser(
        "panel", help="a place × year panel of actuals, growth, targets and outcomes",
        description="One row per place and year; per metric the actual level (base unit), growth (%), target "
                    "and what became of the target. Loads into pandas and Stata without cleaning.",
        epilog=examples("gwr panel > panel.csv", "gwr panel --metric gdp --metric urban_new_jobs --level 市",
                        "gwr panel --province 甘肃 --format jsonl"))
    parser.add_argument("--metric", metavar="M", action="append", dest="metrics",
                        help=f"a metric id or Chinese name, repeatable (default: {' '.join(DEFAULT_METRICS)})")
    parser.add_argument("--level", choices=[level.value for level in PlaceLevel],
                        help="only places of this level (省 市 县 区 …)")
    add_filter_options(parser)
    add_format_option(parser)
    parser.set_defaults(handler=guarded(run), reads_only=True)


def run(args: argparse.Namespace) -> int:
    """Write the panel; exit 1 when no place has a figure of the metrics asked for."""
    metrics = list(dict.fromkeys(metric_id(metric) for metric in args.metrics or DEFAULT_METRICS))
    store = open_cache(args)
    reports = {s.id: s for s in store.reports(report_filter(args, store) or ReportFilter())
               if s.place is not None and (args.level is None or s.place.level.value == args.level)}
    entries = [(reports[i.report_id], i) for metric in metrics for i in store.indicators(metric=metric)
               if i.report_id in reports]
    rows = panel_rows(entries, metrics)
    return write_listing(args.format, panel_columns(metrics), rows, title=f"{len(rows)} place-years",
                         none_found="no figures of those metrics in the reports asked for")


def panel_columns(metrics: list[str]) -> list[str]:
    """The place columns, then four columns per metric."""
    return PLACE_COLUMNS + [f"{metric}_{field}" for metric in metrics
                            for field in ("actual", "growth", "target", "outcome")]


def panel_rows(entries: Iterable[tuple[ReportSummary, Indicator]], metrics: list[str]) -> list[dict[str, Any]]:
    """One row per place × year that has any figure of `metrics`, sorted by place and year."""
    entries = [(report, i) for report, i in entries if i.period == "year" and i.scope is None and i.year is not None]
    rows: dict[tuple[str, int], dict[str, Any]] = {}

    def row_of(report: ReportSummary, year: int) -> dict[str, Any]:
        place = report.place
        assert place is not None
        key = (f"{place.province}/{place.parent or ''}/{place.name}", year)
        if key not in rows:
            rows[key] = {"place": place.name, "province": place.province, "level": place.level.value, "year": year,
                         **{column: None for column in panel_columns(metrics)[len(PLACE_COLUMNS):]}}
        return rows[key]

    reviewed = sorted((pair for pair in entries if pair[1].kind in _KIND_ORDER),
                      key=lambda pair: _KIND_ORDER[pair[1].kind], reverse=True)
    for report, indicator in reviewed:  # actuals last, so they win over estimates
        if indicator.year is not None and report.review_year == indicator.year:
            row = row_of(report, indicator.year)
            if indicator.base_value is not None:
                row[f"{indicator.metric}_actual"] = indicator.base_value
            if indicator.growth is not None:
                row[f"{indicator.metric}_growth"] = indicator.growth
    report_of = {id(indicator): report for report, indicator in entries}
    for outcome in indicator_outcomes(entries):
        target = outcome.target
        if target.kind is not IndicatorKind.TARGET or target.year is None:
            continue
        row = row_of(report_of[id(target)], target.year)
        row[f"{target.metric}_target"] = target.growth if target.value is None else target.base_value
        row[f"{target.metric}_outcome"] = outcome.status.value
    return [rows[key] for key in sorted(rows)]
