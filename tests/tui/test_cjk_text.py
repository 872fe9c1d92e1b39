"""Chinese paragraphs break between characters, never only at spaces (中文断行)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.geometry import Offset
from textual.selection import Selection

from tests.parse_fixtures import sample_reports
from tui.widgets.cjk_text import CJKStatic, break_offsets, line_starts, prewrap

#: A real 济南 paragraph with the stray space the scrape left after "挑战，".
JINAN_PARAGRAPH = next(
    p.text for r in sample_reports("003")[:1] for s in r.walk_sections() for p in s.paragraphs
    if "有效应对各种困难和挑战， 全力以赴" in p.text
)


def lines(text: str, width: int) -> list[str]:
    return prewrap(Content(text), width).plain.split("\n")


def test_a_stray_space_does_not_end_the_line_early():
    first = next(line for line in lines(JINAN_PARAGRAPH, 40) if "挑战， " in line)
    assert Content(first).cell_length >= 38


def test_every_line_fits_the_width():
    assert all(Content(line.rstrip()).cell_length <= 40 for line in lines(JINAN_PARAGRAPH, 40))


def test_closing_punctuation_never_starts_a_line():
    assert not any(line[:1] in "，。、；：？！）”" for line in lines(JINAN_PARAGRAPH, 23))


def test_numbers_and_latin_words_are_not_split():
    text = "全市实现生产总值1913.5亿元" * 3
    for offset in break_offsets(text, 11):
        assert not (text[offset - 1].isdigit() and text[offset].isdigit())


def test_breaking_loses_no_character():
    assert "".join(lines(JINAN_PARAGRAPH, 31)) == JINAN_PARAGRAPH


class OneParagraph(App[None]):
    CSS = "CJKStatic { width: 40; }"

    def compose(self) -> ComposeResult:
        yield CJKStatic(Content(JINAN_PARAGRAPH))


async def test_widget_height_counts_the_broken_lines():
    async with OneParagraph().run_test(size=(60, 40)) as pilot:
        widget = pilot.app.query_one(CJKStatic)
        assert widget.size.height == len(lines(JINAN_PARAGRAPH, 40))


async def test_selecting_the_whole_paragraph_copies_it_without_the_screens_line_breaks():
    async with OneParagraph().run_test(size=(60, 40)) as pilot:
        widget = pilot.app.query_one(CJKStatic)
        text, _ = widget.get_selection(Selection(None, None))
        assert text == JINAN_PARAGRAPH


async def test_a_selection_across_two_screen_lines_is_one_unbroken_piece_of_the_paragraph():
    async with OneParagraph().run_test(size=(60, 40)) as pilot:
        widget = pilot.app.query_one(CJKStatic)
        second_line = line_starts(JINAN_PARAGRAPH, 40)[1]
        text, _ = widget.get_selection(Selection(Offset(2, 0), Offset(3, 1)))
        assert text == JINAN_PARAGRAPH[2:second_line + 3]
