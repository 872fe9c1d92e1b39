"""Fixtures for the tests of the screens pushed from the main screen: a host app and stores over seed excerpts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.worker import WorkerCancelled

from corpus.model import Comparator, Indicator, IndicatorKind, Paragraph, Place, PlaceLevel, Report, Section
from store.api import Keyword, ReportFilter, ReportStore, ReportSummary
from store.indicator_records import IndicatorRecords

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

    def __init__(self, reports: list[Report], keywords: dict[str, list[Keyword]] | None = None) -> None:
        self._reports = {report.id: report for report in reports}
        self._keywords = keywords or {}

    def report(self, report_id: str) -> Report:
        return self._reports[report_id]

    def reports(self, where: ReportFilter | None = None) -> list[ReportSummary]:
        return [ReportSummary(
            id=r.id, title=r.title, source_path=r.source_path, doc_kind=r.doc_kind, place=r.place,
            title_year=r.title_year, review_year=r.review_year, plan_year=r.plan_year, delivered=r.delivered,
            speaker=r.speaker, truncated=r.truncated, warnings=r.warnings, section_count=len(r.sections),
            indicator_count=len(r.indicators), char_count=len(r.text),
        ) for r in self._reports.values()]

    def indicators(self, *, where: ReportFilter | None = None, **_: object) -> list[Indicator]:
        return [indicator for report in self._reports.values() for indicator in report.indicators]

    def indicator_records(self, where: ReportFilter | None = None) -> IndicatorRecords:
        return IndicatorRecords.of_indicators(self.indicators(where=where))

    def keywords(self, report_ids: Iterable[str], top: int = 20) -> list[Keyword]:
        """The keywords given for these reports (keyed by their ids joined with "+")."""
        return self._keywords.get("+".join(report_ids), [])[:top]


def quoted(report: Report, quote: str, metric: str, kind: IndicatorKind, comparator: Comparator,
           **figures: object) -> Indicator:
    """An indicator of `report` whose quote is found verbatim in its text."""
    start = report.text.index(quote)
    return Indicator(metric=metric, kind=kind, comparator=comparator, quote=quote, start=start,
                     end=start + len(quote), report_id=report.id, **figures)


@pytest.fixture
def plan_excerpts() -> ExcerptStore:
    """济南's (jinan) and 银川's (yinchuan) 2023 work plans (工作安排), from the compilation."""
    return ExcerptStore([
        plan_section_excerpt(66, 80, "jinan", Place("济南市", PlaceLevel.CITY, "山东省")),
        plan_section_excerpt(186, 200, "yinchuan", Place("银川市", PlaceLevel.CITY, "宁夏回族自治区")),
    ])



async def settle(pilot: Pilot) -> None:
    """Wait until every worker has finished and the messages it posted have been handled.

    A worker cancelled meanwhile (an exclusive one replaced by a newer run, as the catalogue watch is)
    has nothing left to wait for.
    """
    while True:
        try:
            await pilot.app.workers.wait_for_complete([worker for worker in pilot.app.workers
                                                       if not worker.is_cancelled])
            break
        except WorkerCancelled:
            continue  # wait for the others, and for the run that replaced it
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


@pytest.fixture
def gdp_excerpts() -> ExcerptStore:
    """济南's and 银川's 2022 reports (review and plan openings) with their GDP estimates and 2023 targets."""
    jinan = plan_section_excerpt(24, 80, "jinan", Place("济南市", PlaceLevel.CITY, "山东省"))
    yinchuan = plan_section_excerpt(156, 200, "yinchuan", Place("银川市", PlaceLevel.CITY, "宁夏回族自治区"))
    jinan.indicators = [
        quoted(jinan, "地区生产总值超过1.2万亿元", "gdp", IndicatorKind.ESTIMATE, Comparator.AT_LEAST,
               value=1.2, unit="万亿元", base_value=1.2e12, base_unit="元", year=2022),
        quoted(jinan, "地区生产总值增长5.5%以上", "gdp", IndicatorKind.TARGET, Comparator.AT_LEAST,
               growth=5.5, year=2023),
    ]
    yinchuan.indicators = [
        quoted(yinchuan, "全年地区生产总值增长4.5%", "gdp", IndicatorKind.ESTIMATE, Comparator.EXACT,
               growth=4.5, year=2022),
        quoted(yinchuan, "全市地区生产总值增长6.5%左右", "gdp", IndicatorKind.TARGET, Comparator.ABOUT,
               growth=6.5, year=2023),
        quoted(yinchuan, "规上工业增加值增长8.5% 左右", "industry_value_added", IndicatorKind.TARGET,
               Comparator.ABOUT, growth=8.5, year=2023),
    ]
    return ExcerptStore([jinan, yinchuan])


def report_of(store: ReportStore, place_word: str) -> Report:
    """The one report `store.resolve` finds for a place word ("济南")."""
    (summary,) = store.resolve([place_word])
    return store.report(summary.id)


def section_headed(report: Report, words: str) -> Section:
    """The first section of `report` whose heading contains `words` ("工作安排")."""
    return next(section for section in report.walk_sections() if words in section.heading)
