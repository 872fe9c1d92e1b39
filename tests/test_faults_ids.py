"""Report ids: long enough for 10 million reports, and two texts sharing an id are both kept."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import corpus.api
from corpus.model import REPORT_ID_DIGITS
from store import open_store
from tests.store_samples import parsed


def collision_chance(reports: int, bits: int) -> float:
    """The birthday bound: the chance that some two of `reports` random `bits`-bit ids are equal."""
    return -math.expm1(-reports * (reports - 1) / 2 ** (bits + 1))


def test_ids_make_a_clash_among_ten_million_reports_a_one_in_a_hundred_thousand_event():
    assert collision_chance(10_000_000, 4 * REPORT_ID_DIGITS) < 1e-5


def test_parsed_reports_have_ids_of_the_stated_length(sources: list[Path]):
    assert {len(report.id) for report in parsed(sources)} == {REPORT_ID_DIGITS}


@pytest.fixture
def one_id_for_every_text(monkeypatch):
    """Ids cut so short that every first report of a file gets the same one (the birthday bound, forced)."""
    monkeypatch.setattr(corpus.api, "_report_id", lambda digest, index: f"{index:016x}")


def test_two_different_texts_with_the_same_id_are_both_kept(cache: Path, sources: list[Path],
                                                             one_id_for_every_text):
    summary = open_store(cache).ingest(sources)
    assert summary.refused == [] and len(summary.new) == len(sources)
    reopened = open_store(cache)
    ids = [s.id for s in reopened.reports()]
    assert len(set(ids)) == len(sources)
    assert sorted(reopened.report(i).text for i in ids) == sorted(r.text for r in parsed(sources))


def test_indicators_follow_a_report_given_a_new_id(cache: Path, sources: list[Path], one_id_for_every_text):
    open_store(cache).ingest(sources)
    reopened = open_store(cache)
    for summary in reopened.reports():
        assert {i.report_id for i in reopened.indicators(report_id=summary.id)} <= {summary.id}
        assert len(reopened.indicators(report_id=summary.id)) == summary.indicator_count


def test_reingesting_a_renumbered_report_keeps_its_id(cache: Path, sources: list[Path], one_id_for_every_text):
    open_store(cache).ingest(sources)
    before = {s.source_path: s.id for s in open_store(cache).reports()}
    sources[-1].write_text(sources[-1].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    open_store(cache).ingest(sources)
    assert {s.source_path: s.id for s in open_store(cache).reports()} == before

