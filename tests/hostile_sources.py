"""Real seed text made hostile, for the injection tests: markup and ANSI escapes in the text, path tricks in titles.

The report is sample 001 (鞍山市2023年政府工作报告) with its title line replaced and
one phrase of its body ("市长直通车") wrapped in Rich/Textual markup and an ANSI colour.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "samples" / "001_3f2956fd13a85515.txt"

MARKUP_TITLE = "[bold]鞍山市[/]2023年政府工作报告[link=x]"
MARKUP = "[bold]市长直通车[/] [link=x]链接[/link]"
ANSI_RED = "\x1b[31m红\x1b[0m"
#: What the body phrase becomes; a search for "直通车" finds it.
HOSTILE_PHRASE = f"{MARKUP} {ANSI_RED}"


def seed_with_title(title: str) -> str:
    """The seed report with its first line (the title) replaced."""
    text = SEED.read_text(encoding="utf-8")
    return title + text[text.index("\n"):]


def hostile_text() -> str:
    """The seed with a markup title and the hostile phrase in its body."""
    return seed_with_title(MARKUP_TITLE).replace("市长直通车", HOSTILE_PHRASE, 1)


def write_source(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def gwr(cache_dir: Path, *arguments: str, **options: object) -> subprocess.CompletedProcess[str]:
    """Run `gwr --cache CACHE ARGUMENTS…` with its output piped."""
    return subprocess.run([sys.executable, "-m", "tui.cli", "--cache", str(cache_dir), *arguments],
                          capture_output=True, text=True, cwd=ROOT, check=False, **options)
