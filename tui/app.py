"""The gwr Textual application: opens the cache and shows the main screen."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from textual.app import App
from textual.command import Provider
from textual.screen import Screen

from store.api import ReportStore
from tui.locked_store import LockedStore
from tui.screens.main import MainScreen
from tui.text import literal_content

#: Opens the cache; takes a callback for one-line notices (cache rebuilt, …).
StoreOpener = Callable[[Callable[[str], None]], ReportStore]


def gwr_commands() -> type[Provider]:
    """The palette's gwr commands, imported when the palette first opens (not at start-up)."""
    from tui.commands import GwrCommands

    return GwrCommands


class GwrApp(App[None]):
    """Browse, search, compare and export government work reports (政府工作报告)."""

    TITLE = "gwr"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {gwr_commands}

    def __init__(self, open_store: StoreOpener) -> None:
        super().__init__()
        self._open_store = open_store
        self.store: ReportStore | None = None  # a LockedStore once `open_store` ran

    def get_default_screen(self) -> Screen:
        return MainScreen()

    def open_store(self) -> ReportStore:
        """Open the cache (call from a store worker); notices are shown as notifications."""

        def notice(text: str) -> None:
            self.call_from_thread(self.notify, literal_content(text), title="Cache")

        self.store = LockedStore(self._open_store(notice))
        return self.store


def run_app(cache_dir: Path | None) -> int:
    """Open the TUI on the cache in `cache_dir` (None: $GWR_CACHE, else the user cache dir)."""
    from store import open_store

    GwrApp(lambda notice: open_store(cache_dir=cache_dir, notice=notice)).run()
    return 0
