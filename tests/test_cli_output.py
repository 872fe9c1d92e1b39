"""`tui.cli.output`: one helper prints every listing as a table, CSV, JSON or JSON Lines; none found exits 1."""

from __future__ import annotations

import csv
import io
import sys

import orjson
import pytest

from tests.store_samples import SAMPLE_FILES, parsed
from tui.cli.output import Column, print_table, write_listing

SENTENCE = parsed(SAMPLE_FILES)[0].text[:60]
QUOTED = f'“{SENTENCE[:6]}”, "{SENTENCE[6:12]}"\t{SENTENCE[12:20]}\n{SENTENCE[20:30]}'
FIELDS = ["id", "text", "spans"]
TABLE = [Column("id"), Column("text")]
RECORDS = [{"id": "30ab0b6", "text": QUOTED, "spans": [[0, 2]]}, {"id": "8dae753", "text": SENTENCE, "spans": []}]


def as_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the captured stdout look like a terminal (call it inside the test, once capture runs)."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)


def test_markup_like_text_prints_literally_on_a_terminal(capsys, monkeypatch):
    as_terminal(monkeypatch)
    print_table([Column("text")], [{"text": f"[bold]{SENTENCE[:5]}[/bold]"}])
    assert f"[bold]{SENTENCE[:5]}[/bold]" in capsys.readouterr().out


def test_long_cjk_cell_is_folded_not_cut_on_a_narrow_terminal(capsys, monkeypatch):
    as_terminal(monkeypatch)
    monkeypatch.setenv("COLUMNS", "30")
    print_table([Column("text")], [{"text": SENTENCE}])
    printed = "".join(line.strip("│ ") for line in capsys.readouterr().out.splitlines())
    assert "".join(SENTENCE.split()) in "".join(printed.split())


def test_a_terminal_gets_a_table_of_the_table_columns_by_default(capsys, monkeypatch):
    as_terminal(monkeypatch)
    assert write_listing(None, FIELDS, RECORDS, title="2 rows", table=TABLE) == 0
    out = capsys.readouterr().out
    assert "━" in out and "spans" not in out and "8dae753" in out


def test_a_pipe_gets_csv_by_default_and_quotes_commas_tabs_and_newlines_survive(capsys):
    assert write_listing(None, FIELDS, RECORDS, title="2 rows") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["text"] for row in rows] == [QUOTED, SENTENCE]


def test_csv_writes_a_list_as_json(capsys):
    write_listing("csv", FIELDS, RECORDS, title="2 rows")
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [orjson.loads(row["spans"]) for row in rows] == [[[0, 2]], []]


def test_csv_shows_control_characters_as_pictures(capsys):
    write_listing("csv", FIELDS, [{"id": "x", "text": f"\x1b[31m{SENTENCE[:4]}"}], title="1 row")
    out = capsys.readouterr().out
    assert "\x1b" not in out and f"␛[31m{SENTENCE[:4]}" in out


def test_json_is_one_array_of_records_with_every_column(capsys):
    assert write_listing("json", FIELDS, RECORDS, title="2 rows") == 0
    assert orjson.loads(capsys.readouterr().out) == RECORDS


def test_jsonl_is_one_record_per_line(capsys):
    assert write_listing("jsonl", FIELDS, RECORDS, title="2 rows") == 0
    assert [orjson.loads(line) for line in capsys.readouterr().out.splitlines()] == RECORDS


def test_a_table_column_can_be_shown_its_own_way(capsys, monkeypatch):
    as_terminal(monkeypatch)
    write_listing("table", FIELDS, RECORDS, title="2 rows", table=[Column("id", cell=lambda r: r["id"].upper())])
    assert "8DAE753" in capsys.readouterr().out


@pytest.mark.parametrize(("output_format", "printed"), [("table", ""), ("csv", "id,text,spans\n"), ("json", "[]\n"),
                                                        ("jsonl", "")])
def test_no_records_exits_1_with_a_note_on_stderr(capsys, output_format, printed):
    assert write_listing(output_format, FIELDS, [], title="0 rows", none_found="no reports match") == 1
    captured = capsys.readouterr()
    assert captured.out == printed and captured.err == "gwr: no reports match\n"


def test_a_table_writes_floats_whole_without_exponent(capsys, monkeypatch):
    as_terminal(monkeypatch)
    write_listing("table", ["gdp", "growth"], [{"gdp": 56.9e12, "growth": 7.0}], title="1 row")
    out = capsys.readouterr().out
    assert "56900000000000 " in out and " 7 " in out and "e+" not in out
