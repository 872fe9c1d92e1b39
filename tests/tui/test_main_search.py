"""Search: results with place and snippet, jumping to hits, n/N, tree filters applying."""

from textual.content import Content

from store.api import SearchHit
from tests.tui.main_fixtures import COMPILATION, ids_in, styled_runs, work_report_of
from tests.tui.screen_fixtures import settle
from tui.widgets.reader import FOCUS_STYLE
from tui.widgets.search_pane import SNIPPET_INDENT, hit_prompt


async def search(pilot, query: str) -> None:
    await settle(pilot)
    await pilot.press("slash", *query, "enter")
    await settle(pilot)


async def open_first_hit(pilot, query: str) -> None:
    await search(pilot, query)
    await pilot.press("enter")
    await settle(pilot)


async def test_search_lists_hits_with_place_and_snippet(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await search(pilot, "黄河")
        results, hits = app.screen.search_pane.results, app.screen.hits
        first = str(results.get_option_at_index(0).prompt)
        assert results.option_count == len(hits) > 0
        assert first.startswith(f"{hits[0].place} {hits[0].year} · ") and "黄河" in first


async def test_enter_on_a_hit_opens_the_report_with_the_match_highlighted(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await open_first_hit(pilot, "黄河")
        hit = app.screen.hits[0]
        reader = app.screen.reader
        assert reader.report.id == hit.report_id
        assert app.screen.current_section_id == hit.section_id
        assert "黄河" in styled_runs(reader, hit.offset, FOCUS_STYLE)


async def test_n_and_capital_n_step_through_hits(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await open_first_hit(pilot, "黄河")
        app.screen.reader.body.focus()
        await pilot.press("n")
        await settle(pilot)
        assert app.screen.hit_index == 1
        await pilot.press("N", "N")
        await settle(pilot)
        assert app.screen.hit_index == len(app.screen.hits) - 1


async def test_tree_filter_limits_search_to_the_reports_it_shows(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"甘肃", "enter")
        await search(pilot, "发展")
        assert app.screen.hits
        assert {hit.report_id for hit in app.screen.hits} <= ids_in(app, "甘肃省")


async def test_search_under_a_tree_filter_lists_every_hit_in_the_reports_it_shows(app, sample_store):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"2023", "enter")
        await search(pilot, "发展")
        shown = {summary.id for summary in app.screen.tree.visible_summaries}
        every_hit = [hit for hit in sample_store.search("发展", limit=10_000) if hit.report_id in shown]
        assert len(app.screen.hits) == len(every_hit)


async def test_no_hits_says_how_to_widen_the_search(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await search(pilot, "不存在的词语")
        status = str(app.screen.query_one("#search-status").render())
        assert "No hits" in status and "fewer" in status


async def test_a_hit_in_the_report_already_open_scrolls_the_reader_to_it(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        jinan = work_report_of(app, "济南市")
        app.screen.open_report(jinan)
        await search(pilot, "黄河")
        index = next(i for i, hit in enumerate(app.screen.hits) if hit.report_id == jinan and hit.section_id != "1")
        app.screen.search_pane.results.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        hit = app.screen.hits[index]
        assert app.screen.current_section_id == hit.section_id
        assert app.screen.reader.body.scroll_y > 0


def test_hit_snippets_that_look_like_markup_are_shown_literally():
    snippet = "深入落实黄河[bold]流域[/] [link=x]\x1b[31m"
    hit = SearchHit(report_id="r", section_id="1", section_path=["一、[b]回顾"], place="济南市", year=2022,
                    snippet=snippet, snippet_matches=[(4, 6)], offset=0, length=2, exact_phrase=True)
    assert hit_prompt(hit).plain == "济南市 2022 · 一、[b]回顾\n  深入落实黄河[bold]流域[/] [link=x]␛[31m"


async def test_escape_closes_the_search_pane(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert app.screen.query_one("#bottom").has_class("-open")
        await pilot.press("escape")
        assert not app.screen.query_one("#bottom").has_class("-open")


def jinan_hit_with_a_stray_space() -> SearchHit:
    """A hit whose snippet is the seed 济南 sentence the scrape left a space in ("…胜利召开， 深刻阐释…")."""
    paragraph = next(line for line in COMPILATION.read_text(encoding="utf-8").splitlines()
                     if "党的二十大胜利召开， 深刻阐释" in line)
    start = paragraph.index("在全党全国")
    snippet = paragraph[start:start + 120]
    match = snippet.index("二十大")
    return SearchHit(report_id="jinan", section_id="1", section_path=["一、2022年工作回顾"], place="济南市",
                     year=2022, snippet=snippet, snippet_matches=[(match, match + 3)], offset=start, length=3,
                     exact_phrase=True)


def test_hit_snippets_break_between_chinese_characters_not_at_the_stray_space():
    lines = hit_prompt(jinan_hit_with_a_stray_space(), 40).plain.split("\n")
    with_space = next(line for line in lines if "召开， " in line)
    assert Content(with_space).cell_length >= 38
    assert all(Content(line.rstrip()).cell_length <= 40 for line in lines)


def test_hit_snippet_lines_stay_indented_under_the_place_line():
    lines = hit_prompt(jinan_hit_with_a_stray_space(), 40).plain.split("\n")
    assert lines[0].startswith("济南市 2022 · ") and len(lines) > 3
    assert all(line.startswith(SNIPPET_INDENT) for line in lines[1:])


async def test_search_results_fit_the_list_width_at_80_columns(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await search(pilot, "黄河")
        results = app.screen.search_pane.results
        prompts = [results.get_option_at_index(i).prompt for i in range(results.option_count)]
        assert prompts and all(Content(line.rstrip()).cell_length <= results.scrollable_content_region.width
                               for prompt in prompts for line in prompt.plain.split("\n"))
