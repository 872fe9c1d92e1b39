"""Identify the place a report is about, from its title and opening text.

The subject is the most specific place of the first run of adjacent place names
in the title ("青岛市黄岛区" → 黄岛区), or, when the title names none, in the
head (the report's first lines: "在武威市第五届人民代表大会…" → 武威市).
Full names are looked up first; short names of cities and provinces ("兰州")
only in the title and only when no full name is found.

A national report (the State Council's, 国务院) names no place: it is recognised by
国务院 / 国务院总理 / "我代表国务院" / 全国人民代表大会 in the title or head, when the
title names no place, and placed at 全国 (`NATIONAL`).

A new area, development zone or high-tech zone (新区 / 开发区 / 高新区) that is not
itself a division is a place of its own under the city named right before it
("重庆市两江新区" → 两江新区 in 重庆市; "兰州新区" is not 兰州市).

A name from before a rename ("2019年繁昌县…") finds the place under its current
name (繁昌区), with the name as written kept as its alias.

A name held by several places ("龙子湖区", "鼓楼区") is resolved by the other
places named in the title and head: the candidate whose city is named wins,
then the one whose province is named; with no such help only a unique name is
accepted, otherwise the place is unknown (None) rather than guessed.
"""

from __future__ import annotations

import re

from corpus.gazetteer import Division, DivisionLevel, Gazetteer, Mention, gazetteer, short_name
from corpus.model import Place, PlaceLevel

#: A new area (新区), development zone (开发区) or high-tech zone (高新区) named right after its city,
#: not itself a division: "重庆市两江新区", "兰州市兰州新区", "兰州新区" (after the short name).
_ZONE = r"(?:新区|高新技术产业开发区|经济技术开发区|开发区|高新区)"
_NEW_AREA = re.compile(rf"(?:(?:(?!政府|人民|报告)[\u4e00-\u9fff]){{2,6}}?)?{_ZONE}")
_ZONE_ONLY = re.compile(_ZONE)
#: What only a national report says of itself: the State Council and the National People's Congress.
_NATIONAL = re.compile(r"国务院|全国人民代表大会|全国人大")
#: The one place of every national report.
NATIONAL = Place(name="全国", level=PlaceLevel.NATIONAL, province="全国", adcode="100000")
#: A second name in brackets right after the place: "黄岛区（西海岸新区）".
_ALIAS = re.compile(r"[（(]\s*([^（）()\s]{2,12}?(?:新区|区|县|市))\s*[)）]")


def identify_place(title: str, head: str = "") -> Place | None:
    """The place named in `title` (falling back to `head`, the first lines of the report), or None."""
    places = gazetteer()
    # Short names only in the title: in running text "北京" is more often an event than the subject.
    # In the head whichever comes first speaks: "在海拉尔区第十三届人民代表大会" is local, "我代表国务院" national.
    def head_mentions(text: str) -> list[Mention]:
        return sorted(_national(text) + places.mentions(text), key=lambda mention: mention.start)

    for find, text in ((places.mentions, title), (_national, title), (head_mentions, head),
                       (places.short_mentions, title)):
        subject = _subject(find(text))
        if subject is None:
            continue
        if subject.name == NATIONAL.name:
            return _national_place()
        candidates = (places.named(subject.name) or places.formerly_named(subject.name)
                      or places.short_named(subject.name))
        # The subject itself is no evidence: "吉林" must not vouch for 吉林市 through 吉林省.
        context = f"{title}\n{head}".replace(subject.name, "\n")
        division = _resolve(places, candidates, context)
        if division is None:
            return None
        new_area = _NEW_AREA.match(text, subject.end)
        if new_area is not None and _is_city(division):
            name = new_area.group()
            if _ZONE_ONLY.fullmatch(name):  # "兰州新区": the zone is named by its city's short name
                name = (short_name(division) or division.name) + name
            return _new_area_place(places, division, name, _alias(text, new_area.end()))
        return _place(places, division, _alias(text, subject.end) or _former_name(division, subject))
    return None


def _national(text: str) -> list[Mention]:
    """The whole country, when `text` speaks as the State Council to the National People's Congress."""
    match = _NATIONAL.search(text)
    return [Mention(NATIONAL.name, match.start(), match.end())] if match else []


def _national_place() -> Place:
    """A fresh copy of `NATIONAL` (places are mutable dataclasses)."""
    return Place(NATIONAL.name, NATIONAL.level, NATIONAL.province, adcode=NATIONAL.adcode)


def _subject(mentions: list[Mention]) -> Mention | None:
    """The last mention of the first run of adjacent mentions ("青岛市黄岛区" → 黄岛区)."""
    if not mentions:
        return None
    subject = mentions[0]
    for mention in mentions[1:]:
        if mention.start != subject.end:
            break
        subject = mention
    return subject


def _resolve(places: Gazetteer, candidates: list[Division], context: str) -> Division | None:
    """The one candidate the context supports best, or None when still ambiguous."""
    if len(candidates) == 1:
        return candidates[0]
    scores = {candidate.adcode: _support(places, candidate, context) for candidate in candidates}
    best = max(scores.values())
    winners = [candidate for candidate in candidates if scores[candidate.adcode] == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _support(places: Gazetteer, candidate: Division, context: str) -> int:
    """How closely the context names the candidate's ancestors: 2 its city, 1 its province, 0 neither."""
    for ancestor in places.ancestors(candidate):
        names = [ancestor.name, short_name(ancestor)]
        if any(name and name in context for name in names):
            return 1 if ancestor.level is DivisionLevel.PROVINCE else 2
    return 0


def _alias(text: str, position: int) -> str | None:
    match = _ALIAS.match(text, position)
    return match.group(1) if match else None


def _former_name(division: Division, subject: Mention) -> str | None:
    """The name as written when the title uses the place's name from before a rename."""
    return subject.name if subject.name in division.former_names else None


def _place(places: Gazetteer, division: Division, alias: str | None) -> Place:
    province = places.province(division)
    parent = places.parent(division)
    city = parent if parent is not None and _is_city(parent) else None
    return Place(
        name=division.name,
        level=_level(division),
        province=province.name,
        parent=city.name if city is not None else None,
        adcode=division.adcode,
        alias=alias,
    )


def _new_area_place(places: Gazetteer, city: Division, name: str, alias: str | None) -> Place:
    """A new area or zone (新区 / 开发区 / 高新区) of `city`: a place of its own with no division code."""
    return Place(name=name, level=PlaceLevel.NEW_AREA, province=places.province(city).name, parent=city.name,
                 alias=alias)


def _is_city(division: Division) -> bool:
    """A prefecture, or a municipality (直辖市) standing in for one."""
    return division.level is DivisionLevel.PREFECTURE or division.name.endswith("市")


#: Prefecture-level divisions that are no city, by the end of their name.
_PREFECTURE_LEVELS = (("自治州", PlaceLevel.AUTONOMOUS_PREFECTURE), ("地区", PlaceLevel.PREFECTURE),
                      ("盟", PlaceLevel.LEAGUE))


def _level(division: Division) -> PlaceLevel:
    """The level of a division: its gazetteer level refined by the end of its name."""
    if division.level is DivisionLevel.PROVINCE:
        return PlaceLevel.PROVINCE
    if division.level is DivisionLevel.PREFECTURE:
        return next((level for suffix, level in _PREFECTURE_LEVELS if division.name.endswith(suffix)),
                    PlaceLevel.CITY)
    if division.name.endswith("市"):
        return PlaceLevel.COUNTY_CITY
    if division.name.endswith("区") and not division.name.endswith(("林区", "特区")):
        return PlaceLevel.DISTRICT
    return PlaceLevel.COUNTY
