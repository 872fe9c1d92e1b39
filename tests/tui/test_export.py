"""Export selected sections to Markdown from the TUI (issue 5, "Export")."""

from __future__ import annotations

import re

from textual.widgets import Button, Input, Static

import yaml

from tui.present.markdown import render_export
from tests.tui.screen_fixtures import ExcerptStore, ScreenHost, settle
from tui.screens.export import ExportScreen

TWO_PLANS = [("jinan", "3"), ("yinchuan", "3")]


def export_app(store: ExcerptStore, selections=TWO_PLANS) -> ScreenHost:
    return ScreenHost(lambda: ExportScreen(store, selections))


def status(app: ScreenHost) -> str:
    return str(app.screen.query_one("#status", Static).render())


async def submit(pilot, name: str) -> None:
    """Type `name` as the file name and press enter."""
    pilot.app.screen.query_one("#file-name", Input).value = name
    await pilot.press("enter")
    await settle(pilot)


def without_export_time(markdown: str) -> str:
    return re.sub(r"^exported_at: .*$", "exported_at: …", markdown, flags=re.MULTILINE)


def expected_markdown(store: ExcerptStore) -> str:
    """The one export of 济南's then 银川's plan section, export time left out."""
    return without_export_time(render_export([(store.report("jinan"), ["3"]), (store.report("yinchuan"), ["3"])]))


async def test_an_existing_file_is_kept_until_the_overwrite_is_confirmed(plan_excerpts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    existing = tmp_path / "plans.md"
    existing.write_text("keep me", encoding="utf-8")
    app = export_app(plan_excerpts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one("#file-name", Input).value = "plans.md"
        await pilot.click("#export")
        await settle(pilot)
        assert existing.read_text(encoding="utf-8") == "keep me"
        assert "already exists" in status(app)
        assert str(app.screen.query_one("#export", Button).label) == "Overwrite"
        await pilot.pause(0.3)  # a button ignores clicks during its 0.2 s pressed effect
        await pilot.click("#export")
        await settle(pilot)
    assert without_export_time(existing.read_text(encoding="utf-8")) == expected_markdown(plan_excerpts)
    assert app.results == [existing]


async def test_changing_the_name_after_the_warning_asks_again(plan_excerpts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("keep me", encoding="utf-8")
    app = export_app(plan_excerpts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await submit(pilot, "a.md")
        await submit(pilot, "b.md")
        assert "b.md already exists" in status(app)
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "keep me"


async def test_a_write_error_is_reported_in_one_line_and_the_dialog_stays(plan_excerpts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans.md").write_text("a file, not a folder", encoding="utf-8")
    app = export_app(plan_excerpts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await submit(pilot, "plans.md/jinan.md")
        assert status(app).startswith(f"Could not write {tmp_path / 'plans.md' / 'jinan.md'}: ")
        assert isinstance(app.screen, ExportScreen)


async def test_nothing_selected_says_how_to_select_sections(plan_excerpts):
    app = export_app(plan_excerpts, selections=[])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "select sections in the tree with space" in status(app)
        assert app.screen.query_one("#export", Button).disabled


async def test_escape_cancels_without_writing(plan_excerpts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = export_app(plan_excerpts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape")
    assert app.results == [None]
    assert list(tmp_path.iterdir()) == []


async def test_sections_of_two_reports_are_written_under_one_front_matter_naming_both(plan_excerpts, tmp_path,
                                                                                     monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = export_app(plan_excerpts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await submit(pilot, "plans.md")
    text = (tmp_path / "plans.md").read_text(encoding="utf-8")
    assert text.startswith("---\n") and text.count("\n---\n") == 1
    front = yaml.safe_load(text.split("\n---\n")[0].removeprefix("---\n"))
    assert [source["report_id"] for source in front["sources"]] == ["jinan", "yinchuan"]
    assert all(len(source["sections"]) == 1 for source in front["sources"])
    titles = [line for line in text.splitlines() if line.startswith("# ")]
    assert titles == [f"# {plan_excerpts.report(i).title}" for i in ("jinan", "yinchuan")]
