"""The report tree: grouping by place and year, opening reports, filtering."""

from rich.cells import cell_len

from corpus.model import DocKind
from tests.tui.main_fixtures import ids_in, work_report_of
from tests.tui.screen_fixtures import settle
from tui.widgets.report_tree import ReportTree


def labels(tree: ReportTree) -> list[str]:
    """The plain labels of every node the tree currently holds, depth first."""
    return [path.split(" / ")[-1] for path in paths(tree)]


def paths(tree: ReportTree) -> list[str]:
    """Every node as "ancestor label / … / label", depth first."""
    found = []

    def walk(node, trail):
        for child in node.children:
            found.append(" / ".join([*trail, str(child.label)]))
            walk(child, [*trail, str(child.label)])

    walk(tree.root, [])
    return found


async def test_tree_nests_reports_under_province_city_and_year(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        assert any(path.startswith("山东省 (") and " / 济南市 (1) / 2022 (1) / 政府工作报告  " in path
                   for path in paths(app.screen.tree))


async def test_the_whole_country_heads_the_tree_above_the_provinces(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        tops = [str(node.label) for node in app.screen.tree.root.children]
        assert tops[0].startswith("全国 (16)") and all(not top.startswith("全国") for top in tops[1:])
        national = app.screen.tree.root.children[0]
        assert [str(node.label).split(" ")[0] for node in national.children][:2] == ["2003", "2004"]


async def test_news_article_is_marked_as_not_a_work_report(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        news = [s for s in app.screen.summaries.values() if s.doc_kind is DocKind.OTHER]
        marked = [label for label in labels(app.screen.tree) if label.startswith("[not a work report] ")]
        assert news and len(marked) == len(news)


async def test_selecting_a_report_in_the_tree_opens_it_in_the_reader(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        tree = app.screen.tree
        jinan = work_report_of(app, "济南市")
        tree.reveal(jinan)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen.reader
        assert reader.report.id == jinan
        assert f"section 1 of {len(reader.sections)}" in str(app.screen.query_one("#reader-position").render())
        assert "三、2023年重点工作安排" in labels(tree)


async def test_filter_keeps_only_reports_matching_every_word(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.press(*"甘肃")
        await settle(pilot)
        assert {summary.id for summary in app.screen.tree.visible_summaries} == ids_in(app, "甘肃省")
        await pilot.press("space", *"2022")
        await settle(pilot)
        assert {summary.id for summary in app.screen.tree.visible_summaries} == ids_in(app, "甘肃省", 2022)


async def test_escape_in_the_filter_clears_it_and_shows_every_report(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"银川", "escape")
        await settle(pilot)
        assert len(app.screen.tree.visible_summaries) == len(app.screen.summaries)


async def test_a_filter_matching_nothing_says_how_to_widen_it(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"北京")
        await settle(pilot)
        empty = app.screen.query_one("#tree-empty")
        assert empty.display and "No report matches “北京”" in str(empty.render())


async def test_a_catalogue_above_the_expand_limit_shows_collapsed_provinces_with_counts(app, monkeypatch):
    monkeypatch.setattr("tui.widgets.report_tree.EXPAND_LIMIT", 5)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        provinces = app.screen.tree.root.children
        assert provinces and all(not node.is_expanded and not node.children for node in provinces)
        assert any(str(node.label) == f"甘肃省 ({len(ids_in(app, '甘肃省'))})" for node in provinces)


async def test_expanding_a_collapsed_place_adds_its_children(app, monkeypatch):
    monkeypatch.setattr("tui.widgets.report_tree.EXPAND_LIMIT", 5)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        shandong = next(n for n in app.screen.tree.root.children if str(n.label).startswith("山东省 ("))
        shandong.expand()
        await settle(pilot)
        assert any(str(child.label).startswith("济南市 (") for child in shandong.children)


async def test_revealing_a_report_in_a_collapsed_tree_adds_and_expands_its_path(app, monkeypatch):
    monkeypatch.setattr("tui.widgets.report_tree.EXPAND_LIMIT", 5)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        jinan = work_report_of(app, "济南市")
        app.screen.tree.reveal(jinan)
        await settle(pilot)
        node, trail = app.screen.tree.cursor_node, []
        while node.parent is not None:
            trail.insert(0, str(node.label))
            node = node.parent
        assert app.screen.tree.cursor_entry.report_id == jinan
        assert " / 济南市 (1) / 2022 (1) / 政府工作报告  " in " / ".join(trail)


async def test_report_counts_are_never_cut_in_an_80_column_terminal(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tree = app.screen.tree
        jinan = work_report_of(app, "济南市")
        tree.reveal(jinan)
        await settle(pilot)
        summary = app.screen.summaries[jinan]
        line = tree.render_line(tree.cursor_line - int(tree.scroll_y)).text.rstrip()
        assert line.endswith(f" {summary.section_count} sec") or line.endswith(f" {summary.indicator_count} ind")
        assert "…" in line


async def test_long_place_labels_end_with_an_ellipsis_at_80_columns(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tree = app.screen.tree
        prefecture = next(node for node in tree._group_nodes.values() if str(node.label).startswith("延边朝鲜族自治州"))
        tree.move_cursor(prefecture)
        await settle(pilot)
        line = tree.render_line(tree.cursor_line - int(tree.scroll_y)).text.rstrip()
        assert line.endswith("…") and "延边朝鲜族" in line
        assert cell_len(line) <= tree.scrollable_content_region.width


async def test_provinces_and_cities_are_in_administrative_order_not_code_point_order(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        provinces = [str(node.label).split(" (")[0] for node in app.screen.tree.root.children]
        assert provinces.index("辽宁省") < provinces.index("吉林省") < provinces.index("山东省") \
            < provinces.index("甘肃省") < provinces.index("宁夏回族自治区")
        gansu = next(node for node in app.screen.tree.root.children if str(node.label).startswith("甘肃省"))
        cities = [str(node.label).split(" (")[0] for node in gansu.children]
        assert cities[:3] == ["兰州市", "天水市", "武威市"]
