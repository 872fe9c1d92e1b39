"""Fixtures shared by the TUI tests."""

from __future__ import annotations

import pytest

from store.api import ReportStore
from tests.tui.screen_fixtures import gdp_excerpts, plan_excerpts  # noqa: F401 (fixtures)


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> ReportStore:
    """A real cache built once from the bundled seed corpus (corpus/samples). Read it; do not ingest into it.

    Skips until the store (branch `store`) is in main.
    """
    open_store = pytest.importorskip("store", reason="the store is not merged yet").__dict__.get("open_store")
    if open_store is None:
        pytest.skip("the store is not merged yet")
    store = open_store(tmp_path_factory.mktemp("cache"))
    store.ingest_samples()
    return store
