"""`gwr indicators`: CSV that loads into pandas (one row per record, the quote in a column), JSON, table."""

from __future__ import annotations

import io

import orjson
import pandas
import pytest

from corpus import parse_file
from tests.store_samples import SAMPLE_FILES
from tui.cli import main

pytest_plugins = ["tests.store_fixtures"]

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


def test_table_has_one_line_per_indicator_when_piped(sample_cache, capsys):
    assert run(sample_cache) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == ["place", "year", "metric", "kind", "value", "unit", "growth %", "quote"]
    assert len(lines) - 1 == len(INDICATORS)


def test_unknown_kind_is_a_usage_error(sample_cache):
    with pytest.raises(SystemExit) as exit_:
        run(sample_cache, "--kind", "guess")
    assert exit_.value.code == 2
