"""The real sample corpus as test input, and what the parser makes of it."""

from __future__ import annotations

import shutil
from pathlib import Path

from corpus import parse_file
from corpus.model import Report

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
#: The three smallest samples: enough for ingest tests, quick to parse.
SMALL_SAMPLES = sorted(SAMPLE_FILES, key=lambda p: p.stat().st_size)[:3]


def parsed(paths: list[Path]) -> list[Report]:
    """What the parser makes of `paths`: the expectation every store test compares against."""
    return [report for path in paths for report in parse_file(path)]


def copy_samples(folder: Path, samples: list[Path]) -> list[Path]:
    """Copies of sample files in `folder` (tests may change copies, never the samples)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(sample, folder / sample.name)) for sample in samples]
