"""`gwr parse PATH…` shows what the parser made of each file."""

import json

from parse_fixtures import sample_path
from tui.cli import main


def test_parse_prints_reports_and_their_sections(capsys):
    assert main(["parse", str(sample_path("002"))]) == 0
    out = capsys.readouterr().out
    assert "2022年政府工作报告" in out
    assert "过去五年和2021年工作回顾" in out and "(七) 强化民生保障" in out
    assert "delivered 2021-12-07" in out and "代市长 王国斌" in out


def test_parse_shows_warnings_and_the_truncated_flag(capsys):
    assert main(["parse", str(sample_path("001"))]) == 0
    out = capsys.readouterr().out
    assert "truncated" in out and "试读结束" in out


def test_parse_shows_glossary_size(capsys):
    main(["parse", str(sample_path("003"))])
    assert "名词解释: 28 terms" in capsys.readouterr().out  # 庄浪县


def test_refused_file_gets_one_line_on_stderr_and_exit_code_1(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(empty), str(sample_path("004"))]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [f"gwr: {empty}: empty file"]
    assert "上半年兰州市经济增速由负转正" in captured.out


def test_json_output_lists_every_report_of_every_file(capsys):
    assert main(["parse", "--json", str(sample_path("003")), str(sample_path("000"))]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [len(result["reports"]) for result in results] == [19, 1]
    assert results[0]["reports"][0]["title"] == "2022年济南市政府工作报告"


def test_report_text_that_looks_like_markup_is_printed_verbatim(tmp_path, capsys):
    source = tmp_path / "markup.txt"
    source.write_text("2023年[bold]某市政府工作报告\n一、[red]2022年工作回顾\n全市生产总值增长5%。\n", encoding="utf-8")
    assert main(["parse", str(source)]) == 0
    out = capsys.readouterr().out
    assert "[bold]某市" in out and "[red]2022年工作回顾" in out


def test_chinese_numbered_headings_are_shown_as_written(capsys):
    main(["parse", str(sample_path("001"))])
    assert "一、 2022年工作回顾" in capsys.readouterr().out
