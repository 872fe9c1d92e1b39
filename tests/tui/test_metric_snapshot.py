"""SVG snapshots of the metric screen with its kind and year pickers, and of the quit question."""

from __future__ import annotations

import pytest

from tests.tui.screen_fixtures import ScreenHost, settle
from tui.screens.metric import MetricScreen
from tui.screens.metric_chart import ChartKind
from tui.screens.quit import QuitScreen

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])


@SIZES
def test_metric_screen_charting_gdp_targets(snap_compare, gdp_excerpts, size):
    async def targets(pilot):
        await settle(pilot)
        pilot.app.screen.query_one("#chart-kind").value = ChartKind.TARGET
        await settle(pilot)

    app = ScreenHost(lambda: MetricScreen(gdp_excerpts, metric="gdp"))
    assert snap_compare(app, terminal_size=size, run_before=targets)


@SIZES
def test_quit_question(snap_compare, size):
    assert snap_compare(ScreenHost(QuitScreen), terminal_size=size, run_before=settle)
