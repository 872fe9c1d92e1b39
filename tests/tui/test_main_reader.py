"""The section reader: section navigation and literal text."""

from store import open_store
from tests.tui.main_fixtures import app_on, jinan_excerpt, work_report_of
from tests.tui.screen_fixtures import settle

INJECTED = "[bold]粗体[/] [link=x]链接 \x1b[31m红色"


async def test_next_and_previous_section_keys_move_through_the_report(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        app.screen.open_report(work_report_of(app, "济南市"))
        await settle(pilot)
        sections = app.screen.reader.sections
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert app.screen.current_section_id == sections[2].id
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert app.screen.current_section_id == sections[1].id


async def test_report_text_that_looks_like_markup_is_shown_literally(cache_copy, tmp_path):
    source = tmp_path / "markup.txt"
    source.write_text(jinan_excerpt(INJECTED), encoding="utf-8")
    open_store(cache_copy).ingest([source])
    app = app_on(open_store(cache_copy))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        [report_id] = [s.id for s in app.screen.summaries.values() if s.source_path == str(source)]
        app.screen.tree.reveal(report_id)
        await pilot.press("enter")
        await settle(pilot)
        shown = "\n".join(str(paragraph.visual) for paragraph in app.screen.reader.query(".para"))
        assert "[bold]粗体[/] [link=x]链接 ␛[31m红色" in shown


async def test_glossary_key_says_when_a_section_has_no_terms(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        app.screen.open_report(work_report_of(app, "济南市"))
        await settle(pilot)
        await pilot.press("g")
        assert "No glossary terms" in str(app.screen.query_one("#reader-glossary").render())


async def test_z_zooms_the_focused_pane_and_restores_it(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.open_report(work_report_of(app, "济南市"))
        await settle(pilot)
        app.screen.reader.body.focus()
        await pilot.press("z")
        assert app.screen.maximized is app.screen.reader
        await pilot.press("z")
        assert app.screen.maximized is None
