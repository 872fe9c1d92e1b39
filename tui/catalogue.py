"""The catalogue as the tree shows it: reports grouped province → city → county/district → year.

Pure functions over `ReportSummary` rows (no widgets), so grouping is easy to test;
the tree filter is a `ReportFilter` (store.filters matches it).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from corpus.model import PlaceLevel
from corpus.places import NATIONAL
from store.api import ReportSummary

UNKNOWN_PLACE = "place not recognised"
UNKNOWN_YEAR = "year unknown"


@dataclass(slots=True)
class PlaceGroup:
    """A place node: its reports by year label, and the places nested under it."""

    name: str
    years: dict[str, list[ReportSummary]] = field(default_factory=lambda: defaultdict(list))
    children: dict[str, PlaceGroup] = field(default_factory=dict)
    code: str | None = None  # the smallest division code (adcode) of a place in it: where it sorts

    def child(self, name: str) -> PlaceGroup:
        """The nested place called `name`, created on first use."""
        return self.children.setdefault(name, PlaceGroup(name))

    def note_code(self, adcode: str | None) -> None:
        """Record the division code of a place filed in this group (or under it)."""
        if adcode and (self.code is None or adcode < self.code):
            self.code = adcode

    def sort_key(self) -> tuple[int, str, str]:
        """Administrative order: the whole country (全国), then by division code (national statistics
        order: 北京 11…, 山东 37…, then each province's cities and counties), then places without a code."""
        if self.name == NATIONAL.name:
            return (0, "", self.name)
        return (1, self.code, self.name) if self.code else (2, "", self.name)

    def sorted_children(self) -> list[PlaceGroup]:
        """The nested places in administrative order."""
        return sorted(self.children.values(), key=PlaceGroup.sort_key)

    def report_count(self) -> int:
        """Reports of this place and every nested place."""
        own = sum(len(reports) for reports in self.years.values())
        return own + sum(child.report_count() for child in self.children.values())


def year_label(summary: ReportSummary) -> str:
    """The year a report is filed under: its title year (the year printed in its title)."""
    return str(summary.title_year) if summary.title_year else UNKNOWN_YEAR


def place_path(summary: ReportSummary) -> list[str]:
    """Names from the province down to the report's place (a county/district sits under its city; 全国 stands alone)."""
    place = summary.place
    if place is None:
        return [UNKNOWN_PLACE]
    if place.level in (PlaceLevel.NATIONAL, PlaceLevel.PROVINCE):
        return [place.name]
    path = [place.province]
    if place.parent and place.parent != place.province:
        path.append(place.parent)
    path.append(place.name)
    return path


def group_reports(summaries: list[ReportSummary]) -> dict[str, PlaceGroup]:
    """Province groups in administrative order (`PlaceGroup.sort_key`), every report filed under its place and year."""
    provinces: dict[str, PlaceGroup] = {}
    for summary in summaries:
        names = place_path(summary)
        adcode = summary.place.adcode if summary.place else None
        group = provinces.setdefault(names[0], PlaceGroup(names[0]))
        group.note_code(adcode)
        for name in names[1:]:
            group = group.child(name)
            group.note_code(adcode)
        group.years[year_label(summary)].append(summary)
    return dict(sorted(provinces.items(), key=lambda item: item[1].sort_key()))
