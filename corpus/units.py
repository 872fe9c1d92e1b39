"""Units of measure (计量单位): each unit belongs to a family and converts to the family's base unit.

`normalise(1913.5, "亿元")` gives `(191350000000.0, "元")`. A unit outside the table
is not guessed at: `normalise` returns None for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class UnitFamily(StrEnum):
    """What a figure measures; figures convert only within their family."""

    YUAN = "yuan"  # 人民币: 元, 万元, 亿元, 万亿元
    DOLLAR = "dollar"  # 美元: 万美元, 亿美元
    PERCENT = "percent"  # %
    PEOPLE = "people"  # 人, 万人
    VISITS = "visits"  # 人次, 万人次, 亿人次
    DAYS = "days"  # 天
    MASS = "mass"  # 吨, 万吨, 斤, 亿斤
    CONCENTRATION = "concentration"  # 微克/立方米
    ENERGY_PER_OUTPUT = "energy_per_output"  # 吨标准煤/万元
    PERMILLE = "permille"  # ‰ (人口自然增长率)
    DWELLINGS = "dwellings"  # 套, 万套 (棚户区改造, 保障性住房)
    HOUSEHOLDS = "households"  # 户, 万户 (农村危房改造)
    FIRMS = "firms"  # 家 (高新技术企业)
    HEADS = "heads"  # 头, 万头 (生猪出栏)
    ELECTRICITY = "electricity"  # 千瓦时, 亿千瓦时 (全社会用电量)
    YEARS_OF_AGE = "years_of_age"  # 岁 (人均预期寿命)
    AREA = "area"  # 亩, 万亩, 公顷 (粮食播种面积)


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as written, its family and its size in the family's base unit."""

    symbol: str
    family: UnitFamily
    factor: float


#: Base unit of each family.
BASE_UNITS: dict[UnitFamily, str] = {
    UnitFamily.YUAN: "元",
    UnitFamily.DOLLAR: "美元",
    UnitFamily.PERCENT: "%",
    UnitFamily.PEOPLE: "人",
    UnitFamily.VISITS: "人次",
    UnitFamily.DAYS: "天",
    UnitFamily.MASS: "吨",
    UnitFamily.CONCENTRATION: "微克/立方米",
    UnitFamily.ENERGY_PER_OUTPUT: "吨标准煤/万元",
    UnitFamily.PERMILLE: "‰",
    UnitFamily.DWELLINGS: "套",
    UnitFamily.HOUSEHOLDS: "户",
    UnitFamily.FIRMS: "家",
    UnitFamily.HEADS: "头",
    UnitFamily.ELECTRICITY: "千瓦时",
    UnitFamily.YEARS_OF_AGE: "岁",
    UnitFamily.AREA: "亩",
}

UNITS: dict[str, Unit] = {
    unit.symbol: unit
    for unit in (
        Unit("元", UnitFamily.YUAN, 1),
        Unit("万元", UnitFamily.YUAN, 1e4),
        Unit("亿元", UnitFamily.YUAN, 1e8),
        Unit("万亿元", UnitFamily.YUAN, 1e12),
        Unit("美元", UnitFamily.DOLLAR, 1),
        Unit("万美元", UnitFamily.DOLLAR, 1e4),
        Unit("亿美元", UnitFamily.DOLLAR, 1e8),
        Unit("万亿美元", UnitFamily.DOLLAR, 1e12),
        Unit("%", UnitFamily.PERCENT, 1),
        Unit("人", UnitFamily.PEOPLE, 1),
        Unit("万人", UnitFamily.PEOPLE, 1e4),
        Unit("亿人", UnitFamily.PEOPLE, 1e8),
        Unit("人次", UnitFamily.VISITS, 1),
        Unit("万人次", UnitFamily.VISITS, 1e4),
        Unit("亿人次", UnitFamily.VISITS, 1e8),
        Unit("万人（次）", UnitFamily.VISITS, 1e4),
        Unit("万人(次)", UnitFamily.VISITS, 1e4),
        Unit("天", UnitFamily.DAYS, 1),
        Unit("吨", UnitFamily.MASS, 1),
        Unit("万吨", UnitFamily.MASS, 1e4),
        Unit("亿吨", UnitFamily.MASS, 1e8),
        Unit("公斤", UnitFamily.MASS, 1e-3),
        Unit("斤", UnitFamily.MASS, 5e-4),
        Unit("万斤", UnitFamily.MASS, 5),
        Unit("亿斤", UnitFamily.MASS, 5e4),
        Unit("万亿斤", UnitFamily.MASS, 5e8),
        Unit("微克/立方米", UnitFamily.CONCENTRATION, 1),
        Unit("μg/m³", UnitFamily.CONCENTRATION, 1),
        Unit("吨标准煤/万元", UnitFamily.ENERGY_PER_OUTPUT, 1),
        Unit("‰", UnitFamily.PERMILLE, 1),
        Unit("套", UnitFamily.DWELLINGS, 1),
        Unit("万套", UnitFamily.DWELLINGS, 1e4),
        Unit("户", UnitFamily.HOUSEHOLDS, 1),
        Unit("万户", UnitFamily.HOUSEHOLDS, 1e4),
        Unit("家", UnitFamily.FIRMS, 1),
        Unit("头", UnitFamily.HEADS, 1),
        Unit("万头", UnitFamily.HEADS, 1e4),
        Unit("千瓦时", UnitFamily.ELECTRICITY, 1),
        Unit("万千瓦时", UnitFamily.ELECTRICITY, 1e4),
        Unit("亿千瓦时", UnitFamily.ELECTRICITY, 1e8),
        Unit("岁", UnitFamily.YEARS_OF_AGE, 1),
        Unit("亩", UnitFamily.AREA, 1),
        Unit("万亩", UnitFamily.AREA, 1e4),
        Unit("公顷", UnitFamily.AREA, 15),
        Unit("万公顷", UnitFamily.AREA, 15e4),
    )
}

#: Every non-percent unit symbol, longest first (for building patterns that must not stop at a prefix).
UNIT_SYMBOLS: tuple[str, ...] = tuple(sorted((s for s in UNITS if s != "%"), key=len, reverse=True))


def unit_family(symbol: str) -> UnitFamily | None:
    """The family of a unit symbol, or None when the unit is unknown."""
    unit = UNITS.get(symbol)
    return unit.family if unit else None


def normalise(value: float, symbol: str) -> tuple[float, str] | None:
    """`value` expressed in the base unit of its family, rounded to drop float noise; None for unknown units."""
    unit = UNITS.get(symbol)
    if unit is None:
        return None
    return round(value * unit.factor, 6), BASE_UNITS[unit.family]


def normalised_value(value: float | None, symbol: str) -> float | None:
    """The one ordering key for figures written in different units: `value` in its family's base unit.

    1.2 万亿元 gives 1.2e12 and 82.53 亿元 gives 8.253e9, so the first sorts above the second.
    None when there is no value or the unit is unknown (such a figure is not ordered, never guessed).
    """
    if value is None:
        return None
    normalised = normalise(value, symbol)
    return normalised[0] if normalised else None
