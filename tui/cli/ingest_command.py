"""`gwr ingest PATH…`: parse source files into the cache, with a progress bar and a summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from store.api import IngestSummary
from tui.cli import EXIT_OK, EXIT_SOME_FAILED
from store.sources import samples_folder
from tui.cli.common import UsageError, guarded, ingest_progress, open_cache, warn
from tui.cli.help import FILE, completes, examples
from tui.present.literal import visible


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `ingest` subcommand."""
    parser = subparsers.add_parser(
        "ingest", help="parse files or folders (.txt, .html) into the cache",
        description="Parse source files (folders are searched recursively) into the cache. Unchanged files "
                    "are skipped; changed files replace their reports. Exit code 1 when some file was refused.",
        epilog=examples("gwr ingest ~/reports", "gwr ingest 2023/*.txt 2023/*.html",
                        "gwr ingest ~/reports --prune", "gwr ingest --samples"))
    completes(parser.add_argument("paths", nargs="*", metavar="PATH", type=Path), FILE)
    parser.add_argument("--samples", action="store_true", help="also ingest the sample reports bundled with gwr")
    parser.add_argument("--prune", action="store_true", help="drop reports whose source files are gone")
    parser.set_defaults(handler=guarded(run))


def run(args: argparse.Namespace) -> int:
    """Ingest the paths; print the summary and one line per refused file."""
    if not args.paths and not args.samples:
        raise UsageError("name the files or folders to ingest (or --samples for the bundled samples)")
    store = open_cache(args, for_reading=False)
    paths = [*args.paths, *([samples_folder()] if args.samples else [])]
    with ingest_progress() as progress:
        summary = store.ingest(paths, prune=args.prune, progress=progress)
    print(visible(summary_line(summary), one_line=True))
    for path, reason in summary.skipped:
        warn(f"skipped {path}: {reason}")
    for path, reason in summary.refused:
        warn(f"refused {path}: {reason}")
    return EXIT_SOME_FAILED if summary.refused else EXIT_OK


def summary_line(summary: IngestSummary) -> str:
    """One line: files by outcome, then what went in."""
    files = ", ".join(f"{len(paths)} {name}" for name, paths in (
        ("new", summary.new), ("changed", summary.changed), ("unchanged", summary.unchanged),
        ("removed", summary.removed), ("refused", summary.refused)))
    return (f"files: {files}; ingested {summary.reports} reports, {summary.sections} sections, "
            f"{summary.indicators} indicators")
