"""Commands start light: a `gwr` command loads neither Textual, nor the parser, nor jieba unless it needs them,
nor shtab, and jieba keeps its dictionary cache in gwr's cache directory."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
#: Runs `gwr` with the given arguments, then prints the heavy modules it loaded to stderr.
PROBE = ("import sys; from tui.cli import main; code = main(sys.argv[1:]); "
         "print(sorted(m for m in ('textual', 'corpus.api', 'jieba', 'tantivy', 'shtab') if m in sys.modules), "
         "file=sys.stderr)")


def loaded_modules(cache: Path, *words: str) -> str:
    result = subprocess.run([sys.executable, "-c", PROBE, "--cache", str(cache), *words],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("words", [("list",), ("show", "济南", "2022"), ("indicators", "--place", "济南")])
def test_reading_commands_load_no_textual_no_parser_no_jieba(sample_cache: Path, words: tuple[str, ...]):
    assert loaded_modules(sample_cache, *words) == "[]"


def test_search_as_a_command_loads_the_index_but_no_textual_no_parser_no_jieba(sample_cache: Path):
    assert loaded_modules(sample_cache, "search", "黄河 生态") == "['tantivy']"


def test_jieba_keeps_its_dictionary_cache_in_the_gwr_cache(sample_cache: Path, tmp_path: Path):
    cache = Path(shutil.copytree(sample_cache, tmp_path / "cache"))
    loaded_modules(cache, "keywords", "济南", "2022")
    assert list(cache.glob("jieba*.cache"))
