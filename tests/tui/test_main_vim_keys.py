"""Vim keys in the tree, the lists and the reader; ←/→ fold and unfold; the tree follows what is opened."""

from tests.tui.main_fixtures import open_work_report, work_report_of
from tests.tui.screen_fixtures import settle
from tests.tui.test_main_search import search
from tests.tui.test_main_palette import run_command


async def test_j_and_k_move_the_tree_cursor(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        tree = app.screen.tree
        await pilot.press("j", "j")
        assert tree.cursor_line == 2
        await pilot.press("k")
        assert tree.cursor_line == 1


async def test_capital_g_and_g_go_to_the_last_and_first_tree_line(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        tree = app.screen.tree
        await pilot.press("G")
        assert tree.cursor_line == tree.last_line > 0
        await pilot.press("g")
        assert tree.cursor_line == 0


async def test_left_folds_a_place_and_right_unfolds_it(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        province = app.screen.tree.cursor_node
        assert province.is_expanded
        await pilot.press("left")
        assert not province.is_expanded
        await pilot.press("right")
        assert province.is_expanded
        await pilot.press("right")
        child = province.children[0]
        assert app.screen.tree.cursor_node is child and child.is_expanded
        await pilot.press("left")
        assert not child.is_expanded
        await pilot.press("left")
        assert app.screen.tree.cursor_node is province


async def test_j_and_capital_g_scroll_the_reader(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_work_report(pilot, "济南市")
        body = app.screen.reader.body
        body.focus()
        top = body.scroll_y
        await pilot.press("j", "j", "j")
        await settle(pilot)
        assert body.scroll_y == top + 3
        await pilot.press("G")
        await settle(pilot)
        assert body.scroll_y == body.max_scroll_y > top + 3
        await pilot.press("g")
        await settle(pilot)
        assert body.scroll_y == 0


async def test_j_moves_to_the_next_search_hit_in_the_results(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await search(pilot, "黄河")
        await pilot.press("j")
        assert app.screen.search_pane.results.highlighted == 1


async def test_the_tree_follows_a_report_opened_from_the_palette(app, monkeypatch):
    monkeypatch.setattr("tui.widgets.report_tree.EXPAND_LIMIT", 5)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await run_command(pilot, "open 银川")
        assert app.screen.tree.cursor_entry.report_id == work_report_of(app, "银川市")


async def test_the_tree_follows_a_search_hit_to_its_section(app, monkeypatch):
    monkeypatch.setattr("tui.widgets.report_tree.EXPAND_LIMIT", 5)
    async with app.run_test(size=(160, 50)) as pilot:
        await search(pilot, "黄河")
        await pilot.press("enter")
        await settle(pilot)
        hit = app.screen.hits[0]
        entry = app.screen.tree.cursor_entry
        assert (entry.report_id, entry.section_id) == (hit.report_id, hit.section_id)


async def test_a_report_opened_from_the_palette_outside_the_tree_filter_clears_the_filter(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"甘肃", "enter")
        await settle(pilot)
        await run_command(pilot, "open 银川")
        assert app.screen.tree.cursor_entry.report_id == work_report_of(app, "银川市")
        assert app.screen.query_one("#tree-filter").value == ""
