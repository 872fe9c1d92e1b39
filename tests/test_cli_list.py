"""`gwr list`: reports and places, Rich tables on a terminal, CSV when piped, JSON when asked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

from tests.store_samples import SAMPLE_FILES, parsed, csv_rows
from tui.cli import EXIT_NO_MATCHES, main


REPORTS = parsed(SAMPLE_FILES)
ROOT = Path(__file__).resolve().parent.parent


def test_list_prints_one_row_per_report_when_piped(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "list"]) == 0
    listed = csv_rows(capsys.readouterr().out)
    assert sorted(row["id"] for row in listed) == sorted(r.id for r in REPORTS)


def test_list_province_filter(sample_cache, capsys):
    main(["--cache", str(sample_cache), "list", "--province", "山东"])
    listed = csv_rows(capsys.readouterr().out)
    expected = [r.id for r in REPORTS if r.place and r.place.province == "山东省"]
    assert expected and sorted(row["id"] for row in listed) == sorted(expected)


def test_list_year_filter(sample_cache, capsys):
    main(["--cache", str(sample_cache), "list", "--year", "2023"])
    expected = {r.id for r in REPORTS if 2023 in (r.title_year, r.review_year, r.plan_year)}
    assert {row["id"] for row in csv_rows(capsys.readouterr().out)} == expected


def test_list_places_prints_each_place_once(sample_cache, capsys):
    main(["--cache", str(sample_cache), "list", "places"])
    listed = csv_rows(capsys.readouterr().out)
    places = {(r.place.province, r.place.name) for r in REPORTS if r.place}
    assert sorted((row["province"], row["place"]) for row in listed) == sorted(places)


def test_list_on_a_terminal_draws_a_rich_table(sample_cache, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    main(["--cache", str(sample_cache), "list"])
    out = capsys.readouterr().out
    assert "━" in out and "\t" not in out


def test_list_on_an_empty_cache_writes_nothing_and_says_how_to_fill_it(cache, capsys):
    assert main(["--cache", str(cache), "list"]) == EXIT_NO_MATCHES
    captured = capsys.readouterr()
    assert "gwr ingest --samples" in captured.err and csv_rows(captured.out) == []
    assert not (cache / "catalogue.json").exists()


def test_ingest_samples_option_reads_the_bundled_samples(cache, capsys):
    assert main(["--cache", str(cache), "ingest", "--samples"]) == 0
    capsys.readouterr()
    main(["--cache", str(cache), "list"])
    assert sorted(row["id"] for row in csv_rows(capsys.readouterr().out)) == sorted(r.id for r in REPORTS)


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


def test_list_as_json_gives_every_report_with_its_three_years(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "list", "--format", "json"]) == 0
    records = orjson.loads(capsys.readouterr().out)
    listed = {r["id"]: (r["title_year"], r["review_year"], r["plan_year"]) for r in records}
    assert listed == {r.id: (r.title_year, r.review_year, r.plan_year) for r in REPORTS}


def test_list_places_gives_first_and_last_title_year(sample_cache, capsys):
    main(["--cache", str(sample_cache), "list", "places", "--place", "兰州", "--format", "json"])
    [lanzhou] = [p for p in orjson.loads(capsys.readouterr().out) if p["place"] == "兰州市"]
    years = sorted(r.title_year for r in REPORTS if r.place and r.place.name == "兰州市")
    assert (lanzhou["reports"], lanzhou["first_year"], lanzhou["last_year"]) == (len(years), years[0], years[-1])


def test_list_with_no_report_matching_exits_1(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "list", "--place", "拉萨"]) == 1
    assert capsys.readouterr().err == "gwr: no reports match\n"


def test_list_match_takes_the_tree_filters_words(sample_cache, capsys):
    main(["--cache", str(sample_cache), "list", "--match", "山东 2023"])
    expected = {r.id for r in REPORTS if r.place and r.place.province == "山东省"
                and 2023 in (r.title_year, r.review_year, r.plan_year)}
    assert expected and {row["id"] for row in csv_rows(capsys.readouterr().out)} == expected
