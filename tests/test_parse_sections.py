"""Section trees follow each report's own headings, at every level."""

from corpus import parse_text
from parse_fixtures import all_sample_reports, compilation_report, sample_reports


def top_headings(report):
    return [section.heading for section in report.sections if section.id != "0"]


def test_unnumbered_heading_lines_are_top_level_sections():
    assert top_headings(compilation_report("银川市")) == ["2022年工作回顾", "2023年工作安排"]
    assert top_headings(sample_reports("002")[0]) == ["过去五年和2021年工作回顾", "今后五年发展重点和2022年工作任务"]


def test_numbered_headings_nest_under_unnumbered_ones():
    plan = compilation_report("银川市").section("2")
    assert [child.number for child in plan.children] == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    assert all(child.level == 2 for child in plan.children)


def test_parenthesised_headings_restart_under_each_top_level_section():
    report = compilation_report("龙子湖区")
    assert [(s.number, s.heading) for s in report.sections if s.id != "0"] == [("一", "2022年工作回顾"),
                                                                                 ("二", "2023年工作安排")]
    for top in report.sections[1:]:
        assert [child.number for child in top.children] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]


def test_lead_phrase_paragraph_becomes_a_subsection_titled_by_its_lead_phrase():
    first = compilation_report("济南市").section("1.1")
    assert first.number == "（一）"
    assert first.heading == "坚持人民至上、知重负重，疫情防控和经济社会发展实现高效统筹"
    assert first.paragraphs[0].text.startswith("面对疫情防控的严峻形势")


def test_lead_phrase_subsection_holds_the_paragraphs_until_the_next_sibling():
    report = compilation_report("济南市")
    first, second = report.section("1.1"), report.section("1.2")
    assert first.end <= second.start
    assert all(first.start <= p.start and p.end <= first.end for p in first.paragraphs)
    assert second.heading.startswith("坚持抢抓机遇")


def test_yi_shi_and_dash_lead_phrases_stay_inside_paragraphs():
    for report in all_sample_reports():
        for section in report.walk_sections():
            assert not section.heading.startswith(("一是", "二是", "——"))
    review = sample_reports("002")[0].section("1")
    assert any(p.text.startswith("一是乡村振兴开启新篇章") for p in review.paragraphs)
    assert any(p.text.startswith("——综合经济实力大幅提升") for p in review.paragraphs)


def test_paragraphs_before_the_first_heading_form_the_preamble():
    preamble = compilation_report("济南市").sections[0]
    assert (preamble.id, preamble.heading) == ("0", "前言")
    assert preamble.paragraphs[-1].text.startswith("现在，我代表市人民政府")


def test_news_article_short_headings_are_sections():
    [report] = sample_reports("004")
    headings = top_headings(report)
    assert headings[:3] == ["稳经济", "战疫情", "促增长"]
    assert "关键词:5件大事" in headings or "关键词：5件大事" in headings


def test_news_article_keyword_headings_hold_the_short_headings_after_them():
    [report] = sample_reports("004")
    keyword = next(s for s in report.sections if s.heading.startswith("关键词") and "三大攻坚战" in s.heading)
    assert [child.heading for child in keyword.children] == ["全力决战决胜脱贫攻坚", "持续改善生态环境质量",
                                                            "有效防范化解重大风险"]


def test_section_ids_follow_the_tree():
    for report in all_sample_reports():
        for top in report.sections:
            for child in top.children:
                assert child.id.startswith(f"{top.id}.") and child.level == top.level + 1


def test_every_paragraph_is_at_its_offset_in_the_report_text():
    for report in all_sample_reports():
        for section in report.walk_sections():
            for paragraph in section.paragraphs:
                assert report.text[paragraph.start:paragraph.end] == paragraph.text


def test_section_spans_cover_their_heading_paragraphs_and_children():
    for report in all_sample_reports():
        for section in report.walk_sections():
            assert 0 <= section.start <= section.end <= len(report.text)
            assert all(section.start <= p.start and p.end <= section.end for p in section.paragraphs)
            assert all(section.start <= c.start and c.end <= section.end for c in section.children)


def test_numbered_heading_spans_start_at_their_heading():
    report = compilation_report("济南市")
    assert report.text[report.section("1").start:].startswith("一、2022年工作回顾")
    assert report.text[report.section("3.2").start:].startswith("（二）着力保持经济稳定增长")


def test_every_compiled_report_has_a_review_and_a_plan_section():
    for report in sample_reports("003"):
        headings = " ".join(top_headings(report))
        assert "2022年" in headings and "2023年" in headings, report.title


def test_arabic_numbered_lead_phrases_nest_under_parenthesised_headings():
    jinan = compilation_report("济南市")
    plan = jinan.section("3.1")  # （一）着力融入服务重大战略…, whose paragraphs open with lead phrases
    numbered = [f"{n}．{p.text}" for n, p in enumerate(plan.paragraphs[:2], start=1)]
    text = "\n".join([jinan.title, "三、2023年重点工作安排", f"（一）{plan.heading}", *numbered])
    [report] = parse_text(text)
    first = report.section("1.1.1")
    assert (first.number, first.level) == ("1．", 3)
    assert first.heading == plan.paragraphs[0].text.split("。")[0]
    assert report.section("1.1.2").number == "2．"


def test_table_rows_are_paragraphs_not_headings():
    anshan = sample_reports("001")[0]
    review = anshan.section("1")
    rows = ["指标 单位 2022年", "地区生产总值 亿元 1876.7"]
    text = "\n".join([anshan.title, "一、2022年工作回顾", *rows, review.paragraphs[0].text])
    [report] = parse_text(text)
    assert [s.heading for s in report.walk_sections()] == ["2022年工作回顾"]
    assert [p.text for p in report.section("1").paragraphs][:2] == rows


def test_numbering_that_restarts_at_one_is_a_list_inside_the_current_section():
    jinan = compilation_report("济南市")
    welfare = jinan.section("3.9")  # （九）着力增进民生福祉…
    items = [f"{number}、{p.text}" for number, p in zip("一二", welfare.paragraphs)]
    text = "\n".join([jinan.title, "三、2023年重点工作安排", f"（九）{welfare.heading}", *items, "四、全面加强政府自身建设"])
    [report] = parse_text(text)
    assert [(s.number, s.level) for s in report.sections] == [("三", 1), ("四", 1)]
    assert [s.number for s in report.section("1.1").children] == ["一", "二"]


def test_an_unnumbered_line_inside_a_running_numbered_series_is_a_paragraph():
    text = "\n".join(["河北省2003年政府工作报告", "过去五年回顾", "一、国民经济持续快速健康发展",
                      "工业经济运行质量明显提高。", "中国驰名商标", "发展到13个。", "二、经济体制改革取得重要进展",
                      "国有企业改革取得明显成效。"])
    [report] = parse_text(text)
    assert [s.heading for s in report.walk_sections()] == ["过去五年回顾", "国民经济持续快速健康发展",
                                                           "经济体制改革取得重要进展"]
    assert [p.text for p in report.section("1.1").paragraphs] == ["工业经济运行质量明显提高。", "中国驰名商标",
                                                                  "发展到13个。"]


def test_an_unnumbered_heading_before_numbering_restarts_stays_a_section():
    text = "\n".join(["2023年政府工作报告", "2022年工作回顾", "一、经济运行", "生产总值增长5%。", "二、民生",
                      "新增就业1万人。", "2023年工作安排", "一、稳增长", "生产总值增长6%左右。"])
    [report] = parse_text(text)
    assert top_headings(report) == ["2022年工作回顾", "2023年工作安排"]
