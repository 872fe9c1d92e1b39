"""Every report's indicators as stored rows, read at once for the indicator table (issue 13)."""

from __future__ import annotations

import pytest

from store import indicator_file
from store.api import ReportFilter
from store.files import CorruptCacheFile


def made(records) -> list:
    """Every row of `records` made into an `Indicator`."""
    return [records.indicator(index) for index in range(len(records))]


def test_the_rows_of_every_report_make_the_indicators_the_store_reads_one_report_at_a_time(sample_store):
    records = sample_store.indicator_records()
    assert len(records) > 100
    assert made(records) == sample_store.indicators()


def test_the_rows_are_those_of_the_reports_the_filter_lets_through(sample_store):
    where = ReportFilter(place="济南")
    records = sample_store.indicator_records(where)
    assert set(records.report_ids) == {summary.id for summary in sample_store.reports(where)
                                       if summary.indicator_count}
    assert made(records) == sample_store.indicators(where=where)


def test_a_column_holds_a_field_of_every_row_with_the_indicators_default_where_the_row_has_none(sample_store):
    records = sample_store.indicator_records()
    indicators = sample_store.indicators()
    for field in ("value", "unit", "period", "scope", "growth_comparator"):
        assert records.column(field) == [getattr(indicator, field) for indicator in indicators]


def test_rows_parsed_a_chunk_at_a_time_are_those_of_each_line_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(indicator_file, "PARSE_CHUNK_BYTES", 40)
    lines = [b'[{"metric":"gdp","value":1913.5}]', b"[]", b'[{"metric":"cpi"},{"metric":"gdp"}]', b"[]"]
    assert indicator_file.rows_of_lines(tmp_path / "1.jsonl", lines) == [
        [{"metric": "gdp", "value": 1913.5}], [], [{"metric": "cpi"}, {"metric": "gdp"}], []]


def test_a_line_that_is_no_list_of_rows_is_a_corrupt_file(tmp_path):
    with pytest.raises(CorruptCacheFile):
        indicator_file.rows_of_lines(tmp_path / "1.jsonl", [b"[]", b'{"metric":"gdp"}'])
