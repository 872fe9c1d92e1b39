"""The help screen lists every key of the main screen and closes with esc, q or ?."""

from rich.cells import cell_len
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
        shown = {description for group in app.screen.query(".help-group") for _, description in group.rows}
        for binding in MainScreen.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.tooltip in shown, key_name(binding.key)


async def test_q_closes_help(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark", "q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_help_lines_at_80_columns_wrap_whole_without_an_ellipsis(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        for group in app.screen.query(".help-group"):
            lines = str(group.render()).splitlines()
            assert all("…" not in line and cell_len(line.rstrip()) <= group.content_size.width for line in lines)
