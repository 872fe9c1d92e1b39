"""Select three sections of two reports in a real cache of the seed corpus and export them."""

from __future__ import annotations

from textual.widgets import Input

from tui.present.markdown import render_export
from tests.tui.screen_fixtures import ScreenHost, report_of, section_headed, settle
from tests.tui.test_export import without_export_time
from tui.screens.export import ExportScreen


async def test_three_selected_sections_are_written_to_the_proposed_file(sample_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    jinan, yinchuan = report_of(sample_store, "济南"), report_of(sample_store, "银川")
    goals, plan = section_headed(jinan, "主要预期目标"), section_headed(jinan, "2023年重点工作安排")
    yinchuan_plan = section_headed(yinchuan, "2023年工作安排")
    selections = [(jinan.id, goals.id), (yinchuan.id, yinchuan_plan.id), (jinan.id, plan.children[0].id)]
    app = ScreenHost(lambda: ExportScreen(sample_store, selections))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        proposed = app.screen.query_one("#file-name", Input).value
        await pilot.click("#export")
        await settle(pilot)
    assert proposed == "2022年济南市政府工作报告等2份报告.md"
    assert app.results == [tmp_path / proposed]
    written = without_export_time((tmp_path / proposed).read_text(encoding="utf-8"))
    assert written == without_export_time(render_export([(jinan, [goals.id, plan.children[0].id]),
                                                         (yinchuan, [yinchuan_plan.id])]))
    assert "地区生产总值增长5.5%以上" in written and "着力融入服务重大战略" in written
