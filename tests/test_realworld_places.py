"""Every real-world report is placed where a reader places it: place, level and province."""

import pytest

from corpus.model import PlaceLevel
from tests.realworld_fixtures import LEVELS, needs_realworld, parsed, report_files

pytestmark = needs_realworld


@pytest.mark.parametrize(("name", "hand"), report_files(), ids=lambda value: value if isinstance(value, str) else "")
def test_report_is_at_the_level_a_reader_finds(name, hand):
    assert parsed(name)[0].place.level is LEVELS[hand["level"]]


@pytest.mark.parametrize(("name", "hand"), [(n, h) for n, h in report_files() if h["level"] != "national"],
                         ids=lambda value: value if isinstance(value, str) else "")
def test_local_report_names_the_place_and_province_a_reader_finds(name, hand):
    place = parsed(name)[0].place
    assert (place.name, place.province) == (hand["place"], hand["province"])


@pytest.mark.parametrize(("name", "hand"), [(n, h) for n, h in report_files() if h["level"] == "national"],
                         ids=lambda value: value if isinstance(value, str) else "")
def test_every_report_of_a_national_file_is_placed_at_the_whole_country(name, hand):
    assert {(r.place.name, r.place.level) for r in parsed(name)} == {("全国", PlaceLevel.NATIONAL)}
