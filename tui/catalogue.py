"""The catalogue as the tree shows it: reports grouped province → city → county/district → year.

Pure functions over `ReportSummary` rows (no widgets), so grouping and the tree
filter are easy to test and reuse.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from corpus.model import PlaceLevel, Report
from corpus.places import NATIONAL
from store.api import ReportFilter, ReportSummary

UNKNOWN_PLACE = "place not recognised"
UNKNOWN_YEAR = "year unknown"


@dataclass(slots=True)
class PlaceGroup:
    """A place node: its reports by year label, and the places nested under it."""

    name: str
    years: dict[str, list[ReportSummary]] = field(default_factory=lambda: defaultdict(list))
    children: dict[str, PlaceGroup] = field(default_factory=dict)

    def child(self, name: str) -> PlaceGroup:
        """The nested place called `name`, created on first use."""
        return self.children.setdefault(name, PlaceGroup(name))

    def report_count(self) -> int:
        """Reports of this place and every nested place."""
        own = sum(len(reports) for reports in self.years.values())
        return own + sum(child.report_count() for child in self.children.values())


def short_title(summary: ReportSummary | Report) -> str:
    """The title without what the tree already shows: "2022年芜湖市繁昌区政府工作报告" → "政府工作报告"."""
    title = summary.title or summary.id
    place = summary.place
    prefixes = [f"{summary.title_year}年" if summary.title_year else ""]
    if place is not None:
        prefixes += [place.province, place.parent or "", place.name]
    for prefix in prefixes:
        if prefix and title.startswith(prefix) and len(title) > len(prefix):
            title = title[len(prefix):]
    return title


def year_label(summary: ReportSummary) -> str:
    """The year a report is filed under: its title year (the year printed in its title)."""
    return str(summary.title_year) if summary.title_year else UNKNOWN_YEAR


def place_path(summary: ReportSummary) -> list[str]:
    """Names from the province down to the report's place (a county/district sits under its city)."""
    place = summary.place
    if place is None:
        return [UNKNOWN_PLACE]
    if place.level is PlaceLevel.PROVINCE:
        return [place.name]
    path = [place.province]
    if place.parent and place.parent != place.province:
        path.append(place.parent)
    path.append(place.name)
    return path


def group_reports(summaries: list[ReportSummary]) -> dict[str, PlaceGroup]:
    """Province groups, sorted by name, with every report filed under its place and year."""
    provinces: dict[str, PlaceGroup] = {}
    for summary in summaries:
        names = place_path(summary)
        group = provinces.setdefault(names[0], PlaceGroup(names[0]))
        for name in names[1:]:
            group = group.child(name)
        group.years[year_label(summary)].append(summary)
    # The whole country (全国) heads the tree; the provinces follow by name.
    return dict(sorted(provinces.items(), key=lambda item: (item[0] != NATIONAL.name, item[0])))


def search_words(summary: ReportSummary) -> str:
    """Everything the tree filter matches against: places, years, title, document kind."""
    place = summary.place
    parts = [summary.title, summary.id]
    if place is not None:
        parts += [place.name, place.province, place.parent or "", place.alias or ""]
    parts += [str(y) for y in (summary.title_year, summary.review_year, summary.plan_year) if y]
    if not summary.doc_kind.is_work_report:
        parts.append(f"{summary.doc_kind.value} {summary.doc_kind.label} news 非工作报告")
    return " ".join(parts).lower()


def matches_filter(summary: ReportSummary, query: str) -> bool:
    """Whether every word of `query` occurs in the report's place, years, title or kind."""
    words = query.lower().split()
    if not words:
        return True
    haystack = search_words(summary)
    return all(word in haystack for word in words)


def common_filter(summaries: list[ReportSummary]) -> ReportFilter | None:
    """The narrowest `ReportFilter` every report in `summaries` satisfies (None: no narrowing).

    Used to pass the tree filter on to search; hits are also checked against the
    visible reports, so this only needs to be a safe over-approximation.
    """
    if not summaries:
        return None
    provinces = {s.place.province if s.place else None for s in summaries}
    places = {s.place.name if s.place else None for s in summaries}
    years = {s.title_year for s in summaries}
    province = provinces.pop() if len(provinces) == 1 else None
    place = places.pop() if len(places) == 1 else None
    year = years.pop() if len(years) == 1 else None
    if province is None and place is None and year is None:
        return None
    return ReportFilter(province=province, place=place, year=year)
