"""Metadata read from each seed document's opening, and the web/paywall/chunk debris removed."""

from corpus import parse_text
from corpus.model import DocKind
from parse_fixtures import compilation_report, sample_reports


def test_web_page_report_has_its_title_date_and_speaker():
    [report] = sample_reports("002")
    assert (report.title, report.title_year, report.delivered) == ("2022年政府工作报告", 2022, "2021-12-07")
    assert (report.speaker, report.speaker_role) == ("王国斌", "代市长")
    assert (report.review_year, report.plan_year) == (2021, 2022)


def test_web_page_chrome_before_and_after_the_report_is_not_report_text():
    [report] = sample_reports("002")
    for chrome in ("首页", "索引号", "发布机构", "浏览次数", "相关解读", "相关阅读", "扫一扫", "Produced By"):
        assert chrome not in report.text
    assert report.text.rstrip("!！").endswith("以优异成绩迎接党的二十大胜利召开")


def test_paywalled_copy_is_flagged_truncated_with_its_years():
    [report] = sample_reports("001")
    assert report.truncated
    assert (report.title_year, report.review_year, report.plan_year) == (2023, 2022, 2023)


def test_paywall_notice_and_advert_are_removed():
    [report] = sample_reports("001")
    assert "试读结束" not in report.text
    assert "rulaixiezuo" not in report.text and "3231169" not in report.text


def test_chunked_scrape_loses_its_chunk_markers():
    [report] = sample_reports("000")
    assert not any(f"{n}、" in report.text for n in (2, 3, 15, 16))
    assert report.text.startswith("2023兰州市政府工作报告研讨")


def test_chunked_scrape_rejoins_words_cut_in_half():
    [report] = sample_reports("000")
    assert "综合经济实力持续提升" in report.text
    assert "城镇居民人均可支配收入" in report.text


def test_chunked_scrape_keeps_the_title_year_it_claims():
    [report] = sample_reports("000")
    assert (report.title, report.title_year) == ("2023年兰州市政府工作报告", 2023)
    assert (report.delivered, report.speaker) == ("2023-02-06", "袁占亭")


def test_chunked_scrape_that_stops_mid_sentence_is_flagged_truncated():
    [report] = sample_reports("000")
    assert report.truncated


def test_news_article_is_kept_as_another_kind_of_document():
    [report] = sample_reports("004")
    assert report.doc_kind is DocKind.OTHER
    assert (report.title, report.title_year, report.delivered) == ("上半年兰州市经济增速由负转正", 2020, "2020-08-04")


def test_news_article_footer_is_not_text():
    [report] = sample_reports("004")
    assert "责编" not in report.text and "推荐阅读" not in report.text


def test_compiled_report_has_its_delivery_date():
    assert compilation_report("济南市").delivered == "2022-12-26"
    assert compilation_report("庆阳市").delivered == "2022-12-12"  # "在2022年12月12日庆阳市…"


def test_work_reports_are_of_kind_work_report():
    for prefix in ("000", "001", "002", "003"):
        assert all(report.doc_kind is DocKind.WORK_REPORT for report in sample_reports(prefix))


def test_complete_reports_are_not_flagged_truncated():
    assert not any(report.truncated for report in sample_reports("003"))
    assert not sample_reports("002")[0].truncated


def test_the_congress_date_wins_over_a_news_dateline():
    """national_2008_gbk.txt: published by 新华社 on 19 March, delivered on 5 March."""
    text = "2008年国务院政府工作报告\n新华社北京２００８年３月１９日电\n政府工作报告\n——2008年3月5日在第十一届全国人民代表大会第一次会议上\n各位代表：\n"
    assert parse_text(text)[0].delivered == "2008-03-05"


def test_a_news_dateline_line_is_not_report_text():
    text = "2008年国务院政府工作报告\n新华社北京２００８年３月１９日电\n各位代表：\n现在，我代表国务院向大会报告工作。\n"
    assert "新华社" not in parse_text(text)[0].text
