"""The national reports 2003–2018 (国务院政府工作报告) kept as test data, and a cache holding them."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import open_store

#: The bundled national samples: the gold set and these tests read the same copy.
NATIONAL_SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples" / "national"
NATIONAL_SERIES = [NATIONAL_SAMPLES / f"national_{year}_gbk.txt" for year in range(2003, 2019)]


@pytest.fixture(scope="session")
def national_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache directory holding the sixteen national reports 2003–2018 (read-only)."""
    cache = tmp_path_factory.mktemp("national-cache")
    open_store(cache).ingest(NATIONAL_SERIES)
    return cache
