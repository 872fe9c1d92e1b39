"""`gwr export REPORT [SECTION…] -o FILE.md`: Markdown with YAML front matter."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from tui.present.markdown import render_markdown, safe_filename
from store.files import write_atomic
from tui.cli import EXIT_OK, EXIT_SOME_FAILED
from tui.cli.common import guarded, open_report, warn


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `export` subcommand."""
    parser = subparsers.add_parser(
        "export", help="export a report or some sections to Markdown",
        description="Writes Markdown with YAML front matter (source file, place, years, section paths, export "
                    "time). -o may name a file or a folder (the file is then named after the report's title).")
    parser.add_argument("words", nargs="+", metavar="REPORT [SECTION…]")
    parser.add_argument("-o", "--output", default=".", metavar="FILE.md",
                        help="output file, or folder (existing, or written with a trailing /; default: .)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(handler=guarded(run))


def run(args: argparse.Namespace) -> int:
    """Write the export; refuse to overwrite without --force."""
    report, sections = open_report(args)
    target = output_path(args.output, report.title)
    if target.exists() and not args.force:
        warn(f"{target} exists (use --force to overwrite)")
        return EXIT_SOME_FAILED
    write_atomic(target, render_markdown(report, [s.id for s in sections]).encode("utf-8"))
    print(target)
    return EXIT_OK


def output_path(output: str, title: str) -> Path:
    """`output` itself, or a file named after `title` inside it when it is a folder."""
    folder = Path(output)
    if folder.is_dir() or output.endswith(("/", os.sep)):
        return folder / safe_filename(title)
    return folder
