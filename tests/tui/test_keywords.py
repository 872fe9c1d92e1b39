"""The words two reports or two groups stress most, side by side (issue 5, "Compare")."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from store.api import Keyword
from tests.tui.screen_fixtures import ExcerptStore, ScreenHost, settle
from tui.screens.keywords import KeywordsScreen

JINAN_WORDS = [Keyword("黄河", 0.41, 12), Keyword("济南", 0.33, 9), Keyword("发展", 0.12, 30)]
YINCHUAN_WORDS = [Keyword("先行区", 0.38, 7), Keyword("宁夏", 0.30, 6), Keyword("发展", 0.11, 28)]


def keywords_app(left: list[str], right: list[str]) -> ScreenHost:
    store = ExcerptStore([], keywords={"jinan": JINAN_WORDS, "yinchuan+guyuan": YINCHUAN_WORDS})
    return ScreenHost(lambda: KeywordsScreen(store, left, right, "济南", "宁夏"))


def words(app: ScreenHost, side: str) -> list[tuple[str, str]]:
    """(word, style) of each row on one side."""
    table = app.screen.query_one(f"#{side} DataTable", DataTable)
    return [(cell.plain, str(cell.style)) for cell in (table.get_row_at(i)[1] for i in range(table.row_count))]


async def test_each_side_lists_its_words_in_rank_order_under_its_label():
    app = keywords_app(["jinan"], ["yinchuan", "guyuan"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert [word for word, _ in words(app, "left")] == ["黄河", "济南", "发展"]
        assert [word for word, _ in words(app, "right")] == ["先行区", "宁夏", "发展"]
        assert str(app.screen.query_one("#right .label", Static).render()) == "宁夏 (2 reports)"


async def test_words_only_one_side_stresses_are_bold():
    app = keywords_app(["jinan"], ["yinchuan", "guyuan"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert words(app, "left") == [("黄河", "bold"), ("济南", "bold"), ("发展", "")]


async def test_an_empty_group_says_how_to_select_reports():
    app = keywords_app(["jinan"], [])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        hint = app.screen.query_one("#right .empty", Static)
        assert "select reports in the tree with space" in str(hint.render())
        assert not app.screen.query_one("#right DataTable").display
