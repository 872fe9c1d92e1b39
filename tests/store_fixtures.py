"""Caches built from the samples, for every test (registered in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import Store, open_store
from tests.store_samples import SMALL_SAMPLES, copy_samples


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
