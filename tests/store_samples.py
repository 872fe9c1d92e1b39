"""The real sample corpus as test input, and what the parser makes of it."""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
from pathlib import Path

from corpus import parse_file
from corpus.model import Place, PlaceLevel, Report
from store.api import ReportSummary
from store.catalogue import summarise

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"
SAMPLE_FILES = sorted(SAMPLES.rglob("*.txt"))  # the local samples, then the national series (national/)
#: The three smallest samples: enough for ingest tests, quick to parse.
SMALL_SAMPLES = sorted(SAMPLE_FILES, key=lambda p: p.stat().st_size)[:3]


def parsed(paths: list[Path]) -> list[Report]:
    """What the parser makes of `paths`: the expectation every store test compares against."""
    return [report for path in paths for report in parse_file(path)]


def copy_samples(folder: Path, samples: list[Path]) -> list[Path]:
    """Copies of sample files in `folder` (tests may change copies, never the samples)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(sample, folder / sample.name)) for sample in samples]


#: A district with a parent city and an alias (西海岸新区), for filter tests.
HUANGDAO = Place("黄岛区", PlaceLevel.DISTRICT, "山东省", parent="青岛市", alias="西海岸新区")


def summary_at(place: Place | None, **years: int) -> ReportSummary:
    """A real catalogue row (the first sample's first report) moved to `place` and `years`."""
    return dataclasses.replace(summarise(parse_file(SAMPLE_FILES[0])[0]), place=place, **years)


def csv_rows(output: str) -> list[dict[str, str]]:
    """The rows of a listing `gwr` printed to a pipe (CSV, header first), as dicts."""
    return list(csv.DictReader(io.StringIO(output)))
