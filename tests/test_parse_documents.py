"""A source text splits into its reports: a compilation by its table of contents, anything else whole."""

import re

from corpus import parse_file, parse_text
from parse_fixtures import sample_path, sample_reports, sample_text

TOC_ORDER = [
    "济南市", "银川市", "定西市", "陇南市", "天水市", "酒泉市", "平凉市", "庆阳市", "中卫市", "菏泽市", "固原市",
    "宜春市", "珲春市", "大安市", "庄浪县", "龙子湖区", "青岛市黄岛区（西海岸新区）", "长沙市望城区", "芜湖市繁昌区",
]


def test_compilation_yields_the_19_reports_of_its_table_of_contents_in_order():
    titles = [report.title for report in sample_reports("003")]
    assert titles == [f"2022年{place}政府工作报告" for place in TOC_ORDER]


def test_each_compiled_report_starts_with_its_own_title_and_holds_no_other_title():
    reports = sample_reports("003")
    for report in reports:
        assert report.text.startswith(report.title)
        others = [other.title for other in reports if other is not report]
        assert not any(re.search(f"^{re.escape(title)}$", report.text, re.M) for title in others)


def test_compiled_reports_exclude_the_table_of_contents_and_paid_markers():
    for report in sample_reports("003"):
        assert not re.search(r"^目\s*录$", report.text, re.M)
        assert not re.search(r"^\d+．2022年.+政府工作报告\s*\d+$", report.text, re.M)
        assert "##paid" not in report.text


def test_compiled_reports_together_keep_every_body_line_of_the_compilation():
    body_lines = sample_text("003").splitlines()[22:]
    kept = "\n".join(report.text for report in sample_reports("003"))
    for line in body_lines:
        line = line.strip()
        if line and not line.startswith("##paid"):
            assert line in kept or line[:20] in kept


def test_compiled_reports_are_numbered_by_position_in_the_source():
    assert [report.source_index for report in sample_reports("003")] == list(range(19))


def test_report_ids_are_short_unique_and_independent_of_the_file_location(tmp_path):
    ids = [report.id for report in sample_reports("003")]
    assert all(re.fullmatch(r"[0-9a-f]{16}", report_id) for report_id in ids)
    assert len(set(ids)) == 19
    copy = tmp_path / "elsewhere.txt"
    copy.write_bytes(sample_path("003").read_bytes())
    assert [report.id for report in parse_file(copy)] == ids


def test_single_documents_yield_one_report_each():
    for prefix in ("000", "001", "002", "004"):
        assert len(sample_reports(prefix)) == 1


def test_text_without_structure_becomes_one_report_with_one_section_and_a_warning():
    text = sample_text("004").splitlines()[12]  # one paragraph of the news article
    [report] = parse_text(text)
    [section] = report.sections
    assert [p.text for p in section.paragraphs] == [text]
    assert any("no recognisable headings" in warning for warning in report.warnings)


def test_blank_text_yields_no_report():
    assert parse_text(" \n\n") == []


def test_compilation_warns_about_a_listed_report_missing_from_its_body():
    text = re.sub(r"^2022年定西市政府工作报告$", "", sample_text("003"), count=1, flags=re.M)
    reports = parse_text(text)
    assert len(reports) == 18
    assert any("定西市" in warning for warning in reports[0].warnings)


def test_text_of_nothing_but_chrome_is_kept_with_a_warning():
    footer = sample_text("002").splitlines()[-2:]  # 扫一扫在手机打开当前页 / Produced By …
    [report] = parse_text("\n".join(footer))
    assert report.text == "\n".join(line.strip() for line in footer)
    assert any("nothing but web-page chrome" in warning for warning in report.warnings)


def test_text_as_decoded_from_a_file_gets_the_reports_of_that_file():
    path = sample_path("004")  # its no-break spaces (NBSP) become spaces when the file is read
    raw = path.read_bytes().decode("utf-8")
    assert [report.id for report in parse_text(raw)] == [report.id for report in parse_file(path)]
