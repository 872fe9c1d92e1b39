"""The indicator table's filter understands provinces and Chinese kind words; `T` follows the tree filter."""

from corpus.model import IndicatorKind, Place, PlaceLevel
from tests.tui.screen_fixtures import settle
from tests.tui.test_main_indicator_table import column, show_all_indicators
from tui.filter_words import kind_words, region_words


def test_kind_words_give_the_chinese_words_for_each_kind():
    assert kind_words(IndicatorKind.TARGET).split() == ["target", "目标", "预期目标", "计划"]
    assert "预计" in kind_words(IndicatorKind.ESTIMATE).split()


def test_region_words_name_the_province_and_city_a_place_lies_in():
    place = Place("黄岛区", PlaceLevel.DISTRICT, "山东省", parent="青岛市", alias="西海岸新区")
    assert region_words(place) == "山东省 青岛市 西海岸新区"
    assert region_words(None) == ""


async def test_a_province_in_the_table_filter_keeps_the_rows_of_its_places(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "甘肃")
        gansu = {s.place.name for s in app.screen.summaries.values()
                 if s.place and s.place.province == "甘肃省" and s.indicator_count}
        assert gansu and set(column(app, "place")) == gansu


async def test_chinese_kind_words_in_the_table_filter_keep_that_kind(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot, "目标")
        assert set(column(app, "kind")) <= {"target", "qualitative"} and "target" in column(app, "kind")
        app.screen.query_one("#indicator-filter").value = "预计"
        await settle(pilot)
        assert set(column(app, "kind")) == {"estimate"}


async def test_the_all_reports_table_follows_the_tree_filter(app):
    async with app.run_test(size=(160, 50)) as pilot:
        await show_all_indicators(pilot)
        await pilot.press("f", *"银川")
        await pilot.pause(0.5)
        await settle(pilot)
        assert set(column(app, "place")) == {"银川市"}
