"""The seed documents of corpus/samples, parsed once per test session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from corpus import parse_file
from corpus.model import Report
from corpus.reading import read_source

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"


def sample_path(prefix: str) -> Path:
    """The seed file whose name starts with `prefix` ("003")."""
    return next(SAMPLES.glob(f"{prefix}_*.txt"))


def sample_text(prefix: str) -> str:
    """The seed file's text as the parser reads it (decoded and normalised)."""
    return read_source(sample_path(prefix))


@cache
def sample_reports(prefix: str) -> tuple[Report, ...]:
    """The reports parsed from the seed file `prefix`."""
    return tuple(parse_file(sample_path(prefix)))


def compilation_report(place: str) -> Report:
    """The report of the 003 compilation whose title names `place`."""
    return next(report for report in sample_reports("003") if place in report.title)


def all_sample_reports() -> list[Report]:
    return [report for prefix in ("000", "001", "002", "003", "004") for report in sample_reports(prefix)]
