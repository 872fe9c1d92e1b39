"""The indicator table at scale, measured in a headless app: `T` open, filter keystrokes, sorts (issue 13).

Each timing runs from the key entering the app's driver (the path every key takes)
to the first frame that paints the table's new rows: the moment a user sees the
answer. `T` shows the first reports' rows at once and every row once the store has
read them all: its time is to the first rows on screen, also split at the moment
those rows reach the table (before it, the pane is mounted and the store reads them;
after it, the table shows them), and `open_all_s` is to the frame showing every row. Only the
standard library is imported at module level, as in `bench.probe`.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

#: Typed into the table's filter box one key at a time: a metric, then a kind.
FILTER_TEXT = "gdp target"
#: Columns sorted, each descending then ascending.
SORTED_COLUMNS = ("value", "place", "year", "metric")
#: Seconds any one answer may take before the probe gives up.
ANSWER_TIMEOUT = 120.0
#: Pause between keys: a fast typist, and the app idle again.
BETWEEN_KEYS = 0.15

#: Pause after moving the focus (the footer redraws its keys), so the next key times the table alone.
FOCUS_SETTLE = 1.0

KEY_NAMES = {" ": "space", "[": "left_square_bracket", "]": "right_square_bracket"}


class FrameClock:
    """Records when the indicator table paints rows it was given since the last paint."""

    def __init__(self) -> None:
        self.painted: list[float] = []
        self.painted_rows: list[int] = []  # how many rows the table held at each paint
        self.rows_arrived: list[float] = []
        self._pending = False

    def install(self) -> None:
        from tui.widgets.indicator_table import IndicatorPane, IndicatorTable

        show, render_line, show_indicators = (IndicatorTable.show, IndicatorTable.render_line,
                                              IndicatorPane.show_indicators)
        clock = self

        def timed_show(table: Any, *arguments: Any) -> None:
            show(table, *arguments)
            clock._pending = True

        def timed_render_line(table: Any, y: int) -> Any:
            if clock._pending:
                clock._pending = False
                clock.painted.append(time.perf_counter())
                clock.painted_rows.append(len(table.index))
            return render_line(table, y)

        def timed_show_indicators(pane: Any, *arguments: Any, **keywords: Any) -> None:
            clock.rows_arrived.append(time.perf_counter())
            show_indicators(pane, *arguments, **keywords)

        IndicatorTable.show, IndicatorTable.render_line = timed_show, timed_render_line
        IndicatorPane.show_indicators = timed_show_indicators


async def press_and_time(app: Any, clock: FrameClock, character: str) -> float:
    """Send one key; seconds until the table paints its answer."""
    from textual import events

    from bench.probe import wait_until

    before = len(clock.painted)
    sent = time.perf_counter()
    app._driver.send_message(events.Key(KEY_NAMES.get(character, character), character))
    await wait_until(lambda: len(clock.painted) > before, timeout=ANSWER_TIMEOUT)
    seconds = clock.painted[-1] - sent
    await asyncio.sleep(BETWEEN_KEYS)
    return seconds


def table_at_scale(cache: str, settle: float = 3.0) -> dict[str, Any]:
    """`T` on every report of `cache`, then typing `FILTER_TEXT`, then sorting `SORTED_COLUMNS`.

    `settle` seconds pass between the table's first frame and the first filter key (a user reading it).
    """
    from bench.probe import gwr_app, tree_populated, wait_until

    clock = FrameClock()
    clock.install()

    async def run() -> dict[str, Any]:
        app = gwr_app(cache)
        async with app.run_test(size=(160, 50)):
            await wait_until(lambda: tree_populated(app))
            sent = time.perf_counter()
            open_seconds = await press_and_time(app, clock, "T")
            pane = app.screen.indicator_pane
            await wait_until(lambda: pane.complete and not pane.loading, timeout=ANSWER_TIMEOUT)
            await wait_until(lambda: clock.painted_rows[-1] == len(pane.index), timeout=ANSWER_TIMEOUT)
            rows = len(pane.index)
            all_seconds = clock.painted[clock.painted_rows.index(rows)] - sent
            rows_to_frame = clock.painted[0] - clock.rows_arrived[0]
            await asyncio.sleep(settle)
            pane.query_one("#indicator-filter").focus()
            await asyncio.sleep(FOCUS_SETTLE)
            filters = [await press_and_time(app, clock, character) for character in FILTER_TEXT]
            filtered = len(pane.view.shown)
            pane.table.focus()
            await asyncio.sleep(FOCUS_SETTLE)
            sorts = []
            from tui.widgets.indicator_rows import COLUMN_INDEX

            for title in SORTED_COLUMNS:
                pane.table.move_cursor(column=COLUMN_INDEX[title])
                sorts += [await press_and_time(app, clock, "]"), await press_and_time(app, clock, "[")]
            return {
                "rows": rows, "filtered_rows": filtered,
                "open_s": open_seconds, "open_all_s": all_seconds, "open_store_s": clock.rows_arrived[0] - sent, "open_rows_to_frame_s": rows_to_frame,
                "filter_s": filters, "sort_s": sorts,
            }

    return asyncio.run(run())


def table_figures(result: dict[str, Any], percentile: Any) -> dict[str, Any]:
    """The benchmark's raw figures from a `table_at_scale` result (`percentile(values, fraction)`)."""
    return {
        "table_rows": result["rows"],
        "table_open_s": result["open_s"],
        "table_open_all_s": result["open_all_s"],
        "table_open_store_s": result["open_store_s"],
        "table_open_rows_to_frame_s": result["open_rows_to_frame_s"],
        "table_filter_median_s": statistics.median(result["filter_s"]),
        "table_filter_p95_s": percentile(result["filter_s"], 0.95),
        "table_sort_median_s": statistics.median(result["sort_s"]),
        "table_sort_p95_s": percentile(result["sort_s"], 0.95),
    }
