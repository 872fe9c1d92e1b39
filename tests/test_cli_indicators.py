"""`gwr indicators`: CSV that loads into pandas (one row per record, the quote in a column), JSON, table."""

from __future__ import annotations

import io
import sys

import orjson
import pandas
import pytest

from corpus import parse_file
from tests.store_samples import SAMPLE_FILES
from tui.cli import main


INDICATORS = [i for path in SAMPLE_FILES for r in parse_file(path) for i in r.indicators]


def key(report_id, start, end, quote):
    return report_id, int(start), int(end), quote


def run(cache, *args: str) -> int:
    return main(["--cache", str(cache), "indicators", *args])


def test_csv_loads_into_pandas_with_one_row_per_indicator_and_the_quote(sample_cache, capsys):
    assert run(sample_cache, "--format", "csv") == 0
    frame = pandas.read_csv(io.StringIO(capsys.readouterr().out))
    assert sorted(map(key, frame["report_id"], frame["start"], frame["end"], frame["quote"])) == \
        sorted(key(i.report_id, i.start, i.end, i.quote) for i in INDICATORS)
    assert {"place", "province", "metric", "kind", "value", "unit", "year"} <= set(frame.columns)


def test_csv_carries_place_kind_and_value_of_each_figure(sample_cache, capsys):
    run(sample_cache, "--format", "csv", "--metric", "retail_sales")
    frame = pandas.read_csv(io.StringIO(capsys.readouterr().out))
    seeded = frame[frame["quote"] == "社会消费品零售总额达到4820亿元"]
    assert seeded[["place", "kind", "value", "unit"]].values.tolist() == [["济南市", "estimate", 4820.0, "亿元"]]


def test_json_lists_every_indicator_with_its_offsets(sample_cache, capsys):
    assert run(sample_cache, "--format", "json") == 0
    records = orjson.loads(capsys.readouterr().out)
    assert sorted(key(r["report_id"], r["start"], r["end"], r["quote"]) for r in records) == \
        sorted(key(i.report_id, i.start, i.end, i.quote) for i in INDICATORS)


def test_kind_filter_keeps_only_that_kind(sample_cache, capsys):
    run(sample_cache, "--kind", "target", "--format", "json")
    records = orjson.loads(capsys.readouterr().out)
    assert len(records) == sum(1 for i in INDICATORS if i.kind == "target") > 0
    assert {r["kind"] for r in records} == {"target"}


def test_place_and_year_filters_narrow_the_records(sample_cache, capsys):
    run(sample_cache, "--place", "济南", "--year", "2023", "--format", "json")
    records = orjson.loads(capsys.readouterr().out)
    assert records and {r["place"] for r in records} == {"济南市"}
    run(sample_cache, "--place", "济南", "--year", "2019", "--format", "json")
    assert orjson.loads(capsys.readouterr().out) == []


def test_piped_without_a_format_prints_the_same_csv_as_format_csv(sample_cache, capsys):
    assert run(sample_cache) == 0
    piped = capsys.readouterr().out
    run(sample_cache, "--format", "csv")
    assert piped == capsys.readouterr().out


def test_jsonl_has_one_record_per_indicator(sample_cache, capsys):
    assert run(sample_cache, "--format", "jsonl") == 0
    records = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(key(r["report_id"], r["start"], r["end"], r["quote"]) for r in records) == \
        sorted(key(i.report_id, i.start, i.end, i.quote) for i in INDICATORS)


def table_line(output: str, quote: str) -> str:
    """The table line showing `quote`, its cells joined by single spaces (drawn wide: one line per row)."""
    return " ".join(next(line for line in output.splitlines() if quote in line).split())


def test_table_on_a_terminal_shows_place_year_kind_value_and_unit(sample_cache, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "400")
    assert run(sample_cache, "--metric", "retail_sales", "--place", "济南") == 0
    assert table_line(capsys.readouterr().out, "社会消费品零售总额达到4820亿元").startswith(
        "济南市 2022 retail_sales estimate 4820 亿元")


def test_table_shows_the_part_of_the_place_and_the_period_a_figure_is_about(sample_cache, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "400")
    run(sample_cache, "--metric", "gdp", "--place", "兰州")
    assert table_line(capsys.readouterr().out, "地区生产总值增长15.2%").startswith("兰州市 新区 2020 H1 gdp actual 15.2")


def test_table_never_splits_a_figure_on_a_narrow_terminal(sample_cache, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "60")
    run(sample_cache, "--metric", "gdp", "--place", "兰州")
    assert "1422.22" in capsys.readouterr().out


def test_metric_may_be_named_in_chinese(sample_cache, capsys):
    run(sample_cache, "--metric", "社会消费品零售总额", "--format", "json")
    by_name = capsys.readouterr().out
    run(sample_cache, "--metric", "retail_sales", "--format", "json")
    assert by_name == capsys.readouterr().out and orjson.loads(by_name)


def test_unknown_metric_is_an_error_naming_it_with_close_matches(sample_cache, capsys):
    assert run(sample_cache, "--metric", "gpd") == 2
    captured = capsys.readouterr()
    message, suggestions = captured.err.rstrip("?\n").split("; did you mean ")
    assert captured.out == "" and message == "gwr: unknown metric 'gpd'" and "gdp" in suggestions.split(", ")


def test_unknown_place_is_an_error_naming_it_with_close_matches(sample_cache, capsys):
    assert run(sample_cache, "--place", "兰洲") == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == "gwr: unknown place '兰洲'; did you mean 兰州市?\n"


def test_unknown_province_is_an_error_naming_it(sample_cache, capsys):
    assert run(sample_cache, "--province", "甘素") == 2
    assert capsys.readouterr().err == "gwr: unknown province '甘素'; did you mean 甘肃省?\n"


def test_a_real_place_without_reports_matches_nothing_and_exits_1(sample_cache, capsys):
    assert run(sample_cache, "--place", "拉萨") == 1
    assert capsys.readouterr().err == "gwr: no indicators match\n"


def test_unknown_kind_is_a_usage_error(sample_cache):
    with pytest.raises(SystemExit) as exit_:
        run(sample_cache, "--kind", "guess")
    assert exit_.value.code == 2
