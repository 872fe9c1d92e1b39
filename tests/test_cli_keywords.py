"""`gwr keywords REPORT|--place P`: top words with TF-IDF weight and raw count."""

from __future__ import annotations

import orjson

from store.keywords import BOILERPLATE
from tests.store_samples import csv_rows
from tui.cli import main


def words(output: str) -> list[str]:
    return [row["word"] for row in csv_rows(output)]


def test_keywords_of_a_report_prints_top_n_rows(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "keywords", "济南", "2022", "--top", "7"]) == 0
    printed = words(capsys.readouterr().out)
    assert len(printed) == 7 and not set(printed) & BOILERPLATE


def test_keywords_of_a_place(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "keywords", "--place", "兰州", "--top", "5"]) == 0
    assert len(words(capsys.readouterr().out)) == 5


def test_keywords_needs_a_report_or_a_place(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "keywords"]) == 2
    assert "REPORT or --place" in capsys.readouterr().err


def test_keywords_as_json_give_rank_word_weight_and_count(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "keywords", "济南", "2022", "--top", "3", "--format", "json"]) == 0
    records = orjson.loads(capsys.readouterr().out)
    assert [r["rank"] for r in records] == [1, 2, 3]
    assert all(r["tf_idf"] > 0 and r["count"] >= 1 and r["word"] for r in records)


def test_keywords_of_a_real_place_without_reports_exits_1(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "keywords", "--place", "拉萨"]) == 1
    assert capsys.readouterr().err == "gwr: no report of 拉萨\n"


def test_keywords_of_an_unknown_place_exits_2_naming_it(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "keywords", "--place", "济男"]) == 2
    assert capsys.readouterr().err == "gwr: unknown place '济男'; did you mean 济南市?\n"
