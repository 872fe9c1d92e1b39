"""Parser fuzzing: random and mutated seed text always yields reports or a clean refusal.

Each report's offsets must point into its text, and the indicators extracted from
it must quote that text exactly.

Mutations of the real seed documents: cut, spliced with another seed, characters
replaced, headings duplicated, TOC entries without bodies added; and, through
`parse_file`, the encoded bytes flipped and HTML pages with random, unbalanced
markup. Each property runs 300 examples by default (derandomised, so CI repeats
itself) and 10,000 in the `long` run (`pytest -m long`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import parse_file, parse_text
from corpus.errors import RefusedSource
from corpus.indicators import extract_indicators
from corpus.model import Report

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"
SEEDS = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
#: The longest stretch of a seed one example works on (the whole 003 compilation is 300,000 characters).
MAX_WINDOW = 40_000

_QUIET = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
#: The default run is derandomised, so CI repeats itself; the long run explores anew each time.
DEFAULT_RUN = settings(max_examples=300, derandomize=True, **_QUIET)
LONG_RUN = settings(max_examples=10_000, **_QUIET)

HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]).{1,60}$", re.MULTILINE)
#: Characters that matter to the parser: numbering, full-width punctuation, chunk and paywall markers.
PARSER_ALPHABET = st.sampled_from(list(
    "一二三四五六七八九十（）()、，。；：:．.—-#%年月日市县区省新工作报告回顾安排目录名词解释注释试读结束"
    "0123456789 \n\n\n\t\u3000\u00a0\r\ufeff\x00"
))


# --- strategies ---------------------------------------------------------------

@st.composite
def seed_windows(draw: st.DrawFn) -> str:
    """A stretch of one seed document, from a random start."""
    seed = draw(st.sampled_from(SEEDS))
    start = draw(st.integers(0, len(seed)))
    return seed[start:start + draw(st.integers(0, MAX_WINDOW))]


def cut(draw: st.DrawFn, text: str) -> str:
    start = draw(st.integers(0, len(text)))
    return text[:start] + text[start + draw(st.integers(0, 5_000)):]


def splice(draw: st.DrawFn, text: str) -> str:
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(seed_windows()) + text[at:]


def replace_characters(draw: st.DrawFn, text: str) -> str:
    characters = list(text)
    for _ in range(draw(st.integers(1, 20))):
        if characters:
            characters[draw(st.integers(0, len(characters) - 1))] = draw(st.one_of(PARSER_ALPHABET, st.characters()))
    return "".join(characters)


def duplicate_heading(draw: st.DrawFn, text: str) -> str:
    headings = HEADING.findall(text)
    if not headings:
        return text
    at = draw(st.integers(0, len(text)))
    return f"{text[:at]}\n{draw(st.sampled_from(headings))}\n{text[at:]}"


def toc_without_bodies(draw: st.DrawFn, text: str) -> str:
    """A table of contents in the 003 style whose reports never follow."""
    places = draw(st.lists(st.sampled_from(["兰州市", "庄浪县", "龙子湖区", "青岛市黄岛区（西海岸新区）", "鼓楼区"]),
                           min_size=1, max_size=25))
    entries = [f"{number}．2022年{place}政府工作报告\t{number * 13}" for number, place in enumerate(places, 1)]
    at = draw(st.integers(0, len(text)))
    return text[:at] + "\n目\t录\n" + "\n".join(entries) + "\n" + text[at:]


MUTATIONS: list[Callable[[st.DrawFn, str], str]] = [cut, splice, replace_characters, duplicate_heading,
                                                     toc_without_bodies]


@st.composite
def mutated_seeds(draw: st.DrawFn) -> str:
    """A seed stretch with up to five mutations applied in turn."""
    text = draw(seed_windows())
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), max_size=5)):
        text = mutation(draw, text)
    return text


NUMERALS = st.sampled_from(list("一二三四五六七八九十") + ["十一", "二十"])
WORDS = st.text(PARSER_ALPHABET, max_size=40)
#: Lines of the shapes the parser reacts to, with random contents.
STRUCTURAL_LINES = st.one_of(
    st.builds("{}、{}".format, NUMERALS, WORDS),
    st.builds("（{}）{}。{}".format, NUMERALS, WORDS, WORDS),
    st.builds("{}．{}".format, st.integers(0, 30), WORDS),
    st.builds("{}. {}".format, st.integers(0, 30), WORDS),
    st.builds("{}、{}".format, st.integers(1, 20), WORDS),  # scrape chunk markers
    st.builds("{}年工作回顾".format, st.integers(1990, 2030)),
    st.builds("{}．{}年{}政府工作报告\t{}".format, st.integers(1, 30), st.integers(1990, 2030),
              st.sampled_from(["兰州市", "庄浪县", "鼓楼区", "某市"]), st.integers(1, 400)),
    st.sampled_from(["目\t录", "名词解释", "附件：名词注释", "##paidbegin##", "##paidend##", "试读结束", "首页",
                     "相关阅读", "政 府 工 作 报 告", "各位代表：", "——2021年12月7日在武威市第五届人民代表大会第一次会议上"]),
    WORDS,
)
structured_texts = st.lists(STRUCTURAL_LINES, max_size=60).map("\n".join)
random_texts = st.one_of(structured_texts, st.text(PARSER_ALPHABET, max_size=2_000), st.text(max_size=2_000))


@st.composite
def flipped_bytes(draw: st.DrawFn) -> bytes:
    """A seed stretch encoded as UTF-8, GB18030 or UTF-16, with some bytes overwritten."""
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
    data = bytearray(draw(seed_windows()).encode(encoding))
    for _ in range(draw(st.integers(0, 10))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One file path that each example overwrites."""
    return tmp_path_factory.mktemp("fuzz") / "fuzz.txt"


TAGS = st.sampled_from(["p", "div", "br", "script", "style", "nav", "pre", "b", "table", "td", "li", "head", "body",
                        "html", "!--", "![CDATA[", "title"])
MARKUP = st.one_of(
    st.builds("<{}>".format, TAGS), st.builds("</{}>".format, TAGS), st.builds("<{} class='{}'>".format, TAGS, WORDS),
    st.sampled_from(["&nbsp;", "&#12288;", "&amp;", "&#0;", "&#xD800;", "<", ">", "-->", "<!DOCTYPE html>"]),
)


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    """Seed text cut into pieces with random, often unbalanced, markup between them."""
    pieces = draw(st.lists(st.one_of(MARKUP, seed_windows().map(lambda text: text[:300]), WORDS), max_size=80))
    return "".join(pieces).encode(draw(st.sampled_from(["utf-8", "gb18030", "utf-16"])), errors="replace")


# --- properties -----------------------------------------------------------------

def assert_well_formed(reports: list[Report]) -> None:
    """A list of reports, every offset pointing into its report's text, indicators quoting it exactly.

    An empty list is tolerated here: see `test_file_of_site_chrome_only_is_refused`.
    """
    assert isinstance(reports, list) and all(isinstance(report, Report) for report in reports)
    for report in reports:
        for section in report.walk_sections():
            assert 0 <= section.start <= section.end <= len(report.text), section.id
            for paragraph in section.paragraphs:
                assert report.text[paragraph.start:paragraph.end] == paragraph.text, section.id
        for indicator in extract_indicators(report):
            assert report.text[indicator.start:indicator.end] == indicator.quote, indicator.metric


def check_parse_text(text: str) -> None:
    try:
        reports = parse_text(text, "fuzz.txt")
    except RefusedSource:
        return
    assert_well_formed(reports)


def check_parse_file(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        reports = parse_file(path)
    except RefusedSource as refused:
        assert "\n" not in str(refused)
        return
    assert_well_formed(reports)


def fuzz(strategy: st.SearchStrategy, run: settings) -> Callable:
    """A test running `check_parse_text` on texts drawn from `strategy`."""
    @run
    @given(strategy)
    def test(text: str) -> None:
        check_parse_text(text)
    return test


def fuzz_files(strategy: st.SearchStrategy, run: settings, suffix: str = ".txt") -> Callable:
    """A test running `check_parse_file` on files with contents drawn from `strategy`."""
    @run
    @given(strategy)
    def test(fuzz_file: Path, data: bytes) -> None:
        check_parse_file(fuzz_file.with_suffix(suffix), data)
    return test


test_random_text_parses_or_is_refused = fuzz(random_texts, DEFAULT_RUN)
test_mutated_seed_text_parses_or_is_refused = fuzz(mutated_seeds(), DEFAULT_RUN)
test_files_with_flipped_bytes_parse_or_are_refused = fuzz_files(flipped_bytes(), DEFAULT_RUN)
test_html_pages_parse_or_are_refused = fuzz_files(html_pages(), DEFAULT_RUN, ".html")

test_random_text_parses_or_is_refused_long = pytest.mark.long(fuzz(random_texts, LONG_RUN))
test_mutated_seed_text_parses_or_is_refused_long = pytest.mark.long(fuzz(mutated_seeds(), LONG_RUN))
test_files_with_flipped_bytes_parse_or_are_refused_long = pytest.mark.long(fuzz_files(flipped_bytes(), LONG_RUN))
test_html_pages_parse_or_are_refused_long = pytest.mark.long(fuzz_files(html_pages(), LONG_RUN, ".html"))


# --- minimal cases the fuzzing found ---------------------------------------------

def test_text_with_a_lone_surrogate_parses():
    """A str from Python code may hold a lone surrogate; the report id must not choke on it."""
    assert_well_formed(parse_text("\ud800各位代表：", "surrogate.txt"))


def test_file_of_site_chrome_only_is_refused(tmp_path):
    path = tmp_path / "chrome.txt"
    path.write_text("首页\n", encoding="utf-8")
    with pytest.raises(RefusedSource, match="no report text: only site navigation/debris"):
        parse_file(path)
