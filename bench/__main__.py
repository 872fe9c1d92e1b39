"""`python -m bench [--reports N] [--quick]`: measure gwr against baselines of the same run.

Prints the table of goal ratios, writes `bench/results/<date>.json` and puts the
table into the README's Performance section.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

from bench.report import markdown_table, ratios, update_readme, write_results
from bench.run import ROOT, Settings, run


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000, metavar="N", help="scale corpus size (default 10000)")
    parser.add_argument("--quick", action="store_true", help="time everything once and run 10 queries")
    parser.add_argument("--seed", type=int, default=0, help="scale corpus seed (default 0)")
    parser.add_argument("--workdir", type=Path, help="keep corpora and caches here (default: a temporary folder)")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results", metavar="DIR",
                        help="where the JSON result goes (default bench/results)")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md", metavar="FILE",
                        help="README whose Performance section gets the table")
    parser.add_argument("--no-readme", action="store_true", help="leave the README alone")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    settings = Settings.quick(args.reports) if args.quick else Settings(reports=args.reports)
    settings.seed, settings.workdir = args.seed, args.workdir

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    raw = run(settings, log)
    rows = ratios(raw)
    table = markdown_table(rows, raw, f"{datetime.now(timezone.utc):%Y-%m-%d}")
    print(table)
    path = write_results(raw, rows, asdict(settings) | {"workdir": str(args.workdir)}, args.results)
    print(f"\nresults: {path}")
    if not args.no_readme:
        update_readme(args.readme, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
