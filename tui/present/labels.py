"""Names for what gwr shows: metrics, places, reports and sections, the same in the CLI and the TUI."""

from __future__ import annotations

from collections.abc import Iterable

from corpus.metrics import METRICS_BY_ID
from corpus.model import PlaceLevel, Report
from store.api import ReportSummary

#: What stands for a place or year that is not known.
UNKNOWN = "?"
#: The registry names output as a region's (地区生产总值, regional GDP); the State Council's report names the same
#: statistic for the whole country 国内生产总值 (GDP), and so does gwr for national figures (人均… too).
REGIONAL_OUTPUT, NATIONAL_OUTPUT = "地区生产总值", "国内生产总值"


def metric_name(metric: str, level: PlaceLevel | None = None) -> str:
    """The Chinese name of a metric as a report of a place at `level` writes it: the registry's ("gdp" →
    "地区生产总值"), the national one (国内生产总值) at the level of the whole country (全国); the id itself when
    the metric is not registered."""
    known = METRICS_BY_ID.get(metric)
    name = known.name if known is not None else metric
    return name.replace(REGIONAL_OUTPUT, NATIONAL_OUTPUT) if level is PlaceLevel.NATIONAL else name


def shared_level(reports: Iterable[Report | ReportSummary]) -> PlaceLevel | None:
    """The level of the places of `reports` when it is one for all (a metric named over them follows it),
    else None."""
    levels = {report.place.level if report.place else None for report in reports}
    return levels.pop() if len(levels) == 1 else None


def place_name(report: Report | ReportSummary) -> str:
    """The place a report is about ("济南市"), or its title when the place is unknown."""
    return report.place.name if report.place else report.title


def report_label(report: Report | ReportSummary) -> str:
    """Place and title year (标题年份): "济南市 2023"."""
    year = report.title_year
    return f"{place_name(report)} {year}" if year else place_name(report)


def place_or_unknown(report: Report | ReportSummary) -> str:
    """The place's name ("济南市"), "?" when the place is not known (a table column, a listing)."""
    return report.place.name if report.place else UNKNOWN


def report_heading(report: Report | ReportSummary) -> str:
    """Place, title year and title: "济南市 2023 · 2023年济南市政府工作报告"."""
    year = f" {report.title_year}" if report.title_year else ""
    return f"{place_or_unknown(report)}{year} · {report.title}"


def report_line(summary: ReportSummary) -> str:
    """One line naming a report in a listing: "id  place  year  title"."""
    return f"{summary.id}  {place_or_unknown(summary)}  {summary.title_year or UNKNOWN}  {summary.title}"


def written_number(number: str) -> str:
    """A section number as printed before its heading: "一" → "一、"; "（一）", "2." and "一、" stay."""
    return number if number[-1] in "、）).．" else f"{number}、"


def display_heading(heading: str, number: str | None) -> str:
    """A section heading as printed: "一、2022年工作回顾", "（一）…", "2. …" (the number once)."""
    if not number or heading.startswith(number):
        return heading
    return f"{written_number(number)}{heading}"


def section_headings(report: Report, section_id: str) -> list[str]:
    """The printed headings from the top-level section down to `section_id`."""
    return [display_heading(section.heading, section.number) for section in report.section_path(section_id)]


def section_label(report: Report, section_id: str) -> str:
    """Place, year and section path: "济南市 2023 › 二、2023年工作安排 › （一）…"."""
    return " › ".join([report_label(report), *section_headings(report, section_id)])


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
