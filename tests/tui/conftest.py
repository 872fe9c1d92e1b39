"""Shared fixtures for the TUI tests: a host app for one screen, and stores built from the seed corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen

from corpus.model import Paragraph, Place, PlaceLevel, Report, Section

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
COMPILATION = SAMPLES / "003_6bd12d0b4a8782fd.txt"  # 19 reports of 2022, delivered for 2023


class ScreenHost(App[None]):
    """A bare app that pushes one screen on start, as the main screen will."""

    def __init__(self, make_screen: Callable[[], Screen]) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.results: list[object] = []

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(), self.results.append)


def plan_section_excerpt(first_line: int, last_line: int, report_id: str, place: Place) -> Report:
    """A report holding lines `first_line`..`last_line` (1-based) of the compilation as its plan section.

    The first line is the heading (工作安排); the others are its paragraphs, verbatim.
    """
    lines = COMPILATION.read_text(encoding="utf-8").splitlines()[first_line - 1 : last_line]
    text = "\n".join(lines)
    paragraphs, offset = [], len(lines[0]) + 1
    for line in lines[1:]:
        if line.strip():
            paragraphs.append(Paragraph(text=line, start=offset))
        offset += len(line) + 1
    section = Section(id="3", heading=lines[0], level=1, number=None, start=0, end=len(text), paragraphs=paragraphs)
    return Report(id=report_id, source_path=str(COMPILATION), source_index=0, title=f"2022年{place.name}政府工作报告",
                  text=text, place=place, title_year=2022, review_year=2022, plan_year=2023, sections=[section])


class ExcerptStore:
    """A read-only store over a few fixed excerpts of the seed text: stable input for snapshots."""

    def __init__(self, reports: list[Report]) -> None:
        self._reports = {report.id: report for report in reports}

    def report(self, report_id: str) -> Report:
        return self._reports[report_id]


@pytest.fixture
def plan_excerpts() -> ExcerptStore:
    """济南's (jinan) and 银川's (yinchuan) 2023 work plans (工作安排), from the compilation."""
    return ExcerptStore([
        plan_section_excerpt(66, 80, "jinan", Place("济南市", PlaceLevel.CITY, "山东省")),
        plan_section_excerpt(186, 200, "yinchuan", Place("银川市", PlaceLevel.CITY, "宁夏回族自治区")),
    ])



async def settle(pilot: Pilot) -> None:
    """Wait until every worker has finished and the messages it posted have been handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
