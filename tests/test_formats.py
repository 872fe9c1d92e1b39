"""A report saved as .md, .docx, .jsonl, .csv, .xlsx or .pdf parses to the sections and indicators of the original text.

The files are made in the test from a bundled report (鞍山市 2023, sample 001) with the
libraries gwr reads them with (reportlab writes the PDF with a built-in Chinese font).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from corpus import parse_file
from corpus.formats import SUPPORTED_SUFFIXES
from corpus.model import Report
from tests.parse_fixtures import sample_reports

#: Characters per printed PDF line.
PDF_LINE = 34


@pytest.fixture(scope="module")
def original() -> Report:
    return sample_reports("001")[0]


def _paragraphs(report: Report) -> list[str]:
    return report.text.split("\n")


def _heading_levels(report: Report) -> dict[int, int]:
    """The offset of each heading line → its level in the section tree."""
    return {section.start: section.level for section in report.walk_sections() if section.id != "0"}


def _outline(report: Report) -> list[tuple[str, str, int]]:
    return [(section.id, section.heading, section.level) for section in report.walk_sections()]


def _figures(report: Report) -> list[tuple]:
    return [(i.metric, i.kind, i.value, i.growth, i.year, i.quote) for i in report.indicators]


def _same_report(parsed: Report, original: Report) -> None:
    assert parsed.text == original.text
    assert _outline(parsed) == _outline(original)
    assert _figures(parsed) == _figures(original)
    assert (parsed.place, parsed.title_year, parsed.review_year, parsed.plan_year) == (
        original.place, original.title_year, original.review_year, original.plan_year)


def test_markdown_with_front_matter_and_heading_marks_parses_as_the_text(original, tmp_path):
    levels = _heading_levels(original)
    lines, offset = [], 0
    for paragraph in _paragraphs(original):
        lines.append(f"{'#' * (levels[offset] + 1)} {paragraph}" if offset in levels else paragraph)
        offset += len(paragraph) + 1
    path = tmp_path / "report.md"
    path.write_text(f"---\ntitle: {original.title}\nyear: {original.title_year}\n---\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    _same_report(parse_file(path)[0], original)


def test_markdown_table_rows_are_never_headings(tmp_path):
    path = tmp_path / "table.md"
    path.write_text("# 2023年兰州市政府工作报告\n\n各位代表：\n\n## 一、2022年工作回顾\n\n| 指标 | 单位 |\n| --- | --- |\n"
                    "| 生产总值 | 亿元 |\n\n全市经济平稳增长。\n", encoding="utf-8")
    assert [s.heading for s in parse_file(path)[0].walk_sections()] == ["前言", "2022年工作回顾"]


def _markdown_sections(original: Report, tmp_path: Path, marked_subheading: str) -> list[tuple[str, int]]:
    """The (heading, level) tree of the 鞍山 review written as Markdown: "#" parts, a subheading inside."""
    review, plan = original.section("1").paragraphs, original.section("2").paragraphs
    path = tmp_path / "nested.md"
    path.write_text("\n\n".join([f"# {original.title}", "## 2022年工作回顾", review[0].text, marked_subheading,
                                   review[1].text, "## 2023年工作安排", plan[0].text]) + "\n", encoding="utf-8")
    return [(section.heading, section.level) for section in parse_file(path)[0].walk_sections()]


def test_markdown_heading_depth_nests_a_subheading_under_its_part(original, tmp_path):
    assert _markdown_sections(original, tmp_path, "### 经济运行稳中向好") == [
        ("2022年工作回顾", 1), ("经济运行稳中向好", 2), ("2023年工作安排", 1)]


def test_an_unmarked_numbered_heading_nests_inside_the_marked_part_before_it(original, tmp_path):
    assert _markdown_sections(original, tmp_path, "一、经济运行稳中向好") == [
        ("2022年工作回顾", 1), ("经济运行稳中向好", 2), ("2023年工作安排", 1)]


def test_docx_paragraphs_parse_as_the_text(original, tmp_path):
    import docx

    document = docx.Document()
    for paragraph in _paragraphs(original):
        document.add_paragraph(paragraph)
    path = tmp_path / "report.docx"
    document.save(path)
    _same_report(parse_file(path)[0], original)


def test_jsonl_record_parses_as_the_text_with_its_fields(original, tmp_path):
    path = tmp_path / "reports.jsonl"
    record = {"id": 1, "title": original.title, "year": original.title_year, "content": original.text}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    _same_report(parse_file(path)[0], original)


def test_each_csv_record_is_one_report_in_file_order(original, tmp_path):
    path = tmp_path / "reports.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["年份", "标题", "正文"])
        writer.writerow([original.title_year, original.title, original.text])
        writer.writerow([2022, "2022年鞍山市政府工作报告", original.text.replace("2023", "2022", 1)])
    reports = parse_file(path)
    assert [(r.title, r.source_index) for r in reports] == [(original.title, 0), ("2022年鞍山市政府工作报告", 1)]
    _same_report(reports[0], original)


def test_xlsx_record_parses_as_the_text(original, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["title", "year", "text"])
    workbook.active.append([original.title, original.title_year, original.text])
    path = tmp_path / "reports.xlsx"
    workbook.save(path)
    _same_report(parse_file(path)[0], original)


def test_pdf_with_page_numbers_and_margin_breaks_parses_to_the_same_sections_and_figures(original, tmp_path):
    path = tmp_path / "report.pdf"
    _write_pdf(path, _paragraphs(original))
    parsed = parse_file(path)[0]
    assert [(s.heading, s.level) for s in parsed.walk_sections()] == [
        (s.heading, s.level) for s in original.walk_sections()]
    assert [f[:5] for f in _figures(parsed)] == [f[:5] for f in _figures(original)]
    assert "— 1 —" not in parsed.text


def _write_pdf(path: Path, paragraphs: list[str]) -> None:
    """Paragraphs printed in lines of `PDF_LINE` characters, 40 lines a page, each page numbered "— n —"."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    printed = [p[i:i + PDF_LINE] for p in paragraphs for i in range(0, len(p), PDF_LINE)]
    pdf = canvas.Canvas(str(path))
    for page, first in enumerate(range(0, len(printed), 40), start=1):
        pdf.setFont("STSong-Light", 12)
        for row, line in enumerate(printed[first:first + 40]):
            pdf.drawString(40, 800 - 18 * row, line)
        pdf.drawString(280, 30, f"— {page} —")
        pdf.showPage()
    pdf.save()


def test_html_saved_as_txt_is_read_as_a_page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><head><title>t</title><script>var x=1;</script></head><body>"
                    "<p>2023年兰州市政府工作报告</p><p>各位代表：</p><p>一、2022年工作回顾</p>"
                    "<p>全市经济平稳增长。</p></body></html>", encoding="utf-8")
    report = parse_file(path)[0]
    assert "<p>" not in report.text and "var x" not in report.text
    assert [s.heading for s in report.sections] == ["前言", "2022年工作回顾"]


def test_every_format_is_a_supported_suffix():
    assert {".txt", ".html", ".htm", ".md", ".pdf", ".docx", ".csv", ".tsv", ".jsonl", ".json",
            ".xlsx"} <= SUPPORTED_SUFFIXES
