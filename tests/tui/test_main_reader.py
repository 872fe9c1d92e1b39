"""The section reader: section navigation and literal text."""

from rich.cells import cell_len

from store import open_store
from tests.tui.main_fixtures import app_on, jinan_excerpt, open_work_report
from tests.tui.screen_fixtures import settle
from tui.widgets.reader import fit_trail

INJECTED = "[bold]粗体[/] [link=x]链接 \x1b[31m红色"


async def test_next_and_previous_section_keys_move_through_the_report(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await open_work_report(pilot, "济南市")
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


async def test_glossary_key_d_says_when_a_section_has_no_terms(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await open_work_report(pilot, "济南市")
        await pilot.press("d")
        assert "No glossary terms" in str(app.screen.query_one("#reader-glossary").render())


async def test_z_zooms_the_focused_pane_and_restores_it(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_work_report(pilot, "济南市")
        app.screen.reader.body.focus()
        await pilot.press("z")
        assert app.screen.maximized is app.screen.reader
        await pilot.press("z")
        assert app.screen.maximized is None


TRAIL = ["珲春市 2022", "政府工作报告", "一、2022年工作回顾", "（一）疫情防控与经济运行统筹有力"]


def test_breadcrumb_keeps_the_place_and_the_section_headings_when_space_is_short():
    assert fit_trail(TRAIL, 72) == "珲春市 2022 › … › 一、2022年工作回顾 › （一）疫情防控与经济运行统筹有力"
    assert fit_trail(TRAIL, 200) == " › ".join(TRAIL)


def test_breadcrumb_at_80_columns_keeps_the_place_and_cuts_the_heading_with_an_ellipsis():
    trail = fit_trail(TRAIL, 40)
    assert trail.startswith("珲春市 2022 › … › （一）疫情") and trail.endswith("…")
    assert cell_len(trail) <= 40


async def test_breadcrumb_in_an_80_column_terminal_starts_with_the_place(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_work_report(pilot, "济南市")
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert str(app.screen.query_one("#reader-crumbs").render()).startswith("济南市 2022 › ")


async def test_glossary_key_d_shows_the_definitions_of_terms_in_the_section(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await open_work_report(pilot, "银川市")
        reader = app.screen.reader
        entry = reader.report.glossary[0]  # “五比”活动
        section = next(s for s in reader.sections if entry.term in reader.report.text[s.start:s.end]
                       and not s.children)
        reader.go_to_section(reader.sections.index(section))
        await pilot.press("d")
        assert f"{entry.term} — {entry.definition}" in str(app.screen.query_one("#reader-glossary").render())
