"""`gwr export` and `tui.present.markdown`: Markdown with YAML front matter, safe names, no silent overwrite."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.present.markdown import escape_markdown, render_markdown, safe_filename
from tests.store_samples import SAMPLE_FILES, parsed
from tui.cli import main


REPORTS = parsed(SAMPLE_FILES)
JINAN = next(r for r in REPORTS if r.place and r.place.name == "济南市" and r.title_year == 2022)
EXPORTED_AT = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def front_matter(markdown: str) -> dict[str, str]:
    block = markdown.split("---\n")[1]
    return dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(" "))


def test_front_matter_names_source_place_years_sections_and_time():
    section = JINAN.sections[1]
    fields = front_matter(render_markdown(JINAN, [section.id], EXPORTED_AT))
    assert fields["source_file"] == f'"{JINAN.source_path}"'
    assert fields["place"] == '"济南市"' and fields["province"] == '"山东省"'
    assert (fields["title_year"], fields["review_year"], fields["plan_year"]) == \
        (str(JINAN.title_year), str(JINAN.review_year), str(JINAN.plan_year))
    assert fields["exported_at"] == '"2026-01-02T03:04:05+00:00"'
    assert f'  - "{section.heading}"' in render_markdown(JINAN, [section.id], EXPORTED_AT)


def test_export_of_sections_contains_their_subsections_and_nothing_else():
    chosen = JINAN.sections[1]
    markdown = render_markdown(JINAN, [chosen.id], EXPORTED_AT)
    assert all(escape_markdown(s.heading) in markdown for s in chosen.walk())
    assert escape_markdown(JINAN.sections[0].paragraphs[0].text) not in markdown


def test_whole_report_export_contains_every_paragraph():
    markdown = render_markdown(JINAN, (), EXPORTED_AT)
    assert all(escape_markdown(p.text) in markdown for s in JINAN.walk_sections() for p in s.paragraphs)


def test_markdown_punctuation_in_report_text_is_escaped():
    assert escape_markdown("1. 一是*重点*项目\n# 标题") == "1\\. 一是\\*重点\\*项目\n\\# 标题"


@pytest.mark.parametrize("title", ["../../x", "..", "con", "NUL.txt", "a/b\\c", "x" * 400, "济" * 200, "", "\x00"])
def test_safe_filename_stays_inside_the_target_folder(tmp_path: Path, title: str):
    name = safe_filename(title)
    target = (tmp_path / name).resolve()
    assert target.parent == tmp_path.resolve()
    assert name.endswith(".md") and len(name.encode()) <= 255
    assert name.split(".")[0].lower() not in {"con", "nul", "prn", "aux"}
    target.write_text("ok", encoding="utf-8")


def test_safe_filename_keeps_chinese_titles():
    assert safe_filename("2022年济南市政府工作报告") == "2022年济南市政府工作报告.md"


def export(cache: Path, *args: str) -> int:
    return main(["--cache", str(cache), "export", *args])


def test_export_writes_the_file_and_prints_its_path(sample_cache, tmp_path: Path, capsys):
    target = tmp_path / "out.md"
    assert export(sample_cache, "济南", "2022", "-o", str(target)) == 0
    assert capsys.readouterr().out.strip() == str(target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("---\n") and f"# {JINAN.title}" in text


def test_export_refuses_to_overwrite_without_force(sample_cache, tmp_path: Path, capsys):
    target = tmp_path / "out.md"
    target.write_text("mine", encoding="utf-8")
    assert export(sample_cache, JINAN.id, "-o", str(target)) == 1
    assert target.read_text(encoding="utf-8") == "mine" and "--force" in capsys.readouterr().err
    assert export(sample_cache, JINAN.id, "-o", str(target), "--force") == 0
    assert target.read_text(encoding="utf-8").startswith("---\n")


def test_export_to_a_folder_names_the_file_after_the_title(sample_cache, tmp_path: Path):
    assert export(sample_cache, JINAN.id, "-o", str(tmp_path)) == 0
    assert (tmp_path / safe_filename(JINAN.title)).exists()


def test_export_of_named_sections(sample_cache, tmp_path: Path):
    target = tmp_path / "part.md"
    section = JINAN.sections[1]
    assert export(sample_cache, JINAN.id, section.id, "-o", str(target)) == 0
    assert f'  - "{section.heading}"' in target.read_text(encoding="utf-8")


def test_export_to_dash_writes_the_markdown_to_stdout_and_no_file(sample_cache, tmp_path: Path, capsys,
                                                                   monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert export(sample_cache, "济南", "2022", "-o", "-") == 0
    out = capsys.readouterr().out
    assert out.startswith("---\n") and f"# {JINAN.title}" in out and not (tmp_path / "-").exists()


def test_usage_names_one_report_and_its_sections(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "REPORT [SECTION ...]" in capsys.readouterr().out.split("\n\n")[0]
