"""The real-world files (../shared/realworld beside the repository) and what a reader found in them by hand.

`GWR_REALWORLD` names another folder (a git worktree is not beside ../shared). Tests using
them skip when the folder is absent. Each file is parsed once per test session.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from corpus import parse_file
from corpus.model import PlaceLevel, Report

REALWORLD = Path(os.environ.get("GWR_REALWORLD") or Path(__file__).resolve().parents[1].parent / "shared" / "realworld")

needs_realworld = pytest.mark.skipif(not (REALWORLD / "manifest.json").is_file(),
                                     reason="../shared/realworld is not beside the repository")

#: manifest.json's level words.
LEVELS = {"national": PlaceLevel.NATIONAL, "province": PlaceLevel.PROVINCE, "city": PlaceLevel.CITY,
          "district": PlaceLevel.DISTRICT}


def readings() -> list[tuple[str, dict[str, Any]]]:
    """(file name, read_by_hand) for every file a reader went through (none when the folder is absent)."""
    manifest = REALWORLD / "manifest.json"
    if not manifest.is_file():
        return []
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    return [(entry["file"], entry["read_by_hand"]) for entry in entries if entry.get("read_by_hand")]


def report_files() -> list[tuple[str, dict[str, Any]]]:
    """The readings of files holding at least one report."""
    return [(name, hand) for name, hand in readings() if hand.get("n_reports_in_file") != 0]


@cache
def parsed(name: str) -> list[Report]:
    """The reports of one real-world file."""
    return parse_file(REALWORLD / name)
