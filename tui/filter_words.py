"""Words the indicator filters understand beyond what a row shows: Chinese kind words and the
places a place lies in.

One home, so the table's filter box and any other filter of figures read "目标" (target),
"预计" (estimate) or "甘肃" (a province: every place in it) alike.
"""

from __future__ import annotations

from corpus.model import IndicatorKind, Place

#: The Chinese words each kind of figure answers to, besides its English name.
KIND_WORDS: dict[IndicatorKind, tuple[str, ...]] = {
    IndicatorKind.ACTUAL: ("实际", "完成"),
    IndicatorKind.ESTIMATE: ("预计",),
    IndicatorKind.TARGET: ("目标", "预期目标", "计划"),
    IndicatorKind.QUALITATIVE: ("目标", "预期目标", "定性"),
}


def kind_words(kind: str) -> str:
    """"target 目标 预期目标 计划": the kind's name and the Chinese words for it."""
    known = KIND_WORDS.get(IndicatorKind(kind), ()) if kind in IndicatorKind._value2member_map_ else ()
    return " ".join((kind, *known))


def region_words(place: Place | None) -> str:
    """"山东省 青岛市 西海岸新区": the province and city a place lies in, and its other name."""
    if place is None:
        return ""
    return " ".join(name for name in (place.province, place.parent, place.alias) if name and name != place.name)
