"""Fixtures shared by the TUI tests."""

from tests.tui.screen_fixtures import gdp_excerpts, plan_excerpts  # noqa: F401 (fixtures)
from tests.tui.main_fixtures import app, seed_store  # noqa: F401 (fixtures)
