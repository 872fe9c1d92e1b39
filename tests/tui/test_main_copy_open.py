"""`y` copies what is under the cursor; `o` opens the source file in $PAGER/$EDITOR at its line."""

from pathlib import Path

from tests.tui.main_fixtures import open_work_report
from tests.tui.screen_fixtures import settle
from tests.tui.test_main_search import search
from tui.screens.main import MainScreen
from tui.source_line import passage_line, viewer_command


async def test_y_in_the_reader_copies_the_sections_text_as_written(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await open_work_report(pilot, "济南市")
        reader = app.screen.reader
        reader.body.focus()
        await pilot.press("right_square_bracket")
        await settle(pilot)
        await pilot.press("y")
        section = reader.current_section
        assert app.clipboard == reader.report.text[section.start:section.end].strip()
        first_paragraph = section.paragraphs[0].text if section.paragraphs else section.children[0].heading
        assert first_paragraph in app.clipboard


async def test_y_in_the_indicator_table_copies_the_row_and_its_quote(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await open_work_report(pilot, "济南市")
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("down", "y")
        row = app.screen.indicator_pane.shown[1]
        cells = app.clipboard.split("\t")
        assert cells[0] == row.place and cells[-1] == row.indicator.quote


async def test_y_on_a_search_hit_copies_its_snippet(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await search(pilot, "黄河")
        await pilot.press("y")
        assert "黄河" in app.clipboard and "\n" not in app.clipboard


async def test_o_opens_the_pager_at_the_line_of_the_section_in_the_source_file(app, monkeypatch):
    monkeypatch.setenv("PAGER", "less -R")
    commands = []
    monkeypatch.setattr(MainScreen, "_run_viewer", lambda self, command: commands.append(command))
    async with app.run_test(size=(160, 50)) as pilot:
        report_id = await open_work_report(pilot, "济南市")
        reader = app.screen.reader
        reader.body.focus()
        await pilot.press("right_square_bracket", "o")
        await settle(pilot)
        source = app.screen.summaries[report_id].source_path
        heading = reader.current_section.heading
        lines = Path(source).read_text(encoding="utf-8").splitlines()
        [command] = commands
        assert command[:2] == ["less", "-R"] and command[3] == source
        assert heading in lines[int(command[2].removeprefix("+")) - 1]


def test_a_passage_is_found_by_its_opening_when_the_source_breaks_it_across_lines():
    source = "第一行\n二、2023年工作安排\n全面贯彻党的二十大精神，\n坚持稳中求进工作总基调"
    assert passage_line(source, "全面贯彻党的二十大精神，坚持稳中求进工作总基调") == 3


def test_a_passage_not_in_the_source_opens_the_first_line():
    assert passage_line("甲\n乙", "丙丁") == 1


def test_the_viewer_is_the_pager_then_the_editor_then_less():
    assert viewer_command("a.txt", 7, {"PAGER": "most", "EDITOR": "vim"}) == ["most", "+7", "a.txt"]
    assert viewer_command("a.txt", 7, {"EDITOR": "nano -v"}) == ["nano", "-v", "+7", "a.txt"]
    assert viewer_command("a.txt", 7, {}) == ["less", "+7", "a.txt"]
