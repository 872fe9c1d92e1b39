"""`gwr show REPORT [SECTION…]`: a report's text, readably, on the terminal or piped."""

from __future__ import annotations

import argparse
from typing import Iterator

from corpus.model import Report, Section
from tui.cli import EXIT_OK
from tui.cli.common import add_report_arguments, guarded, open_report
from tui.cli.help import examples
from tui.cli.output import Block, print_blocks
from tui.present.literal import visible


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `show` subcommand."""
    parser = subparsers.add_parser(
        "show", help="print a report or some of its sections",
        description="Prints one report: its title, a line of facts (id, place, years, speaker, source file), "
                    "then each section's heading and paragraphs.",
        epilog=examples("gwr show 济南 2022", "gwr show 30ab0b6 2.1", "gwr show 兰州 2023 工作回顾 | less"))
    add_report_arguments(parser)
    parser.set_defaults(handler=guarded(run), reads_only=True)


def run(args: argparse.Namespace) -> int:
    """Print the report (or the named sections) with headings."""
    report, sections = open_report(args)
    print_blocks(render(report, sections or report.sections))
    return EXIT_OK


def header(report: Report) -> Iterator[Block]:
    """Title, then one line of metadata: id, place, years, speaker, source file."""
    place = report.place
    years = ", ".join(f"{name} {year}" for name, year in (
        ("title year", report.title_year), ("review year (工作回顾)", report.review_year),
        ("plan year (工作安排)", report.plan_year)) if year is not None)
    facts = [report.id, f"{place.name} ({place.province})" if place else None, years or None,
             report.delivered, " ".join(filter(None, (report.speaker_role, report.speaker))) or None,
             report.source_path, "source stops before the end" if report.truncated else None]
    yield visible(report.title), "bold"
    yield visible(" · ".join(fact for fact in facts if fact), one_line=True), "bold dim"


def render(report: Report, sections: list[Section]) -> Iterator[Block]:
    """The blocks to print: header, then each section's heading (indented by level) and paragraphs."""
    yield from header(report)
    for top in sections:
        for section in top.walk():
            yield visible("\n" + "  " * (section.level - 1) + section.heading), "bold"
            for paragraph in section.paragraphs:
                yield visible(paragraph.text), ""
