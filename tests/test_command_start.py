"""Commands start light: a `gwr` command loads neither Textual, nor the parser, nor jieba unless it needs them,
nor shtab, nor (piped) Rich or TinyDB; a command that only reads runs without the cycle collector; and jieba
keeps its dictionary cache in gwr's cache directory."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
#: Runs `gwr` with the given arguments, then prints the heavy modules it loaded to stderr.
PROBE = ("import sys; from tui.cli import main; code = main(sys.argv[1:]); "
         "print(sorted(m for m in ('textual', 'corpus.api', 'jieba', 'tantivy', 'shtab', 'rich', 'tinydb') "
         "if m in sys.modules), file=sys.stderr)")
#: Runs `gwr` as the console script does, then prints whether the cycle collector was on.
COLLECTOR_PROBE = ("import gc, sys; from tui.cli import main; code = main(sys.argv[1:], ends_process=True); "
                   "print(gc.isenabled(), file=sys.stderr)")


def loaded_modules(cache: Path, *words: str, probe: str = PROBE) -> str:
    result = subprocess.run([sys.executable, "-c", probe, "--cache", str(cache), *words],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("words", [("list",), ("show", "济南", "2022"), ("indicators", "--place", "济南")])
def test_piped_reading_commands_load_no_textual_no_parser_no_jieba_no_rich(sample_cache: Path, words: tuple[str, ...]):
    assert loaded_modules(sample_cache, *words) == "[]"


def test_search_as_a_command_loads_the_index_but_no_textual_no_parser_no_jieba(sample_cache: Path):
    assert loaded_modules(sample_cache, "search", "黄河 生态") == "['tantivy']"


def test_jieba_keeps_its_dictionary_cache_in_the_gwr_cache(sample_cache: Path, tmp_path: Path):
    cache = Path(shutil.copytree(sample_cache, tmp_path / "cache"))
    loaded_modules(cache, "keywords", "济南", "2022")
    assert list(cache.glob("jieba*.cache"))


@pytest.mark.parametrize("words", [("list",), ("show", "济南", "2022"), ("search", "黄河")])
def test_a_command_that_only_reads_runs_without_the_cycle_collector(sample_cache: Path, words: tuple[str, ...]):
    assert loaded_modules(sample_cache, *words, probe=COLLECTOR_PROBE) == "False"


def test_a_command_that_parses_keeps_the_cycle_collector(sample_cache: Path):
    sample = next(Path(ROOT, "corpus", "samples").glob("*.txt"))
    assert loaded_modules(sample_cache, "parse", str(sample), probe=COLLECTOR_PROBE) == "True"
