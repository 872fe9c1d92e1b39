"""Every real-world report has the title, review and plan years a reader finds."""

import pytest

from tests.realworld_fixtures import needs_realworld, parsed, readings

pytestmark = needs_realworld


@pytest.mark.parametrize(("name", "hand"), [(n, h) for n, h in readings() if h.get("n_reports_in_file") != 0
                                            or h.get("year_reviewed") is None],
                         ids=lambda value: value if isinstance(value, str) else "")
def test_first_report_has_the_three_years_a_reader_finds(name, hand):
    report = parsed(name)[0]
    expected = (hand["title_year"], hand["year_reviewed"], hand["year_planned"])
    got = (report.title_year, report.review_year, report.plan_year)
    assert all(want is None or want == have for want, have in zip(expected, got)), got


def test_records_of_a_dataset_file_keep_their_own_years():
    assert [(r.title_year, r.review_year, r.plan_year) for r in parsed("national_1992_2008_2019_records.tsv")] == [
        (1992, 1991, 1992), (2008, 2007, 2008), (2019, 2018, 2019)]
