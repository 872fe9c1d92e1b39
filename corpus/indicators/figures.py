"""Figures (数字) in a stretch of text: numbers with their unit, bounds and the words before them.

A figure is "1913.5亿元", "6%左右", "6.5%-7%", "3.5%以内". Each carries its cue — the text
between the previous figure (or the start of the stretch) and this one — because the cue
decides what the number means: "增长10.4%" is growth, "突破300亿元" a threshold, "占全省的52.7%"
a share (not a value of the metric at all), "增加14天" a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.model import Comparator
from corpus.units import UNIT_SYMBOLS

NUMBER = r"[0-9]+(?:[.．][0-9]+)?"  # "2．67" (a full-width point) is 2.67, never 67
RANGE_SEPARATOR = r"[-—–~～至到]"
_UNITS = "|".join(re.escape(symbol) for symbol in UNIT_SYMBOLS)
_BOUND_SUFFIX = r"(?P<suffix>\s*(?:左右|以上|以内|以下|大关))?"
FIGURE = re.compile(
    rf"(?<![0-9.．A-Za-z])(?P<low>{NUMBER})"
    rf"(?:(?P<percent>\s*[%％](?:\s*{RANGE_SEPARATOR}\s*(?P<high_p>{NUMBER})\s*[%％])?)"
    rf"|(?:\s*{RANGE_SEPARATOR}\s*(?P<high_r>{NUMBER})\s*(?P<range_unit>[%％]|{_UNITS}))"
    rf"|\s*(?P<unit>{_UNITS})|(?P<scale>万|亿)(?=[，,；;。、）)]|$)){_BOUND_SUFFIX}"
)
#: A count with a scale and no unit ("农村贫困人口减少1240万，"): people, when its metric counts people.
BARE_SCALES = frozenset({"万", "亿"})

_SUFFIX_BOUNDS = {"左右": Comparator.ABOUT, "以上": Comparator.AT_LEAST, "大关": Comparator.AT_LEAST,
                  "以内": Comparator.AT_MOST, "以下": Comparator.AT_MOST}
#: Words right before a number that make it a bar crossed: "首次突破300亿元" (a threshold, not the value).
_THRESHOLD_VERBS = re.compile(r"(突破|跨过|跨越|超过|迈上|迈过|站上|越过|超)\s*$")
_AT_LEAST_CUE = re.compile(r"(不低于|高于)\s*$")
_AT_MOST_CUE = re.compile(r"(控制在|不超过|不高于|低于)\s*$")
#: A growth rate: "增长10.4%", "同比增长", "增速达到".
RISE_CUE = re.compile(r"(增长|增速|增幅|上升|提高|提升|回升|增加|递增|增)(了|为|达|达到|完成|实现|超过|不低于|高于|保持在)?\s*$")
FALL_CUE = re.compile(r"(下降|降低|减少|回落|降幅|下降了|降)(了|为|达|达到)?\s*$")
#: A change for the better: a fall for a metric where lower is better (PM2.5), a rise otherwise.
IMPROVE_CUE = re.compile(r"改善(了|为|达)?\s*$")
#: A change in level, not a level: "比上年增加14天".
DELTA_CUE = re.compile(r"(增加|减少|提高|降低|下降|增长|新增|增产|减产|多|少)(了)?\s*$")
#: A number that is not a figure of the metric: shares and ranks (averages and running totals are spans).
FOREIGN_CUE = re.compile(r"占|比重|排名|排在|居全|以来")
#: A list continuing the previous figure's role: "分别增长10.9%和13.4%".
LIST_CUE = re.compile(r"^\s*[和、及与,，]\s*$")
#: A year attached to the figure: "由2016年的423.3亿元".
YEAR_CUE = re.compile(r"((?:19|20)[0-9]{2})年(?:的|底|末|全年)?(?:达到|为|实现|完成)?\s*$")


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with unit and bound, at `start`..`end` of the text it was found in."""

    start: int
    end: int
    low: float
    high: float | None
    unit: str  # "%" for percentages
    comparator: Comparator
    cue: str  # text between the previous figure (or the stretch start) and this one
    threshold: bool  # stated as a bar crossed ("突破300亿元"), not as the figure itself

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def year(self) -> int | None:
        """The year written right before the number, if any."""
        match = YEAR_CUE.search(self.cue)
        return int(match.group(1)) if match else None


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in `text[start:end]`, in reading order, offsets relative to `text`."""
    end = len(text) if end is None else end
    figures: list[Figure] = []
    cue_start = start
    for match in FIGURE.finditer(text, start, end):
        cue = text[cue_start:match.start()]
        figures.append(_figure(match, cue))
        cue_start = match.end()
    return figures


def _figure(match: re.Match[str], cue: str) -> Figure:
    high_text = match.group("high_p") or match.group("high_r")
    unit = match.group("unit") or match.group("range_unit") or match.group("scale") or "%"
    unit = "%" if unit == "％" else unit
    suffix = (match.group("suffix") or "").strip()
    threshold = bool(_THRESHOLD_VERBS.search(cue)) or suffix == "大关"
    if high_text:
        comparator = Comparator.RANGE
    elif suffix:
        comparator = _SUFFIX_BOUNDS[suffix]
    elif threshold or _AT_LEAST_CUE.search(cue):
        comparator = Comparator.AT_LEAST
    elif _AT_MOST_CUE.search(cue):
        comparator = Comparator.AT_MOST
    else:
        comparator = Comparator.EXACT
    return Figure(
        start=match.start(),
        end=match.end(),
        low=_number(match.group("low")),
        high=_number(high_text) if high_text else None,
        unit=unit,
        comparator=comparator,
        cue=cue,
        threshold=threshold,
    )


def _number(written: str) -> float:
    return float(written.replace("．", "."))
