"""The scale corpus (`python -m bench.corpus`): N realistic reports derived from the samples, deterministic."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.corpus import SAMPLES, SHAPE_WEIGHTS, main, write_corpus
from corpus import parse_file
from corpus.gazetteer import gazetteer, short_name
from corpus.model import PlaceLevel, Report
from corpus.places import identify_place
from corpus.reading import read_source

REPORTS = 200
TITLE_YEAR = re.compile(r"^(\d{4})年")


@pytest.fixture(scope="module")
def scale_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("scale")
    write_corpus(REPORTS, directory, seed=7)
    return directory


@pytest.fixture(scope="module")
def parsed(scale_corpus: Path) -> list[Report]:
    return [report for path in sorted(scale_corpus.iterdir()) for report in parse_file(path)]


def files_of(directory: Path, shape: str) -> list[Path]:
    return sorted(directory.glob(f"*_{shape}_*.txt"))


def single_reports(directory: Path) -> list[tuple[str, str]]:
    """(first line, text) of every file holding one report."""
    texts = [read_source(path) for path in sorted(directory.iterdir()) if "_compilation_" not in path.name]
    return [(text.strip().splitlines()[0], text) for text in texts]


def test_the_parser_reads_the_requested_number_of_reports(parsed: list[Report]):
    assert len(parsed) == REPORTS


def test_the_parser_places_every_report(parsed: list[Report]):
    assert all(report.place is not None for report in parsed)


def test_same_seed_writes_byte_identical_files(tmp_path: Path):
    write_corpus(40, tmp_path / "a", seed=3)
    write_corpus(40, tmp_path / "b", seed=3)
    first = {path.name: path.read_bytes() for path in (tmp_path / "a").iterdir()}
    assert first == {path.name: path.read_bytes() for path in (tmp_path / "b").iterdir()}


def test_another_seed_writes_other_reports(tmp_path: Path):
    write_corpus(40, tmp_path / "a", seed=3)
    write_corpus(40, tmp_path / "b", seed=4)
    assert {p.read_bytes() for p in (tmp_path / "a").iterdir()} != {p.read_bytes() for p in (tmp_path / "b").iterdir()}


def test_files_mix_every_sample_shape(scale_corpus: Path):
    shapes = {path.name.split("_")[1] for path in scale_corpus.iterdir()}
    assert shapes == set(SHAPE_WEIGHTS)


def test_some_files_are_gb18030_and_not_utf8(scale_corpus: Path):
    gb18030 = list(scale_corpus.glob("*_gb18030.txt"))
    assert gb18030
    for path in gb18030[:5]:
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")


def test_every_report_title_names_a_place_of_the_gazetteer(scale_corpus: Path):
    assert all(identify_place(title, text[:3000]) is not None for title, text in single_reports(scale_corpus))


def test_places_are_swapped_for_many_different_places(scale_corpus: Path):
    reports = single_reports(scale_corpus)
    places = {identify_place(title, text[:3000]).name for title, text in reports}
    assert len(places) >= 0.8 * len(reports)


def test_a_local_report_naming_provinces_names_its_own(scale_corpus: Path):
    provinces = [short_name(division) or division.name for division in gazetteer() if division.parent_adcode is None]
    for title, text in single_reports(scale_corpus):
        place = identify_place(title, text[:3000])
        if place.level is PlaceLevel.NATIONAL:
            continue
        named = [province for province in provinces if province in text]
        if named:
            assert any(place.province.startswith(province) for province in named), title


def test_title_years_spread_over_two_decades(scale_corpus: Path):
    years = {int(match.group(1)) for title, _ in single_reports(scale_corpus) if (match := TITLE_YEAR.match(title))}
    assert len(years) > 10
    assert min(years) <= 2005 and max(years) >= 2020


def test_figures_differ_from_the_sample_s(scale_corpus: Path):
    sample = (SAMPLES / "002_609fa88219291cf7.txt").read_text(encoding="utf-8")
    derived = read_source(files_of(scale_corpus, "webpage")[0])
    figures = re.compile(r"\d+\.\d+(?=亿元|%)")
    assert figures.findall(derived) != figures.findall(sample)
    assert len(figures.findall(derived)) == len(figures.findall(sample))


def test_command_line_reports_what_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["25", str(tmp_path), "--seed", "1"]) == 0
    assert capsys.readouterr().out.startswith(f"25 reports in {len(list(tmp_path.iterdir()))} files")


def test_national_reports_are_drawn_and_stay_national(parsed: list[Report]):
    national = [report for report in parsed if report.source_path.split("_")[-2] == "national"]
    assert national
    assert {report.place.level for report in national} == {PlaceLevel.NATIONAL}
