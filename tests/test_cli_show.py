"""`gwr show REPORT [SECTION]`: the text with headings; easy ids; clear errors with exit code 2."""

from __future__ import annotations

import pytest

from tests.store_samples import SAMPLE_FILES, parsed
from tui.cli import main


REPORTS = parsed(SAMPLE_FILES)
JINAN = next(r for r in REPORTS if r.place and r.place.name == "济南市" and r.title_year == 2022)


def test_show_by_place_and_year_prints_title_headings_and_text(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "show", "济南", "2022"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(JINAN.title)
    assert all(section.heading in out for section in JINAN.walk_sections())
    assert all(p.text in out for s in JINAN.walk_sections() for p in s.paragraphs)


def test_show_by_short_id(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "show", JINAN.id[:5]]) == 0
    assert capsys.readouterr().out.startswith(JINAN.title)


def test_show_one_section_prints_only_that_section(sample_cache, capsys):
    first, second = JINAN.sections[0], JINAN.sections[1]
    assert main(["--cache", str(sample_cache), "show", "济南", "2022", second.id]) == 0
    out = capsys.readouterr().out
    assert second.heading in out and first.paragraphs[0].text not in out


def test_ambiguous_report_lists_the_candidates_and_exits_2(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "show", "2022"]) == 2
    count = sum(1 for r in REPORTS if r.title_year == 2022)
    assert f"'2022' matches {count} reports" in capsys.readouterr().err


def test_unknown_report_exits_2(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "show", "不存在的地方"]) == 2
    assert "no report matches" in capsys.readouterr().err


def test_unknown_section_exits_2(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "show", JINAN.id, "99.99"]) == 2
    assert "no section" in capsys.readouterr().err


def test_a_section_number_that_also_occurs_in_the_title_names_the_section(sample_cache, capsys):
    section = next(s for s in JINAN.sections if s.id in JINAN.title)
    assert main(["--cache", str(sample_cache), "show", "济南", "2022", section.id]) == 0
    shown = capsys.readouterr().out
    others = [s for s in JINAN.sections if s is not section and s.paragraphs]
    assert section.heading in shown and all(s.paragraphs[0].text not in shown for s in others)


def test_a_year_without_a_report_names_the_place_and_the_years_there_are(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "show", "济南", "2019"]) == 2
    years = sorted({r.title_year for r in REPORTS if r.place and r.place.name == "济南市"})
    assert capsys.readouterr().err == \
        f"gwr: no report for 济南 in 2019 (there are reports for {', '.join(map(str, years))})\n"


def test_a_year_without_a_report_of_a_place_with_several_is_not_ambiguous(sample_cache, capsys):
    assert main(["--cache", str(sample_cache), "show", "兰州", "2019"]) == 2
    assert capsys.readouterr().err.startswith("gwr: no report for 兰州 in 2019 (there are reports for ")


def test_usage_names_one_report_and_its_sections(capsys):
    with pytest.raises(SystemExit):
        main(["show", "--help"])
    assert "usage: gwr show [-h] [--cache DIR] REPORT [SECTION ...]" in capsys.readouterr().out
