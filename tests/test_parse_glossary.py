"""Glossary annexes (名词解释 / 名词注释) become the report's glossary, not body sections."""

from parse_fixtures import compilation_report, sample_reports

ANNEXED = ["银川市", "宜春市", "大安市", "庄浪县", "龙子湖区", "望城区"]


def glossary(place):
    return {entry.term: entry for entry in compilation_report(place).glossary}


def test_glossary_terms_carry_their_definitions():
    entries = glossary("庄浪县")
    assert entries["个转企"].definition == "个体工商户转型升级为企业。"
    assert entries["一难两乱"].definition == "停车难、收费乱、管理乱。"
    assert entries["放管服"].definition == "简政放权、放管结合、优化服务。"


def test_glossary_entries_carry_their_page_references():
    entries = glossary("龙子湖区")
    assert entries["“七个维度”"].page_ref == "P2"
    assert entries["“瓶改管”"].page_ref == "P4"
    assert entries["“十无村居”"].page_ref == "P15"


def test_entries_sharing_a_line_are_split():
    entries = glossary("龙子湖区")
    assert entries["“五控”"].definition == "即控煤、控尘、控气、控烧、控车。"
    assert entries["“乡街吹哨、部门报到”"].page_ref == "P5"
    assert {"“双困”", "“新市民”"} <= entries.keys()
    assert {"“四水四定”", "“六权”", "“四个意识”", "“四个自信”"} <= glossary("银川市").keys()


def test_entry_broken_by_a_page_break_keeps_its_whole_definition():
    assert glossary("庄浪县")["标准地"].definition.endswith("等至少五项基本指标出让的国有建设用地。")


def test_annex_headings_in_their_various_forms_are_found():
    for place in ANNEXED:
        assert len(compilation_report(place).glossary) >= 15, place


def test_glossary_is_not_a_body_section():
    for place in ANNEXED:
        report = compilation_report(place)
        headings = [section.heading for section in report.walk_sections()]
        assert not any("名词" in heading or "注释" in heading for heading in headings)
        body = [p.text for s in report.walk_sections() for p in s.paragraphs]
        first_term = report.glossary[0].term
        assert not any(p.startswith(f"{first_term}：") for p in body), place


def test_reports_without_an_annex_have_no_glossary():
    assert compilation_report("济南市").glossary == []
    assert sample_reports("002")[0].glossary == []
