"""One filter language: a `ReportFilter`'s words narrow the catalogue, search and indicators alike."""

from __future__ import annotations

from corpus.model import DocKind
from store.api import ReportFilter
from tests.store_samples import SAMPLE_FILES, parsed


REPORTS = parsed(SAMPLE_FILES)


def test_words_keep_reports_whose_place_and_years_hold_every_word(sample_store):
    listed = {s.id for s in sample_store.reports(ReportFilter.from_words("甘肃 2022"))}
    expected = {r.id for r in REPORTS if r.place and r.place.province == "甘肃省"
                and 2022 in (r.title_year, r.review_year, r.plan_year)}
    assert expected and listed == expected


def test_words_are_matched_whatever_their_case(sample_store):
    report = REPORTS[0]
    assert report.id in {s.id for s in sample_store.reports(ReportFilter.from_words(report.id.upper()))}


def test_a_document_that_is_not_a_work_report_answers_to_its_kind(sample_store):
    listed = {s.id for s in sample_store.reports(ReportFilter.from_words("非工作报告"))}
    assert listed == {r.id for r in REPORTS if r.doc_kind is not DocKind.WORK_REPORT}


def test_search_with_words_returns_every_hit_in_those_reports_and_no_other(sample_store):
    where = ReportFilter.from_words("2023")
    shown = {s.id for s in sample_store.reports(where)}
    every_hit = [hit for hit in sample_store.search("发展", limit=10_000) if hit.report_id in shown]
    assert sample_store.search("发展", where=where, limit=10_000) == every_hit


def test_indicators_with_words_are_those_of_the_reports_shown(sample_store):
    where = ReportFilter.from_words("山东")
    shown = {s.id for s in sample_store.reports(where)}
    indicators = sample_store.indicators(where=where)
    assert indicators and {i.report_id for i in indicators} == shown & {i.report_id for i in sample_store.indicators()}
