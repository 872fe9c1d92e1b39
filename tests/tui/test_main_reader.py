"""The section reader: section navigation and literal text."""

from corpus.model import Paragraph, Place, PlaceLevel, Report, Section
from tests.tui.main_fixtures import COMPILATION, FakeStore, app_on, work_report_of
from tests.tui.screen_fixtures import settle
from tui.widgets.reader import fit_trail

INJECTED = "[bold]粗体[/] [link=x]链接 \x1b[31m红色"


def report_with_markup() -> Report:
    """济南's opening sentence followed by text that looks like markup and an ESC sequence."""
    opening = COMPILATION.read_text(encoding="utf-8").splitlines()[27]
    text = f"一、工作回顾\n{opening}{INJECTED}"
    paragraph = Paragraph(text=text.split("\n")[1], start=len("一、工作回顾\n"))
    section = Section(id="1", heading="工作回顾", level=1, number="一", start=0, end=len(text),
                      paragraphs=[paragraph])
    return Report(id="markup", source_path="x.txt", source_index=0, title="2022年济南市政府工作报告[bold]",
                  text=text, place=Place("济南市", PlaceLevel.CITY, "山东省"), title_year=2022,
                  sections=[section])


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


async def test_report_text_that_looks_like_markup_is_shown_literally():
    app = app_on(FakeStore([report_with_markup()]))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        app.screen.tree.reveal("markup")
        await pilot.press("enter")
        await settle(pilot)
        paragraph = app.screen.reader.query(".para").last()
        assert str(paragraph.visual).endswith("[bold]粗体[/] [link=x]链接 ␛[31m红色")
        assert "政府工作报告[bold]" in str(app.screen.query_one("#reader-crumbs").render())
        assert "政府工作报告[bold]" in str(app.screen.tree.cursor_node.label)


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


def test_breadcrumb_keeps_the_section_headings_when_space_is_short():
    trail = ["珲春市", "2022", "政府工作报告", "一、2022年工作回顾", "（一）疫情防控与经济运行统筹有力"]
    assert fit_trail(trail, 60) == "… › 一、2022年工作回顾 › （一）疫情防控与经济运行统筹有力"
    assert fit_trail(trail, 200) == " › ".join(trail)
