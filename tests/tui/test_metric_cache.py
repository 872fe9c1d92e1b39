"""The metric comparison on a real cache of the seed corpus: GDP across 山东's places."""

from __future__ import annotations

from store.api import ReportFilter
from tests.tui.screen_fixtures import ScreenHost, settle
from tests.tui.test_metric import table_rows
from tui.screens.metric import MetricScreen
from tui.widgets.bar_chart import BarChart


async def test_gdp_in_shandong_shows_jinan_target_and_huangdao_estimate_and_charts_them(sample_store):
    app = ScreenHost(lambda: MetricScreen(sample_store, ReportFilter(province="山东省"), "gdp"))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        rows = table_rows(app)
        assert {row[0] for row in rows} == {"济南市", "菏泽市", "黄岛区"}
        assert ["济南市", "2023", "—", "≥+5.5%", "no outcome yet"] in rows
        assert ["黄岛区", "2022", "≥4500亿元 (est.)", "—", ""] in rows
        bars = app.screen.query_one("#bars", BarChart).render().plain
        assert "黄岛区" in bars and "菏泽市" in bars
