"""The shared data model round-trips through plain dicts (the cache format)."""

from corpus.model import (
    Comparator,
    Indicator,
    IndicatorKind,
    Paragraph,
    Place,
    PlaceLevel,
    Report,
    Section,
    report_from_dict,
    to_dict,
)


def make_report() -> Report:
    text = "一、2022年工作回顾\n全市实现生产总值1913.5亿元,增长10.4%。"
    paragraph = Paragraph(text=text.splitlines()[1], start=text.index("全市"))
    section = Section(id="1", heading="2022年工作回顾", level=1, number="一", start=0, end=len(text),
                      paragraphs=[paragraph])
    indicator = Indicator(metric="gdp", kind=IndicatorKind.ACTUAL, comparator=Comparator.EXACT,
                          quote="全市实现生产总值1913.5亿元,增长10.4%", start=paragraph.start,
                          end=paragraph.start + 25, value=1913.5, unit="亿元", growth=10.4, year=2022)
    return Report(id="abc1234", source_path="x.txt", source_index=0, title="2023年兰州市政府工作报告",
                  text=text, place=Place("兰州市", PlaceLevel.CITY, "甘肃省", adcode="620100"),
                  sections=[section], indicators=[indicator])


def test_report_round_trips_through_dict():
    report = make_report()
    assert report_from_dict(to_dict(report)) == report


def test_section_path_lists_headings_from_top_level():
    report = make_report()
    assert [s.heading for s in report.section_path("1")] == ["2022年工作回顾"]
