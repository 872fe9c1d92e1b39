"""Every parsed report is placed: province always, parent city for counties and districts."""

from corpus.model import PlaceLevel
from parse_fixtures import all_sample_reports, compilation_report, sample_reports


def test_every_seed_report_has_a_province():
    for report in all_sample_reports():
        assert report.place is not None and report.place.province, report.title


def test_web_page_report_is_placed_by_its_opening_when_the_title_names_no_place():
    [report] = sample_reports("002")
    assert (report.place.name, report.place.province) == ("武威市", "甘肃省")


def test_counties_and_districts_of_the_compilation_carry_their_parent_city():
    parents = {"庄浪县": "平凉市", "龙子湖区": "蚌埠市", "黄岛区": "青岛市", "望城区": "长沙市", "繁昌区": "芜湖市"}
    for name, parent in parents.items():
        place = compilation_report(name).place
        assert (place.name, place.parent) == (name, parent)
        assert place.level in (PlaceLevel.COUNTY, PlaceLevel.DISTRICT)


def test_news_article_is_placed_in_the_city_it_reports_on():
    assert sample_reports("004")[0].place.name == "兰州市"
