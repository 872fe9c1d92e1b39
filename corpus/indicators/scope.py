"""Scope (范围): which part of the place a figure is about — the whole place, or a named part.

"新区完成固定资产投资435亿元" is about the 新区, never the whole city; "区本级固定资产投资" about
the district government's own level (本级), not the whole district. The subject before a
metric name decides, else the part a sentence opens with, else the part an item of the
paragraph ("二是鲁西新区建设…") is about.
"""

from __future__ import annotations

import re

from corpus.indicators.context import ExtractionContext
from corpus.places import NATIONAL

_SUBJECT_NOISE = re.compile(
    r"^(?:预计|其中|同时|全年|今年|去年|力争|确保|努力|初步|实现|完成|拟安排|安排|(?:19|20)[0-9]{2}年|上半年|下半年"
    r"|前三季度)+"
)
_SUBJECT_VERBS = re.compile(r"(?:的|全年|共|累计|实现|完成|达到|预计)+$")
#: Subjects meaning the whole place; 城镇 / 城乡 ("城镇保障性住房基本建成432万套") qualify the statistic, not a part.
_WHOLE_PLACE = re.compile(r"^(?:全市|全县|全区|全省|全旗|全州|我市|我县|我区|本市|本县|本区|全|城镇|城乡)$")
#: Names of parts of a place (新区, 保税区 …): figures about them have a scope, not the whole place.
_PART = r"(?:新区|城区|高新区|经开区|开发区|园区|片区|保税区|自贸区|试验区|示范区|功能区|景区)"
#: A level of government rather than the place: its own level (本级: "区本级固定资产投资" is the district
#: government's own, not the whole district's), or in a national report the central or the local
#: governments ("中央财政赤字1.12万亿元"; a local report's "地方…收入" is its own place's).
_OWN_LEVEL = r"[市县区旗省州]本级"
_NATIONAL_LEVELS = r"中央|地方"
_SCOPE = re.compile(rf"^[\u4e00-\u9fff]{{0,8}}(?:{_PART}|市区|县城|区|县|镇|乡)$|^(?:{_OWN_LEVEL})$")
_NATIONAL_SCOPE = re.compile(rf"^(?:{_NATIONAL_LEVELS})$")
_LEVEL_SCOPE = re.compile(rf"(?:{_OWN_LEVEL}|{_NATIONAL_LEVELS})")
#: A sentence opening with a part of the place as its subject: "新区在全国最早组织复工复产……".
_SENTENCE_SUBJECT = re.compile(
    rf"\s*(?:加快|推进|推动|支持|做强|做优|打造|抓好|加强|深化|聚焦)*([\u4e00-\u9fff]{{0,6}}{_PART})"
    rf"(?=[^\u4e00-\u9fff]|在|以|完成|实现|坚持|全年|上半年|经济|建设|发展|高质量)")
#: An item opener before a sentence's subject: "二是", "其三，".
_ITEM_OPENER = re.compile(r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十])[，,：:]?")
_WHOLE_PLACE_OPENER = re.compile(r"\s*(?:全市|全县|全区|全省|我市|我县|我区)")
_PLACE_SUFFIX = re.compile(r"(?:市|县|区|旗)$")


def paragraph_part(text: str, start: int, context: ExtractionContext, scope: str | None) -> str | None:
    """The part of the place an item of a paragraph is about, at a sentence.

    An item opening with a part ("二是鲁西新区建设全面起势。…一般公共预算收入突破50亿元") keeps
    that part for its later sentences until the next item ("三是…") or a sentence naming the
    whole place. Outside such items, a part scopes its own sentence only.
    """
    opener = _ITEM_OPENER.match(text, start)
    if opener:
        return sentence_part(text, opener.end(), context)
    return None if _WHOLE_PLACE_OPENER.match(text, start) else scope


def sentence_part(text: str, start: int, context: ExtractionContext) -> str | None:
    """The part a sentence opens with as its subject ("新区在全国最早组织复工复产……"), if any."""
    part = _SENTENCE_SUBJECT.match(text, start)
    return part.group(1) if part and not is_the_place(part.group(1), context) else None


def has_subject(prefix: str) -> bool:
    """True when the text before a mention names a subject, not just "预计" or "实现"."""
    return bool(_subject(prefix))


def _subject(prefix: str) -> str:
    """The text before a mention without openers ("预计", "2022年") and verbs ("完成", "实现")."""
    return _SUBJECT_VERBS.sub("", _SUBJECT_NOISE.sub("", prefix.strip()))


def subject_scopes(prefix: str, context: ExtractionContext) -> list[str | None] | None:
    """The scope(s) named by the subject before a mention: [None] is the whole place.

    A subject naming a part ("新区完成…") gives [that part]; a list of parts
    ("高新区、经济区生产总值分别…") gives each, for a "分别" list to spread over; a list
    that is not all parts is not understood (None), and the group is skipped.
    """
    subject = _subject(prefix)
    if not subject or _WHOLE_PLACE.match(subject) or is_the_place(subject, context):
        return [None]
    parts = subject.split("、")
    if context.place == NATIONAL.name and all(_NATIONAL_SCOPE.match(part) for part in parts):
        return list(parts)
    if all(_SCOPE.match(part) for part in parts):
        return list(parts)
    if len(parts) > 1 and any(_SCOPE.match(part) for part in parts):
        return None
    return [None]


def carries_on(scope: str | None) -> bool:
    """Whether a scope holds for the later clauses of its sentence: a part of the place does ("新区完成…，
    生产总值…"); the government's own level ("区本级固定资产投资增长13%；社会消费品…") names one figure only."""
    return scope is None or not _LEVEL_SCOPE.fullmatch(scope)


def is_the_place(subject: str, context: ExtractionContext) -> bool:
    """True when `subject` names the report's own place ("兰州", "西海岸新区")."""
    names = [name for name in (context.place, context.place_alias) if name]
    return any(subject in (name, _PLACE_SUFFIX.sub("", name)) for name in names)
