"""Starting the app: `gwr` opens it on the cache it names; the cache opens before the first frame when it can."""

from __future__ import annotations

import gc
import threading
import time
from typing import Callable

from textual import events
from textual.widgets import Input, Static

from store import Store
from tests.tui.screen_fixtures import settle
from tui import app as app_module
from tui.app import GwrApp
from tui.cli import main
from tui.screens.main import LOADING, WELCOME


def test_gwr_without_a_command_opens_the_app_on_the_cache_option(monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(GwrApp, "run", lambda app: opened.append(app._open_store(lambda notice: None).cache_dir))
    assert main(["--cache", str(tmp_path / "cache")]) == 0
    assert opened == [tmp_path / "cache"]


def reader_message(app: GwrApp) -> str:
    """The text the reader shows when no report is open ("Opening the cache …", the welcome)."""
    return str(app.screen.reader.query_one(".reader-empty", Static).content)


async def test_the_first_frame_shows_the_tree_of_a_cache_that_opens_in_time(sample_store, monkeypatch):
    monkeypatch.setattr(app_module, "FIRST_FRAME_WAIT", 60.0)

    def open_in_a_while(notice: Callable[[str], None]) -> Store:
        time.sleep(0.3)
        return sample_store

    app = GwrApp(open_in_a_while)
    async with app.run_test(size=(160, 50)):
        assert app.screen.tree.visible_summaries
        assert reader_message(app) == WELCOME


async def test_a_cache_slow_to_open_shows_that_it_is_loading_then_the_tree(sample_store, monkeypatch):
    monkeypatch.setattr(app_module, "FIRST_FRAME_WAIT", 0.01)
    opened = threading.Event()

    def slow_open(notice: Callable[[str], None]) -> Store:
        opened.wait(timeout=60)
        return sample_store

    app = GwrApp(slow_open)
    async with app.run_test(size=(160, 50)) as pilot:
        assert not app.screen.tree.visible_summaries
        assert reader_message(app) == LOADING
        opened.set()
        await settle(pilot)
        assert app.screen.tree.visible_summaries
        assert reader_message(app) == WELCOME


async def test_a_cache_that_cannot_be_opened_is_one_error_and_the_app_keeps_running(tmp_path):
    def failing_open(notice: Callable[[str], None]) -> Store:
        raise PermissionError(f"[Errno 13] Permission denied: '{tmp_path}'")

    app = GwrApp(failing_open)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
        assert errors == [f"Could not open the cache: [Errno 13] Permission denied: '{tmp_path}'"]
        assert app.is_running


async def test_a_notice_from_opening_the_cache_is_shown_as_a_notification(sample_store):
    def noticing_open(notice: Callable[[str], None]) -> Store:
        notice("the cache was made by an older gwr: rebuilt it from the sources")
        return sample_store

    app = GwrApp(noticing_open)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        assert [(n.title, str(n.message)) for n in app._notifications] == \
            [("Cache", "the cache was made by an older gwr: rebuilt it from the sources")]


async def test_the_tree_has_the_focus_from_the_start_and_the_filter_box_never_had_it(app, monkeypatch):
    filter_box_focused = []
    real_on_focus = Input._on_focus

    def recording(box: Input, event: events.Focus) -> None:
        filter_box_focused.append(box.id)
        real_on_focus(box, event)

    monkeypatch.setattr(Input, "_on_focus", recording)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        assert app.screen.focused is app.screen.tree
        assert filter_box_focused == []


async def test_garbage_collection_is_back_on_once_the_first_frame_is_drawn(app):
    async with app.run_test(size=(160, 50)):
        assert gc.isenabled()


async def test_garbage_collection_turned_off_before_the_app_stays_off(app):
    gc.disable()
    try:
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot)
        assert not gc.isenabled()
    finally:
        gc.enable()
