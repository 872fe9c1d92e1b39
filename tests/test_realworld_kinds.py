"""Real-world files hold as many reports as a reader counts, and documents that are no work report say so."""

import pytest

from corpus.model import DocKind
from tests.realworld_fixtures import needs_realworld, parsed, readings

pytestmark = needs_realworld


@pytest.mark.parametrize(("name", "hand"), [(n, h) for n, h in readings() if h.get("n_reports_in_file")],
                         ids=lambda value: value if isinstance(value, str) else "")
def test_file_holds_as_many_reports_as_a_reader_counts(name, hand):
    assert len(parsed(name)) == hand["n_reports_in_file"]


@pytest.mark.parametrize(("name", "kind"), [
    ("baoding_2000_placeholder.txt", DocKind.PLACEHOLDER),
    ("baoding_2013_news_article.txt", DocKind.OTHER),
    ("baoding_2015_abridged.txt", DocKind.ABRIDGED),
    ("baoding_2026_summary_with_site_menus.txt", DocKind.SUMMARY),
    ("hebei_2026_summary.txt", DocKind.SUMMARY),
])
def test_document_that_is_no_work_report_is_marked_with_its_kind(name, kind):
    assert [report.doc_kind for report in parsed(name)] == [kind]


@pytest.mark.parametrize("name", ["national_2003_gbk.txt", "national_2021.txt", "hailar_district_2012_gbk.txt",
                                  "hebei_2003_portal_page.txt", "national_2026_sentences.csv"])
def test_full_report_is_a_work_report(name):
    assert parsed(name)[0].doc_kind is DocKind.WORK_REPORT


def test_placeholder_reviews_and_plans_no_year():
    report = parsed("baoding_2000_placeholder.txt")[0]
    assert (report.title_year, report.review_year, report.plan_year) == (2000, None, None)


def test_header_block_gives_title_and_date_and_leaves_the_text():
    report = parsed("baoding_2015_abridged.txt")[0]
    assert (report.title, report.delivered) == ("政府工作报告——2015年1月24日在保定市第十四届人民代表大会第四次会议上",
                                                "2015-01-24")
    assert "发文单位" not in report.text


def test_sentence_rows_of_a_parallel_corpus_are_joined_into_paragraphs():
    report = parsed("national_2026_sentences.csv")[0]
    assert "现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协委员提出意见。" in report.text.split("\n")
    assert "Fellow Deputies" not in report.text
