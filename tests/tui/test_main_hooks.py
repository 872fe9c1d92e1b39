"""The main screen hands its state to the other screens: marked sections, the tree filter, groups."""

from textual.color import Color

from store.api import ReportFilter
from tests.tui.main_fixtures import ids_in, work_report_of
from tests.tui.screen_fixtures import settle
from tui.screens.compare import CompareSectionsScreen
from tui.screens.export import ExportScreen
from tui.screens.keywords import KeywordsScreen
from tui.screens.metric import MetricScreen


async def open_section(pilot, report_id: str, section_id: str) -> None:
    pilot.app.screen.tree.reveal(report_id)
    await pilot.press("enter")
    await settle(pilot)
    pilot.app.screen.tree.reveal(report_id, section_id)
    await pilot.pause()


async def test_m_marks_tree_sections_and_c_compares_the_two_marked(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        jinan, yinchuan = work_report_of(app, "济南市"), work_report_of(app, "银川市")
        await open_section(pilot, jinan, "3")
        await pilot.press("m")
        await open_section(pilot, yinchuan, "1")
        await pilot.press("m")
        assert app.screen.marked == [(jinan, "3"), (yinchuan, "1")]
        assert str(app.screen.tree.cursor_node.label).startswith("◆ ")
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CompareSectionsScreen)
        assert (app.screen.left, app.screen.right) == ((jinan, "3"), (yinchuan, "1"))


async def test_c_with_fewer_than_two_marks_says_what_to_do(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert "Mark two sections" in str(list(app._notifications)[-1].message)


async def test_space_in_the_tree_selects_sections_for_export_and_shows_a_tick(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        jinan = work_report_of(app, "济南市")
        await open_section(pilot, jinan, "2")
        await pilot.press("space")
        await open_section(pilot, jinan, "3")
        await pilot.press("space")
        assert app.screen.selected == [(jinan, "2"), (jinan, "3")]
        assert str(app.screen.tree.cursor_node.label).startswith("✓ ")


async def test_the_tree_draws_the_marks_the_screen_holds_and_drops_them_when_unmarked(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        jinan = work_report_of(app, "济南市")
        await open_section(pilot, jinan, "2")
        app.screen.marked = [(jinan, "2")]
        await pilot.pause()
        assert str(app.screen.tree.cursor_node.label).startswith("◆ ")
        app.screen.marked = []
        await pilot.pause()
        assert not str(app.screen.tree.cursor_node.label).startswith("◆ ")


async def test_the_mark_takes_the_themes_accent_colour(app):
    async with app.run_test(size=(160, 50)) as pilot:
        app.theme = "gruvbox"
        await settle(pilot)
        jinan = work_report_of(app, "济南市")
        await open_section(pilot, jinan, "2")
        app.screen.marked = [(jinan, "2")]
        await pilot.pause()
        mark = app.screen.tree.cursor_node.label.spans[0]
        accent = Color.parse(app.current_theme.accent).rgb
        assert all(abs(drawn - wanted) <= 2 for drawn, wanted in zip(mark.style.color.triplet, accent))


async def test_capital_m_opens_the_metric_screen_on_the_tree_filter(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"甘肃", "enter", "M")
        await settle(pilot)
        assert isinstance(app.screen, MetricScreen)
        assert app.screen.where == ReportFilter(words=("甘肃",))


async def test_shift_k_compares_the_keywords_of_two_groups(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("K")
        await pilot.pause()
        await pilot.press(*"甘肃", "enter", *"山东", "enter")
        await settle(pilot)
        assert isinstance(app.screen, KeywordsScreen)
        assert (set(app.screen.left), set(app.screen.right)) == (ids_in(app, "甘肃省"), ids_in(app, "山东省"))


async def test_e_exports_the_selected_sections(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        jinan = work_report_of(app, "济南市")
        await open_section(pilot, jinan, "2")
        await pilot.press("space")
        await open_section(pilot, jinan, "3")
        await pilot.press("space", "e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.chosen == [(jinan, "2"), (jinan, "3")]
