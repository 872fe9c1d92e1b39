"""The 1992 national report (a record of the dataset file) names statistics as reports did then."""

from corpus.model import Indicator
from tests.realworld_fixtures import needs_realworld, parsed

pytestmark = needs_realworld


def _figures_of_1992(metric: str) -> list[Indicator]:
    report = next(r for r in parsed("national_1992_2008_2019_records.tsv") if r.title_year == 1992)
    return [i for i in report.indicators if i.metric == metric]


def test_retail_sales_under_their_older_name_are_retail_sales():
    assert [(i.growth, i.year) for i in _figures_of_1992("retail_sales")] == [(10, 1991)]


def test_foreign_investment_contracted_is_not_foreign_investment_used():
    assert _figures_of_1992("foreign_investment") == []
