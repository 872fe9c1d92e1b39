"""The scale corpus (规模语料): N realistic report files derived from the sample corpus.

`python -m bench.corpus N DIR [--seed S]` writes files holding N reports in all.
Every report is a real report of `corpus/samples` with its place swapped for
another real place of the gazetteer at the same level (a district keeps a parent
city, and the province follows the place), its years shifted by up to twenty
years and its figures scaled. Files mix the shapes of the samples — a clean single
report, a compilation (汇编) with a table of contents, a chunked scrape, a
paywalled copy (试读结束), a scraped web page, a news article, a national report
of `corpus/samples/national` (which keeps its place, 全国: the whole country has
no stand-in) — and are written in UTF-8 or GB18030. The output is a pure function
of N and the seed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from corpus.gazetteer import Division, DivisionLevel, Gazetteer, gazetteer, short_name
from corpus.model import PlaceLevel
from corpus.places import identify_place
from corpus.reading import read_source

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"

#: Shape of each whole sample file; the compilation (003) is split into its reports instead.
WHOLE_FILE_SHAPES = {"000": "chunked", "001": "paywalled", "002": "webpage", "004": "news"}
COMPILATION_SAMPLE = "003"

#: How often each file shape is drawn (a compilation holds 2–19 reports).
SHAPE_WEIGHTS = {"report": 40, "compilation": 14, "chunked": 8, "paywalled": 10, "webpage": 16, "news": 8,
                 "national": 4}
GB18030_SHARE = 0.25
YEAR_SHIFTS = range(-19, 2)  # title years 2001–2024 for the 2020–2023 samples

#: A report title line of the compilation (003): "2022年济南市政府工作报告".
COMPILED_TITLE = re.compile(r"^\d{4}年\S+政府工作报告$", re.MULTILINE)
#: A figure: an integer or decimal that is not part of a longer number or a list number ("1．", "2、").
FIGURE = re.compile(r"(?<![\d.．])\d+(?:\.\d+)?(?![\d．、]|\.(?!\d))")
#: Figures followed by one of these are dates, times or ordinals and keep their value.
KEEP_BEFORE = frozenset("月日时号届次期批")
#: Small integers next to one of these are parts of a date or time ("2021-12-07", "17:09").
DATE_SEPARATORS = frozenset("-:")


@dataclass(frozen=True, slots=True)
class Seed:
    """One report of the sample corpus, the template for derived reports."""

    shape: str
    text: str
    place: Division | None  # None for a national report: its place (全国) is never swapped
    forms: dict[str, str]  # role → written form, as `written_forms` gives them
    names: re.Pattern[str] | None  # any of the written forms


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """One file of the scale corpus before it is written."""

    index: int
    shape: str
    reports: int


@dataclass(slots=True)
class CorpusSummary:
    """What `write_corpus` wrote."""

    files: int = 0
    reports: int = 0
    bytes: int = 0
    seconds: float = 0.0


def county_short_name(name: str) -> str:
    """A county-level name without its suffix ("黄岛区" → "黄岛"), kept whole when one character would remain."""
    return name[:-1] if len(name) > 2 else name


def written_forms(places: Gazetteer, division: Division, alias: str | None = None) -> dict[str, str]:
    """Each role of a place's names ("full", "short", "province", "parent", …) → how it is written."""
    province = places.province(division)
    forms = {"full": division.name, "short": short_name(division) or county_short_name(division.name),
             "province": province.name, "province_short": short_name(province) or province.name}
    parent = places.parent(division)
    if parent is not None and parent.level is DivisionLevel.PREFECTURE:
        forms |= {"parent": parent.name, "parent_short": short_name(parent) or parent.name}
    forms["alias"] = alias or forms["short"] + "新区"
    return forms


def kind_of(division: Division) -> tuple[str, str]:
    """Divisions that can stand in for each other: same level, same suffix (地级市, 县级市, 区, 县, 旗 …)."""
    return division.level, division.name[-1]


def seed_from_text(places: Gazetteer, shape: str, text: str) -> Seed:
    """A seed report, with its place identified from its first lines as the parser does."""
    title = next(line for line in text.splitlines() if line.strip())
    place = identify_place(title, text[:3000])
    if place is not None and place.level is PlaceLevel.NATIONAL:
        return Seed(shape, text, None, {}, None)
    division = places.get(place.adcode or "") if place is not None else None
    if place is None or division is None:
        raise ValueError(f"sample report {title!r}: its place is not in the gazetteer")
    forms = written_forms(places, division, place.alias)
    pattern = re.compile("|".join(map(re.escape, sorted(set(forms.values()), key=len, reverse=True))))
    return Seed(shape, text, division, forms, pattern)


def split_compilation(text: str) -> list[str]:
    """The reports of a compilation, each from its title line to the next title (the TOC dropped)."""
    starts = [match.start() for match in COMPILED_TITLE.finditer(text)]
    return [text[start:end] for start, end in zip(starts, [*starts[1:], len(text)])]


def load_seeds(places: Gazetteer, samples: Path = SAMPLES) -> dict[str, list[Seed]]:
    """Seed reports by shape: "report" holds the compilation's reports, "national" the national series
    (`national/`, GBK), other shapes one whole file each."""
    seeds: dict[str, list[Seed]] = {}
    for path in sorted(samples.glob("*.txt")):
        prefix, text = path.name[:3], path.read_text(encoding="utf-8")
        if prefix == COMPILATION_SAMPLE:
            seeds["report"] = [seed_from_text(places, "report", part) for part in split_compilation(text)]
        elif prefix in WHOLE_FILE_SHAPES:
            seeds[WHOLE_FILE_SHAPES[prefix]] = [seed_from_text(places, WHOLE_FILE_SHAPES[prefix], text)]
    seeds["national"] = [seed_from_text(places, "national", read_source(path))
                         for path in sorted((samples / "national").glob("*.txt"))]
    return seeds


class Generator:
    """Derives reports from the seeds; each file's choices come from its own random stream."""

    def __init__(self, places: Gazetteer, seeds: dict[str, list[Seed]], seed: int) -> None:
        self.places = places
        self.seeds = seeds
        self.seed = seed
        self.targets: dict[tuple[str, str], list[Division]] = {}
        for division in places:
            if len(places.named(division.name)) == 1:  # a name the parser can resolve without context
                self.targets.setdefault(kind_of(division), []).append(division)

    def plan(self, reports: int) -> Iterator[PlannedFile]:
        """Files holding `reports` reports in all, shapes drawn by `SHAPE_WEIGHTS`."""
        shapes, weights = list(SHAPE_WEIGHTS), list(SHAPE_WEIGHTS.values())
        index = 0
        while reports > 0:
            rng = self.random(index, "plan")
            shape = rng.choices(shapes, weights)[0]
            count = min(rng.randint(2, len(self.seeds["report"])), reports) if shape == "compilation" else 1
            yield PlannedFile(index, shape, count)
            reports -= count
            index += 1

    def random(self, index: int, purpose: str) -> random.Random:
        return random.Random(f"{self.seed}:{index}:{purpose}")

    def derive(self, seed: Seed, rng: random.Random) -> str:
        """The seed's text about another place (a national report keeps its own), years shifted and figures scaled."""
        text = seed.text
        if seed.place is not None and seed.names is not None:
            target = written_forms(self.places, rng.choice(self.targets[kind_of(seed.place)]))
            table = {written: target.get(role, target["full"]) for role, written in seed.forms.items()}
            text = seed.names.sub(lambda match: table[match.group()], seed.text)
        shift, amount_factor, percent_factor = rng.choice(YEAR_SHIFTS), rng.uniform(0.6, 1.6), rng.uniform(0.5, 1.5)

        def vary(match: re.Match[str]) -> str:
            written = match.group()
            following = text[match.end():match.end() + 1]
            if following in KEEP_BEFORE:
                return written
            if len(written) <= 2 and DATE_SEPARATORS & {following, text[match.start() - 1:match.start()]}:
                return written
            whole, _, fraction = written.partition(".")
            if not fraction and len(whole) == 4 and 1980 <= int(whole) <= 2030:
                return str(int(whole) + shift)
            value = float(written) * (percent_factor if following == "%" else amount_factor)
            if fraction:
                return f"{value:.{len(fraction)}f}"
            return written if int(whole) < 10 else str(round(value))

        return FIGURE.sub(vary, text)

    def file_text(self, planned: PlannedFile) -> str:
        rng = self.random(planned.index, "text")
        if planned.shape != "compilation":
            pool = self.seeds["report" if planned.shape == "report" else planned.shape]
            return self.derive(rng.choice(pool), rng)
        parts = [self.derive(seed, rng) for seed in rng.sample(self.seeds["report"], planned.reports)]
        return table_of_contents(parts) + "".join(parts)

    def write(self, planned: PlannedFile, directory: Path) -> int:
        """Write one planned file; return its size in bytes."""
        encoding = "gb18030" if self.random(planned.index, "encoding").random() < GB18030_SHARE else "utf-8"
        data = self.file_text(planned).encode(encoding)
        (directory / f"{planned.index:05d}_{planned.shape}_{encoding}.txt").write_bytes(data)
        return len(data)


def table_of_contents(parts: list[str]) -> str:
    """A compilation's 目录 as in the sample: "1．<title>\\t<page>", pages counted from text length."""
    lines, page = ["", "目\t录"], 1
    for number, part in enumerate(parts, 1):
        lines.append(f"{number}．{part.splitlines()[0]}\t{page}")
        page += len(part) // 1800 + 1
    return "\n".join(lines) + "\n\n\n"


def write_corpus(reports: int, directory: Path, seed: int = 0) -> CorpusSummary:
    """Write the scale corpus of `reports` reports into `directory`; return what was written."""
    started = time.perf_counter()
    directory.mkdir(parents=True, exist_ok=True)
    places = gazetteer()
    generator = Generator(places, load_seeds(places), seed)
    summary = CorpusSummary()
    for planned in generator.plan(reports):
        summary.bytes += generator.write(planned, directory)
        summary.files += 1
        summary.reports += planned.reports
    summary.seconds = time.perf_counter() - started
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("reports", type=int, metavar="N", help="number of reports to write")
    parser.add_argument("directory", type=Path, metavar="DIR")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same files")
    args = parser.parse_args(argv)
    summary = write_corpus(args.reports, args.directory, args.seed)
    print(f"{summary.reports} reports in {summary.files} files, {summary.bytes / 1e6:.1f} MB, "
          f"written to {args.directory} in {summary.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
