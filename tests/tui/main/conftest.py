"""Fixtures for the main-screen tests: the app on a store of real seed text."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests.tui.main.fake_store import FakeStore
from tui.app import GwrApp


def app_on(store: object) -> GwrApp:
    """The gwr app opening `store` instead of the cache."""
    return GwrApp(lambda notice: store)


@pytest.fixture
def seed_store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def app(seed_store: FakeStore) -> GwrApp:
    return app_on(seed_store)


async def settle(pilot: Pilot) -> None:
    """Wait until every worker has finished and the messages it posted have been handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
