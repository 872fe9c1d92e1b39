"""A header block ("标题：… / 发文单位：… / 正文：") before the text is metadata, not text."""

from corpus import parse_text
from corpus.metadata import header_block

HEADER = ["标题：保定市2000年政府工作报告", "发文单位：保定市人民政府", "发文时间：2015-01-24", "报告人：保定市市长 马誉峰",
          "来源URL：http://bd.mzfzw.net/", "", "正文：", "", "各位代表："]


def test_header_block_ends_after_the_body_mark():
    assert header_block(HEADER)[1] == 7


def test_header_block_fields_become_hints():
    hints, _ = header_block(HEADER)
    assert (hints.title, hints.place, hints.delivered, hints.speaker) == (
        "保定市2000年政府工作报告", "保定市人民政府", "2015-01-24", "保定市市长 马誉峰")


def test_a_date_without_a_day_gives_no_delivery_date():
    assert header_block(["标题：保定市2000年政府工作报告", "发文时间：2000-01", "正文："])[0].delivered is None


def test_text_opening_with_one_colon_line_has_no_header_block():
    assert header_block(["来源：河北日报", "各位代表："]) == (header_block([])[0], 0)


def test_issuing_body_places_a_report_whose_text_names_no_place():
    text = "\n".join(["标题：政府工作报告——在市十四届人大一次会议上", "发文单位：保定市人民政府", "正文：",
                      "4月9日上午，市十四届人大一次会议开幕。"])
    assert parse_text(text)[0].place.name == "保定市"


def test_header_lines_are_not_in_the_report_text():
    report = parse_text("\n".join(HEADER + ["现在，我代表市人民政府向大会报告工作。"]))[0]
    assert "发文单位" not in report.text and report.text.startswith("各位代表：")
