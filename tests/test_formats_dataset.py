"""Dataset files: the text column found by content, one report per record or one per file of sentences."""

import json

import pytest

from corpus import parse_file
from corpus.errors import RefusedSource
from corpus.formats import read_sources
from corpus.formats.dataset import find_columns

REPORT = ("2023年兰州市政府工作报告\n各位代表：\n一、2022年工作回顾\n"
          + "全市经济运行稳中有进，地区生产总值增长4.5%，一般公共预算收入完成320亿元。" * 12 + "\n")


def test_text_column_is_the_one_holding_the_most_chinese():
    rows = [{"id": "1", "标题": "2023年兰州市政府工作报告", "内容": REPORT}]
    assert find_columns(rows).text == "内容"


def test_a_column_of_years_is_the_year_column_without_a_header():
    rows = [{"1": "1992", "2": REPORT}, {"1": "2008", "2": REPORT}]
    assert find_columns(rows).year == "1"


def test_headerless_tsv_gives_one_report_per_line_with_its_year(tmp_path):
    path = tmp_path / "records.tsv"
    one_line = REPORT.replace("\n", "　　")
    path.write_text(f"2022\t{one_line.replace('2023', '2022')}\n2023\t{one_line}\n", encoding="utf-8")
    assert [(r.title_year, r.source_index) for r in parse_file(path)] == [(2022, 0), (2023, 1)]


def test_a_one_line_record_is_split_into_paragraphs_at_its_space_runs(tmp_path):
    path = tmp_path / "records.tsv"
    long_report = REPORT.replace("\n", "　　") * 5  # a whole report: thousands of characters on one line
    path.write_text("2023\t" + long_report + "\n", encoding="utf-8")
    assert [s.heading for s in parse_file(path)[0].sections] == ["前言", "2022年工作回顾"]


def test_sentence_rows_are_one_report_with_paragraphs_by_their_paragraph_number(tmp_path):
    path = tmp_path / "sentences.csv"
    rows = [("1", "各位代表："), ("2", "现在，我代表市人民政府向大会报告工作。"), ("2", "请予审议。"),
            ("3", "一、2022年工作回顾")] + [(str(n // 2), "全市经济运行稳中有进。") for n in range(8, 40)]
    path.write_text("段号,中文\n" + "\n".join(f"{n},{text}" for n, text in rows) + "\n", encoding="utf-8")
    sources = read_sources(path)
    assert len(sources) == 1
    assert sources[0].text.split("\n")[:3] == ["各位代表：", "现在，我代表市人民政府向大会报告工作。请予审议。", "一、2022年工作回顾"]


def test_json_object_holding_a_list_of_records_reads_the_records(tmp_path):
    path = tmp_path / "reports.json"
    path.write_text(json.dumps({"reports": [{"title": "2023年兰州市政府工作报告", "text": REPORT}]}, ensure_ascii=False),
                    encoding="utf-8")
    assert parse_file(path)[0].title == "2023年兰州市政府工作报告"


def test_place_field_places_a_record_whose_text_names_no_place(tmp_path):
    path = tmp_path / "reports.jsonl"
    record = {"place": "兰州市", "year": 2023, "text": REPORT.replace("2023年兰州市政府工作报告", "政府工作报告")}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    report = parse_file(path)[0]
    assert (report.place.name, report.title_year) == ("兰州市", 2023)


def test_invalid_json_is_refused_with_the_line_of_the_error(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"text": "各位代表"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(RefusedSource, match="not valid JSON \\(line 1"):
        parse_file(path)


def test_a_table_without_chinese_text_is_refused(tmp_path):
    path = tmp_path / "numbers.csv"
    path.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    with pytest.raises(RefusedSource, match="no column holds Chinese text"):
        parse_file(path)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".xlsx"])
def test_a_damaged_binary_document_is_refused_with_one_line(tmp_path, suffix):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(b"PK\x03\x04 not really a document" * 10)
    with pytest.raises(RefusedSource, match="not a readable"):
        parse_file(path)
