"""Headings as written in the wild: closed by a colon, with a lost character, in a Markdown table; years in odd digits."""

from corpus import parse_text
from corpus.formats.pdf import join_margin_breaks, read
from corpus.headings import find_heading
from corpus.years import title_year


def test_a_part_heading_closed_by_a_colon_is_a_heading():
    assert find_heading("2014年工作回顾：").title == "2014年工作回顾"


def test_a_line_introducing_a_list_with_a_colon_is_no_heading():
    assert find_heading("主要做了以下工作：") is None
    assert find_heading("重点做好七个方面的工作:") is None


def test_a_numbered_heading_keeps_its_words_without_the_lost_character():
    """national_2014_gbk.txt: GBK could not encode a character, and "?" stands in its place."""
    assert find_heading("三、2014年重点工作?").title == "2014年重点工作"


def test_a_replacement_character_ending_a_heading_is_not_part_of_it():
    assert find_heading("二、2019年工作安排\ufffd").title == "2019年工作安排"


def test_a_markdown_table_row_is_no_heading():
    assert find_heading("| 指标 | 单位 |") is None


def test_full_width_digits_give_the_title_year():
    assert title_year("２００４年政府工作报告", None) == 2004


def test_typesetting_spaced_digits_give_the_title_year():
    assert title_year("1 9 9 7 年政府工作报告", None) == 1997


def test_years_in_full_width_headings_give_review_and_plan_years():
    text = "2009年国务院政府工作报告\n各位代表：\n一、２００８年工作回顾\n经济平稳增长。\n二、２００９年工作总体部署\n继续努力。\n"
    report = parse_text(text)[0]
    assert (report.review_year, report.plan_year) == (2008, 2009)


def test_a_full_line_that_stops_mid_sentence_runs_on_into_the_next():
    lines = ["全市经济运行稳中有进，地区生产总值", "增长4.5%。", "一、2022年工作回顾", "全市经济运行稳中有进，地区生产总值"]
    assert join_margin_breaks(lines) == ["全市经济运行稳中有进，地区生产总值增长4.5%。", "一、2022年工作回顾",
                                         "全市经济运行稳中有进，地区生产总值"]


def test_a_numbered_heading_never_continues_a_broken_line():
    lines = ["全市经济运行稳中有进，地区生产总值", "二、2023年工作安排"]
    assert join_margin_breaks(lines) == lines


def test_pdf_page_numbers_are_dropped(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "pages.pdf"
    pdf = canvas.Canvas(str(path))
    for page, number in enumerate(["— 1 —", "-2-"]):
        pdf.setFont("STSong-Light", 12)
        pdf.drawString(40, 800, f"第{page + 1}页的正文。")
        pdf.drawString(280, 30, number)
        pdf.showPage()
    pdf.save()
    assert read(path, path.read_bytes())[0].text == "第1页的正文。\n第2页的正文。\n"
