"""Fixtures shared by the TUI tests."""

from tests.tui.screen_fixtures import gdp_excerpts, plan_excerpts  # noqa: F401 (fixtures)
from tests.store_fixtures import sample_cache  # noqa: F401 (fixtures)
from tests.tui.main_fixtures import app, cache_copy  # noqa: F401 (fixtures)
