"""Fixtures for the main-screen tests: the app on a cache of the sample corpus, and seed excerpts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from corpus.model import DocKind
from store import Store, open_store
from tests.tui.screen_fixtures import settle
from tui.app import GwrApp
from tui.screens.main import MainScreen
from tui.widgets.reader import ReportReader

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
COMPILATION = SAMPLES / "003_6bd12d0b4a8782fd.txt"  # 19 reports of 2022, delivered for 2023


def app_on(store: object) -> GwrApp:
    """The gwr app opening `store` instead of the cache."""
    return GwrApp(lambda notice: store)


@pytest.fixture
def app(sample_store: Store) -> GwrApp:
    """The gwr app opening the cache of the whole sample corpus (built once per session)."""
    return GwrApp(lambda notice: open_store(sample_store.cache_dir, notice=notice))


def jinan_excerpt(extra: str = "") -> str:
    """The opening of 济南's 2022 report (title, date, greeting, first review paragraph) + `extra`."""
    lines = COMPILATION.read_text(encoding="utf-8").splitlines()[23:30]
    return "\n".join(lines) + extra + "\n"


@pytest.fixture
def cache_copy(sample_store: Store, tmp_path: Path) -> Path:
    """A copy of the sample cache that a test may ingest into."""
    return Path(shutil.copytree(sample_store.cache_dir, tmp_path / "cache"))


def styled_runs(reader: ReportReader, offset: int, style: str) -> list[str]:
    """The runs of text drawn in `style` in the reader's paragraph holding report offset `offset`."""
    block = next(b for b in reader._blocks if b.start <= offset < b.start + len(b.text))
    return [block.text[span.start:span.end] for span in block.widget.visual.spans if span.style == style]


def main_screen(app: GwrApp) -> MainScreen:
    """The main screen, even under a screen pushed on top of it."""
    return next(screen for screen in app.screen_stack if isinstance(screen, MainScreen))


def work_report_of(app: GwrApp, place: str) -> str:
    """The id of the work report (政府工作报告) about `place` ("济南市") in the app's catalogue."""
    [report_id] = [s.id for s in main_screen(app).summaries.values()
                   if s.place and s.place.name == place and s.doc_kind is DocKind.WORK_REPORT]
    return report_id


def ids_in(app: GwrApp, province: str, year: int | None = None) -> set[str]:
    """Ids of the catalogue's reports in `province` (and with `year` as title, review or plan year)."""
    return {s.id for s in main_screen(app).summaries.values()
            if s.place and s.place.province == province
            and (year is None or year in (s.title_year, s.review_year, s.plan_year))}


async def open_work_report(pilot: Pilot, place: str) -> str:
    """Wait for the catalogue, open the work report about `place` in the reader; its id."""
    await settle(pilot)
    report_id = work_report_of(pilot.app, place)
    pilot.app.screen.open_report(report_id)
    await settle(pilot)
    return report_id
