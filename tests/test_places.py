"""Places: every seed report's title resolves to the right place, province and parent city."""

from pathlib import Path

import pytest

from corpus.gazetteer import DivisionLevel, gazetteer
from corpus.model import Place, PlaceLevel
from corpus.places import identify_place

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"
CITY, COUNTY, DISTRICT = PlaceLevel.CITY, PlaceLevel.COUNTY, PlaceLevel.DISTRICT
COUNTY_CITY = PlaceLevel.COUNTY_CITY

#: The 19 reports of the compilation (003), in TOC order: name, level, province, parent city.
COMPILATION_PLACES = [
    ("济南市", CITY, "山东省", None),
    ("银川市", CITY, "宁夏回族自治区", None),
    ("定西市", CITY, "甘肃省", None),
    ("陇南市", CITY, "甘肃省", None),
    ("天水市", CITY, "甘肃省", None),
    ("酒泉市", CITY, "甘肃省", None),
    ("平凉市", CITY, "甘肃省", None),
    ("庆阳市", CITY, "甘肃省", None),
    ("中卫市", CITY, "宁夏回族自治区", None),
    ("菏泽市", CITY, "山东省", None),
    ("固原市", CITY, "宁夏回族自治区", None),
    ("宜春市", CITY, "江西省", None),
    ("珲春市", COUNTY_CITY, "吉林省", "延边朝鲜族自治州"),
    ("大安市", COUNTY_CITY, "吉林省", "白城市"),
    ("庄浪县", COUNTY, "甘肃省", "平凉市"),
    ("龙子湖区", DISTRICT, "安徽省", "蚌埠市"),
    ("黄岛区", DISTRICT, "山东省", "青岛市"),
    ("望城区", DISTRICT, "湖南省", "长沙市"),
    ("繁昌区", DISTRICT, "安徽省", "芜湖市"),
]


def seed_lines(name_prefix: str) -> list[str]:
    path = next(SAMPLES.glob(f"{name_prefix}_*.txt"))
    return path.read_text(encoding="utf-8").splitlines()


def compilation_toc_titles() -> list[str]:
    """The 19 TOC lines of 003, e.g. "17．2022年青岛市黄岛区（西海岸新区）政府工作报告\t266"."""
    lines = seed_lines("003")
    start = next(i for i, line in enumerate(lines) if line.replace("\t", "").strip() == "目录") + 1
    return lines[start:start + 19]


def summary(place: Place | None) -> tuple | None:
    return None if place is None else (place.name, place.level, place.province, place.parent)


@pytest.mark.parametrize(("title", "expected"), zip(compilation_toc_titles(), COMPILATION_PLACES),
                         ids=[entry[0] for entry in COMPILATION_PLACES])
def test_compilation_toc_title_names_its_place(title, expected):
    assert summary(identify_place(title)) == expected


def test_bracketed_second_name_becomes_the_alias():
    title = compilation_toc_titles()[16]
    assert identify_place(title).alias == "西海岸新区"


def test_place_carries_its_division_code():
    assert identify_place("2022年庄浪县政府工作报告").adcode == "620825"


@pytest.mark.parametrize("title, province", [("2023年中山市政府工作报告", "广东省"),
                                             ("2023年嘉峪关市政府工作报告", "甘肃省")])
def test_city_without_districts_is_one_place(title, province):
    assert summary(identify_place(title)) == (title[5:-6], CITY, province, None)


def test_lanzhou_title_from_chunked_scrape():
    title = seed_lines("000")[0]
    assert summary(identify_place(title)) == ("兰州市", CITY, "甘肃省", None)


def test_anshan_title_with_year_after_the_place():
    title = seed_lines("001")[0]  # "鞍山市2023年政府工作报告"
    assert summary(identify_place(title)) == ("鞍山市", CITY, "辽宁省", None)


def test_wuwei_web_page_names_its_place_only_in_the_head():
    lines = [line for line in seed_lines("002") if line.strip()]
    title = next(line for line in lines if line.strip() == "2022年政府工作报告")
    head = "\n".join(lines[lines.index(title):][:6])
    assert identify_place(title) is None
    assert summary(identify_place(title, head)) == ("武威市", CITY, "甘肃省", None)


def test_news_article_short_city_name_is_enough():
    assert summary(identify_place("兰州日报")) == ("兰州市", CITY, "甘肃省", None)


def test_county_level_city_wins_over_district_of_the_same_stem():
    """大安市 (吉林) and 大安区 (四川 自贡) share a stem: the suffix decides."""
    assert summary(identify_place("2022年大安市政府工作报告")) == ("大安市", COUNTY_CITY, "吉林省", "白城市")
    assert summary(identify_place("2022年大安区政府工作报告")) == ("大安区", DISTRICT, "四川省", "自贡市")


def test_ambiguous_district_without_context_is_unknown():
    assert identify_place("2022年鼓楼区政府工作报告") is None


def test_ambiguous_district_resolved_by_city_in_title():
    assert identify_place("2022年徐州市鼓楼区政府工作报告").parent == "徐州市"


def test_ambiguous_district_resolved_by_city_in_head():
    place = identify_place("鼓楼区政府工作报告", "——在南京市鼓楼区第十八届人民代表大会第三次会议上")
    assert (place.parent, place.province) == ("南京市", "江苏省")


def test_ambiguous_district_resolved_by_province_in_head():
    place = identify_place("朝阳区政府工作报告", "吉林省长春市朝阳区人民政府")
    assert place.parent == "长春市"


def test_ambiguous_district_with_two_supported_candidates_is_unknown():
    assert identify_place("鼓楼区政府工作报告", "江苏省") is None


def test_district_of_a_municipality_has_the_municipality_as_city_and_province():
    assert summary(identify_place("北京市海淀区政府工作报告")) == ("海淀区", DISTRICT, "北京市", "北京市")


def test_county_level_city_under_a_province_has_no_parent_city():
    assert summary(identify_place("2023年仙桃市政府工作报告")) == ("仙桃市", COUNTY_CITY, "湖北省", None)


def test_province_report_is_a_province():
    assert summary(identify_place("2023年甘肃省政府工作报告")) == ("甘肃省", PlaceLevel.PROVINCE, "甘肃省", None)


def test_market_is_not_a_city():
    assert identify_place("东方市场建设情况") is None


def test_text_without_a_place_is_unknown():
    assert identify_place("政府工作报告", "各位代表：现在，我代表人民政府向大会报告工作。") is None


def test_gazetteer_covers_every_level_nationwide():
    levels = [d.level for d in gazetteer()]
    assert levels.count(DivisionLevel.PROVINCE) == 31
    assert levels.count(DivisionLevel.PREFECTURE) == 333
    assert levels.count(DivisionLevel.COUNTY) > 2800


def test_gazetteer_uses_current_names():
    """Renamed after 2016 (繁昌县 → 繁昌区 in 2020, 即墨市 → 即墨区 in 2017): the current name is there."""
    names = {d.name for d in gazetteer()}
    assert {"繁昌区", "即墨区", "莱芜区"} <= names and not {"繁昌县", "即墨市", "莱芜市"} & names


def test_short_name_in_running_text_is_not_taken_for_the_subject():
    assert identify_place("政府工作报告", "北京冬奥会成功举办，我们倍感振奋。") is None


@pytest.mark.parametrize(("former", "current", "parent"), [
    ("繁昌县", "繁昌区", "芜湖市"),  # 县 → 区 in 2020
    ("即墨市", "即墨区", "青岛市"),  # 县级市 → 区 in 2017
    ("莱芜市", "莱芜区", "济南市"),  # prefecture merged into 济南 in 2019
])
def test_name_from_before_a_rename_finds_the_current_place(former, current, parent):
    place = identify_place(f"2016年{former}政府工作报告")
    assert (place.name, place.parent, place.alias) == (current, parent, former)


def test_current_name_is_not_given_an_alias():
    assert identify_place("2022年芜湖市繁昌区政府工作报告").alias is None


def test_new_area_after_its_city_is_a_place_of_its_own_in_that_city():
    assert summary(identify_place("2023年重庆市两江新区政府工作报告")) == ("两江新区", PlaceLevel.NEW_AREA, "重庆市", "重庆市")


def test_new_area_has_no_division_code():
    assert identify_place("兰州市兰州新区2023年政府工作报告").adcode is None


def test_new_area_that_is_a_division_keeps_its_code():
    assert identify_place("上海市浦东新区政府工作报告").adcode == "310115"


def test_short_name_shared_by_a_province_and_its_city_is_unknown():
    """吉林 is both 吉林省 and 吉林市: the title's own word is no evidence for either."""
    assert identify_place("吉林政府工作报告") is None


def test_words_before_new_area_that_name_no_place_are_not_a_new_area():
    assert identify_place("兰州市人民政府新区工作报告").name == "兰州市"


# --- levels of government -------------------------------------------------------------------------


def test_state_council_report_is_national():
    assert summary(identify_place("2003年国务院政府工作报告")) == ("全国", PlaceLevel.NATIONAL, "全国", None)


def test_report_to_the_national_peoples_congress_is_national():
    place = identify_place("2021年政府工作报告", "李克强\n各位代表：\n现在，我代表国务院，向大会报告政府工作")
    assert place.level is PlaceLevel.NATIONAL


def test_local_congress_named_before_the_state_council_keeps_the_place_local():
    head = "——2012年2月29日在海拉尔区第十三届人民代表大会上\n贯彻国务院部署"
    assert identify_place("政 府 工 作 报 告", head).name == "海拉尔区"


def test_title_naming_a_place_wins_over_a_national_word_in_the_head():
    assert identify_place("2023年甘肃省政府工作报告", "学习十四届全国人民代表大会精神").name == "甘肃省"


def test_municipality_is_province_level():
    assert identify_place("2023年上海市政府工作报告").level is PlaceLevel.PROVINCE


def test_autonomous_region_is_province_level():
    assert identify_place("2023年内蒙古自治区政府工作报告").level is PlaceLevel.PROVINCE


@pytest.mark.parametrize(("title", "level"), [
    ("2023年延边朝鲜族自治州政府工作报告", PlaceLevel.AUTONOMOUS_PREFECTURE),
    ("2023年阿克苏地区政府工作报告", PlaceLevel.PREFECTURE),
    ("2023年锡林郭勒盟政府工作报告", PlaceLevel.LEAGUE),
    ("2023年敖汉旗政府工作报告", PlaceLevel.COUNTY),
    ("2023年义乌市政府工作报告", PlaceLevel.COUNTY_CITY),
])
def test_prefecture_and_county_levels_are_told_apart_by_their_name(title, level):
    assert identify_place(title).level is level


def test_new_area_named_by_its_citys_short_name_is_not_the_city():
    assert summary(identify_place("2023年兰州新区政府工作报告")) == ("兰州新区", PlaceLevel.NEW_AREA, "甘肃省", "兰州市")


def test_development_zone_after_its_city_is_a_place_of_its_own():
    place = identify_place("2023年武汉市东湖新技术开发区政府工作报告")
    assert (place.name, place.level, place.parent) == ("东湖新技术开发区", PlaceLevel.NEW_AREA, "武汉市")
