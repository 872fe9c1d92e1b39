"""Keywords of two groups read from a real cache of the seed corpus: 甘肃 vs 山东."""

from __future__ import annotations

from store.api import ReportFilter
from tests.tui.screen_fixtures import ScreenHost, settle
from tests.tui.test_keywords import words
from tui.screens.keywords import TOP_WORDS, KeywordsScreen


async def test_gansu_and_shandong_each_list_their_top_words_and_their_own_stresses_are_bold(sample_store):
    gansu = [report.id for report in sample_store.reports(ReportFilter(province="甘肃省"))]
    shandong = [report.id for report in sample_store.reports(ReportFilter(province="山东省"))]
    app = ScreenHost(lambda: KeywordsScreen(sample_store, gansu, shandong, "甘肃", "山东"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        left, right = words(app, "left"), words(app, "right")
        assert [word for word, _ in left] == [k.word for k in sample_store.keywords(gansu, top=TOP_WORDS)]
        assert [word for word, _ in right] == [k.word for k in sample_store.keywords(shandong, top=TOP_WORDS)]
        assert ("济南", "bold") in right
        shared = {word for word, _ in left} & {word for word, _ in right}
        assert shared and all(style == "" for word, style in left + right if word in shared)
        assert all(style == "bold" for word, style in left + right if word not in shared)
