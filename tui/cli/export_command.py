"""`gwr export REPORT [SECTION…] -o FILE.md`: Markdown with YAML front matter."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from store.files import write_atomic
from tui.cli import EXIT_OK, EXIT_SOME_FAILED
from tui.cli.common import add_report_arguments, guarded, open_report, warn
from tui.cli.help import FILE, completes, examples
from tui.present.literal import visible
from tui.present.markdown import render_markdown, safe_filename

#: The `-o` value that means standard output.
STDOUT = "-"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `export` subcommand."""
    parser = subparsers.add_parser(
        "export", help="export a report or some sections to Markdown",
        description="Writes Markdown with YAML front matter (source file, place, years, section paths, export "
                    "time). -o may name a file, a folder (the file is then named after the report's title) "
                    "or - for standard output.",
        epilog=examples("gwr export 济南 2022 -o exports/", "gwr export 兰州 2023 2 -o 兰州-2023-目标.md",
                        "gwr export 30ab0b6 -o - | pandoc -o report.docx"))
    add_report_arguments(parser)
    completes(parser.add_argument("-o", "--output", default=".", metavar="FILE.md",
                                  help="output file, folder (existing, or written with a trailing /), "
                                       "or - for standard output (default: .)"), FILE)
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(handler=guarded(run), reads_only=True)


def run(args: argparse.Namespace) -> int:
    """Write the export (to stdout with `-o -`); refuse to overwrite a file without --force."""
    report, sections = open_report(args)
    markdown = render_markdown(report, [s.id for s in sections])
    if args.output == STDOUT:
        sys.stdout.write(markdown)  # `render_markdown` shows every control character as a symbol
        return EXIT_OK
    target = output_path(args.output, report.title)
    if target.exists() and not target.is_file():
        warn(f"{target} is not a regular file: gwr writes exports to files only")
        return EXIT_SOME_FAILED
    if target.exists() and not args.force:
        warn(f"{target} exists (use --force to overwrite)")
        return EXIT_SOME_FAILED
    write_atomic(target, markdown.encode("utf-8"))
    print(visible(str(target), one_line=True))
    return EXIT_OK


def output_path(output: str, title: str) -> Path:
    """`output` itself, or a file named after `title` inside it when it is a folder."""
    folder = Path(output)
    if folder.is_dir() or output.endswith(("/", os.sep)):
        return folder / safe_filename(title)
    return folder
