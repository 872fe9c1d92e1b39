"""The metric charts lay out Chinese labels (double-width) without overflowing or misaligning."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App, ComposeResult

from tui.widgets.bar_chart import bar_lines
from tui.widgets.wide_chart import WideCharPlot, restore_wide, widen_placeholders


def test_placeholders_count_one_cell_per_half_and_restore_exactly():
    label = "济南市 GDP（亿元）"
    hidden = widen_placeholders(label)
    assert len(hidden) == cell_len(label)
    assert restore_wide(f"┤{hidden}│") == f"┤{label}│"


class BarChartApp(App[None]):
    def compose(self) -> ComposeResult:
        yield WideCharPlot(id="chart")

    def on_mount(self) -> None:
        chart = self.query_one(WideCharPlot)
        chart.plt.title(chart.label("地区生产总值（亿元）"))
        chart.plt.bar([chart.label(place) for place in ("济南市", "黄岛区", "兰州市")], [12000, 4500, 1913.5],
                      orientation="horizontal")


async def test_every_line_of_a_chart_with_chinese_labels_fits_the_widget():
    app = BarChartApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        chart = app.query_one(WideCharPlot)
        lines = chart.render().plain.splitlines()
        assert any("黄岛区" in line for line in lines)
        assert {cell_len(line) for line in lines} == {80}


def test_text_bars_align_chinese_labels_and_scale_to_the_largest_value():
    lines = bar_lines("GDP growth, 2022", {"济南市": 5.0, "龙子湖区": 4.5, "鞍山市": -2.0, "兰州市": 10.0}, 40).plain
    title, *bars = lines.splitlines()
    assert [bar.split()[0] for bar in bars] == ["兰州市", "济南市", "龙子湖区", "鞍山市"]
    assert {cell_len(bar) for bar in bars} == {40}
    assert [bar.count("█") for bar in bars] == [27, 14, 12, 5]  # 27 cells = 40 - label 8 - value 3 - 2 spaces
    assert bars[-1].endswith("-2")
