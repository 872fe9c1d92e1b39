"""`gwr parse PATH…`: show what the parser makes of files.

A Rich tree per file: its reports (title, place, kind, years, delivery, speaker,
truncation), each report's warnings, section tree and glossary size. `--json`
prints the parsed reports instead. Every refused file gets one line on stderr and
makes the exit code 1; the other files are still shown.
"""

from __future__ import annotations

import argparse
import sys

from rich.text import Text
from rich.tree import Tree

from corpus import RefusedSource, parse_file
from corpus.model import Report, Section, to_dict
from tui.cli.common import stdout_console, warn
from tui.cli.help import FILE, completes, examples
from tui.present.figures import describe_indicator
from tui.present.labels import written_number
from tui.present.literal import json_visible, literal_text, visible


#: The width a tree is drawn at when piped: wide enough that no label is cut.
PIPED_WIDTH = 10_000


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `parse` subcommand."""
    parser = subparsers.add_parser(
        "parse", help="show what the parser makes of files",
        description="Parses files without touching the cache: each report's metadata, warnings, section tree, "
                    "glossary size and indicators.",
        epilog=examples("gwr parse report.txt", "gwr parse 汇编.txt --json > reports.json"))
    completes(parser.add_argument("paths", nargs="+", metavar="PATH"), FILE)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a tree")
    parser.set_defaults(handler=run)


def _years(report: Report) -> str:
    def year(value: int | None) -> str:
        return str(value) if value is not None else "?"

    return f"title {year(report.title_year)} · review {year(report.review_year)} · plan {year(report.plan_year)}"


def report_label(report: Report) -> Text:
    """One line of metadata for a report; report text is never read as markup."""
    label = Text()
    label.append(visible(report.title, one_line=True), style="bold")
    place = report.place
    where = " / ".join(part for part in (place.province, place.parent, place.name) if part) if place else "place unknown"
    details = [f"[{report.id}]", report.doc_kind.value, where, _years(report)]
    if report.delivered:
        details.append(f"delivered {report.delivered}")
    if report.speaker:
        details.append(f"{report.speaker_role or ''} {report.speaker}".strip())
    label.append(visible("  " + "  ".join(details), one_line=True), style="dim")
    if report.truncated:
        label.append("  truncated", style="bold red")
    return label


def _section_label(section: Section) -> Text:
    label = Text()
    if section.number:
        label.append(f"{written_number(section.number)} ", style="cyan")
    label.append(visible(section.heading, one_line=True))
    label.append(f"  ({len(section.paragraphs)} ¶, {section.id})", style="dim")
    return label


def _add_sections(branch: Tree, sections: list[Section]) -> None:
    for section in sections:
        _add_sections(branch.add(_section_label(section)), section.children)


def report_tree(path: str, reports: list[Report]) -> Tree:
    """The Rich tree of one parsed file: reports → warnings, sections, glossary."""
    tree = Tree(literal_text(f"{visible(path, one_line=True)}  ({len(reports)} reports)", style="bold"))
    for report in reports:
        branch = tree.add(report_label(report))
        for warning in report.warnings:
            branch.add(literal_text(f"⚠ {warning}", style="yellow"))
        _add_sections(branch, report.sections)
        if report.glossary:
            branch.add(Text(f"名词解释: {len(report.glossary)} terms", style="magenta"))
        if report.indicators:
            figures = branch.add(Text(f"指标: {len(report.indicators)} indicators", style="green"))
            for indicator in report.indicators:
                figures.add(literal_text(describe_indicator(indicator, report.place.level if report.place else None)))
    return tree


def run(args: argparse.Namespace) -> int:
    """Parse each file; print reports, and one line per refused file on stderr."""
    import orjson

    failed = 0
    results: list[tuple[str, list[Report]]] = []
    for path in args.paths:
        try:
            results.append((path, parse_file(path)))
        except RefusedSource as refusal:
            warn(str(refusal))
            failed += 1
    if args.json:
        payload = [{"path": path, "reports": [to_dict(r) for r in reports]} for path, reports in results]
        sys.stdout.write(json_visible(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode()) + "\n")
    else:
        console = stdout_console()
        if not console.is_terminal:
            console.width = PIPED_WIDTH  # piped: every label on one whole line, never cut
        for path, reports in results:
            console.print(report_tree(path, reports))
    return 1 if failed else 0
