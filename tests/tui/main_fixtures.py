"""Fixtures for the main-screen tests: the app on a small in-memory store of real seed text.

Reports are line ranges of the seed compilation (003) and the 兰州 news article
(004), split at "一、"-style headings; indicators are the "增长N%" figures after
地区生产总值 (GDP growth targets), found by a regex. Search is a substring search.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import pytest

from corpus.model import (
    Comparator,
    DocKind,
    Indicator,
    IndicatorKind,
    Paragraph,
    Place,
    PlaceLevel,
    Report,
    Section,
)
from store.api import CorpusStats, IngestSummary, ReportFilter, ReportSummary, SearchHit
from tui.app import GwrApp
from tui.screens.main import MainScreen
from tui.widgets.reader import ReportReader

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
COMPILATION = SAMPLES / "003_6bd12d0b4a8782fd.txt"
NEWS = SAMPLES / "004_d4a808858c946c39.txt"
HEADING = re.compile(r"^[一二三四五六七八九十]+、")
GDP_GROWTH = re.compile(r"地区生产总值增长(\d+(?:\.\d+)?)%")


def excerpt_report(path: Path, first: int, last: int, report_id: str, place: Place, year: int | None,
                   doc_kind: DocKind = DocKind.WORK_REPORT) -> Report:
    """Lines `first`..`last` (1-based) of `path` as a report; the first line is its title."""
    lines = path.read_text(encoding="utf-8").splitlines()[first - 1:last]
    text = "\n".join(lines)
    sections: list[Section] = []
    offset = 0
    for line in lines:
        if HEADING.match(line):
            number = line.split("、", 1)[0]
            sections.append(Section(id=str(len(sections) + 1), heading=line.split("、", 1)[1], level=1,
                                    number=number, start=offset, end=offset + len(line)))
        elif line.strip() and sections:
            sections[-1].paragraphs.append(Paragraph(text=line, start=offset))
        if sections:
            sections[-1].end = offset + len(line)
        offset += len(line) + 1
    indicators = [
        Indicator(metric="gdp_growth", kind=IndicatorKind.TARGET, comparator=Comparator.AT_LEAST,
                  quote=match.group(), start=match.start(), end=match.end(), report_id=report_id,
                  section_id=next((s.id for s in sections if s.start <= match.start() < s.end), None),
                  value=float(match.group(1)), unit="%", year=(year or 0) + 1)
        for match in GDP_GROWTH.finditer(text)
    ]
    return Report(id=report_id, source_path=str(path), source_index=0, title=lines[0], text=text,
                  doc_kind=doc_kind, place=place, title_year=year, review_year=year,
                  plan_year=year + 1 if year else None, sections=sections, indicators=indicators)


def seed_reports() -> list[Report]:
    """济南, 银川 and 定西 (2022 work reports) and the 兰州 news article."""
    return [
        excerpt_report(COMPILATION, 24, 155, "jinan", Place("济南市", PlaceLevel.CITY, "山东省"), 2022),
        excerpt_report(COMPILATION, 156, 330, "yinchuan", Place("银川市", PlaceLevel.CITY, "宁夏回族自治区"), 2022),
        excerpt_report(COMPILATION, 331, 458, "dingxi", Place("定西市", PlaceLevel.CITY, "甘肃省"), 2022),
        excerpt_report(NEWS, 1, 196, "lanzhou-news", Place("兰州市", PlaceLevel.CITY, "甘肃省"), None,
                       DocKind.OTHER),
    ]


def summary_of(report: Report) -> ReportSummary:
    return ReportSummary(
        id=report.id, title=report.title, source_path=report.source_path, doc_kind=report.doc_kind,
        place=report.place, title_year=report.title_year, review_year=report.review_year,
        plan_year=report.plan_year, delivered=report.delivered, speaker=report.speaker,
        truncated=report.truncated, warnings=report.warnings, section_count=len(list(report.walk_sections())),
        indicator_count=len(report.indicators), char_count=len(report.text))


def passes(report: Report, where: ReportFilter | None) -> bool:
    if where is None:
        return True
    place = report.place
    return ((where.province is None or (place is not None and place.province == where.province))
            and (where.place is None or (place is not None and place.name == where.place))
            and (where.year is None or where.year in (report.title_year, report.review_year, report.plan_year))
            and (where.doc_kind is None or report.doc_kind == where.doc_kind))


class FakeStore:
    """Implements the `ReportStore` calls the main screen makes."""

    def __init__(self, reports: list[Report] | None = None) -> None:
        self._reports = {report.id: report for report in (seed_reports() if reports is None else reports)}
        self.is_empty = not self._reports

    def ingest_samples(self, progress=None) -> IngestSummary:
        return IngestSummary()

    def stats(self) -> CorpusStats:
        reports = list(self._reports.values())
        years = [r.title_year for r in reports if r.title_year]
        return CorpusStats(reports=len(reports), places=len({r.place.name for r in reports if r.place}),
                           provinces=len({r.place.province for r in reports if r.place}),
                           sections=sum(len(list(r.walk_sections())) for r in reports),
                           indicators=sum(len(r.indicators) for r in reports),
                           years=(min(years), max(years)) if years else None)

    def reports(self, where: ReportFilter | None = None) -> list[ReportSummary]:
        return [summary_of(r) for r in self._reports.values() if passes(r, where)]

    def report(self, report_id: str) -> Report:
        return self._reports[report_id]

    def indicators(self, *, report_id=None, metric=None, kind=None, where=None) -> list[Indicator]:
        return [i for r in self._reports.values() if passes(r, where) and report_id in (None, r.id)
                for i in r.indicators]

    def search(self, query: str, where: ReportFilter | None = None, limit: int = 100) -> list[SearchHit]:
        hits = []
        for report in self._reports.values():
            if not passes(report, where):
                continue
            whole = Section(id="", heading="", level=1, number=None, start=0, end=len(report.text))
            for section in list(report.walk_sections()) or [whole]:
                position = report.text.find(query, section.start, section.end)
                if position == -1:
                    continue
                snippet_start = max(position - 10, section.start)
                hits.append(SearchHit(
                    report_id=report.id, section_id=section.id,
                    section_path=[s.heading for s in report.section_path(section.id)],
                    place=report.place.name if report.place else None, year=report.title_year,
                    snippet=report.text[snippet_start:position + len(query) + 10],
                    snippet_matches=[(position - snippet_start, position - snippet_start + len(query))],
                    offset=position, length=len(query), exact_phrase=True))
        return hits[:limit]

    def keywords(self, report_ids: Iterable[str], top: int = 20) -> list:
        return []


def app_on(store: object) -> GwrApp:
    """The gwr app opening `store` instead of the cache."""
    return GwrApp(lambda notice: store)


@pytest.fixture
def seed_store() -> FakeStore:
    """济南, 银川, 定西 and the 兰州 news article, from the seed files."""
    return FakeStore()


@pytest.fixture
def app(seed_store: FakeStore) -> GwrApp:
    """The gwr app on `seed_store`."""
    return app_on(seed_store)


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
