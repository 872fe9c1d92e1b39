"""`gwr panel`: one row per place × year with actual, growth, target and outcome per metric; loads into pandas."""

from __future__ import annotations

import io

import orjson
import pandas

from tui.cli import main


def panel(cache, capsys, *args: str) -> pandas.DataFrame:
    assert main(["--cache", str(cache), "panel", *args]) == 0
    return pandas.read_csv(io.StringIO(capsys.readouterr().out))


def test_the_panel_loads_into_pandas_with_one_row_per_place_and_year(national_cache, capsys):
    frame = panel(national_cache, capsys)
    assert not frame.duplicated(["place", "year"]).any()
    assert {"gdp_actual", "gdp_growth", "gdp_target", "gdp_outcome"} <= set(frame.columns)


def test_a_year_carries_its_actual_growth_target_and_outcome(national_cache, capsys):
    frame = panel(national_cache, capsys).set_index(["place", "year"])
    row = frame.loc[("全国", 2013)]
    assert (row["gdp_actual"], row["gdp_growth"], row["gdp_target"], row["gdp_outcome"]) == (
        56.9e12, 7.7, 7.5, "met")


def test_numeric_columns_are_numbers_for_stata(national_cache, capsys):
    frame = panel(national_cache, capsys, "--metric", "gdp", "--metric", "urban_new_jobs")
    for column in ("year", "gdp_actual", "gdp_growth", "gdp_target", "urban_new_jobs_actual"):
        assert pandas.api.types.is_numeric_dtype(frame[column]), column


def test_a_level_filter_keeps_only_places_of_that_level(sample_cache, capsys):
    frame = panel(sample_cache, capsys, "--level", "区", "--metric", "gdp")
    assert set(frame["level"]) == {"区"}


def test_json_gives_the_same_rows(national_cache, capsys):
    rows = panel(national_cache, capsys)
    assert main(["--cache", str(national_cache), "panel", "--format", "json"]) == 0
    assert len(orjson.loads(capsys.readouterr().out)) == len(rows)


def test_jsonl_gives_one_row_per_line(national_cache, capsys):
    rows = panel(national_cache, capsys)
    assert main(["--cache", str(national_cache), "panel", "--format", "jsonl"]) == 0
    assert len([orjson.loads(line) for line in capsys.readouterr().out.splitlines()]) == len(rows)
