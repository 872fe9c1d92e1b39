"""Reading the cache: catalogue rows, stats, ids and place/year words, indicators, keywords."""

from __future__ import annotations

import pytest

from corpus.model import IndicatorKind
from store.api import ReportFilter
from store import open_store
from store.filters import resolve
from store.keywords import BOILERPLATE, STOPWORDS
from corpus import parse_file
from tests.store_samples import HUANGDAO, SAMPLE_FILES, parsed, summary_at


REPORTS = parsed(SAMPLE_FILES)


def test_stats_count_reports_sections_and_indicators(sample_store):
    stats = sample_store.stats()
    assert stats.reports == len(REPORTS)
    assert stats.sections == sum(len(list(r.walk_sections())) for r in REPORTS)
    assert stats.indicators == sum(len(r.indicators) for r in REPORTS)


def test_summary_carries_report_metadata_without_text(sample_store):
    for report in REPORTS:
        summary = next(s for s in sample_store.reports() if s.id == report.id)
        assert (summary.title, summary.place, summary.title_year, summary.char_count) == \
            (report.title, report.place, report.title_year, len(report.text))


def test_unknown_report_id_raises_key_error(sample_store):
    with pytest.raises(KeyError):
        sample_store.report("no-such-id")


def test_resolve_accepts_a_full_id_and_a_unique_prefix(sample_store):
    report = REPORTS[0]
    assert [s.id for s in sample_store.resolve([report.id])] == [report.id]
    assert report.id in [s.id for s in sample_store.resolve([report.id[:4]])]


def test_resolve_matches_title_words(sample_store):
    report = REPORTS[-1]
    assert report.id in [s.id for s in sample_store.resolve([report.title])]


def test_resolve_by_short_place_name_and_title_year(sample_store):
    expected = [r.id for r in REPORTS if r.place and r.place.name == "济南市" and r.title_year == 2022]
    assert expected and [s.id for s in sample_store.resolve(["济南", "2022"])] == expected


def test_resolve_accepts_year_written_with_nian(sample_store):
    assert sample_store.resolve(["济南", "2022年"]) == sample_store.resolve(["济南", "2022"])


def test_resolve_by_place_finds_every_report_of_that_place(sample_store):
    for report in REPORTS:
        if report.place and report.title_year:
            found = sample_store.resolve([report.place.name, str(report.title_year)])
            assert report.id in [s.id for s in found]
            assert all(s.title_year == report.title_year for s in found)


def test_resolve_of_a_district_name_includes_its_alias():
    rows = [summary_at(HUANGDAO, title_year=2022), summary_at(HUANGDAO, title_year=2021)]
    assert resolve(rows, ["西海岸新区", "2021"]) == [rows[1]]


def test_indicators_of_a_report_come_in_the_parsers_order(sample_cache):
    stored = open_store(sample_cache)
    for report in (r for path in SAMPLE_FILES for r in parse_file(path)):
        assert stored.indicators(report_id=report.id) == report.indicators


def test_indicators_filter_by_metric_and_kind(sample_cache):
    stored = open_store(sample_cache)
    targets = stored.indicators(metric="gdp", kind=IndicatorKind.TARGET)
    assert targets and all((i.metric, i.kind) == ("gdp", IndicatorKind.TARGET) for i in targets)
    assert any("地区生产总值增长5.5%以上" in i.quote for i in targets)


def test_indicator_quote_is_the_report_text_at_its_offsets(sample_cache):
    stored = open_store(sample_cache)
    for indicator in stored.indicators():
        assert stored.report(indicator.report_id).text[indicator.start:indicator.end] == indicator.quote


def test_keywords_exclude_stopwords_and_boilerplate_and_count_occurrences(sample_store):
    report = max(REPORTS, key=lambda r: len(r.text))
    keywords = sample_store.keywords([report.id], top=30)
    assert len(keywords) == 30
    assert not {k.word for k in keywords} & (BOILERPLATE | STOPWORDS)
    assert all(k.count >= 1 and report.text.count(k.word) >= k.count for k in keywords)
    assert [k.weight for k in keywords] == sorted((k.weight for k in keywords), reverse=True)


def test_store_has_every_method_of_the_report_store_contract_with_the_same_parameters():
    import inspect

    from store import Store
    from store.api import ReportStore

    methods = [name for name, _ in inspect.getmembers(ReportStore, inspect.isfunction) if not name.startswith("_")]
    assert methods
    for name in methods:
        contract = inspect.signature(getattr(ReportStore, name)).parameters
        implemented = inspect.signature(getattr(Store, name)).parameters
        assert list(implemented) == list(contract), name
        assert [p.kind for p in implemented.values()] == [p.kind for p in contract.values()], name


def test_a_group_of_any_words_keeps_the_reports_matching_one_of_them(sample_store):
    places = ("济南市", "银川市")
    expected = {r.id for r in REPORTS if r.place and (r.place.name in places or r.place.parent in places)}
    found = {s.id for s in sample_store.reports(ReportFilter(any_words=(places,)))}
    assert expected and found == expected
