"""`gwr indicators`: CSV that loads into pandas (one row per record, the quote in a column), JSON, table."""

from __future__ import annotations

import io

import orjson
import pandas

from store import open_store
from tui.cli import main
from tui.cli.indicators_command import exact_number

pytest_plugins = ["tests.store_fixtures"]


def test_csv_loads_into_pandas_with_one_row_per_indicator_and_the_quote(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "indicators", "--format", "csv"]) == 0
    frame = pandas.read_csv(io.StringIO(capsys.readouterr().out))
    indicators = open_store(sample_cache).indicators()
    assert len(frame) == len(indicators)
    assert list(frame["quote"].fillna("")) == [i.quote for i in indicators]
    assert {"place", "metric", "kind", "value", "unit", "start", "end"} <= set(frame.columns)


def test_json_lists_every_indicator_with_its_offsets(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "indicators", "--format", "json"]) == 0
    records = orjson.loads(capsys.readouterr().out)
    indicators = open_store(sample_cache).indicators()
    assert [(r["report_id"], r["start"], r["end"], r["quote"]) for r in records] == \
        [(i.report_id, i.start, i.end, i.quote) for i in indicators]


def test_kind_and_year_filters_narrow_the_records(sample_cache, capsys):
    main(["--cache", str(sample_cache), "indicators", "--kind", "target", "--year", "2023", "--format", "json"])
    records = orjson.loads(capsys.readouterr().out)
    assert all(r["kind"] == "target" and 2023 in (r["title_year"], r["review_year"], r["plan_year"])
               for r in records)


def test_unknown_kind_is_a_usage_error(sample_cache, capsys):
    try:
        main(["--cache", str(sample_cache), "indicators", "--kind", "guess"])
    except SystemExit as exit_:
        assert exit_.code == 2
    else:
        raise AssertionError("no usage error")


def test_table_has_one_line_per_indicator_when_piped(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "indicators"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == ["place", "year", "metric", "kind", "value", "unit", "growth %", "quote"]
    assert len(lines) - 1 == len(open_store(sample_cache).indicators())


def test_table_values_are_never_rounded():
    assert [exact_number(v) for v in (12345678.0, 1913.5, 0.35, 3.0)] == ["12345678", "1913.5", "0.35", "3"]
