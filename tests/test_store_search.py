"""Search: every word of a query must match as a phrase, the exact phrase ranks first, characters and substrings
work, every part of a report (sections, preamble, glossary annex) is searchable, filters apply."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from corpus.model import DocKind, to_dict
from store import open_store
from store.api import ReportFilter
from store.catalogue import summarise
from store.filters import matches
from store.index import tokens
from store.parts import parts
from store import search as search_module
from store.search import Query
from tests.store_samples import HUANGDAO, SAMPLE_FILES, parsed, summary_at


REPORTS = parsed(SAMPLE_FILES)


def holds(haystack: list[str], needle: list[str]) -> bool:
    """Whether the token list `needle` occurs in `haystack` at consecutive positions."""
    return any(haystack[i:i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


def sections_containing(*words: str, reports=REPORTS) -> set[tuple[str, str]]:
    """(report id, section id) of every part holding each word as a phrase of tokens: the brute-force answer."""
    found = set()
    for report in reports:
        for part in parts(to_dict(report)["sections"], report.text):
            found_tokens = tokens(report.text[part.start:part.end])
            if all(holds(found_tokens, tokens(word)) for word in words):
                found.add((report.id, part.section_id))
    return found


def hit_keys(hits) -> set[tuple[str, str]]:
    return {(hit.report_id, hit.section_id) for hit in hits}


def matched_text(store_, hit) -> str:
    """The text a hit points at, without whitespace (a phrase may be broken by a line break)."""
    return "".join(store_.report(hit.report_id).text[hit.offset:hit.offset + hit.length].split())


def test_all_terms_of_a_query_must_match(sample_store):
    hits = sample_store.search("黄河 生态", limit=10_000)
    assert hits and hit_keys(hits) == sections_containing("黄河", "生态")


def test_exact_phrase_hits_rank_before_other_hits(sample_store):
    hits = sample_store.search("经济 发展", limit=10_000)
    flags = [hit.exact_phrase for hit in hits]
    assert True in flags and False in flags
    assert flags == sorted(flags, reverse=True)
    assert hit_keys(h for h in hits if h.exact_phrase) == sections_containing("经济发展")


def test_single_character_finds_every_section_containing_it(sample_store):
    hits = sample_store.search("黄", limit=10_000)
    assert hits and hit_keys(hits) == sections_containing("黄")


def test_a_query_without_spaces_is_one_phrase(sample_store):
    hits = sample_store.search("经济发展", limit=10_000)
    assert hits and all(hit.exact_phrase for hit in hits)
    assert hit_keys(hits) == sections_containing("经济发展")


def test_substring_that_is_no_word_still_matches(sample_store):
    hits = sample_store.search("量发", limit=10_000)
    assert hits and hit_keys(hits) == sections_containing("量发")


def test_hit_offset_points_at_the_match_in_the_report_text(sample_store):
    for hit in sample_store.search("高质量发展", limit=50):
        assert matched_text(sample_store, hit) == "高质量发展"


def test_snippet_marks_the_match(sample_store):
    for hit in sample_store.search("高质量发展", limit=50):
        assert hit.snippet_matches
        assert all("".join(hit.snippet[start:end].split()) == "高质量发展" for start, end in hit.snippet_matches)
        assert "\n" not in hit.snippet


def test_hit_names_section_path_place_and_year(sample_store):
    hit = sample_store.search("高质量发展", limit=1)[0]
    report = sample_store.report(hit.report_id)
    assert hit.section_path == [s.heading for s in report.section_path(hit.section_id)]
    assert hit.place == (report.place.name if report.place else None)
    assert hit.year == report.title_year


def test_limit_caps_the_number_of_hits(sample_store):
    assert len(sample_store.search("发展", limit=2)) == 2


def test_query_of_only_spaces_finds_nothing(sample_store):
    assert sample_store.search("   ") == []


def test_unknown_word_finds_nothing(sample_store):
    assert sample_store.search("量子引力波望远镜") == []


def test_doc_kind_filter_keeps_only_that_kind(sample_store):
    others = [r for r in REPORTS if r.doc_kind == DocKind.OTHER]
    hits = sample_store.search("发展", ReportFilter(doc_kind=DocKind.OTHER), limit=10_000)
    assert hit_keys(hits) == sections_containing("发展", reports=others)


def test_place_filter_accepts_names_without_suffix_aliases_and_parent_city():
    row = summary_at(HUANGDAO)
    assert all(matches(row, ReportFilter(place=word)) for word in ("黄岛区", "黄岛", "西海岸新区", "青岛"))
    assert not matches(row, ReportFilter(place="济南"))
    assert not matches(summary_at(None), ReportFilter(place="黄岛"))


def test_province_filter_accepts_short_province_names():
    assert matches(summary_at(HUANGDAO), ReportFilter(province="山东"))
    assert not matches(summary_at(HUANGDAO), ReportFilter(province="甘肃"))


def test_year_filter_matches_title_review_or_plan_year():
    row = summary_at(HUANGDAO, title_year=2022, review_year=2021, plan_year=2022)
    assert matches(row, ReportFilter(year=2021)) and matches(row, ReportFilter(year=2022))
    assert not matches(row, ReportFilter(year=2023))


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_any_substring_of_a_report_finds_exactly_the_sections_containing_its_terms(sample_cache, data):
    report = data.draw(st.sampled_from(REPORTS))
    start = data.draw(st.integers(0, len(report.text) - 1))
    query = report.text[start:start + data.draw(st.integers(1, 8))]
    assume(query.strip())
    hits = open_store(sample_cache).search(query, limit=100_000)
    assert hit_keys(hits) == sections_containing(*query.split())


def test_spaced_words_standing_together_count_as_the_exact_phrase(sample_store):
    hits = sample_store.search("黄河 流域", limit=10_000)
    exact = {(h.report_id, h.section_id) for h in hits if h.exact_phrase}
    assert exact and exact == sections_containing("黄河流域")


def test_place_filter_keeps_hits_of_that_place_and_its_districts(sample_store):
    where = ReportFilter(place="济南")
    kept = [r for r in REPORTS if matches(summarise(r), where)]
    hits = sample_store.search("发展", where, limit=10_000)
    assert kept and hit_keys(hits) == sections_containing("发展", reports=kept)


def test_province_and_year_filters_combine(sample_store):
    where = ReportFilter(province="甘肃", year=2022)
    kept = [r for r in REPORTS if matches(summarise(r), where)]
    hits = sample_store.search("黄河", where, limit=10_000)
    assert kept and hit_keys(hits) == sections_containing("黄河", reports=kept)


def test_each_word_of_a_query_is_a_phrase_and_the_words_joined_are_the_exact_phrase():
    query = Query.of("贷款1.5 GDP增长6.5%")
    assert query.terms == [["贷", "款", "1.5"], ["gdp", "增", "长", "6.5", "%"]]
    assert query.joined == ["贷", "款", "1.5", "gdp", "增", "长", "6.5", "%"]


def test_number_in_a_query_matches_it_as_written(sample_store):
    hits = sample_store.search("增长6.5%", limit=10_000)
    assert hits and hit_keys(hits) == sections_containing("增长6.5%")


def test_a_number_does_not_match_inside_a_longer_number(sample_store):
    hits = sample_store.search("增长6.5%", limit=10_000)
    assert all(matched_text(sample_store, hit) == "增长6.5%" for hit in hits)
    assert hit_keys(sample_store.search("长6.", limit=10_000)) == sections_containing("长6.")


def test_the_glossary_annex_outside_every_section_is_searchable(sample_store):
    hits = sample_store.search("名词解释", limit=10_000)
    annexed = [r for r in REPORTS if "名词解释" in r.text]
    assert annexed and {hit.report_id for hit in hits} == {r.id for r in annexed}
    assert all(hit.section_path for hit in hits)


def test_the_text_before_the_first_section_is_searchable(sample_store):
    report = next(r for r in REPORTS if r.sections and r.text[:r.sections[0].start].strip())
    phrase = re.findall(r"[\u4e00-\u9fff]{3,}", report.text[:report.sections[0].start])[0]
    hits = sample_store.search(phrase, limit=10_000)
    assert (report.id, "") in hit_keys(hits)


def test_parts_hold_every_character_of_a_report_once():
    for report in REPORTS:
        found = parts(to_dict(report)["sections"], report.text)
        covered = [i for part in found for i in range(part.start, part.end)]
        assert len(covered) == len(set(covered))
        assert {i for i, c in enumerate(report.text) if not c.isspace()} <= set(covered)


def test_a_small_limit_still_returns_the_exact_phrase_hits_first(sample_store):
    exact = sections_containing("黄河流域")
    everything = sections_containing("黄河", "流域")
    assert len(everything) > len(exact) > 0
    limit = len(exact) + 1
    hits = sample_store.search("黄河 流域", limit=limit)
    assert len(hits) == limit
    assert hit_keys(h for h in hits if h.exact_phrase) == exact


def all_hits(store_, query: str) -> list[tuple[str, str, bool]]:
    return [(hit.report_id, hit.section_id, hit.exact_phrase) for hit in store_.search(query, limit=100_000)]


def test_a_small_limit_returns_the_first_hits_of_the_whole_result(sample_store):
    everything = all_hits(sample_store, "生产总值 增长")
    assert any(exact for *_, exact in everything) and not all(exact for *_, exact in everything)
    for limit in (1, 5, 20, len(everything) - 1):
        hits = sample_store.search("生产总值 增长", limit=limit)
        assert [(h.report_id, h.section_id, h.exact_phrase) for h in hits] == everything[:limit]


def test_each_group_of_hits_follows_the_order_of_the_reports(sample_store):
    order = [summary.id for summary in sample_store.reports()]
    for exact in (True, False):
        group = [(order.index(report), report) for report, _, flag in all_hits(sample_store, "黄河 流域") if flag == exact]
        assert group and group == sorted(group, key=lambda item: item[0])


def test_characters_present_but_apart_are_no_exact_phrase(sample_store):
    assert sections_containing("河", "黄") and not sections_containing("河黄")
    assert sample_store.search("河黄", limit=10_000) == []


def test_a_phrase_across_a_section_boundary_matches_only_parts_holding_it_whole(sample_store):
    report = max(REPORTS, key=lambda r: len(r.text))
    section = next(s for s in report.walk_sections() if s.children and s.children[0].heading)
    before = report.text[:section.children[0].start].rstrip()[-2:]
    query = before + section.children[0].heading[:2]
    assert before.strip() and (report.id, section.id) not in sections_containing(query)
    hits = sample_store.search(query, limit=10_000)
    assert hit_keys(hits) == sections_containing(query)


def test_latin_query_matches_regardless_of_case(sample_store):
    hits = sample_store.search("gdp", limit=10_000)
    assert hits and hit_keys(hits) == sections_containing("gdp")
    assert all(hit.snippet[start:end] == "GDP" for hit in hits for start, end in hit.snippet_matches)


def test_letters_and_digits_together_match_as_written(sample_store):
    hits = sample_store.search("5G", limit=10_000)
    assert hits and hit_keys(hits) == sections_containing("5g")


def hits_asked_in_small_steps(store_, monkeypatch, query: str, where: ReportFilter | None, limit: int,
                              read_on: bool) -> list[tuple[str, str, bool]]:
    """The hits when the index is asked about one report first, then (`read_on`) about runs of reports growing
    from one or (not `read_on`) for a count and two parts at most before runs, with no narrowed scope named to
    it: every path `store.search` can take."""
    with monkeypatch.context() as patch:
        for name, value in (("FIRST_RUN", 1), ("FIRST_LISTING", 2), ("MOST_NAMED", 1), ("RUN_MARGIN", 0),
                            ("LONGEST_NEXT_RUN", 10**6 if read_on else -1)):
            patch.setattr(search_module, name, value)
        return [(h.report_id, h.section_id, h.exact_phrase) for h in store_.search(query, where, limit=limit)]


@pytest.mark.parametrize("read_on", [True, False])
@pytest.mark.parametrize("query", ["发展", "黄河 流域", "生产总值 增长", "名词解释", "增长6.5%"])
def test_the_first_hits_do_not_depend_on_how_the_index_is_asked(sample_store, monkeypatch, query, read_on):
    everything = all_hits(sample_store, query)
    for limit in (1, 3, 40, len(everything) + 1):
        assert hits_asked_in_small_steps(sample_store, monkeypatch, query, None, limit, read_on) == everything[:limit]


@pytest.mark.parametrize("read_on", [True, False])
def test_the_first_hits_of_a_narrowed_search_do_not_depend_on_how_the_index_is_asked(sample_store, monkeypatch,
                                                                                     read_on):
    where = ReportFilter(province="甘肃")
    everything = [(h.report_id, h.section_id, h.exact_phrase) for h in sample_store.search("发展", where, limit=10_000)]
    assert everything
    for limit in (1, 5, len(everything)):
        assert hits_asked_in_small_steps(sample_store, monkeypatch, "发展", where, limit, read_on) == everything[:limit]
