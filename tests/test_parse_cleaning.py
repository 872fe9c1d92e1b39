"""Paragraphs broken across page breaks are rejoined; nothing else is glued together."""

from corpus import parse_text
from corpus.cleaning import ends_paragraph, strip_site_chrome
from parse_fixtures import compilation_report, sample_reports


def paragraphs(report):
    return [p.text for section in report.walk_sections() for p in section.paragraphs]


def test_paragraph_broken_by_a_page_break_is_one_paragraph():
    joined = [p for p in paragraphs(compilation_report("济南市")) if "奋楫争先、勇立潮头。" in p]
    assert len(joined) == 1
    assert "立潮头。" not in paragraphs(compilation_report("济南市"))


def test_lead_phrase_paragraph_broken_by_a_page_break_is_rejoined():
    first = compilation_report("济南市").section("1.1")
    assert len(first.paragraphs) == 1
    assert "开展“泉城购”2022济南消费季活动" in first.paragraphs[0].text


def test_line_broken_without_a_blank_line_is_rejoined():
    assert any("为建设现代化新望城而不懈奋斗！" in p for p in paragraphs(compilation_report("望城区")))


def test_body_paragraphs_of_complete_reports_end_a_sentence():
    for report in sample_reports("003"):
        for section in report.walk_sections():
            if section.id != "0":
                assert all(ends_paragraph(p.text) for p in section.paragraphs), (report.title, section.id)


def test_headings_separated_by_blank_lines_are_not_glued_to_the_text():
    [report] = sample_reports("002")
    assert report.section("1").heading == "过去五年和2021年工作回顾"
    assert report.section("1").paragraphs[0].text.startswith("市四届人大一次会议以来的五年")


def test_report_text_has_no_blank_lines():
    for report in sample_reports("003"):
        assert "\n\n" not in report.text


def test_numbered_list_of_whole_paragraphs_keeps_its_numbers():
    sentences = [p for p in paragraphs(sample_reports("002")[0]) if len(p) >= 100 and p.endswith("。")][:3]
    text = "\n".join(f"{n}、{sentence}" for n, sentence in enumerate(sentences, start=1))
    [report] = parse_text(text)
    assert report.text.startswith("1、") and "\n2、" in report.text and "\n3、" in report.text


def test_site_registration_lines_are_dropped_anywhere_in_the_text():
    lines = ["一、工作回顾", "全年生产总值增长6%。", "冀ICP备06016263号-1", "冀公网安备 13010202002246号",
             "网站标识码：1300000013", "版权所有：河北省人民政府", "二、工作安排", "生产总值增长6%左右。"]
    assert strip_site_chrome(lines) == ["一、工作回顾", "全年生产总值增长6%。", "二、工作安排", "生产总值增长6%左右。"]
