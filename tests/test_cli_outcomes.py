"""`gwr outcomes` on the national series 2003–2018: each year's GDP target beside the next report's figure."""

from __future__ import annotations

import io

import orjson
import pandas

from tui.cli import main


def run(cache, *args: str) -> int:
    return main(["--cache", str(cache), "outcomes", *args])


def gdp_outcomes(cache, capsys) -> dict[int, dict]:
    assert run(cache, "--format", "json") == 0
    return {row["year"]: row for row in orjson.loads(capsys.readouterr().out)}


def test_every_year_2003_to_2017_has_its_gdp_target_with_its_quote(national_cache, capsys):
    rows = gdp_outcomes(national_cache, capsys)
    assert set(range(2003, 2018)) <= set(rows)
    assert all(rows[year]["target_quote"] and rows[year]["place"] == "全国" for year in range(2003, 2018))


def test_a_target_is_judged_by_the_next_reports_figure_with_both_quotes(national_cache, capsys):
    row = gdp_outcomes(national_cache, capsys)[2013]
    assert (row["target"], row["outcome"], row["status"]) == ("≈7.5%", "7.7%", "met")
    assert row["target_quote"] == "国内生产总值增长7.5%左右"
    assert row["outcome_quote"] == "国内生产总值达到56.9万亿元，比上年增长7.7%"


def test_a_zuoyou_target_missed_by_a_tenth_of_a_point_is_about(national_cache, capsys):
    row = gdp_outcomes(national_cache, capsys)[2014]
    assert (row["target"], row["outcome"], row["status"]) == ("≈7.5%", "7.4%", "about")


def test_a_range_target_is_met_by_reaching_its_low_end(national_cache, capsys):
    row = gdp_outcomes(national_cache, capsys)[2016]
    assert (row["target"], row["outcome"], row["status"]) == ("6.5–7%", "6.7%", "met")


def test_a_year_whose_growth_the_next_report_does_not_give_has_no_outcome(national_cache, capsys):
    row = gdp_outcomes(national_cache, capsys)[2007]  # the 2008 report gives only five-year growth
    assert (row["status"], row["outcome_quote"]) == ("no_outcome", None)


def test_most_gdp_targets_of_the_series_meet_their_outcome(national_cache, capsys):
    rows = gdp_outcomes(national_cache, capsys)
    judged = [rows[year]["status"] for year in range(2003, 2018)]
    assert judged.count("met") + judged.count("about") >= 13


def test_csv_loads_into_pandas_with_both_quotes(national_cache, capsys):
    assert run(national_cache, "--metric", "cpi_increase", "--format", "csv") == 0
    frame = pandas.read_csv(io.StringIO(capsys.readouterr().out))
    assert {"target_quote", "outcome_quote", "status"} <= set(frame.columns)
    assert frame.loc[frame["year"] == 2007, "status"].item() == "missed"  # 3% 以内 against 4.8%


def test_no_targets_of_the_metric_exits_one(national_cache, capsys):
    assert run(national_cache, "--metric", "hog_output") == 1
    assert "no hog_output targets" in capsys.readouterr().err


def test_an_unknown_metric_is_a_usage_error(national_cache, capsys):
    assert run(national_cache, "--metric", "nonsense") == 2


def test_jsonl_gives_the_same_records_as_json(national_cache, capsys):
    assert run(national_cache, "--format", "json") == 0
    rows = orjson.loads(capsys.readouterr().out)
    assert run(national_cache, "--format", "jsonl") == 0
    assert [orjson.loads(line) for line in capsys.readouterr().out.splitlines()] == rows


def test_the_metric_may_be_named_in_chinese(national_cache, capsys):
    by_id = gdp_outcomes(national_cache, capsys)
    assert run(national_cache, "--metric", "国内生产总值", "--format", "json") == 0
    assert {row["year"]: row for row in orjson.loads(capsys.readouterr().out)} == by_id


def test_a_misspelt_metric_names_the_closest(national_cache, capsys):
    assert run(national_cache, "--metric", "cpi_increse") == 2
    assert capsys.readouterr().err.startswith("gwr: unknown metric 'cpi_increse'; did you mean cpi_increase")
