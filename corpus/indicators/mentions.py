"""Mentions of registry metrics (指标名称) in a sentence, grouped by shared predicate.

"固定资产投资、社会消费品零售总额增长15%" has two mentions in one group: both metrics
take the same figure. "城乡居民人均可支配收入" is one mention standing for two metrics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.metrics import BARE_NAMES, ELLIPSES, FOREIGN_PREFIXES, FOREIGN_SUFFIXES, all_names

_NAMES = all_names()
_NAME_PATTERN = re.compile("|".join(re.escape(name) for name in sorted(_NAMES, key=len, reverse=True)))
#: What may separate two mentions that share one predicate.
_JOINER = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")
CLAUSE_BREAK_CHARS = "，,；;：:"
CLAUSE_BREAK = re.compile(f"[{CLAUSE_BREAK_CHARS}]")
_ITEM_BREAK = re.compile(r"[，,；;、和及与]")
#: Words that may stand before an elliptical head noun: "，力争产量突破29亿斤".
_ITEM_OPENER = re.compile(r"\s*(?:力争|确保|努力|实现)?")
#: What may stand right before a bare name at the head of its clause: a break, a period or year ("上半年",
#: "1-10月"), the whole place ("全市"), "其中", or a verb opening the clause ("实现出口…").
_BARE_LEAD = re.compile(r"(?:[，,；;：:、和及与\s年月]|其中|全[市省区县旗州国]|实现|完成|预计)$")
#: What must follow a bare name: its figure or growth verb ("出口增长20.3%", "出口12亿美元").
_BARE_FOLLOW = re.compile(r"\s*(?:同比|比上年|较上年|比去年|较去年)?\s*(?:分别|均)?(?:增长|下降|增|降|达到|达|突破|超过|[0-9])")


@dataclass(frozen=True, slots=True)
class Mention:
    """A metric name at `start`..`end`, standing for one or more metric ids."""

    metric_ids: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class MentionGroup:
    """Mentions sharing one predicate, in order; `metric_ids` flattens them."""

    mentions: tuple[Mention, ...]

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end

    @property
    def metric_ids(self) -> tuple[str, ...]:
        return tuple(metric_id for mention in self.mentions for metric_id in mention.metric_ids)


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Metric names in `text[start:end]`, longest name first, skipping names that belong to another noun."""
    end = len(text) if end is None else end
    mentions: list[Mention] = []
    for match in _NAME_PATTERN.finditer(text, start, end):
        before, after = text[max(0, match.start() - 4):match.start()], text[match.end():match.end() + 3]
        if before.endswith(FOREIGN_PREFIXES) or after.startswith(FOREIGN_SUFFIXES):
            continue
        mentions.append(Mention(_NAMES[match.group()], match.start(), match.end()))
    mentions = _bare_names_in_place(text, mentions, start, end)
    return _with_ellipses(text, mentions, start, end)


def _bare_names_in_place(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions without bare names (出口) that are not at the head of a clause before their figure.

    A bare name followed by another mention it shares a predicate with ("出口、进口分别增长…") is
    in place when that mention is.
    """
    kept: list[Mention] = []
    following: Mention | None = None
    for mention in reversed(mentions):
        bare = text[mention.start:mention.end] in BARE_NAMES
        if not bare or _bare_in_place(text, mention, following, start, end):
            kept.append(mention)
            following = mention
        else:
            following = None
    return kept[::-1]


def _bare_in_place(text: str, mention: Mention, following: Mention | None, start: int, end: int) -> bool:
    lead = mention.start == start or _BARE_LEAD.search(text, max(start, mention.start - 2), mention.start)
    if not lead:
        return False
    if following is not None and _JOINER.match(text[mention.end:following.start]):
        return True
    return bool(_BARE_FOLLOW.match(text, mention.end, end))


def _with_ellipses(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Add elliptical mentions: a clause or list item opening with a bare head noun after its lead."""
    result = list(mentions)
    taken = {mention.start for mention in mentions}
    for ellipsis in ELLIPSES:
        lead_ends = [m.end for m in mentions if m.metric_ids == (ellipsis.lead,)]
        lead_ends += _phrase_ends(text, ellipsis.lead, start, end)
        for lead_end in lead_ends:
            separator = _ITEM_BREAK.search(text, lead_end, end)
            head = separator and _ITEM_OPENER.match(text, separator.end(), end)
            if head and text.startswith(ellipsis.head, head.end()) and head.end() not in taken:
                result.append(Mention((ellipsis.metric,), head.end(), head.end() + len(ellipsis.head)))
                taken.add(head.end())
    return sorted(result, key=lambda m: m.start)


def _phrase_ends(text: str, phrase: str, start: int, end: int) -> list[int]:
    """Where each occurrence of `phrase` inside `text[start:end]` ends."""
    ends, at = [], text.find(phrase, start, end)
    while at >= 0:
        ends.append(at + len(phrase))
        at = text.find(phrase, at + 1, end)
    return ends


def group_mentions(text: str, mentions: list[Mention]) -> list[MentionGroup]:
    """Join mentions separated only by "、"/"和"/"及"/"与" into groups sharing a predicate."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups and _JOINER.match(text[groups[-1][-1].end:mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return [MentionGroup(tuple(group)) for group in groups]
