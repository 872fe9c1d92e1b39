"""Title, review (工作回顾) and plan (工作安排) years are kept apart."""

from corpus.years import years_from_date
from parse_fixtures import sample_reports


def test_every_compiled_report_reviews_2022_and_plans_2023():
    for report in sample_reports("003"):
        assert (report.title_year, report.review_year, report.plan_year) == (2022, 2022, 2023), report.title


def test_report_titled_2022_but_delivered_in_december_2021_reviews_2021():
    [report] = sample_reports("002")
    assert (report.title_year, report.review_year, report.plan_year) == (2022, 2021, 2022)


def test_late_delivery_reviews_its_own_year():
    assert years_from_date("2022-12-26") == (2022, 2023)


def test_early_delivery_reviews_the_year_before():
    assert years_from_date("2023-02-06") == (2022, 2023)


def test_news_article_is_about_the_year_it_was_published():
    [report] = sample_reports("004")
    assert (report.title_year, report.review_year, report.plan_year) == (2020, 2020, None)
