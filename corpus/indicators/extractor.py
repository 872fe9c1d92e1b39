"""The pure core of indicator extraction: one stretch of text and its context in, indicators out.

`extract_from_text(text, context, base)` reads `text` sentence by sentence. In each
sentence it finds metric mentions (see `mentions`), the predicate after each group of
mentions (up to the clause end, continued over clauses that open with a growth verb or
"分别"), and the figures in it (see `figures`). Offsets in the result are `base` plus
the offset in `text`, so `text[start - base:end - base] == quote`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from corpus.digits import clean_digits
from corpus.indicators.context import LOOKING_AHEAD, LOOKING_BACK, ExtractionContext, SectionKind
from corpus.indicators.counts import people_first_counts
from corpus.indicators.figures import (
    BARE_SCALES,
    DELTA_CUE,
    FALL_CUE,
    FOREIGN_CUE,
    IMPROVE_CUE,
    LIST_CUE,
    RISE_CUE,
    Figure,
    find_figures,
)
from corpus.indicators.mentions import CLAUSE_BREAK, CLAUSE_BREAK_CHARS, MentionGroup, find_mentions, group_mentions
from corpus.indicators.spans import Span, SpanCues, figure_span, is_average, paragraph_span, sentence_span
from corpus.indicators.scope import carries_on, has_subject, paragraph_part, sentence_part, subject_scopes
from corpus.metrics import GROWTH_NAMES, METRICS_BY_ID, QUALITATIVE_PHRASES, Metric
from corpus.model import Comparator, Indicator, IndicatorKind
from corpus.units import UnitFamily, normalise, unit_family

SENTENCE_END = re.compile(r"[。！？!?\n]")
#: A paragraph announcing the plan year's targets: "主要预期目标是：…".
TARGET_CUE = re.compile(r"(?:主要预期目标|预期目标|主要目标|主要指标)(?:是|为)")
#: A sentence setting a target of its own: "提出今年国内生产总值增长8%左右的目标", "力争…", "确保…";
#: not one measuring an outcome against a target ("城镇新增就业980万人，超过预期目标").
TARGET_SENTENCE = re.compile(r"提出[^。；;]*?目标|(?<!超过|完成|实现|达到|好于|高于|低于|超出|突破)预期目标|力争|确保(?!了)")
#: The word closing a figure that is a target named as such ("…能耗降低4%左右…的目标"), with no figure after it
#: (not "…1.2万人…，分别完成自治区目标任务的110%").
TARGET_NAMED = re.compile(r"目标(?!\D*\d)")
#: A figure made a standard or a line ("农民人均纯收入2300元…作为新的国家扶贫标准"): no figure of the metric.
STANDARD_NAMED = re.compile(r"[^，,；;。]*?作为[^，,；;。]*?(?:标准|线)")
ESTIMATE_CUE = "预计"
#: "（预计数，下同）": the figures of this sentence and the rest of the paragraph are estimates.
ESTIMATE_ONWARD = re.compile(r"预计数?[，,、]\s*下同")
#: A later clause that still belongs to the previous predicate: "…1913.5亿元,增长10.4%".
CONTINUATION = re.compile(
    r"\s*(?:(?:按可比(?:价格|价|口径)(?:计算)?|扣除价格因素(?:后)?)[，,]?\s*)?(?:又|再|预计|实际|五年|年均|平均|总量|同比|同口径|可比|比上年|比去年|较上年"
    r"|较去年|比(?:19|20)[0-9]{2}年)*"
    r"(?:增长|增加|增速|下降|提高|上升|回落|递增|递减|增产|减产|分别|增|降|达到)")
DISTRIBUTIVE = "分别"
#: Nouns joined after a mention up to its "分别": "和对外工程承包营业额" (one more item of the list).
_LIST_ITEMS = re.compile(r"(?:\s*[、和及与]\s*[^，,；;。、和及与\d]{2,20})+")
_ITEM_JOINER = re.compile(r"[、和及与]")
#: What may stand between a growth-rate name and its percentage: "经济增长预期目标为7%左右".
GROWTH_NAMED_CUE = re.compile(r"\s*(?:为|是|定为|在|达到|保持在)?\s*$")
#: A change from one level to another: "由23612元增加到31580元", "从人均8.7万元提高到12万元".
FROM_TO = re.compile(r"[由从][^，,；;。]*?(?:增加|提高|增长|提升|上升|扩大|下降|减少|降低|降|升)(?:到|至)")
#: Words before a stock (高新技术企业, 存款余额) that make its figure an inflow: "新增高新技术企业45家".
FLOW_CUE = re.compile(r"新增|新认定|新培育|培育|净增|新引进|引进")
#: A verb of change right before a level metric: its figure is the change, not the level ("削减财政赤字450亿元").
CHANGED_LEVEL = re.compile(r"(?:削减|减少|压减|压缩|缩减|增加|扩大)$")
#: The unit a count of people written with a bare scale takes ("1240万" → 万人).
PEOPLE_UNIT = "人"
#: A clause opening with "其中": what follows is a part of what came before.
PART_OPENER = re.compile(r"\s*其中")
#: A comparison with the year before: the growth is that one year's, never a span's ("2007年…能耗比上年下降3.27%").
ONE_YEAR_CHANGE = re.compile(r"比上年|较上年|比去年|较去年|同比")
_DIGIT = re.compile(r"[0-9]")
PERIOD_MARKERS = re.compile(
    r"(?P<H1>上半年)|(?P<H2>下半年)|(?P<Q1_Q3>前三季度)|(?P<Q1>(?:第)?一季度)|(?P<Q2>(?:第)?二季度)"
    r"|(?P<Q3>(?:第)?三季度)|(?P<Q4>(?:第)?四季度)|(?P<months>(?<![0-9])[0-9]{1,2}[-—至][0-9]{1,2}月)"
    r"|(?P<year>全年)"
)
_PERIOD_NAMES = {"H1": "H1", "H2": "H2", "Q1_Q3": "Q1-Q3", "Q1": "Q1", "Q2": "Q2", "Q3": "Q3", "Q4": "Q4",
                 "year": "year"}
_YEAR_MENTION = re.compile(r"(?<![比较与同在])((?:19|20)[0-9]{2})年(?!以来|以前|之前|起|至|到|相比|比|水平|基础|的基础)")
#: Enumerators opening a clause: "1.", "（2）", "①".
_ENUMERATOR = re.compile(r"(?:[0-9]+[.．、]|[（(][0-9一二三四五六七八九十]+[）)]|[①-⑳]|——)\s*")



@dataclass(frozen=True, slots=True)
class _SentenceMarks:
    """What the figures of one sentence look back for, found once per sentence.

    Searching from the sentence start for each figure is quadratic in the sentence length,
    and a sentence without 。 can run for pages ("生产总值增长6.5%，…" × 1000). The lookups
    take the marks ending at or before a mention's start; no metric name begins inside a
    period marker or a year ("上半年", "2022年"), so they match what a search up to there finds.
    """

    periods: list[re.Match[str]]  # PERIOD_MARKERS
    years: list[re.Match[str]]  # _YEAR_MENTION
    estimate_end: int  # end of the first 预计, or -1
    span_cues: SpanCues  # base years, plans, "五年", "累计"

    @classmethod
    def find(cls, text: str, start: int, end: int) -> _SentenceMarks:
        estimate = text.find(ESTIMATE_CUE, start, end)
        return cls(periods=list(PERIOD_MARKERS.finditer(text, start, end)),
                   years=list(_YEAR_MENTION.finditer(text, start, end)),
                   estimate_end=-1 if estimate < 0 else estimate + len(ESTIMATE_CUE),
                   span_cues=SpanCues.find(text, start, end))

    def period_before(self, position: int, default: str) -> str:
        """The last period named before `position` ("上半年" → "H1"), else `default`."""
        index = bisect_right(self.periods, position, key=re.Match.end)
        return period_name(self.periods[index - 1]) if index else default

    def year_before(self, position: int) -> int | None:
        """The last year named before `position` ("2022年", not "2022年以来"), else None."""
        index = bisect_right(self.years, position, key=re.Match.end)
        return int(self.years[index - 1].group(1)) if index else None

    def estimated_before(self, position: int) -> bool:
        """True when "预计" stands before `position`."""
        return 0 <= self.estimate_end <= position


@dataclass(slots=True)
class _Draft:
    """An indicator being assembled from one group's figures (and a later "分别" list)."""

    metric: Metric
    mention_start: int
    quote_start: int
    list_end: int  # the mention's end, or the end of a "分别" list it took a figure from
    scope: str | None
    values: list[Figure] = field(default_factory=list)
    growths: list[tuple[Figure, int]] = field(default_factory=list)  # figure and sign (+1 / -1)
    qualitative_end: int | None = None
    growth_named: bool = False  # named by its growth rate ("经济增长预期目标"): a bare percentage is growth
    predicate_end: int = 0  # where its predicate ends: "…降低4%左右、…减少2%的目标" names a target there


def extract_from_text(text: str, context: ExtractionContext, base: int = 0) -> list[Indicator]:
    """Every indicator stated in `text`, read in `context`; offsets are `base` + offsets in `text`.

    Figures are read from the digit-cleaned text (full-width and spaced digits made plain, see
    `corpus.digits`); quotes and offsets point back into `text` as written.
    """
    cleaned = clean_digits(text)
    indicators = _extract_from_clean_text(cleaned.text, context)
    for indicator in indicators:
        start, end = cleaned.original_start(indicator.start), cleaned.original_end(indicator.end)
        indicator.start, indicator.end, indicator.quote = base + start, base + end, text[start:end]
    return indicators


def _extract_from_clean_text(text: str, context: ExtractionContext) -> list[Indicator]:
    """Every indicator stated in digit-cleaned `text`; offsets and quotes are into `text`."""
    indicators: list[Indicator] = []
    target_from: int | None = None
    estimates_from: int | None = None
    paragraph_scope: str | None = None
    span = Span(*context.span_years) if context.span_years else None
    looking_back = False
    for start, end in _sentences(text):
        paragraph_scope = paragraph_part(text, start, context, paragraph_scope)
        cue = TARGET_CUE.search(text, start, end)
        if cue and target_from is None:
            target_from = _clause_start(text, start, cue.start())
        if estimates_from is None and ESTIMATE_ONWARD.search(text, start, end):
            estimates_from = start
        looking_back = _looks_back(text, start, context, looking_back)
        back = context.with_(kind=SectionKind.REVIEW, year=context.review_year) if looking_back else context
        opening_span = sentence_span(text, start, span)  # span words later in the sentence hold after them only
        span = paragraph_span(text, start, end, back, span)
        if not _DIGIT.search(text, start, end) and target_from is None and not context.targets_list:
            continue  # no figure, and not a target list where a qualitative target could stand
        sentence_context = context if estimates_from is None else context.with_(estimates=True)
        sentence_target_from = target_from
        if looking_back:
            sentence_context = sentence_context.with_(kind=SectionKind.REVIEW, year=context.review_year)
            sentence_target_from = None
        elif (own_target := TARGET_SENTENCE.search(text, start, end)) is not None and target_from is None:
            sentence_target_from = _clause_start(text, start, own_target.start())
        marks = _SentenceMarks.find(text, start, end)
        for draft in _sentence_drafts(text, start, end, context, paragraph_scope):
            indicators.extend(_indicators(text, draft, marks, sentence_context, sentence_target_from, opening_span))
    return indicators


def _looks_back(text: str, start: int, context: ExtractionContext, looking_back: bool) -> bool:
    """In the plan part, whether a sentence is about the review year: from one opening "过去一年" or
    "去年" up to one opening "今年" ("过去一年，…国内生产总值增长10.3%" is an actual, not a target)."""
    if context.kind is not SectionKind.PLAN or context.targets_list or context.review_year is None:
        return False
    if LOOKING_BACK.match(text, start):
        return True
    return looking_back and not LOOKING_AHEAD.match(text, start)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _sentence_drafts(text: str, start: int, end: int, context: ExtractionContext,
                     paragraph_scope: str | None = None) -> list[_Draft]:
    """Drafts for every metric mentioned in the sentence `text[start:end]`, with their figures attached."""
    mentions = find_mentions(text, start, end)
    groups = group_mentions(text, mentions)
    drafts: list[_Draft] = []
    previous_end = start
    carried_scope = sentence_part(text, start, context) or paragraph_scope
    for index, group in enumerate(groups):
        next_start = groups[index + 1].start if index + 1 < len(groups) else end
        region_end = _predicate_end(text, group.end, next_start)
        clause_start = _clause_start(text, start, group.start)
        quote_start = group.start if previous_end > clause_start else clause_start  # "…7万人、调查失业率…"
        previous_end = region_end
        scopes = subject_scopes(text[clause_start:group.start], context)
        if scopes is None or (len(scopes) > 1 and len(group.metric_ids) > 1):
            continue
        if scopes == [None] and not has_subject(text[clause_start:group.start]):
            scopes = [carried_scope]
        carried_scope = scopes[-1] if carries_on(scopes[-1]) else carried_scope
        flow = FLOW_CUE.search(text, clause_start, group.start) is not None
        group_drafts = [
            _Draft(_as_written(METRICS_BY_ID[metric_id], text, group.end, region_end), group.start, quote_start,
                   group.end, scope, growth_named=text[group.start:group.end] in GROWTH_NAMES,
                   predicate_end=region_end)
            for metric_id in group.metric_ids for scope in scopes
            if not (flow and METRICS_BY_ID[metric_id].stock)
        ]
        _attach_figures(text, group, group_drafts, drafts, region_end)
        if CHANGED_LEVEL.search(text, clause_start, group.start):
            for draft in group_drafts:
                if not draft.metric.flow:
                    draft.values = []  # "削减财政赤字450亿元": the cut, not the deficit
        drafts.extend(group_drafts)
    return _without_parts(text, drafts + _people_first_drafts(text, start, end, drafts, carried_scope))


def _without_parts(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """The drafts without a part of an earlier figure of the same metric: "611人全部脱贫，其中…349人稳定脱贫"."""
    kept: list[_Draft] = []
    seen: set[tuple[str, str | None]] = set()
    for draft in sorted(drafts, key=lambda d: d.quote_start):
        slot = (draft.metric.id, draft.scope)
        if slot not in seen or PART_OPENER.match(text, draft.quote_start, draft.mention_start) is None:
            kept.append(draft)
            seen.add(slot)
    return kept


def _people_first_drafts(text: str, start: int, end: int, drafts: list[_Draft], scope: str | None) -> list[_Draft]:
    """Drafts for counts named after their number ("5575万农村贫困人口实现脱贫") no other draft took."""
    taken = {(draft.metric.id, figure.start) for draft in drafts for figure in draft.values}
    return [_Draft(metric, figure.start, _clause_start(text, start, figure.start), name_end, scope, values=[figure],
                   predicate_end=name_end)
            for metric, figure, name_end in people_first_counts(text, start, end)
            if (metric.id, figure.start) not in taken]


def _as_written(metric: Metric, text: str, start: int, end: int) -> Metric:
    """The metric itself, or its percentage twin when its figure is a percentage ("优良天数达92%")."""
    if metric.percent_twin is None:
        return metric
    figures = find_figures(text, start, end)
    if figures and figures[0].is_percent and _role(METRICS_BY_ID[metric.percent_twin], figures[0]):
        return METRICS_BY_ID[metric.percent_twin]
    return metric


def _predicate_end(text: str, position: int, limit: int) -> int:
    """Where the predicate after a mention ends: the clause end, past clauses that continue it."""
    while True:
        brk = CLAUSE_BREAK.search(text, position, limit)
        if brk is None:
            return limit
        if brk.group() in "，," and CONTINUATION.match(text, brk.end(), limit):
            position = brk.end()
            continue
        return brk.start()


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    """Start of the clause holding `position` (after the last clause break), past leading spaces.

    The search walks back from `position`, so it reads the clause only, not the whole sentence.
    """
    start = position
    while start > sentence_start and text[start - 1] not in CLAUSE_BREAK_CHARS:
        start -= 1
    while start < position and text[start].isspace():
        start += 1
    enumerator = _ENUMERATOR.match(text, start, position)
    return enumerator.end() if enumerator else start


def _attach_figures(text: str, group: MentionGroup, own: list[_Draft], earlier: list[_Draft], end: int) -> None:
    """Give each draft of `group` its figures; a list ("分别增长a%和b%", "增长a%和b%") may reach back to `earlier`."""
    split = text.find(DISTRIBUTIVE, group.end, end)
    list_start = split + len(DISTRIBUTIVE) if split >= 0 else _trailing_list_start(text, group.end, end)
    own_end = end if list_start is None else (split if split >= 0 else list_start)
    own_figures = find_figures(text, group.end, own_end)
    if len(own) == 1:
        _take(own[0], own_figures)
    else:
        _share_or_spread(own, own_figures)
    others = _items_after(text, group.end, split) if split >= 0 else 0
    if list_start is not None:
        for run in _runs(find_figures(text, list_start, end)):
            run = _with_shared_bound(run)
            if others and len(run) == len(own) + others and len(own) == len(group.mentions):
                _spread(own, run[:len(own)])  # "对外直接投资和对外工程承包营业额分别达433亿美元和777亿美元"
            else:
                _spread_run(text, group, own, earlier, run)
    for draft in own:
        _mark_qualitative(text, draft, own_figures, group.end, end)


def _items_after(text: str, start: int, split: int) -> int:
    """How many other nouns a list names after the group and before its "分别" (0 when it is no such list)."""
    items = _LIST_ITEMS.fullmatch(text, start, split)
    return len(_ITEM_JOINER.findall(text, start, split)) if items else 0


def _trailing_list_start(text: str, start: int, end: int) -> int | None:
    """Where a predicate's closing list of percentages begins ("实际增长9.8%和8.5%"), or None.

    The list is two or more percentages joined by 和/、/及; it starts after the figure before it,
    so the first item keeps its verb ("增长") as its cue.
    """
    figures = find_figures(text, start, end)
    first = len(figures) - 1
    while first > 0 and figures[first].is_percent and figures[first - 1].is_percent \
            and LIST_CUE.match(figures[first].cue):
        first -= 1
    if len(figures) - first < 2 or not figures[-1].is_percent or LIST_CUE.match(figures[first].cue):
        return None
    return figures[first - 1].end if first > 0 else start


def _with_shared_bound(run: list[Figure]) -> list[Figure]:
    """A list whose last item alone carries a bound ("增长7%和8%左右") shares that bound with every item."""
    last = run[-1].comparator
    if len(run) < 2 or last not in (Comparator.ABOUT, Comparator.AT_LEAST, Comparator.AT_MOST):
        return run
    if any(figure.comparator is not Comparator.EXACT for figure in run[:-1]):
        return run
    return [replace(figure, comparator=last) for figure in run[:-1]] + [run[-1]]


def _runs(figures: list[Figure]) -> list[list[Figure]]:
    """A "分别" list split into runs of levels and of percentages: "分别达到35402元、11718元，增长6%和8.5%"."""
    runs: list[list[Figure]] = []
    for figure in figures:
        if runs and runs[-1][-1].is_percent == figure.is_percent:
            runs[-1].append(figure)
        else:
            runs.append([figure])
    return runs


def _spread_run(text: str, group: MentionGroup, own: list[_Draft], earlier: list[_Draft], run: list[Figure]) -> None:
    """Spread one run of a "分别" list over the group's drafts, or back over earlier ones lacking that figure.

    "城镇居民人均可支配收入23030元,农民人均纯收入8067元,分别增长10.9%和13.4%" reaches back to the
    urban income; "实际到位内资、利用外资分别增长30%和102.6%" gives the last figure to the last name.
    """
    if len(run) < 2:
        return
    coordinated = text[group.start - 1:group.start] == "、"
    if len(run) <= len(own) or coordinated:
        if len(run) == len(own) or coordinated:
            _spread(own, run)
        return
    receivers = (earlier + own)[-len(run):]
    roles = [_roles(draft, run)[index] for index, draft in enumerate(receivers)]
    if len(receivers) == len(run) and all(
            role is not None and not (draft.values if role[0] == "value" else draft.growths)
            for draft, role in zip(receivers, roles)):
        _spread(receivers, run)


def _share_or_spread(drafts: list[_Draft], figures: list[Figure]) -> None:
    """Several metrics, one predicate without "分别": one figure each is shared; as many as metrics, spread."""
    if len(figures) == 1:
        for draft in drafts:
            _take(draft, figures)
    elif len(figures) == len(drafts):
        _spread(drafts, figures)


def _spread(drafts: list[_Draft], figures: list[Figure]) -> None:
    """The figures of a list to the drafts, aligned at the end ("分别增长10.9%和13.4%")."""
    offset = len(figures) - len(drafts)
    for index, draft in enumerate(drafts):
        role = _roles(draft, figures)[offset + index]
        if role is not None:
            _attach(draft, figures[offset + index], role)
            draft.list_end = max(draft.list_end, figures[-1].end)


def _take(draft: _Draft, figures: list[Figure]) -> None:
    """Attach the figures that mean something for the draft's metric."""
    for figure, role in zip(figures, _roles(draft, figures)):
        if role is not None:
            _attach(draft, figure, role)


def _attach(draft: _Draft, figure: Figure, role: tuple[str, int]) -> None:
    what, sign = role
    if what == "value":
        draft.values.append(replace(figure, unit=figure.unit + PEOPLE_UNIT) if figure.unit in BARE_SCALES else figure)
    else:
        draft.growths.append((figure, sign))


def _roles(draft: _Draft, figures: list[Figure]) -> list[tuple[str, int] | None]:
    """The role of each figure of a run for `metric`; a list item ("和13.4%") repeats the one before."""
    roles: list[tuple[str, int] | None] = []
    for figure in figures:
        roles.append(_role(draft.metric, figure, roles[-1] if roles else None, draft.growth_named))
    return roles


def _role(metric: Metric, figure: Figure, previous: tuple[str, int] | None = None,
          growth_named: bool = False) -> tuple[str, int] | None:
    """("value", 1), ("growth", ±1) or None when the figure says nothing about the metric itself.

    After a name that is itself a growth rate ("经济增长预期目标为7%左右") a bare percentage is growth.
    """
    cue = figure.cue
    if FOREIGN_CUE.search(cue):
        return None
    if growth_named and figure.is_percent and GROWTH_NAMED_CUE.match(cue):
        return ("growth", 1)
    if previous and LIST_CUE.match(cue):
        return previous
    if figure.is_percent and not metric.is_rate:
        if RISE_CUE.search(cue) and metric.has_growth:
            return ("growth", 1)
        if FALL_CUE.search(cue) and metric.has_growth:
            return ("growth", -1)
        if IMPROVE_CUE.search(cue) and metric.has_growth:  # "PM2.5浓度改善10.3%": better is lower
            return ("growth", -1 if metric.lower_is_better else 1)
        return None
    if figure.is_percent and metric.rise_is_value and RISE_CUE.search(cue):
        return ("value", 1)  # "居民消费价格总水平比上年上涨4.8%": the rise is the figure
    if figure.is_percent:
        return None if RISE_CUE.search(cue) or FALL_CUE.search(cue) else ("value", 1)
    if figure.unit in BARE_SCALES and UnitFamily.PEOPLE in metric.families:
        return ("value", 1)  # "农村贫困人口减少1240万": a count of people in 万
    if unit_family(figure.unit) not in metric.families:
        return None
    if DELTA_CUE.search(cue) and not figure.threshold:
        return None
    return ("value", 1)


def _mark_qualitative(text: str, draft: _Draft, figures: list[Figure], start: int, end: int) -> None:
    """A draft with no figure whose predicate is a qualitative phrase ("与经济增长基本同步")."""
    if figures or draft.values or draft.growths or text[draft.mention_start - 1:draft.mention_start] in ("与", "同"):
        return  # "…与地区生产总值同步增长": the metric named after 与 is the yardstick, not the target
    predicate = text[start:end]
    for phrase in QUALITATIVE_PHRASES:
        at = predicate.find(phrase)
        if at >= 0:
            draft.qualitative_end = start + at + len(phrase)
            return


def _indicators(text: str, draft: _Draft, marks: _SentenceMarks, context: ExtractionContext,
                target_from: int | None, span: Span | None) -> list[Indicator]:
    """The finished indicators of one draft (none, one, or one per year / per bound)."""
    is_target = context.kind is SectionKind.PLAN or (target_from is not None and target_from <= draft.quote_start)
    if (not is_target and _names_a_target(text, draft)) or _names_a_standard(text, draft):
        return []  # a target of its time ("没有实现年初确定的…降低4%左右…的目标") or a standard, not a figure
    if is_target:
        kind = IndicatorKind.TARGET
    elif context.estimates or marks.estimated_before(_first_figure_start(draft)):
        kind = IndicatorKind.ESTIMATE
    else:
        kind = IndicatorKind.ACTUAL
    period = marks.period_before(draft.mention_start, context.period)
    default_year = _default_year(text, marks, draft.mention_start, context, is_target, target_from)
    common = dict(metric=draft.metric.id, report_id=context.report_id, section_id=context.section_id,
                  period=period, scope=draft.scope)

    def make(start: int, end: int, **fields: object) -> Indicator:
        end = max(end, draft.list_end)
        return Indicator(quote=text[start:end], start=start, end=end, **(common | fields))  # type: ignore[arg-type]

    if draft.qualitative_end is not None:
        if target_from is None and not context.targets_list:
            return []
        return [make(draft.quote_start, draft.qualitative_end, kind=IndicatorKind.QUALITATIVE,
                     comparator=Comparator.EXACT, year=default_year)]
    results: list[Indicator] = []
    values = _chosen_values(text, draft)
    growth = draft.growths[0] if draft.growths else None
    if len(values) > 1:  # one figure per year: "由2016年的423.3亿元增加到2020年的526.4亿元，年均增长5.6%"
        for figure in values:
            when = _value_when(text, marks.span_cues, draft, figure, default_year, span, context)
            if when is not None:
                results.append(make(draft.quote_start, figure.end, kind=kind, year=when[0], **_when(when[1]),
                                    **_value_fields(figure)))
        values = []
    value = values[0] if values else None
    value_when = _value_when(text, marks.span_cues, draft, value, default_year, span, context) \
        if value is not None else None
    growth_when = _growth_when(text, marks.span_cues, draft, growth[0], default_year, span, context) if growth is not None else None
    together = value_when is not None and growth_when is not None and value_when == growth_when and \
        growth is not None and value is not None and growth[0].comparator in (Comparator.EXACT, value.comparator)
    if value is not None and value_when is not None:
        year, span_text = value_when
        fields = _value_fields(value) | (_growth_fields(growth, value) if together and growth else {})
        end = max(value.end, growth[0].end) if together and growth else value.end
        if year is not None or not context.multi_year:
            results.append(make(draft.quote_start, end, kind=kind, year=year, **_when(span_text), **fields))
    if growth is not None and growth_when is not None and not together:
        year, span_text = growth_when
        if year is not None or not context.multi_year:
            results.append(make(draft.quote_start, growth[0].end, kind=kind, year=year, **_when(span_text),
                                comparator=growth[0].comparator, **_growth_fields(growth)))
    return [_as_goal_when_later(indicator, context) for indicator in results]


def _as_goal_when_later(indicator: Indicator, context: ExtractionContext) -> Indicator:
    """A figure dated after every year the document speaks of as done is a goal, never an outcome: "到2017年，
    生产总值突破4000亿元" in a 2013 text is a target."""
    latest = max((year for year in (context.year, context.plan_year) if year is not None), default=None)
    if indicator.kind is IndicatorKind.TARGET or latest is None or indicator.year is None or indicator.year <= latest:
        return indicator
    return replace(indicator, kind=IndicatorKind.TARGET)


def _names_a_target(text: str, draft: _Draft) -> bool:
    """Whether the draft's figures stand inside a target named as such ("…降低4%左右、…减少2%的目标")."""
    figures = [figure.end for figure in draft.values] + [figure.end for figure, _ in draft.growths]
    return bool(figures) and TARGET_NAMED.search(text, max(figures), draft.predicate_end) is not None


def _names_a_standard(text: str, draft: _Draft) -> bool:
    """Whether the draft's level is made a standard or a line ("…2300元（2010年不变价）作为新的国家扶贫标准")."""
    return any(STANDARD_NAMED.match(text, value.end, draft.predicate_end) for value in draft.values)


def _when(period: str | None) -> dict[str, object]:
    """The period field to override: a span ("2011-2015") replaces the sentence's period."""
    return {} if period is None else {"period": period}


def _value_when(text: str, cues: SpanCues, draft: _Draft, value: Figure, default_year: int | None,
                carried: Span | None, context: ExtractionContext) -> tuple[int | None, str | None] | None:
    """(year, span period or None) of a level, or None when it is unclear and dropped.

    A level with its own year is that year's. Within a span, a flow (城镇新增就业, 棚户区改造) and a
    running total ("五年累计完成投资9325亿元") sum the span's years; another level is the level at the
    span's end ("国内生产总值达到39.8万亿元"); an average level ("年均…") is unclear and dropped.
    """
    if value.year is not None:
        return value.year, None
    span = figure_span(cues, value.start, default_year, carried, context)
    if is_average(text, draft.quote_start, value.start):
        return None
    running_total = not draft.metric.is_rate and cues.running_total_before(draft.quote_start, value.start)
    if span is None:
        return default_year, None  # in a one-year part "全年累计…" is the year's total
    if draft.metric.flow or running_total:
        return span.last, span.period
    return span.last, None


def _growth_when(text: str, cues: SpanCues, draft: _Draft, growth: Figure, default_year: int | None,
                 carried: Span | None, context: ExtractionContext) -> tuple[int | None, str | None] | None:
    """(year, span period or None) of a growth rate, or None for an average with no span to average over."""
    if growth.year is not None:
        return growth.year, None
    if ONE_YEAR_CHANGE.search(text, draft.quote_start, growth.start):
        return default_year, None
    span = figure_span(cues, growth.start, default_year, carried, context)
    if span is not None:
        return span.last, span.period
    return None if is_average(text, draft.quote_start, growth.start) else (default_year, None)


def _first_figure_start(draft: _Draft) -> int:
    """Where the draft's first figure starts ("…预计完成84亿元": 预计 before it makes an estimate)."""
    starts = [figure.start for figure in draft.values] + [figure.start for figure, _ in draft.growths]
    return min(starts, default=draft.mention_start + 1)


def _chosen_values(text: str, draft: _Draft) -> list[Figure]:
    """The value figures to report: one per stated year, else the figure itself over a threshold crossed.

    In "从54万亿元增加到82.7万亿元" the figure before the change is the earlier level: it is kept
    only with its own year ("由2016年的423.3亿元增加到…"); the figure after it is the level now.
    """
    values = draft.values
    change = FROM_TO.search(text, draft.quote_start, values[-1].start) if values else None
    if change is not None and any(figure.start >= change.end() for figure in values):
        before = [figure for figure in values if figure.start < change.end() and figure.year is not None]
        after = [figure for figure in values if figure.start >= change.end()]
        return before + after[:1]  # the dated level before the change, the level after it
    years = [figure.year for figure in values]
    if len(values) > 1 and None not in years and len(set(years)) == len(years):
        return values
    stated = [figure for figure in values if not figure.threshold]
    return (stated or values)[:1]


def _value_fields(figure: Figure) -> dict[str, object]:
    normalised = normalise(figure.low, figure.unit)
    base_value, base_unit = normalised if normalised else (None, "")
    return dict(comparator=figure.comparator, value=figure.low, value_high=figure.high, unit=figure.unit,
                base_value=base_value, base_unit=base_unit)


def _growth_fields(growth: tuple[Figure, int], value: Figure | None = None) -> dict[str, object]:
    """The growth fields; beside a value with another bound, the growth's own bound too."""
    figure, sign = growth
    own_bound = figure.comparator if value is not None and figure.comparator is not value.comparator else None
    return dict(growth=sign * figure.low, growth_high=None if figure.high is None else sign * figure.high,
                growth_comparator=own_bound)


def period_name(match: re.Match[str]) -> str:
    """The period a `PERIOD_MARKERS` match names: "H1", "Q1-Q3", "1-11", "year" …"""
    if match.lastgroup == "months":
        return match.group().rstrip("月").replace("—", "-").replace("至", "-")
    return _PERIOD_NAMES[match.lastgroup or "year"]


def _default_year(text: str, marks: _SentenceMarks, position: int, context: ExtractionContext, is_target: bool,
                  target_from: int | None) -> int | None:
    """The year of a figure that names none: stated in the sentence, else the context's."""
    if is_target and target_from is not None and context.kind is not SectionKind.PLAN:
        cue_sentence_end = SENTENCE_END.search(text, target_from)
        stop = min(position, cue_sentence_end.start() if cue_sentence_end else len(text))
        mentioned = _YEAR_MENTION.findall(text, _sentence_start_before(text, target_from), max(stop, target_from))
        return int(mentioned[-1]) if mentioned else context.plan_year
    if context.multi_year or context.kind in (SectionKind.OTHER, SectionKind.PLAN):
        stated = marks.year_before(position)
        if stated is not None:
            return stated
    return None if context.multi_year else context.year


def _sentence_start_before(text: str, position: int) -> int:
    found = [match.end() for match in SENTENCE_END.finditer(text, 0, position)]
    return found[-1] if found else 0
