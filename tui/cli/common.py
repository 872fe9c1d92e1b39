"""What the scripting subcommands share: opening the cache, filters, picking a report.

Listings are printed by `tui.cli.output`. Report text always goes into `rich.text.Text`, never through markup,
and every line printed passes `tui.present.literal.visible` (no raw control characters reach the terminal).
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from corpus.model import DocKind, Report, Section
from store import Store, open_store
from store.api import IngestProgress, ProgressCallback, ReportFilter, ReportSummary
from store.filters import as_year
from tui.cli import EXIT_SOME_FAILED, EXIT_USAGE
from tui.cli.validate import UnknownName, check_place, check_province
from tui.present.literal import visible

if TYPE_CHECKING:  # Rich's console, tables and progress bars load when first used (a quicker start when piped)
    from rich.console import Console


class UsageError(Exception):
    """A command line that cannot be carried out (exit code 2); `str()` is the one-line message."""


def stdout_console() -> Console:
    """The console for results (no wrapping of long lines when piped)."""
    from tui.cli.result_console import ResultConsole

    return ResultConsole(soft_wrap=not sys.stdout.isatty(), highlight=False)


def stderr_console() -> Console:
    """The console for progress and messages."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def warn(message: str) -> None:
    """Print a one-line message to stderr (control characters and line breaks in it shown, never obeyed)."""
    print(f"gwr: {visible(message, one_line=True)}", file=sys.stderr)


def degrade_output_encoding() -> None:
    """Let stdout and stderr replace what their encoding cannot show (a GBK or ASCII terminal) instead of
    failing with `UnicodeEncodeError`."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def open_cache(args: argparse.Namespace, *, for_reading: bool = True) -> Store:
    """The cache named by `--cache` (else $GWR_CACHE, else the user cache dir), notices on stderr.

    Reading never writes: an empty cache stays empty, with a line saying how to fill it, and what an
    interrupted ingest left behind is left to the next ingest.
    """
    store = open_store(Path(args.cache) if args.cache else None, notice=warn, collect_garbage=not for_reading)
    if for_reading and store.is_empty:
        warn(f"the cache in {store.cache_dir} is empty: `gwr ingest --samples` reads the bundled samples, "
             "`gwr ingest PATH…` your own files")
    return store


@contextmanager
def ingest_progress() -> Iterator[ProgressCallback]:
    """A Rich progress bar over files on stderr (shown on a terminal only); yields the ingest callback."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = stderr_console()
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}", markup=False), console=console, transient=True,
                  disable=not console.is_terminal) as progress:
        task = progress.add_task("", total=None)

        def advance(step: IngestProgress) -> None:
            progress.update(task, completed=step.done, total=step.total, description=visible(Path(step.path).name, one_line=True))

        yield advance


#: Exit code after ctrl+c (128 + SIGINT), as shells expect.
EXIT_INTERRUPTED = 130


def guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """`command` as a subcommand handler: errors become one line on stderr and an exit code, never a traceback.

    A `UsageError` exits 2; a file-system error (unwritable cache, full disk) exits 1; ctrl+c exits 130.
    """

    def handler(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except (UsageError, UnknownName) as error:
            warn(str(error))
            return EXIT_USAGE
        except BrokenPipeError:
            raise  # the reader of stdout left: `main` ends quietly
        except OSError as error:
            warn(f"{error.filename or 'cache'}: {error.strerror or error}")
            return EXIT_SOME_FAILED
        except KeyboardInterrupt:
            warn("interrupted (the cache keeps what was committed before)")
            return EXIT_INTERRUPTED

    return handler


def add_filter_options(parser: argparse.ArgumentParser, *, place: bool = True) -> None:
    """Add --province, --place, --year and --kind-of-document options."""
    parser.add_argument("--province", metavar="P", help="only this province (山东 or 山东省)")
    if place:
        parser.add_argument("--place", metavar="P", help="only this place (济南 or 济南市; a city includes its districts)")
    parser.add_argument("--year", type=int, metavar="Y", help="only reports with this title, review or plan year")
    parser.add_argument("--doc-kind", choices=[k.value for k in DocKind], help="only this kind of document")
    parser.add_argument("--match", metavar="WORDS", default="",
                        help="only reports whose place, years, title or kind hold every word (the TUI's tree "
                             "filter: '济南 2023')")


def report_filter(args: argparse.Namespace, store: Store) -> ReportFilter | None:
    """The `ReportFilter` the filter options ask for, or None when none is given.

    A --place or --province that names nothing known is refused (`UnknownName`, exit 2).
    """
    check_place_options(args, store)
    where = ReportFilter(
        province=args.province,
        place=getattr(args, "place", None),
        year=args.year,
        doc_kind=DocKind(args.doc_kind) if args.doc_kind else None,
        words=ReportFilter.from_words(args.match).words,
    )
    return None if where == ReportFilter() else where


def check_place_options(args: argparse.Namespace, store: Store) -> None:
    """Refuse a --place or --province naming no place of the cache and no division of China."""
    place, province = getattr(args, "place", None), getattr(args, "province", None)
    if place or province:
        reports = store.reports(None)
        if place:
            check_place(place, reports)
        if province:
            check_province(province, reports)


def pick_report(store: Store, words: Sequence[str]) -> tuple[ReportSummary, list[str]]:
    """The report named by the leading words (an id, or place/year words) and the words left over.

    The longest run of leading words that matches anything decides; it must match exactly one report.
    A year right after report words that hold none asks for that year (never for a section):
    `济南 2019` with no 2019 report of 济南 is refused, naming the years there are.
    """
    for cut in range(len(words), 0, -1):
        matched = store.resolve(words[:cut])
        if not matched:
            continue
        if cut < len(words) and as_year(words[cut]) is not None and not any(map(as_year, words[:cut])):
            years = sorted({s.title_year for s in matched if s.title_year is not None})
            raise UsageError(f"no report for {' '.join(words[:cut])} in {words[cut]}"
                             + (f" (there are reports for {', '.join(map(str, years))})" if years else ""))
        if len(matched) == 1:
            return matched[0], list(words[cut:])
        from tui.present.labels import report_line

        choices = "; ".join(report_line(s) for s in matched[:10])
        more = f" (and {len(matched) - 10} more)" if len(matched) > 10 else ""
        raise UsageError(f"{' '.join(words[:cut])!r} matches {len(matched)} reports: {choices}{more}")
    raise UsageError(f"no report matches {' '.join(words)!r} (try `gwr list`)")


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the positional REPORT [SECTION …] of a command that works on one report."""
    parser.add_argument("report", metavar="REPORT", type=non_empty,
                        help="an id, its first 4+ characters, or place and year words (济南 2022)")
    parser.add_argument("sections", nargs="*", metavar="SECTION", type=non_empty,
                        help="a section id (2.1) or a word of its heading (default: the whole report)")


def open_report(args: argparse.Namespace) -> tuple[Report, list[Section]]:
    """The report and sections named by `args.report` and `args.sections` (no sections: the whole report)."""
    store = open_cache(args)
    summary, section_words = pick_report(store, [args.report, *args.sections])
    report = store.report(summary.id)
    return report, pick_sections(report, section_words)


def pick_sections(report: Report, words: Sequence[str]) -> list[Section]:
    """The sections named by `words`: a section id ("2.1") or words of its heading."""
    sections = list(report.walk_sections())
    picked = []
    for word in words:
        found = next((s for s in sections if s.id == word), None) or \
            next((s for s in sections if word in s.heading), None)
        if found is None:
            raise UsageError(f"report {report.id} has no section {word!r} (ids: "
                             f"{', '.join(s.id for s in sections[:20])})")
        picked.append(found)
    return picked


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{visible(value, one_line=True)!r} is not a whole number of at least 1")
    return number


def non_empty(value: str) -> str:
    """An argparse type: a string that is not empty or blank."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return value
