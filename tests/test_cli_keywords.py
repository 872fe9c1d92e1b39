"""`gwr keywords REPORT|--place P`: top words with TF-IDF weight and raw count."""

from __future__ import annotations

from store.keywords import BOILERPLATE
from tests.store_samples import csv_rows
from tui.cli import main

pytest_plugins = ["tests.store_fixtures"]


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
