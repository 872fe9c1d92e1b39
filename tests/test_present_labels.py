"""Metrics are named as the report's level writes them: a national report's GDP is 国内生产总值, a region's
地区生产总值 (one metric id, `gdp`: the same statistic), wherever gwr names a metric (tui.present.labels)."""

from __future__ import annotations

from corpus.model import Comparator, Indicator, IndicatorKind, Place, PlaceLevel
from tests.national_series import NATIONAL_SERIES
from tui.cli import main
from tui.present.figures import describe_indicator
from tui.present.labels import metric_name, shared_level

NATIONAL = Place("全国", PlaceLevel.NATIONAL, "全国")
JINAN = Place("济南市", PlaceLevel.CITY, "山东省")
#: The 2014 national report (国务院政府工作报告), its review of 2013.
NATIONAL_GDP_2013 = Indicator(metric="gdp", kind=IndicatorKind.ACTUAL, comparator=Comparator.EXACT,
                              quote="国内生产总值达到56.9万亿元，比上年增长7.7%", start=0, end=22, report_id="r",
                              value=56.9, unit="万亿元", growth=7.7, year=2013)


class Located:
    """A report (or catalogue row) as far as naming its metrics goes: its place."""

    def __init__(self, place: Place | None) -> None:
        self.place = place


def test_national_gdp_is_named_guonei_shengchan_zongzhi():
    assert metric_name("gdp", PlaceLevel.NATIONAL) == "国内生产总值"


def test_national_gdp_per_head_is_named_renjun_guonei_shengchan_zongzhi():
    assert metric_name("per_capita_gdp", PlaceLevel.NATIONAL) == "人均国内生产总值"


def test_a_citys_gdp_is_named_diqu_shengchan_zongzhi():
    assert metric_name("gdp", PlaceLevel.CITY) == "地区生产总值"


def test_a_metric_named_for_no_level_has_the_registry_name():
    assert metric_name("gdp") == "地区生产总值"


def test_a_national_figure_is_described_with_the_national_name():
    assert describe_indicator(NATIONAL_GDP_2013, PlaceLevel.NATIONAL).startswith("国内生产总值 actual 2013: ")


def test_reports_all_of_the_whole_country_share_the_national_level():
    assert shared_level([Located(NATIONAL), Located(NATIONAL)]) is PlaceLevel.NATIONAL


def test_national_and_city_reports_together_share_no_level():
    assert shared_level([Located(NATIONAL), Located(JINAN)]) is None


def test_outcomes_of_the_national_series_are_titled_guonei_shengchan_zongzhi(national_cache, capsys):
    assert main(["--cache", str(national_cache), "outcomes", "--format", "table"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("国内生产总值: ")


def test_gwr_parse_names_a_national_reports_gdp_guonei_shengchan_zongzhi(capsys):
    assert main(["parse", str(NATIONAL_SERIES[-1])]) == 0
    figures = [line for line in capsys.readouterr().out.splitlines() if " actual 2017: " in line]
    assert any("国内生产总值 actual 2017: " in line for line in figures)
    assert not any("地区生产总值" in line for line in figures)
