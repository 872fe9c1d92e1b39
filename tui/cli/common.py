"""What the scripting subcommands share: opening the cache, filters, picking a report, printing tables.

Tables are Rich tables on a terminal and tab-separated lines when piped.
Report text always goes into `rich.text.Text`, never through markup.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from rich.text import Text

from corpus.model import DocKind, Report, Section
from store import Store, open_store
from store.api import IngestProgress, ProgressCallback, ReportFilter, ReportSummary
from tui.cli import EXIT_SOME_FAILED, EXIT_USAGE
from tui.present.labels import report_line
from tui.present.literal import visible

if TYPE_CHECKING:  # Rich's console, tables and progress bars load when first used (a quicker start when piped)
    from rich.console import Console

Cell = str | int | float | Text | None


class UsageError(Exception):
    """A command line that cannot be carried out (exit code 2); `str()` is the one-line message."""


def stdout_console() -> Console:
    """The console for results (no wrapping of long lines when piped)."""
    from rich.console import Console

    return Console(soft_wrap=not sys.stdout.isatty(), highlight=False)


def stderr_console() -> Console:
    """The console for progress and messages."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def warn(message: str) -> None:
    """Print a one-line message to stderr."""
    print(f"gwr: {message}", file=sys.stderr)


def open_cache(args: argparse.Namespace, *, samples_on_first_run: bool = True) -> Store:
    """The cache named by `--cache` (else $GWR_CACHE, else the user cache dir), notices on stderr.

    An empty cache first gets the bundled sample corpus (with a progress bar), as the TUI does.
    """
    store = open_store(Path(args.cache) if args.cache else None, notice=warn)
    if samples_on_first_run and store.is_empty:
        warn(f"the cache in {store.cache_dir} is empty: ingesting the sample corpus")
        with ingest_progress() as progress:
            store.ingest_samples(progress=progress)
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
            progress.update(task, completed=step.done, total=step.total, description=Path(step.path).name)

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
        except UsageError as error:
            warn(str(error))
            return EXIT_USAGE
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


def report_filter(args: argparse.Namespace) -> ReportFilter | None:
    """The `ReportFilter` the filter options ask for, or None when none is given."""
    where = ReportFilter(
        province=args.province,
        place=getattr(args, "place", None),
        year=args.year,
        doc_kind=DocKind(args.doc_kind) if args.doc_kind else None,
        words=ReportFilter.from_words(args.match).words,
    )
    return None if where == ReportFilter() else where


def pick_report(store: Store, words: Sequence[str]) -> tuple[ReportSummary, list[str]]:
    """The report named by the leading words (an id, or place/year words) and the words left over.

    The longest run of leading words that matches anything decides; it must match exactly one report.
    """
    for cut in range(len(words), 0, -1):
        matched = store.resolve(words[:cut])
        if len(matched) == 1:
            return matched[0], list(words[cut:])
        if matched:
            choices = "; ".join(report_line(s) for s in matched[:10])
            more = f" (and {len(matched) - 10} more)" if len(matched) > 10 else ""
            raise UsageError(f"{' '.join(words[:cut])!r} matches {len(matched)} reports: {choices}{more}")
    raise UsageError(f"no report matches {' '.join(words)!r} (try `gwr list`)")


def open_report(args: argparse.Namespace) -> tuple[Report, list[Section]]:
    """The report and sections named by `args.words` (no sections: the whole report)."""
    store = open_cache(args)
    summary, section_words = pick_report(store, args.words)
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


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Cell]], title: str | None = None) -> None:
    """A Rich table on a terminal; tab-separated lines with a header row when piped."""
    if not sys.stdout.isatty():
        lines = ["\t".join(headers), *("\t".join(_plain(cell) for cell in row) for row in rows)]
        sys.stdout.write("".join(line + "\n" for line in lines))
        return
    from rich.table import Table

    table = Table(title=Text(title) if title else None, header_style="bold")
    for header in headers:
        table.add_column(Text(header), overflow="fold")
    for row in rows:
        table.add_row(*(cell if isinstance(cell, Text) else Text(_plain(cell)) for cell in row))
    stdout_console().print(table)


def _plain(cell: Cell) -> str:
    if cell is None:
        return ""
    text = cell.plain if isinstance(cell, Text) else str(cell)
    return visible(text).replace("\t", " ").replace("\n", " ")
