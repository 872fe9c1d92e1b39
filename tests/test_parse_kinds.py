"""Documents that are no work report are told apart by kind (placeholder, budget, summary, news, abridged)."""

from corpus import parse_text
from corpus.kinds import document_kind
from corpus.model import DocKind

REPORT_OPENING = ["2023年兰州市政府工作报告", "——2023年2月6日在兰州市第十五届人民代表大会第五次会议上", "各位代表：",
                  "现在，我代表市人民政府向大会作工作报告，请予审议。"]


def test_report_with_the_address_to_the_deputies_is_a_work_report():
    assert document_kind("2023年兰州市政府工作报告", REPORT_OPENING) is DocKind.WORK_REPORT


def test_note_saying_the_original_was_not_found_makes_a_placeholder():
    note = "2000-2000年报告由于年代久远，在保定市政府网站存档中未能找到完整原文，此处为基于公开资料整理的摘要版本"
    assert document_kind("保定市2000年政府工作报告", ["一、经济发展"], note) is DocKind.PLACEHOLDER


def test_budget_report_title_makes_a_budget_report():
    title = "关于兰州市2022年预算执行情况和2023年预算草案的报告"
    assert document_kind(title, ["各位代表：", "受市人民政府委托，现将预算执行情况报告如下。"]) is DocKind.BUDGET


def test_digest_headline_makes_a_summary():
    lines = ["王正谱在省十四届人大四次会议上的政府工作报告（摘登）", "“十四五”时期经济社会发展回顾"]
    assert document_kind("2026年河北省政府工作报告", lines) is DocKind.SUMMARY


def test_news_lead_without_the_address_makes_a_news_article():
    lines = ["4月9日上午，市十四届人大一次会议在百世开利会展中心开幕。", "本次大会应到代表633人，实到620人。"]
    assert document_kind("政府工作报告——在市十四届人大一次会议上", lines) is DocKind.OTHER


def test_short_report_without_the_address_is_an_abridged_copy():
    lines = ["2014年工作回顾：", "全市生产总值完成2780亿元，增长7.0%。", "2015年工作安排："]
    assert document_kind("保定市2015年政府工作报告", lines) is DocKind.ABRIDGED


def test_a_marked_document_carries_a_warning_naming_its_kind():
    report = parse_text("保定市2015年政府工作报告\n2014年工作回顾：\n全市生产总值完成2780亿元，增长7.0%。\n")[0]
    assert "not the full report: an abridged copy of it" in report.warnings
