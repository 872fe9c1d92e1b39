"""SVG snapshots of the compare screen: 济南's and 银川's work plans side by side, CJK wrapped."""

from __future__ import annotations

import pytest

from tests.tui.screen_fixtures import ScreenHost, settle
from tui.screens.compare import CompareSectionsScreen


@pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])
def test_compare_screen_snapshot(snap_compare, plan_excerpts, size):
    app = ScreenHost(lambda: CompareSectionsScreen(plan_excerpts, ("jinan", "3"), ("yinchuan", "3")))
    assert snap_compare(app, terminal_size=size, run_before=settle)
