"""Mess inside real text: menus and link lists, link words cut out of sentences, a report pasted several times."""

from corpus.cleaning import rejoin_paragraphs, remove_menus, strip_site_chrome
from corpus.copies import keep_one_copy

#: The top of hebei_2003_portal_page.txt (a provincial portal), blank lines between its lines as there.
PORTAL_MENU = ["中国政府网", "", "河北省人大", "", "河北省政府", "", "河北省政协", "", "长者模式", "", "首页", "",
               "领导之窗", "", "政府信息公开"]
PARAGRAPH = "省九届人大一次会议以来的五年，是跨世纪发展的重要时期。在邓小平理论指引下，全省人民团结奋斗，完成了主要任务。"


def test_a_run_of_short_link_lines_is_removed():
    assert [line for line in remove_menus([*PORTAL_MENU, "", PARAGRAPH]) if line] == [PARAGRAPH]


def test_a_short_heading_between_paragraphs_is_kept():
    lines = [PARAGRAPH, "2023年工作安排", PARAGRAPH]
    assert remove_menus(lines) == lines


def test_a_run_of_table_rows_with_figures_is_kept():
    rows = ["生产总值 亿元 4350", "增长 % 6.5", "财政收入 亿元 320", "投资 亿元 1200", "消费 亿元 2100"]
    assert remove_menus(rows) == rows


def test_a_friendly_links_footer_is_cut_with_everything_after_it():
    footer = ["友情链接：", "中国科技部", "主办单位：保定市科学技术局", "冀ICP备05019637号-2"]
    assert strip_site_chrome([PARAGRAPH, *footer]) == [PARAGRAPH]


def test_font_size_switch_at_the_top_is_removed():
    assert strip_site_chrome(["【字号：", "大", "中", "小", "】", PARAGRAPH]) == [PARAGRAPH]


def test_link_words_cut_out_of_a_sentence_are_joined_back():
    lines = ["发展社会主义民主政治，建设社会主义政治文明，是全面建设小康社会的重要目标。推进民主", "法制",
             "建设。坚持依法治省。"]
    assert rejoin_paragraphs(lines) == ["".join(lines)]


def test_a_report_pasted_twice_keeps_one_copy_and_its_opening():
    body = [f"第{n}段：{PARAGRAPH}" for n in range(5)]
    lines = ["标题行", "各位代表：", *body, "各位代表：", *body]
    assert keep_one_copy(lines) == (["标题行", "各位代表：", *body], 2)


def test_the_complete_copy_is_kept_when_another_is_cut_short():
    body = [f"第{n}段：{PARAGRAPH}" for n in range(5)]
    lines = [*body[:3], *body, *body[:4]]
    assert keep_one_copy(lines) == (body, 3)


def test_a_report_repeating_one_sentence_is_one_copy():
    lines = [PARAGRAPH, *(f"第{n}段：{PARAGRAPH}" for n in range(8)), PARAGRAPH]
    assert keep_one_copy(lines) == (lines, 1)
