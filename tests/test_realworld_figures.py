"""The headline figures a reader found in each real-world report are extracted: quote, kind, year, value, growth."""

import unicodedata

import pytest

from tests.realworld_fixtures import needs_realworld, parsed, report_files

pytestmark = needs_realworld

def _plain(text: str) -> str:
    """Text compared as a reader reads it: full-width forms folded, no whitespace."""
    return unicodedata.normalize("NFKC", "".join(text.split()))


def _figures():
    for name, hand in report_files():
        for key in ("headline_figure", "gdp_target"):
            if hand.get(key):
                yield pytest.param(name, hand[key], id=f"{name}-{key}")


@pytest.mark.parametrize(("name", "figure"), list(_figures()))
def test_headline_figure_is_extracted_with_its_kind_year_and_numbers(name, figure):
    quote = _plain(figure["quote"])
    found = [(i.kind.value, i.year, i.value, i.growth) for report in parsed(name) for i in report.indicators
             if _plain(i.quote) and (_plain(i.quote) in quote or quote in _plain(i.quote))]
    assert any(kind == figure["kind"] and year == figure["year"]
               and figure.get("value") in (None, value) and figure.get("growth") in (None, growth)
               for kind, year, value, growth in found), found
