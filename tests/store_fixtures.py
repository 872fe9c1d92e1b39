"""Shared fixtures for the store and CLI tests: caches built from the real sample corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus import parse_file
from corpus.model import Report
from store import Store, open_store

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


@pytest.fixture(scope="session")
def sample_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache directory holding the whole sample corpus (read-only: copy it before changing it)."""
    cache = tmp_path_factory.mktemp("sample-cache")
    open_store(cache).ingest_samples()
    return cache


@pytest.fixture
def sample_store(sample_cache: Path) -> Store:
    """The sample corpus cache, opened."""
    return open_store(sample_cache)


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    """Copies of the small samples in a folder of their own."""
    return copy_samples(tmp_path / "sources", SMALL_SAMPLES)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """An empty cache directory."""
    return tmp_path / "cache"
