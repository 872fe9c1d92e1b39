"""`gwr list`: reports and places, Rich tables on a terminal, tab-separated when piped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.store_samples import SAMPLE_FILES, parsed, tsv_rows
from tui.cli import main

pytest_plugins = ["tests.store_fixtures"]

REPORTS = parsed(SAMPLE_FILES)
ROOT = Path(__file__).resolve().parent.parent


def test_list_prints_one_row_per_report_when_piped(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "list"]) == 0
    listed = tsv_rows(capsys.readouterr().out)
    assert sorted(row["id"] for row in listed) == sorted(r.id for r in REPORTS)


def test_list_province_filter(sample_cache, capsys):
    main(["--cache", str(sample_cache), "list", "--province", "山东"])
    listed = tsv_rows(capsys.readouterr().out)
    expected = [r.id for r in REPORTS if r.place and r.place.province == "山东省"]
    assert expected and sorted(row["id"] for row in listed) == sorted(expected)


def test_list_year_filter(sample_cache, capsys):
    main(["--cache", str(sample_cache), "list", "--year", "2023"])
    expected = {r.id for r in REPORTS if 2023 in (r.title_year, r.review_year, r.plan_year)}
    assert {row["id"] for row in tsv_rows(capsys.readouterr().out)} == expected


def test_list_places_prints_each_place_once(sample_cache, capsys):
    main(["--cache", str(sample_cache), "list", "places"])
    listed = tsv_rows(capsys.readouterr().out)
    places = {(r.place.province, r.place.name) for r in REPORTS if r.place}
    assert sorted((row["province"], row["place"]) for row in listed) == sorted(places)


def test_list_on_a_terminal_draws_a_rich_table(sample_cache, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    main(["--cache", str(sample_cache), "list"])
    out = capsys.readouterr().out
    assert "━" in out and "\t" not in out


def test_first_command_on_an_empty_cache_ingests_the_samples(cache, capsys):
    assert main(["--cache", str(cache), "list"]) == 0
    captured = capsys.readouterr()
    assert "sample corpus" in captured.err
    assert sorted(row["id"] for row in tsv_rows(captured.out)) == sorted(r.id for r in REPORTS)


def test_unusable_cache_folder_gives_one_line_and_exit_1(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["--cache", str(blocker / "cache"), "list"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_listing_and_showing_never_load_jieba(sample_cache):
    script = ("import sys; from tui.cli import main; "
              f"main(['--cache', {str(sample_cache)!r}, 'list']); "
              f"main(['--cache', {str(sample_cache)!r}, 'show', '济南', '2022']); "
              f"main(['--cache', {str(sample_cache)!r}, 'indicators']); "
              "print('jieba' in sys.modules, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.stderr.strip().splitlines()[-1] == "False"


def test_list_match_takes_the_tree_filters_words(sample_cache, capsys):
    main(["--cache", str(sample_cache), "list", "--match", "山东 2023"])
    expected = {r.id for r in REPORTS if r.place and r.place.province == "山东省"
                and 2023 in (r.title_year, r.review_year, r.plan_year)}
    assert expected and {row["id"] for row in tsv_rows(capsys.readouterr().out)} == expected
