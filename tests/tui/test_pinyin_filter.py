"""The tree filter in pinyin: full pinyin or its initials spell a place (jinan, jn → 济南市)."""

import threading

from textual.widgets import Static

from corpus.model import DocKind, Place, PlaceLevel
from store.api import ReportSummary
from store.filters import matches
from tests.tui.screen_fixtures import settle
from tui import pinyin_filter
from tui.pinyin_filter import pinyin_names, place_names, translate
from tui.screens.main import PINYIN_PENDING


def summary(report_id: str, place: Place) -> ReportSummary:
    return ReportSummary(id=report_id, title=f"2022年{place.name}政府工作报告", source_path="", doc_kind=DocKind.WORK_REPORT,
                         place=place, title_year=2022, review_year=2022, plan_year=2023, delivered=None, speaker=None,
                         truncated=False, warnings=[], section_count=1, indicator_count=0, char_count=1)


JINAN = summary("a1", Place("济南市", PlaceLevel.CITY, "山东省", adcode="370100"))
JINING = summary("a2", Place("济宁市", PlaceLevel.CITY, "山东省", adcode="370800"))
YINCHUAN = summary("a3", Place("银川市", PlaceLevel.CITY, "宁夏回族自治区", adcode="640100"))
SUMMARIES = [YINCHUAN, JINING, JINAN]
NAMES = pinyin_names(place_names(SUMMARIES))


def test_full_pinyin_spells_the_place_name():
    assert translate("jinan", SUMMARIES, NAMES).where.words == ("济南市",)


def test_initials_spell_the_place_name():
    assert translate("yc 2022", SUMMARIES, NAMES).where.words == ("银川市", "2022")


def test_initials_fitting_several_places_keep_the_reports_of_each():
    where = translate("jn", SUMMARIES, NAMES).where
    assert [s.id for s in SUMMARIES if matches(s, where)] == ["a2", "a1"]


def test_initials_fitting_several_places_name_them_by_division_code():
    assert translate("jn", SUMMARIES, NAMES).notes == ["jn → 济南市、济宁市 (2 places: type more letters to narrow)"]


def test_more_letters_narrow_to_one_place():
    translation = translate("jina", SUMMARIES, NAMES)
    assert (translation.where.words, translation.where.any_words, translation.notes) == (("济南市",), (), [])


def test_a_word_that_matches_reports_as_written_is_not_read_as_pinyin():
    assert translate("a1", SUMMARIES, NAMES).where.words == ("a1",)
    assert translate("济南", SUMMARIES, NAMES).where.words == ("济南",)


def test_letters_spelling_no_place_stay_as_typed():
    assert translate("xyz", SUMMARIES, NAMES).where.words == ("xyz",)


async def shown_after_typing(app, text: str) -> set[str]:
    """The ids of the reports the tree shows once `f` and `text` are typed in the app, just started."""
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *text)
        await settle(pilot)
        return {s.id for s in app.screen.tree.visible_summaries}


def ids_about(store, *places: str) -> set[str]:
    """Ids of the reports about one of `places`: a province, a city or a place in that city."""
    return {s.id for s in store.reports()
            if s.place and ({s.place.province, s.place.name, s.place.parent} & set(places))}


async def test_typing_pinyin_in_the_tree_filter_shows_that_places_reports(app, sample_store):
    assert await shown_after_typing(app, "gansu") == ids_about(sample_store, "甘肃省")


async def test_pinyin_fitting_two_places_in_the_tree_filter_shows_the_reports_of_both(app, sample_store):
    assert await shown_after_typing(app, "ycs") == ids_about(sample_store, "宜春市", "银川市")


async def test_the_app_starts_without_computing_pinyin(app, monkeypatch):
    computed = spy_on_pinyin(monkeypatch)
    await shown_after_typing(app, "济南")
    assert computed == []


async def test_a_latin_letter_typed_in_the_tree_filter_computes_pinyin_once(app, sample_store, monkeypatch):
    computed = spy_on_pinyin(monkeypatch)
    assert await shown_after_typing(app, "jinan") == ids_about(sample_store, "济南市")
    assert len(computed) == 1


def spy_on_pinyin(monkeypatch) -> list[list[str]]:
    """The place names each computation of pinyin was given (the real computation still runs)."""
    computed: list[list[str]] = []
    real = pinyin_filter.pinyin_names

    def recording(names):
        names = list(names)
        computed.append(names)
        return real(names)

    monkeypatch.setattr(pinyin_filter, "pinyin_names", recording)
    return computed


async def test_while_the_pinyin_is_read_the_filter_says_so_rather_than_that_nothing_matches(app, sample_store,
                                                                                            monkeypatch):
    read = threading.Event()
    real = pinyin_filter.pinyin_names

    def slow(names):
        read.wait(timeout=60)
        return real(names)

    monkeypatch.setattr(pinyin_filter, "pinyin_names", slow)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"jinan")
        await pilot.pause()
        assert str(app.screen.query_one("#tree-empty", Static).content) == PINYIN_PENDING
        read.set()
        await settle(pilot)
        assert {s.id for s in app.screen.tree.visible_summaries} == ids_about(sample_store, "济南市")
