"""Exporting the indicator table to CSV: the rows shown, in their order, to a file the user confirms."""

from __future__ import annotations

import csv

from tests.tui.screen_fixtures import settle
from tests.tui.test_main_indicator_table import show_all_indicators
from tui.screens.table_export import TableExportScreen
from tui.widgets.indicator_rows import COLUMN_INDEX


async def export_to(pilot, name: str) -> None:
    """Press e in the focused table, type `name` as the file name and press enter."""
    pilot.app.screen.indicator_pane.table.focus()
    await pilot.press("e")
    await settle(pilot)
    pilot.app.screen.query_one("#file-name").value = name
    await pilot.press("enter")
    await settle(pilot)


async def test_e_writes_the_filtered_sorted_rows_in_display_order(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "济南")
        app.screen.indicator_pane.sort_by(COLUMN_INDEX["value"], descending=True)
        await settle(pilot)
        shown = [row.indicator.quote for row in app.screen.indicator_pane.shown]
        await export_to(pilot, "jinan.csv")
        with open(tmp_path / "jinan.csv", encoding="utf-8", newline="") as file:
            records = list(csv.DictReader(file))
        assert [record["quote"] for record in records] == shown
        assert {record["place"] for record in records} == {"济南市"}


async def test_an_existing_file_is_kept_until_the_user_confirms(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.csv").write_text("do not lose me", encoding="utf-8")
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "济南")
        await export_to(pilot, "mine.csv")
        assert isinstance(app.screen, TableExportScreen)
        assert (tmp_path / "mine.csv").read_text(encoding="utf-8") == "do not lose me"
        await pilot.press("enter")
        await settle(pilot)
        assert (tmp_path / "mine.csv").read_text(encoding="utf-8").startswith("place,")


async def test_the_palette_command_exports_the_open_table(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "银川")
        app.screen.action_export_table()
        await settle(pilot)
        assert isinstance(app.screen, TableExportScreen)
        assert len(app.screen.rows) == len(app.screen_stack[-2].indicator_pane.shown)


async def test_escape_cancels_the_export_without_writing(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "银川")
        app.screen.indicator_pane.table.focus()
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, TableExportScreen) and not list(tmp_path.iterdir())
