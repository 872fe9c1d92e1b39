"""The help screen lists every key of the main screen and closes with esc, q or ?."""

from textual.binding import Binding

from tests.tui.screen_fixtures import settle
from tui.screens.help import HelpScreen, key_name
from tui.screens.main import MainScreen


async def test_help_lists_every_main_screen_key(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = {str(cell) for group in app.screen.query(".help-group") for cell in group.content.columns[1].cells}
        for binding in MainScreen.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.tooltip in shown, key_name(binding.key)


async def test_q_closes_help(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark", "q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
