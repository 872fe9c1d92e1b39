"""Compare two sections read from a real cache of the seed corpus: 济南's and 银川's 2023 work plans."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll

from tests.tui.screen_fixtures import ScreenHost, report_of, section_headed, settle
from tests.tui.test_compare import label, shown_text
from tui.screens.compare import CompareSectionsScreen, SectionReader


async def test_the_work_plans_of_jinan_and_yinchuan_side_by_side_scroll_together(sample_store):
    jinan, yinchuan = report_of(sample_store, "济南"), report_of(sample_store, "银川")
    left = (jinan.id, section_headed(jinan, "2023年重点工作安排").id)
    right = (yinchuan.id, section_headed(yinchuan, "2023年工作安排").id)
    app = ScreenHost(lambda: CompareSectionsScreen(sample_store, left, right))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        readers = app.screen.query(SectionReader)
        assert label(readers[0]).startswith("济南市 2022 › ") and "2023年重点工作安排" in label(readers[0])
        assert label(readers[1]).startswith("银川市 2022 › ") and "2023年工作安排" in label(readers[1])
        assert "着力融入服务重大战略" in shown_text(readers[0])
        assert "加快构建现代化产业体系" in shown_text(readers[1])
        left_body, right_body = (reader.query_one(VerticalScroll) for reader in readers)
        right_body.scroll_to(y=right_body.max_scroll_y / 4, animate=False)
        await settle(pilot)
        assert left_body.scroll_y / left_body.max_scroll_y == pytest.approx(0.25, abs=0.02)
