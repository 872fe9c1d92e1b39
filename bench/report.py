"""Turn raw benchmark figures into goal ratios, a Markdown table, a JSON result file and the README section."""

from __future__ import annotations

import json
import platform
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

README_START = "<!-- bench:start -->"
README_END = "<!-- bench:end -->"
#: Our own goal for the keypress check; the issue sets none. 100 ms is where a delay becomes noticeable.
KEYPRESS_GOAL_S = 0.1
#: Issue 13: commands at scale answer within this (median, whole process) and peak below this.
COMMAND_GOAL_S, COMMAND_PEAK_GOAL_MB = 0.15, 150
#: Issue 13: a cold ingest at scale within this (seconds), this peak, and this multiple of tantivy alone.
INGEST_GOAL_S, INGEST_PEAK_GOAL_MB, INGEST_TANTIVY_GOAL = 240, 1000, 5
#: Issue 13: search at most this multiple of tantivy alone (in process) and of `rg -l -F` (as a command).
SEARCH_TANTIVY_GOAL, SEARCH_RG_GOAL = 2, 2
#: Issue 13's goals for the indicator table at scale: `T` opens in 300 ms, a filter keystroke or a sort answers in 100 ms.
TABLE_OPEN_GOAL_S, TABLE_ANSWER_GOAL_S = 0.3, 0.1


@dataclass(slots=True)
class Ratio:
    """One line of the table: measured ÷ baseline against its goal."""

    id: str
    measure: str
    value: float
    goal: str  # "≤ 1.3", "≥ 20"
    met: bool
    raw: str  # the two raw figures the ratio comes from


def at_most(value: float, limit: float) -> tuple[float, str, bool]:
    return value, f"≤ {limit:g}", value <= limit


def at_least(value: float, limit: float) -> tuple[float, str, bool]:
    return value, f"≥ {limit:g}", value >= limit


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def ratios(raw: dict[str, Any]) -> list[Ratio]:
    """Each goal of issues 6 and 13 as a ratio of figures measured in the same run (or a figure against its goal)."""
    n = raw["scale_reports"]
    rows = [
        ("P1", "cold ingest of the samples ÷ jieba alone", at_most(raw["cold_ingest_samples_s"] / raw["jieba_samples_s"], 1.3),
         f"{ms(raw['cold_ingest_samples_s'])} / {ms(raw['jieba_samples_s'])}"),
        ("P2", "warm app start ÷ bare Textual app with one Tree", at_most(raw["app_start_samples_s"] / raw["bare_app_start_s"], 1.5),
         f"{ms(raw['app_start_samples_s'])} / {ms(raw['bare_app_start_s'])}"),
        ("P3", f"warm app start at {n} reports ÷ at the samples", at_most(raw["app_start_scale_s"] / raw["app_start_samples_s"], 2),
         f"{ms(raw['app_start_scale_s'])} / {ms(raw['app_start_samples_s'])}"),
        ("P4", f"search at {n} reports, warm p95: gwr (the first 100 hits in order, with snippets) ÷ tantivy alone (every hit)",
         at_most(raw["search_p95_s"] / raw["tantivy_search_p95_s"], SEARCH_TANTIVY_GOAL),
         f"{ms(raw['search_p95_s'])} / {ms(raw['tantivy_search_p95_s'])}"),
        ("P4", f"search at {n} reports, warm median: gwr ÷ tantivy alone",
         at_most(raw["search_median_s"] / raw["tantivy_search_median_s"], SEARCH_TANTIVY_GOAL),
         f"{ms(raw['search_median_s'])} / {ms(raw['tantivy_search_median_s'])}"),
        *listing_rows(raw, n),
        ("P4", "exact phrases whose reports equal a brute-force scan of the same texts (share)",
         at_least(1 - len(raw["phrases_wrong"]) / max(raw["phrases_checked"], 1), 1),
         f"{raw['phrases_checked'] - len(raw['phrases_wrong'])} of {raw['phrases_checked']}"
         + (f"; wrong: {', '.join(raw['phrases_wrong'])}" if raw["phrases_wrong"] else "")),
        ("C", f"`gwr search` at {n} reports as a command, median: gwr ÷ rg -l -F",
         at_most(raw["command_search_s"] / raw["rg_median_s"], SEARCH_RG_GOAL),
         f"{ms(raw['command_search_s'])} / {ms(raw['rg_median_s'])}"),
        *command_rows(raw, n),
        ("P5", f"app peak memory at {n} reports ÷ at the samples", at_most(raw["app_peak_scale_mb"] / raw["app_peak_samples_mb"], 3),
         f"{raw['app_peak_scale_mb']:.0f} MB / {raw['app_peak_samples_mb']:.0f} MB"),
        ("P6", f"cold ingest of {n} reports ÷ tantivy alone indexing the same texts",
         at_most(raw["cold_ingest_scale_s"] / raw["tantivy_build_s"], INGEST_TANTIVY_GOAL),
         f"{ms(raw['cold_ingest_scale_s'])} / {ms(raw['tantivy_build_s'])}"),
        ("P6", f"cold ingest of {n} reports (seconds)", at_most(raw["cold_ingest_scale_s"], INGEST_GOAL_S),
         f"peak {raw['ingest_peak_scale_mb']:.0f} MB"),
        ("P6", f"cold ingest of {n} reports, peak memory (MB)", at_most(raw["ingest_peak_scale_mb"], INGEST_PEAK_GOAL_MB),
         f"tantivy alone {raw['tantivy_build_peak_mb']:.0f} MB"),
        ("P6", f"re-ingest of {n} unchanged ÷ cold ingest", at_most(raw["reingest_unchanged_scale_s"] / raw["cold_ingest_scale_s"], 0.05),
         f"{ms(raw['reingest_unchanged_scale_s'])} / {ms(raw['cold_ingest_scale_s'])}"),
        ("K", "keypress answered during a cold ingest, p95 (seconds)", at_most(raw["keypress_p95_s"], KEYPRESS_GOAL_S),
         f"median {ms(raw['keypress_median_s'])}, {raw['keypresses_during_ingest']} presses during ingest"),
        *table_rows(raw, n),
    ]
    return [Ratio(id_, measure, value, goal, met, raw_figures) for id_, measure, (value, goal, met), raw_figures in rows]


def listing_rows(raw: dict[str, Any], n: int) -> list[tuple[str, str, tuple[float, str, bool], str]]:
    """P4's listing of every hit of the exact phrases (the correctness check's timing), when it was measured."""
    if "listing_p95_s" not in raw:
        return []
    return [("P4", f"every hit of the exact phrases at {n} reports listed, p95: gwr ÷ tantivy alone (every hit)",
             at_most(raw["listing_p95_s"] / raw["tantivy_phrase_p95_s"], SEARCH_TANTIVY_GOAL),
             f"{ms(raw['listing_p95_s'])} / {ms(raw['tantivy_phrase_p95_s'])}")]


def command_rows(raw: dict[str, Any], n: int) -> list[tuple[str, str, tuple[float, str, bool], str]]:
    """The time and peak memory of each command as a whole process, against the goals of issue 13."""
    rows = []
    for name, words in (("list", "gwr list"), ("show", "gwr show REPORT"), ("search", "gwr search Q"),
                        ("indicators", "gwr indicators --place P")):
        seconds, peak = raw[f"command_{name}_s"], raw[f"command_{name}_peak_mb"]
        rows.append(("C", f"`{words}` at {n} reports, median (seconds)", at_most(seconds, COMMAND_GOAL_S),
                     f"{ms(seconds)} (CPU {ms(raw.get(f'command_{name}_cpu_s', float('nan')))})"))
        rows.append(("C", f"`{words}` at {n} reports, peak memory (MB)", at_most(peak, COMMAND_PEAK_GOAL_MB),
                     f"{peak:.0f} MB"))
    return rows


def table_rows(raw: dict[str, Any], n: int) -> list[tuple[str, str, tuple[float, str, bool], str]]:
    """The indicator table's lines (seconds from the key to the first frame showing the answer)."""
    rows = raw["table_rows"]
    return [
        ("T", f"`T` on {n} reports ({rows} rows), key to the rows on screen (seconds)",
         at_most(raw["table_open_s"], TABLE_OPEN_GOAL_S),
         f"{ms(raw['table_open_store_s'])} until the first reports' indicators reach the table (pane mounted, "
         f"store read), then {ms(raw['table_open_rows_to_frame_s'])} to show them; all {rows} rows shown after "
         f"{ms(raw['table_open_all_s'])}"),
        ("T", f"table filter keystroke on {rows} rows to its frame, p95 (seconds)", at_most(raw["table_filter_p95_s"], TABLE_ANSWER_GOAL_S),
         f"median {ms(raw['table_filter_median_s'])}"),
        ("T", f"table sort on {rows} rows to its frame, p95 (seconds)", at_most(raw["table_sort_p95_s"], TABLE_ANSWER_GOAL_S),
         f"median {ms(raw['table_sort_median_s'])}"),
    ]


def markdown_table(rows: list[Ratio], raw: dict[str, Any], when: str) -> str:
    lines = [
        f"Measured {when} on {os.cpu_count()} CPUs, Python {platform.python_version()}; scale corpus "
        f"{raw['scale_reports']} reports in {raw['scale_files']} files, {raw['scale_mb']:.0f} MB "
        f"(cache {raw['cache_mb']:.0f} MB); 1-minute load average at the start "
        f"{raw.get('load_average_at_start', [float('nan')])[0]:.1f} (other work shares the machine).",
        "",
        "| | measure | ratio | goal | met | measured / baseline |",
        "| --- | --- | ---: | --- | --- | --- |",
    ]
    lines += [f"| {r.id} | {r.measure} | {r.value:.3g} | {r.goal} | {'yes' if r.met else '**no**'} | {r.raw} |"
              for r in rows]
    return "\n".join(lines)


def write_results(raw: dict[str, Any], rows: list[Ratio], settings: dict[str, Any], directory: Path) -> Path:
    """Write `<directory>/<date>.json` (date and time in UTC, so runs on one day do not overwrite)."""
    now = datetime.now(timezone.utc)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{now:%Y-%m-%dT%H%M%SZ}.json"
    document = {"date": now.isoformat(timespec="seconds"), "machine": {"cpus": os.cpu_count(),
                "python": platform.python_version(), "platform": platform.platform(),
                "load_average_at_end": os.getloadavg()},
                "settings": settings, "ratios": [asdict(row) for row in rows], "raw": raw}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def update_readme(readme: Path, table: str) -> None:
    """Replace the text between the benchmark markers of the README's Performance section."""
    text = readme.read_text(encoding="utf-8")
    head, start, rest = text.partition(README_START)
    _, end, tail = rest.partition(README_END)
    if not start or not end:
        raise ValueError(f"{readme}: no {README_START} … {README_END} markers")
    readme.write_text(f"{head}{README_START}\n{table}\n{README_END}{tail}", encoding="utf-8")
