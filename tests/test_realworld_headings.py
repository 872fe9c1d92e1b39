"""Every real-world report opens with the top-level headings a reader finds, and no chrome becomes one."""

import re

import pytest

from tests.realworld_fixtures import needs_realworld, parsed, report_files

pytestmark = needs_realworld

_NUMBER = re.compile(r"^[一二三四五六七八九十]+、\s*")


def _bare(heading: str) -> str:
    """A heading as the tree shows it: no number, no closing colon."""
    return _NUMBER.sub("", heading).rstrip("：:")


@pytest.mark.parametrize(("name", "hand"), [(n, h) for n, h in report_files() if h.get("first_top_level_headings")],
                         ids=lambda value: value if isinstance(value, str) else "")
def test_first_top_level_heading_is_the_one_a_reader_finds(name, hand):
    tops = [s.heading for s in parsed(name)[0].sections if s.id != "0"]
    assert tops[0] == _bare(hand["first_top_level_headings"][0])


def test_headings_closed_by_a_colon_are_headings():
    assert [s.heading for s in parsed("baoding_2015_abridged.txt")[0].sections] == [
        "2014年工作回顾", "2015年工作安排", "重点工作"]


def test_site_menus_and_link_lists_are_not_sections():
    headings = [s.heading for s in parsed("baoding_2026_summary_with_site_menus.txt")[0].walk_sections()]
    assert not {"友情链接", "国家级科技部门", "中国科技部", "网站地图"} & set(headings)


def test_portal_navigation_is_not_a_section():
    headings = [s.heading for s in parsed("hebei_2003_portal_page.txt")[0].walk_sections()]
    assert not {"中国政府网", "首页", "领导之窗", "繁體中文", "无障碍"} & set(headings)


def test_a_report_pasted_twice_is_one_report_with_a_warning():
    reports = parsed("hebei_2003_portal_page.txt")
    assert len(reports) == 1
    assert any("pasted 2 times" in warning for warning in reports[0].warnings)
    assert reports[0].text.count("过去五年回顾和2002年工作情况") == 1


def test_link_words_a_portal_page_cut_out_of_sentences_are_not_sections():
    headings = [s.heading for s in parsed("hebei_2003_portal_page.txt")[0].walk_sections()]
    assert not {"中国驰名商标", "全面建设小康社会", "推 进民主", "法制"} & set(headings)


def test_a_numbered_series_cut_by_link_words_stays_one_series():
    review = parsed("hebei_2003_portal_page.txt")[0].sections[1]
    assert [s.number for s in review.children] == ["一", "二", "三", "四", "五", "六"]


def test_site_registration_lines_between_pasted_copies_are_not_sections():
    report = parsed("hebei_2003_portal_page.txt")[0]
    assert "ICP备" not in report.text and "网站标识码" not in report.text
