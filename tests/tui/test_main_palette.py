"""The command palette (ctrl+p) opens reports by name and runs the main screen's actions."""

from textual.command import CommandPalette

from tests.tui.main_fixtures import work_report_of
from tests.tui.screen_fixtures import settle
from tui.screens.ingest import IngestFolderScreen


async def run_command(pilot, words: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*words)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await settle(pilot)


async def test_palette_opens_a_report_by_place_name(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await run_command(pilot, "open 银川")
        assert app.screen.reader.report.id == work_report_of(app, "银川市")


async def test_palette_ingest_folder_asks_for_a_folder(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await run_command(pilot, "ingest folder")
        assert isinstance(app.screen, IngestFolderScreen)


async def test_palette_copies_what_is_under_the_cursor(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await run_command(pilot, "open 银川")
        await run_command(pilot, "copy")
        reader = app.screen.reader
        section = reader.current_section
        assert app.clipboard == reader.report.text[section.start:section.end].strip() != ""
