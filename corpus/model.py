"""The data model shared by corpus/, store/ and tui/.

A source file yields one or more `Report`s. Every character offset in the model
is an index into `Report.text`, the report's cleaned text (after decoding,
whitespace normalisation, chrome removal and rejoining of broken paragraphs).

Years are kept apart (see the domain notes in the README):
- title year: the year printed in the title ("2022年X市政府工作报告");
- review year (工作回顾 year): the year whose results the report reviews;
- plan year (工作安排 / 预期目标 year): the year the report sets targets for.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, Iterator


class DocKind(StrEnum):
    """What kind of document a report is: a work report, or a document kept but marked as none."""

    WORK_REPORT = "work_report"  # 政府工作报告
    OTHER = "other"  # a news article about the congress (会议新闻) or anything else about a place
    PLACEHOLDER = "placeholder"  # a stub written where the report was not found (未能找到完整原文)
    BUDGET = "budget"  # a budget report (预算执行情况与预算草案的报告)
    SUMMARY = "summary"  # a news summary or digest of a work report (摘登 / 摘要), in the third person
    ABRIDGED = "abridged"  # a shortened rewrite of a work report (节选 / 精简)

    @property
    def is_work_report(self) -> bool:
        """Whether this is the full work report itself."""
        return self is DocKind.WORK_REPORT

    @property
    def label(self) -> str:
        """How the kind is named to a user: "news article", "budget report" …"""
        return _DOC_KIND_LABELS[self]


_DOC_KIND_LABELS = {
    DocKind.WORK_REPORT: "work report",
    DocKind.OTHER: "not a work report",
    DocKind.PLACEHOLDER: "placeholder",
    DocKind.BUDGET: "budget report",
    DocKind.SUMMARY: "summary",
    DocKind.ABRIDGED: "abridged copy",
}


class PlaceLevel(StrEnum):
    """Administrative level of a place (行政级别), from the whole country down.

    Values are what the cache stores; the first four are those of schema 9 and keep their meaning
    except that "市" now means a prefecture-level city only (a county-level city is "县级市").
    """

    NATIONAL = "全国"  # the State Council (国务院) reporting to the National People's Congress
    PROVINCE = "省"  # province, autonomous region (自治区) or municipality (直辖市: 北京/上海/天津/重庆)
    CITY = "市"  # prefecture-level city (地级市)
    AUTONOMOUS_PREFECTURE = "自治州"  # autonomous prefecture (自治州)
    PREFECTURE = "地区"  # prefecture (地区)
    LEAGUE = "盟"  # league (盟), Inner Mongolia's prefecture level
    COUNTY_CITY = "县级市"  # county-level city (县级市)
    COUNTY = "县"  # county (县, 自治县, 旗, 自治旗, 林区, 特区)
    DISTRICT = "区"  # district of a city (市辖区)
    NEW_AREA = "新区"  # new area, development zone or high-tech zone (新区 / 开发区 / 高新区)


class IndicatorKind(StrEnum):
    """Whether a figure is reported, estimated or planned."""

    ACTUAL = "actual"  # 实际完成 figures in the review
    ESTIMATE = "estimate"  # 预计 figures in the review
    TARGET = "target"  # 预期目标 / 工作安排 figures for the plan year
    QUALITATIVE = "qualitative"  # a target with no number ("与经济增长基本同步")


class Comparator(StrEnum):
    """How the stated value bounds the true value."""

    EXACT = "exact"
    ABOUT = "about"  # 左右
    AT_LEAST = "at_least"  # 以上, 突破, 跨过
    AT_MOST = "at_most"  # 以内, 以下, 控制在
    RANGE = "range"  # 6.5%-7%


@dataclass(slots=True)
class Place:
    """A place in China's administrative hierarchy, as found in the gazetteer."""

    name: str  # full name as used in the report: "济南市", "黄岛区"
    level: PlaceLevel
    province: str  # "山东省"
    parent: str | None = None  # the city a county or district belongs to: "青岛市"
    adcode: str | None = None  # 6-digit administrative division code, when known
    alias: str | None = None  # a second name given in the title: "西海岸新区"


@dataclass(slots=True)
class Paragraph:
    """One paragraph of report text, with its offset in `Report.text`."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class Section:
    """A node of a report's section tree.

    `level` is 1 for top-level sections (一、), 2 for (一), 3 for 1. and so on.
    `number` is the numbering as written ("一", "（三）", "2.") or None for an
    unnumbered heading. `start`/`end` span the heading and all descendants.
    """

    id: str  # stable within the report: "1", "1.3", "2.1.4"
    heading: str
    level: int
    number: str | None
    start: int
    end: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    def walk(self) -> Iterator[Section]:
        """This section, then every descendant in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(slots=True)
class GlossaryEntry:
    """A term of a glossary annex (名词解释 / 名词注释)."""

    term: str
    definition: str
    page_ref: str | None = None  # "P2" where the annex names the page


@dataclass(slots=True)
class Indicator:
    """One key figure extracted from a report, traceable to its quote.

    `value`/`unit` are as written ("1913.5", "亿元"); `base_value`/`base_unit`
    are normalised to one base unit per family (亿元 → 元, 万人 → 人, …).
    For a range, `value` is the low end and `value_high` the high end.
    A qualitative target has no value. `comparator` bounds the value (or the growth when there is no
    value); a growth beside a value with another bound keeps it in `growth_comparator`
    ("国内生产总值超过30万亿元，比上年增长9%": at least 30, growth exactly 9).
    """

    metric: str  # registry id: "gdp", "gdp_growth", "urban_income" …
    kind: IndicatorKind
    comparator: Comparator
    quote: str  # exact text of the clause the figure came from
    start: int  # offset of `quote` in Report.text
    end: int
    report_id: str = ""
    section_id: str | None = None
    value: float | None = None
    value_high: float | None = None
    unit: str = ""
    base_value: float | None = None
    base_unit: str = ""
    growth: float | None = None  # growth in percent where stated with the value
    growth_high: float | None = None  # high end of a growth range ("增长6.5%-7%"); `growth` is the low end
    growth_comparator: Comparator | None = None  # the growth's own bound when it differs from the value's
    year: int | None = None
    period: str = "year"  # "year", "H1" (上半年), "Q1".."Q3", "1-11" …
    scope: str | None = None  # a named part of the place ("新区"); None = whole place


#: Hex digits of a report id (64 bits of a sha1): among 10 million reports the chance that two
#: distinct texts share an id is n²/2⁶⁵ ≈ 3·10⁻⁶ (the birthday bound); the cache keeps both when they do.
REPORT_ID_DIGITS = 16


@dataclass(slots=True)
class Report:
    """One government work report (or other document) about one place."""

    id: str  # stable id (REPORT_ID_DIGITS hex digits), derived from the source file's text and index
    source_path: str
    source_index: int  # position of this report within its source file (0-based)
    title: str
    text: str  # the cleaned text; every offset in the model points into it
    doc_kind: DocKind = DocKind.WORK_REPORT
    place: Place | None = None
    title_year: int | None = None
    review_year: int | None = None
    plan_year: int | None = None
    delivered: str | None = None  # ISO date the report was delivered: "2021-12-07"
    speaker: str | None = None  # "王国斌"
    speaker_role: str | None = None  # "代市长"
    truncated: bool = False  # the source stops before the report ends (试读结束 …)
    warnings: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)

    def walk_sections(self) -> Iterator[Section]:
        """Every section of the tree in reading order."""
        for section in self.sections:
            yield from section.walk()

    def section(self, section_id: str) -> Section | None:
        """The section with this id, or None."""
        return next((s for s in self.walk_sections() if s.id == section_id), None)

    def section_path(self, section_id: str) -> list[Section]:
        """The chain of sections from the top level down to `section_id`."""

        def search(nodes: list[Section], trail: list[Section]) -> list[Section]:
            for node in nodes:
                if node.id == section_id:
                    return [*trail, node]
                found = search(node.children, [*trail, node])
                if found:
                    return found
            return []

        return search(self.sections, [])


def to_dict(obj: Any) -> dict[str, Any]:
    """A JSON-ready dict of any model object (enums become their values)."""
    return asdict(obj)


def section_from_dict(data: dict[str, Any]) -> Section:
    """The inverse of `to_dict` for a `Section` (with its subtree)."""
    return Section(
        id=data["id"],
        heading=data["heading"],
        level=data["level"],
        number=data["number"],
        start=data["start"],
        end=data["end"],
        paragraphs=[Paragraph(**p) for p in data["paragraphs"]],
        children=[section_from_dict(c) for c in data["children"]],
    )


def indicator_from_dict(data: dict[str, Any]) -> Indicator:
    """The inverse of `to_dict` for an `Indicator`."""
    values = dict(data)
    values["kind"] = IndicatorKind(values["kind"])
    values["comparator"] = Comparator(values["comparator"])
    if values.get("growth_comparator") is not None:
        values["growth_comparator"] = Comparator(values["growth_comparator"])
    return Indicator(**values)


def place_from_dict(data: dict[str, Any] | None) -> Place | None:
    """The inverse of `to_dict` for a `Place`."""
    if data is None:
        return None
    values = dict(data)
    values["level"] = PlaceLevel(values["level"])
    return Place(**values)


def report_from_dict(data: dict[str, Any]) -> Report:
    """The inverse of `to_dict` for a `Report`."""
    values = dict(data)
    values["doc_kind"] = DocKind(values["doc_kind"])
    values["place"] = place_from_dict(values.get("place"))
    values["sections"] = [section_from_dict(s) for s in values.get("sections", [])]
    values["glossary"] = [GlossaryEntry(**g) for g in values.get("glossary", [])]
    values["indicators"] = [indicator_from_dict(i) for i in values.get("indicators", [])]
    values["warnings"] = list(values.get("warnings", []))
    return Report(**values)
