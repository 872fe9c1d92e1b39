"""Keys that close and hide things: esc never quits, `q` closes the innermost pane, focus never stays hidden."""

from tests.tui.main_fixtures import open_work_report
from tests.tui.screen_fixtures import settle
from tui.screens.main import MainScreen
from tui.screens.quit import QuitScreen


def focus_is_shown(screen: MainScreen) -> bool:
    """Whether the focused widget is one the user can see (it is in the focus chain)."""
    return screen.focused is not None and screen.focused in screen.focus_chain


async def test_escape_on_the_bare_main_screen_does_not_quit(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, MainScreen)


async def test_q_on_the_bare_main_screen_asks_before_quitting(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("n")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, MainScreen)


async def test_y_in_the_quit_question_quits(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("q", "y")
        await settle(pilot)
        assert app.return_code == 0 and not app.is_running


async def test_q_closes_the_glossary_pane_instead_of_quitting(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await open_work_report(pilot, "济南市")
        await pilot.press("d")
        await settle(pilot)
        assert app.screen.reader.has_class("-glossary")
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and not app.screen.reader.has_class("-glossary")


async def test_escape_closes_the_glossary_pane(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await open_work_report(pilot, "济南市")
        await pilot.press("d", "escape")
        await settle(pilot)
        assert app.is_running and not app.screen.reader.has_class("-glossary")


async def test_hiding_the_indicator_table_moves_focus_to_a_shown_pane(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_work_report(pilot, "济南市")
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert not app.screen.query_one("#bottom").has_class("-open")
        assert focus_is_shown(app.screen)
        await pilot.press("T")
        await settle(pilot)
        assert app.screen.indicator_pane.query_one("#indicator-filter").value == ""
        assert app.screen.query_one("#bottom").has_class("-open")


async def test_hiding_the_tree_while_it_has_focus_focuses_the_reader(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_work_report(pilot, "济南市")
        app.screen.tree.focus()
        await pilot.press("s")
        await settle(pilot)
        assert app.screen.focused is app.screen.reader.body


async def test_hiding_the_tree_keeps_the_same_text_at_the_top_of_the_reader(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_work_report(pilot, "济南市")
        reader = app.screen.reader
        reader.body.focus()
        await pilot.press(*["down"] * 25)
        await settle(pilot)
        before = reader._offset_at_top()
        await pilot.press("s")
        await settle(pilot)
        assert before is not None
        assert reader._line_of(reader._block_at(before), before) == int(reader.body.scroll_y)


async def test_escape_after_enter_in_the_tree_filter_clears_the_filter(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"银川", "enter")
        await settle(pilot)
        assert len(app.screen.tree.visible_summaries) < len(app.screen.summaries)
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.screen.tree.visible_summaries) == len(app.screen.summaries)
        assert not app.screen.query_one("#tree-filter").has_class("-open")


async def test_the_tree_filter_box_stays_shown_while_it_filters(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"银川", "enter", "t", "escape")
        await settle(pilot)
        box = app.screen.query_one("#tree-filter")
        assert box.has_class("-open") and box.value == "银川"


async def test_closing_the_indicator_table_keeps_the_section_heading_at_the_top_of_the_reader(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_work_report(pilot, "济南市")
        await pilot.press("right_square_bracket", "t")
        await settle(pilot)
        reader = app.screen.reader
        heading = reader._headings[reader.current_index]
        await pilot.press("t")
        await settle(pilot)
        assert 0 <= heading.virtual_region.y - int(reader.body.scroll_y) <= 1  # its top margin may show
