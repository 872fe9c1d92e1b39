"""The app follows the cache when another process (a `gwr ingest` in another terminal) commits to it."""

from __future__ import annotations

import time
from pathlib import Path

import tui.screens.main
from store import open_store
from tests.tui.main_fixtures import app_on, jinan_excerpt
from tests.tui.screen_fixtures import settle


async def test_tree_and_header_follow_an_ingest_committed_by_another_process(cache_copy: Path, tmp_path: Path,
                                                                             monkeypatch):
    monkeypatch.setattr(tui.screens.main, "CATALOGUE_CHECK_SECONDS", 0.1)
    app = app_on(open_store(cache_copy))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        before, header = set(app.screen.summaries), app.sub_title
        source = tmp_path / "jinan-excerpt.txt"
        source.write_text(jinan_excerpt(), encoding="utf-8")
        open_store(cache_copy).ingest([source])  # the other process's own store
        deadline = time.monotonic() + 30
        while set(app.screen.summaries) == before and time.monotonic() < deadline:
            await pilot.pause(0.1)
        (added,) = set(app.screen.summaries) - before
        assert app.sub_title != header
        assert added in {summary.id for summary in app.screen.tree.visible_summaries}
