"""Compare two sections side by side (issue 5, "Compare")."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Static

from tests.tui.screen_fixtures import ExcerptStore, ScreenHost, settle
from tui.screens.compare import CompareSectionsScreen, SectionReader

JINAN_PLAN, YINCHUAN_PLAN = ("jinan", "3"), ("yinchuan", "3")


def compare_app(store: ExcerptStore, left=JINAN_PLAN, right=YINCHUAN_PLAN) -> ScreenHost:
    return ScreenHost(lambda: CompareSectionsScreen(store, left, right))


def shown_text(reader: SectionReader) -> str:
    return "\n".join(str(block.visual) for block in reader.body.query(Static))


def label(reader: SectionReader) -> str:
    return str(reader.query_one(".label", Static).render())


async def test_both_sections_are_shown_with_place_year_and_heading(plan_excerpts):
    app = compare_app(plan_excerpts)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        left, right = app.screen.query_one("#left", SectionReader), app.screen.query_one("#right", SectionReader)
        assert label(left) == "济南市 2022 › 三、2023年重点工作安排"
        assert label(right) == "银川市 2022 › 2023年工作安排"
        assert "着重抓好以下十个方面的工作" in shown_text(left)
        assert "主要预期目标是：全市地区生产总值增长6.5%左右" in shown_text(right)


async def test_scrolling_one_side_scrolls_the_other_to_the_same_proportion(plan_excerpts):
    app = compare_app(plan_excerpts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        left, right = (app.screen.query_one(f"#{side} VerticalScroll", VerticalScroll) for side in ("left", "right"))
        assert left.max_scroll_y > 0 and right.max_scroll_y > 0
        left.scroll_to(y=left.max_scroll_y / 2, animate=False)
        await settle(pilot)
        assert right.scroll_y / right.max_scroll_y == pytest.approx(0.5, abs=0.05)


async def test_scrolling_the_right_side_with_keys_scrolls_the_left(plan_excerpts):
    app = compare_app(plan_excerpts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        left, right = (app.screen.query_one(f"#{side} VerticalScroll", VerticalScroll) for side in ("left", "right"))
        await pilot.press("tab", "end")
        await settle(pilot)
        assert right.scroll_y == right.max_scroll_y
        assert left.scroll_y == left.max_scroll_y


async def test_a_missing_section_says_how_to_pick_two_sections(plan_excerpts):
    app = compare_app(plan_excerpts, right=("jinan", "9.9"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        right = app.screen.query_one("#right", SectionReader)
        assert label(right) == "Section 9.9 of report jinan is not in the cache"
        assert "mark two sections in the tree with m" in shown_text(right)


async def test_q_closes_the_comparison(plan_excerpts):
    app = compare_app(plan_excerpts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        assert not isinstance(app.screen, CompareSectionsScreen)
        assert app.results == [None]


async def test_markup_in_report_text_is_shown_literally(plan_excerpts):
    injected = "[bold]加快[/] [link=x]黄河[/link] \x1b[31m"
    plan_excerpts.report("jinan").sections[0].paragraphs[0].text += injected
    app = compare_app(plan_excerpts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "[bold]加快[/] [link=x]黄河[/link]" in shown_text(app.screen.query_one("#left", SectionReader))


class BrokenStore:
    def report(self, report_id: str):
        raise OSError(f"cache file reports/{report_id}.json is truncated")


async def test_a_failing_store_is_reported_in_one_line_and_the_app_keeps_running():
    app = ScreenHost(lambda: CompareSectionsScreen(BrokenStore(), JINAN_PLAN, YINCHUAN_PLAN))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert label(app.screen.query_one("#left", SectionReader)) == (
            "Could not read the sections: cache file reports/jinan.json is truncated")
        assert isinstance(app.screen, CompareSectionsScreen)
