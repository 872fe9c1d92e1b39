"""How the screens name places, reports and sections in headings."""

from __future__ import annotations

from corpus.model import Report
from store.api import ReportSummary
from tui.text import display_heading


def place_name(report: Report | ReportSummary) -> str:
    """The place a report is about ("济南市"), or its title when the place is unknown."""
    return report.place.name if report.place else report.title


def report_label(report: Report | ReportSummary) -> str:
    """Place and title year (标题年份): "济南市 2023"."""
    year = report.title_year
    return f"{place_name(report)} {year}" if year else place_name(report)


def section_label(report: Report, section_id: str) -> str:
    """Place, year and section path: "济南市 2023 › 二、2023年工作安排 › （一）…"."""
    headings = [display_heading(section.heading, section.number) for section in report.section_path(section_id)]
    return " › ".join([report_label(report), *headings])
