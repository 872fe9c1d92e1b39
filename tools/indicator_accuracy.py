"""Score indicator extraction against the hand-annotated gold set (tests/gold/*.json).

Run `python -m tools.indicator_accuracy [GOLD_DIR]`: it parses each gold file's source,
extracts indicators and prints precision and recall per metric and per kind, then the
misses and the wrong extractions.

A gold file names its `source` (a file of corpus/samples or its subfolders, else of
tests/gold/sources: real reports kept only as test data), the text its report `begins`
with (and, for a compilation parsed as one text, the text the next report begins with:
`ends_before`), and lists the indicators a careful reader would put in a spreadsheet.
Each gold indicator has a `quote` locating it (its `occurrence`-th match, 0-based, after
the report's start) and the fields it must have; omitted fields take the model's defaults.
An extracted indicator matches a gold one when every field is equal and their spans
overlap; each is matched at most once.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from corpus import parse_file
from corpus.model import Comparator, Indicator

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
SAMPLES = ROOT / "corpus" / "samples"
GOLD_SOURCES = GOLD_DIR / "sources"
COMPARED = ("metric", "kind", "comparator", "year", "period", "scope", "unit")
COMPARED_NUMBERS = ("value", "value_high", "growth", "growth_high")


@dataclass(frozen=True, slots=True)
class GoldIndicator:
    """One annotated indicator, located in the report text."""

    fields: dict[str, object]
    start: int  # -1 when the quote is not in the text
    end: int
    source: str

    @classmethod
    def from_json(cls, data: dict[str, object], text: str, region_start: int, source: str) -> GoldIndicator:
        quote = str(data["quote"])
        at = region_start - 1
        for _ in range(int(data.get("occurrence", 0)) + 1):  # type: ignore[call-overload]
            at = text.find(quote, at + 1)
            if at < 0:
                break
        fields = {"comparator": Comparator.EXACT.value, "period": "year", "scope": None, "unit": "",
                  "value": None, "value_high": None, "growth": None, "growth_high": None}
        fields.update({k: v for k, v in data.items() if k not in ("quote", "occurrence")})
        return cls(fields, at, at + len(quote) if at >= 0 else -1, source)


@dataclass(slots=True)
class Tally:
    """Matches, misses (gold not extracted) and false hits (extracted, not gold) for one bucket."""

    matched: int = 0
    missed: int = 0
    false: int = 0

    @property
    def precision(self) -> float:
        found = self.matched + self.false
        return self.matched / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.matched + self.missed
        return self.matched / wanted if wanted else 1.0


@dataclass(slots=True)
class Score:
    """Tallies overall, per metric and per kind, with the unmatched items for inspection."""

    total: Tally = field(default_factory=Tally)
    by_metric: dict[str, Tally] = field(default_factory=dict)
    by_kind: dict[str, Tally] = field(default_factory=dict)
    by_report: dict[str, Tally] = field(default_factory=dict)
    misses: list[GoldIndicator] = field(default_factory=list)
    false_hits: list[tuple[str, Indicator]] = field(default_factory=list)

    def count(self, report: str, metric: str, kind: str, outcome: str) -> None:
        for tally in (self.total, self.by_metric.setdefault(metric, Tally()), self.by_kind.setdefault(kind, Tally()),
                      self.by_report.setdefault(report, Tally())):
            setattr(tally, outcome, getattr(tally, outcome) + 1)


def score(gold_dir: Path = GOLD_DIR) -> Score:
    """Extract indicators for every gold file in `gold_dir` and tally them against the annotations."""
    result = Score()
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        extracted, wanted = _gold_report(gold, gold_path.name)
        _tally(result, extracted, wanted, gold_path.name)
    return result


def _gold_report(gold: dict, name: str) -> tuple[list[Indicator], list[GoldIndicator]]:
    """The report text a gold file describes, the indicators extracted in its region, and the gold ones."""
    begins, ends_before = gold["begins"], gold.get("ends_before")
    for report in parse_file(source_path(gold["source"])):
        start = report.text.find(begins)
        if start < 0:
            continue
        end = report.text.find(ends_before, start) if ends_before else -1
        end = len(report.text) if end < 0 else end
        extracted = [i for i in report.indicators if start <= i.start and i.end <= end]
        wanted = [GoldIndicator.from_json(item, report.text, start, name) for item in gold["indicators"]]
        return extracted, wanted
    raise ValueError(f"{name}: no report of {gold['source']} begins with {begins!r}")


def source_path(name: str) -> Path:
    """The file a gold annotation describes: a bundled sample first, else a test-only source."""
    bundled = sorted(SAMPLES.rglob(name))
    return bundled[0] if bundled else GOLD_SOURCES / name


def _tally(result: Score, extracted: list[Indicator], wanted: list[GoldIndicator], name: str) -> None:
    unmatched = list(extracted)
    for gold in wanted:
        match = next((e for e in unmatched if _matches(e, gold)), None)
        if match is None:
            result.count(name, str(gold.fields["metric"]), str(gold.fields["kind"]), "missed")
            result.misses.append(gold)
        else:
            unmatched.remove(match)
            result.count(name, match.metric, match.kind.value, "matched")
    for indicator in unmatched:
        result.count(name, indicator.metric, indicator.kind.value, "false")
        result.false_hits.append((name, indicator))


def _matches(indicator: Indicator, gold: GoldIndicator) -> bool:
    if gold.start < 0 or indicator.end <= gold.start or gold.end <= indicator.start:
        return False
    for name in COMPARED:
        mine = getattr(indicator, name)
        if (mine.value if hasattr(mine, "value") else mine) != gold.fields[name]:
            return False
    return all(_same_number(getattr(indicator, name), gold.fields[name]) for name in COMPARED_NUMBERS)


def _same_number(mine: float | None, theirs: object) -> bool:
    if mine is None or theirs is None:
        return mine is None and theirs is None
    return math.isclose(mine, float(theirs))  # type: ignore[arg-type]


def report_lines(result: Score) -> Iterable[str]:
    """The printed report: per-kind and per-metric tables, then every miss and false hit."""
    yield f"{'':28}{'precision':>10}{'recall':>8}{'matched':>9}{'missed':>8}{'false':>7}"
    yield _row("all", result.total)
    for title, tallies in (("by gold report", result.by_report), ("by kind", result.by_kind),
                           ("by metric", result.by_metric)):
        yield f"-- {title}"
        for name, tally in sorted(tallies.items()):
            yield _row(name, tally)
    for gold in result.misses:
        where = "quote not found" if gold.start < 0 else f"at {gold.start}"
        yield f"MISSED  {gold.source} {where}: {gold.fields}"
    for name, indicator in result.false_hits:
        yield (f"FALSE   {name}: {indicator.metric} {indicator.kind.value} {indicator.comparator.value} "
               f"value={indicator.value}{indicator.unit} growth={indicator.growth} year={indicator.year} "
               f"period={indicator.period} scope={indicator.scope} | {indicator.quote}")


def _row(name: str, tally: Tally) -> str:
    return (f"{name:28}{tally.precision:>10.1%}{tally.recall:>8.1%}{tally.matched:>9}{tally.missed:>8}"
            f"{tally.false:>7}")


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy report for the gold directory given (default tests/gold)."""
    args = sys.argv[1:] if argv is None else argv
    for line in report_lines(score(Path(args[0]) if args else GOLD_DIR)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
