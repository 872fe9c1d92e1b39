"""`gwr parse PATH…`: show what the parser makes of files."""

from __future__ import annotations

import argparse
import sys

from corpus import RefusedSource, parse_file
from corpus.model import to_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `parse` subcommand."""
    parser = subparsers.add_parser("parse", help="show what the parser makes of files")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a tree")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Parse each file; print reports or one line per refused file."""
    import orjson

    failed = 0
    results = []
    for path in args.paths:
        try:
            reports = parse_file(path)
        except RefusedSource as refusal:
            print(f"gwr: {refusal}", file=sys.stderr)
            failed += 1
            continue
        results.append({"path": path, "reports": [to_dict(r) for r in reports]})
    if args.json:
        sys.stdout.write(orjson.dumps(results, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        for result in results:
            for report in result["reports"]:
                print(f"{result['path']}: {report['title']} ({len(report['sections'])} sections)")
    return 1 if failed else 0
