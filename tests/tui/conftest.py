"""Fixtures shared by the TUI tests."""

from __future__ import annotations

import pytest

from store import Store, open_store
from tests.tui.main_fixtures import app, seed_store  # noqa: F401 (fixtures)
from tests.tui.screen_fixtures import gdp_excerpts, plan_excerpts  # noqa: F401 (fixtures)


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A real cache built once from the bundled seed corpus (corpus/samples). Read it; do not ingest into it."""
    store = open_store(tmp_path_factory.mktemp("cache"))
    store.ingest_samples()
    return store
