"""The bundled samples: the local set and the national series 2003–2018, ingested together on first run."""

import io
import sys
from pathlib import Path

from corpus import parse_file
from corpus.model import PlaceLevel
from store import open_store

NATIONAL = Path(__file__).resolve().parent.parent / "corpus" / "samples" / "national"


def test_the_national_series_covers_sixteen_consecutive_years():
    years = sorted(parse_file(path)[0].title_year for path in NATIONAL.glob("*.txt"))
    assert years == list(range(2003, 2019))


def test_every_national_sample_reviews_the_year_before_its_title_year():
    reports = [parse_file(path)[0] for path in sorted(NATIONAL.glob("*.txt"))]
    assert all((r.review_year, r.plan_year) == (r.title_year - 1, r.title_year) for r in reports)


class _NoDescriptor(io.StringIO):
    """stderr as Textual's print capture has it inside the app: no file descriptor."""

    def fileno(self) -> int:
        return -1


def test_first_run_ingest_works_where_stderr_has_no_file_descriptor(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stderr", _NoDescriptor())
    store = open_store(tmp_path / "cache")
    summary = store.ingest_samples()
    assert not summary.refused
    assert any(report.place and report.place.level is PlaceLevel.NATIONAL for report in store.reports())
