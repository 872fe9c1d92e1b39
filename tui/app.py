"""The gwr Textual application: opens the cache and shows the main screen."""

from __future__ import annotations

import asyncio
import gc
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from textual.app import App
from textual.command import Provider
from textual.screen import Screen

from store.api import CorpusStats, ReportStore, ReportSummary
from tui.config import Config, load_config, save_setting, unknown_binding_ids
from tui.locked_store import LockedStore
from tui.screens.main import MainScreen
from tui.present.literal import visible

#: Opens the cache; takes a callback for one-line notices (cache rebuilt, …).
StoreOpener = Callable[[Callable[[str], None]], ReportStore]

#: How long (seconds) the app waits for the cache to open before it shows anything, so that its first
#: frame already shows the report tree instead of "Opening the cache …" and then a second frame. A slower
#: open (the rebuild of a damaged or outdated cache) shows "Opening the cache …" once this time is up.
FIRST_FRAME_WAIT = 1.0


@dataclass(frozen=True, slots=True)
class OpenedCache:
    """The cache, opened, with its catalogue when it has reports (None: empty, the samples are to be ingested)."""

    store: ReportStore
    catalogue: tuple[CorpusStats, list[ReportSummary]] | None


def gwr_commands() -> type[Provider]:
    """The palette's gwr commands, imported when the palette first opens (not at start-up)."""
    from tui.commands import GwrCommands

    return GwrCommands


class GwrApp(App[None]):
    """Browse, search, compare and export government work reports (政府工作报告)."""

    TITLE = "gwr"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {gwr_commands}

    def __init__(self, open_store: StoreOpener, config_file: Path | None = None) -> None:
        """`config_file`: the settings to read and the theme to remember (None: defaults, nothing saved)."""
        super().__init__()
        self._open_store = open_store
        self._opening: Future[OpenedCache] | None = None  # started when the app loads
        self.store: ReportStore | None = None  # a LockedStore once the cache is open
        self.config_file = config_file
        self.config, self._config_problems = load_config(config_file) if config_file else (Config(), [])
        self._collection_paused = False  # the garbage collector is off until the first frame is drawn

    async def on_load(self) -> None:
        """Start opening the cache before the first frame, and give it `FIRST_FRAME_WAIT` seconds to finish.

        Until the first frame is drawn the garbage collector is off: the start allocates much (the catalogue,
        the widgets) and frees next to nothing, so collections then only cost time (a tenth of the start).
        """
        if gc.isenabled():
            gc.disable()
            self._collection_paused = True
        await asyncio.wait([asyncio.wrap_future(self._opened())], timeout=FIRST_FRAME_WAIT)

    def on_ready(self) -> None:
        """The first frame is drawn."""
        self._resume_collection()

    def on_unmount(self) -> None:
        self._resume_collection()

    def _resume_collection(self) -> None:
        if self._collection_paused:
            self._collection_paused = False
            gc.enable()

    def _opened(self) -> Future[OpenedCache]:
        """The opening of the cache, started (in a thread of the event loop's executor) on first call."""
        if self._opening is None:
            self._opening = Future()
            asyncio.get_running_loop().run_in_executor(None, self._open_cache, self._opening)
        return self._opening

    def _open_cache(self, opening: Future[OpenedCache]) -> None:
        """Open the cache and read its catalogue (off the UI thread); notices are shown as notifications."""

        def notice(text: str) -> None:
            self.call_from_thread(self.notify, visible(text), title="Cache", markup=False)

        try:
            store = LockedStore(self._open_store(notice))
            catalogue = None if store.is_empty else (store.stats(), store.reports())
        except BaseException as error:  # handed to whoever waits for the cache, which reports it
            opening.set_exception(error)
        else:
            self.store = store
            opening.set_result(OpenedCache(store, catalogue))

    def opened_catalogue(self) -> tuple[CorpusStats, list[ReportSummary]] | None:
        """The catalogue, if the cache opened (with reports) while the app loaded; else None (not waiting)."""
        opening = self._opening
        if opening is None or not opening.done() or opening.exception() is not None:
            return None
        return opening.result().catalogue

    def on_mount(self) -> None:
        """Apply the settings (theme, key bindings); say in one line each what could not be used."""
        problems = list(self._config_problems)
        config = self.config
        if config.theme is not None:
            if config.theme in self.available_themes:
                self.theme = config.theme
            else:
                problems.append(f"{self.config_file}: no theme called {config.theme!r}; using {self.theme!r}")
        if config.keys:
            unknown = unknown_binding_ids(config.keys, known_binding_ids())
            problems += [f"{self.config_file}: no key binding with id {binding_id!r}; see `?` and the README"
                         for binding_id in unknown]
            self.set_keymap({binding_id: keys for binding_id, keys in config.keys.items() if binding_id not in unknown})
        for problem in problems:
            self.notify(visible(problem), title="Settings", severity="warning", timeout=10, markup=False)
        self.watch(self, "theme", self._remember_theme, init=False)

    def _remember_theme(self, theme: str) -> None:
        """Write the theme picked (palette → Theme) to the settings file."""
        if self.config_file is None or theme == self.config.theme:
            return
        try:
            save_setting(self.config_file, "theme", theme)
        except (OSError, ValueError) as error:
            self.notify(visible(f"Could not remember the theme: {error}"), title="Settings", markup=False,
                        severity="warning")
            return
        self.config.theme = theme

    def get_default_screen(self) -> Screen:
        return MainScreen()

    def open_store(self) -> ReportStore:
        """The open cache, waiting for its opening to finish (call from a store worker); raises what opening raised."""
        return self._opened().result().store


def known_binding_ids() -> set[str]:
    """The id of every key binding a user may remap in the settings file."""
    from textual.binding import Binding

    from tui.screens.metric import MetricScreen
    from tui.screens.quit import QuitScreen
    from tui.widgets.reader import ReaderBody
    from tui.widgets.report_tree import ReportTree

    holders = (MainScreen, MetricScreen, QuitScreen, ReaderBody, ReportTree)
    return {binding.id for holder in holders for binding in holder.BINDINGS
            if isinstance(binding, Binding) and binding.id}


def run_app(cache_dir: Path | None) -> int:
    """Open the TUI on the cache in `cache_dir` (None: $GWR_CACHE, else the user cache dir)."""
    from store import open_store
    from tui.config import config_path

    GwrApp(lambda notice: open_store(cache_dir=cache_dir, notice=notice), config_path()).run()
    return 0
