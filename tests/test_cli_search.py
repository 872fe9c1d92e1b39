"""`gwr search QUERY`: one row per hit with report, section path, offset and snippet."""

from __future__ import annotations

import orjson

from store import open_store
from tests.store_samples import csv_rows
from tui.cli import main


def test_search_prints_each_hit_with_offset_and_snippet(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "search", "黄河", "生态", "--limit", "5"]) == 0
    hits = open_store(sample_cache).search("黄河 生态", limit=5)
    printed = csv_rows(capsys.readouterr().out)
    assert [(row["report"], int(row["offset"]), row["snippet"]) for row in printed] == \
        [(hit.report_id, hit.offset, hit.snippet) for hit in hits]


def test_search_filters_by_place(sample_cache, capsys):
    main(["--cache", str(sample_cache), "search", "发展", "--place", "济南", "--limit", "1000"])
    printed = csv_rows(capsys.readouterr().out)
    assert printed and {row["place"] for row in printed} == {"济南市"}


def test_search_without_hits_says_so_and_exits_1_like_grep(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "search", "量子引力波望远镜"]) == 1
    captured = capsys.readouterr()
    assert "no matches" in captured.err and len(captured.out.splitlines()) == 1


def test_search_as_json_lines_carries_section_id_and_match_spans(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "search", "黄河", "--limit", "3", "--format", "jsonl"]) == 0
    records = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    hits = open_store(sample_cache).search("黄河", limit=3)
    assert [(r["report"], r["section_id"], r["offset"]) for r in records] == \
        [(hit.report_id, hit.section_id, hit.offset) for hit in hits]
    assert all(r["snippet"][start:end] == "黄河" for r in records for start, end in r["matches"])
