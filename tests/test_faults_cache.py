"""Cache faults: a truncated or garbled cache file is detected, moved aside and rebuilt from the sources.

Every cache file is damaged at random offsets (seeded, so a failure replays).
After each fault the store is used the way the app and the CLI use it — opened,
every report read, searched, the sources ingested again — and must have said so in a one-line notice, answered
exactly as the undamaged cache did, left no damaged file behind, left the
sources byte-identical and raised nothing.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import orjson
import pytest

pytest.importorskip("store.store", reason="branch store not in main yet")
import store
from store.layout import MARKER, SHARDS, SOURCES_LIST

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus" / "samples"
#: A work report and a news article: two reports, two document kinds, quick rebuilds.
SOURCE_FILES = ["001_3f2956fd13a85515.txt", "004_d4a808858c946c39.txt"]
SEARCHES = ["生产总值", "鞍山", "经济 增长"]

#: The index folder's files (tantivy's segment files, meta.json): the default run damages a few, the long run all.
DEFAULT_INDEX_FILES = 3
DEFAULT_FAULTS_PER_FILE = 5  # of each kind: 10 per file in all
LONG_FAULTS_PER_FILE = 50  # of each kind: 100 per file in all
KINDS = ("truncate", "garble")


@dataclass(frozen=True, slots=True)
class Fault:
    """One damage done to one cache file: cut at `offset`, or bytes from `offset` XORed with `mask`."""

    file: str  # path relative to the cache directory
    kind: str  # "truncate" or "garble"
    offset: int
    mask: bytes = b""  # no zero byte: every masked byte changes

    def apply(self, cache_dir: Path) -> None:
        path = cache_dir / self.file
        data = path.read_bytes()
        if self.kind == "truncate":
            path.write_bytes(data[:self.offset])
            return
        hit = data[self.offset:self.offset + len(self.mask)]
        garbled = bytes(byte ^ mask for byte, mask in zip(hit, self.mask))
        path.write_bytes(data[:self.offset] + garbled + data[self.offset + len(garbled):])


@dataclass(slots=True)
class Pristine:
    """An undamaged cache built from copies of real samples, and a store open on it to compare with."""

    cache: Path
    sources: Path
    store: Any
    source_hashes: dict[str, str]
    answers: dict[str, Any] = field(default_factory=dict)


def answers(report_store: Any) -> dict[str, Any]:
    """Everything the store can be asked, reading every report shard."""
    summaries = report_store.reports()
    return {
        "stats": report_store.stats(),
        "reports": summaries,
        "texts": {summary.id: report_store.report(summary.id) for summary in summaries},
        "indicators": report_store.indicators(),
        "indicator_records": report_store.indicator_records().rows,
        "searches": {query: report_store.search(query) for query in SEARCHES},
    }


def hashes(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def cache_files(cache_dir: Path) -> list[str]:
    """Every data file of the cache (not the locks, not the cache markers, not files or folders moved aside),
    relative to the cache directory."""
    return sorted(str(path.relative_to(cache_dir)) for path in cache_dir.rglob("*")
                  if path.is_file() and path.suffix != ".lock" and path.name != MARKER
                  and not any(".broken-" in part for part in path.relative_to(cache_dir).parts))


def kind_of(file: str) -> str:
    """The kind of a cache file: its shard folder (reports, texts, index, indicators) or its own name."""
    return file.removeprefix(f"{SHARDS}/").split("/")[0]


def damaged_files(cache_dir: Path) -> list[str]:
    """JSON cache files that are not valid JSON."""
    broken = []
    for file in (file for file in cache_files(cache_dir) if file.endswith(".json")):
        try:
            orjson.loads((cache_dir / file).read_bytes())
        except orjson.JSONDecodeError:
            broken.append(file)
    return broken


@pytest.fixture(scope="module", autouse=True)
def without_fsync() -> Iterator[None]:
    """Cache writes skip fsync here: what these tests check is detection and repair, not durability
    across a power cut, and fsync on a shared disk was 40% of the time of each fault."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("store.files.os.fsync", lambda descriptor: None)
        yield


@pytest.fixture(scope="module")
def pristine() -> Iterator[Pristine]:
    """Built in a `mkdtemp` folder: its name has a fixed length, so the cache files have the same layout in
    every run and a seeded offset always hits the same structure (pytest's numbered folders would shift it)."""
    folder = Path(tempfile.mkdtemp(prefix="gwr-cache-faults-"))
    sources, cache_dir = folder / "sources", folder / "cache"
    sources.mkdir()
    for name in SOURCE_FILES:
        shutil.copy(SAMPLES / name, sources / name)
    report_store = store.open_store(cache_dir, lambda notice: None)
    report_store.ingest([sources])
    result = Pristine(cache_dir, sources, report_store, hashes(sources))
    result.answers = answers(report_store)
    yield result
    shutil.rmtree(folder)


def make_faults(files: list[str], cache_dir: Path, kind: str, per_file: int, seed: int) -> list[Fault]:
    """`per_file` faults of `kind` at random offsets of each file."""
    rng = random.Random(f"{seed}:{kind}")
    faults = []
    for file in files:
        size = (cache_dir / file).stat().st_size
        for _ in range(per_file):
            mask = bytes(rng.randint(1, 255) for _ in range(rng.randint(1, 16))) if kind == "garble" else b""
            faults.append(Fault(file, kind, rng.randrange(size), mask))
    return faults


def chosen_files(cache_dir: Path, index_files: int | None) -> list[str]:
    """All cache files but the index files and the sources list, plus `index_files` index files (None: all)."""
    files = [file for file in cache_files(cache_dir) if file != SOURCES_LIST]
    shards = sorted((file for file in files if kind_of(file) == "index" and (cache_dir / file).stat().st_size),
                    key=lambda file: Path(file).suffix)  # segment files have random names, one of each suffix
    kept = shards if index_files is None else random.Random(0).sample(shards, min(index_files, len(shards)))
    return [file for file in files if not kind_of(file) == "index"] + kept


def run_fault(pristine: Pristine, fault: Fault, workdir: Path) -> list[str]:
    """Damage a copy of the pristine cache and use it; what went wrong (empty when nothing)."""
    cache_dir = workdir / "cache"
    shutil.rmtree(cache_dir, ignore_errors=True)
    shutil.copytree(pristine.cache, cache_dir)
    fault.apply(cache_dir)
    notices: list[str] = []
    try:
        report_store = store.open_store(cache_dir, notices.append)
        got = answers(report_store)
        report_store.ingest([pristine.sources])
    except Exception as error:  # noqa: BLE001 - the failure being tested for
        return [f"{fault}: raised {error!r}"]
    problems = []
    if not notices:
        problems.append(f"{fault}: not detected (no notice)")
    if any("\n" in notice or "Traceback" in notice for notice in notices):
        problems.append(f"{fault}: notice is not one line: {notices!r}")
    if got != pristine.answers:
        problems.append(f"{fault}: answers differ from the undamaged cache")
    if damaged_files(cache_dir):
        problems.append(f"{fault}: still damaged afterwards: {damaged_files(cache_dir)}")
    return problems


def failures(pristine: Pristine, faults: list[Fault], workdir: Path) -> list[str]:
    return [problem for fault in faults for problem in run_fault(pristine, fault, workdir)]


def faults_of(pristine: Pristine, kinds: tuple[str, ...], per_file: int,
              index_files: int | None = DEFAULT_INDEX_FILES, files: list[str] | None = None) -> list[Fault]:
    """`per_file` faults of each kind in each chosen cache file (default: all but the sources list)."""
    chosen = chosen_files(pristine.cache, index_files) if files is None else files
    return [fault for kind in kinds for fault in make_faults(chosen, pristine.cache, kind, per_file, seed=1)]


def test_cache_has_catalogue_report_and_index_files(pristine: Pristine):
    files = cache_files(pristine.cache)
    assert "catalogue.json" in files
    assert any(kind_of(file) == "reports" for file in files) and any(kind_of(file) == "index" for file in files)


def test_truncated_cache_files_are_detected_and_rebuilt(pristine: Pristine, tmp_path: Path):
    assert failures(pristine, faults_of(pristine, ("truncate",), DEFAULT_FAULTS_PER_FILE), tmp_path) == []


def test_garbled_cache_files_are_detected_and_rebuilt(pristine: Pristine, tmp_path: Path):
    assert failures(pristine, faults_of(pristine, ("garble",), DEFAULT_FAULTS_PER_FILE), tmp_path) == []


def test_damaged_sources_list_is_detected_and_rebuilt(pristine: Pristine, tmp_path: Path):
    faults = faults_of(pristine, KINDS, DEFAULT_FAULTS_PER_FILE, files=[SOURCES_LIST])
    assert failures(pristine, faults, tmp_path) == []


def test_catalogue_with_a_garbled_key_name_is_detected_and_rebuilt(pristine: Pristine, tmp_path: Path):
    data = (pristine.cache / "catalogue.json").read_bytes()
    offset = data.index(b'"index_folder"') + 2
    assert failures(pristine, [Fault("catalogue.json", "garble", offset, b"\x01")], tmp_path) == []


def changed_digit(pristine: Pristine, file: str, key: bytes) -> Fault:
    """A fault flipping the first digit of the first `key` value of `file` (the JSON stays valid)."""
    data = (pristine.cache / file).read_bytes()
    offset = data.index(key) + len(key)
    assert data[offset:offset + 1].isdigit()
    return Fault(file, "garble", offset, b"\x01")


def test_catalogue_with_one_changed_digit_is_detected_and_rebuilt(pristine: Pristine, tmp_path: Path):
    assert failures(pristine, [changed_digit(pristine, "catalogue.json", b'"char_count":')], tmp_path) == []


def test_indicator_value_with_one_changed_digit_is_detected_and_rebuilt(pristine: Pristine, tmp_path: Path):
    indicators = next(file for file in cache_files(pristine.cache) if kind_of(file) == "indicators")
    assert failures(pristine, [changed_digit(pristine, indicators, b'"value":')], tmp_path) == []


def test_report_text_with_one_changed_character_is_detected_and_rebuilt(pristine: Pristine, tmp_path: Path):
    phrase = "生产总值".encode()
    shard = next(file for file in cache_files(pristine.cache)
                 if kind_of(file) == "texts" and phrase in (pristine.cache / file).read_bytes())
    offset = (pristine.cache / shard).read_bytes().index(phrase) + 2  # the last byte of 生: XOR 0x01 makes 甞, still valid UTF-8
    assert failures(pristine, [Fault(shard, "garble", offset, b"\x01")], tmp_path) == []


def test_sources_stay_byte_identical_through_cache_faults(pristine: Pristine, tmp_path: Path):
    failures(pristine, faults_of(pristine, KINDS, 1), tmp_path)
    assert hashes(pristine.sources) == pristine.source_hashes


def test_cli_on_a_damaged_cache_prints_one_notice_line_and_no_traceback(pristine: Pristine, tmp_path: Path):
    cache_dir = tmp_path / "cache"
    shutil.copytree(pristine.cache, cache_dir)
    Fault("catalogue.json", "truncate", (cache_dir / "catalogue.json").stat().st_size // 2).apply(cache_dir)
    listed = subprocess.run([sys.executable, "-m", "tui.cli", "--cache", str(cache_dir), "list", "reports"],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert listed.returncode == 0
    assert "Traceback" not in listed.stderr
    assert len([line for line in listed.stderr.splitlines() if "catalogue.json" in line]) == 1


@pytest.mark.long
@pytest.mark.parametrize("group", ["catalogue.json", SOURCES_LIST, "indicators", "reports", "texts", "index"])
def test_hundred_faults_per_cache_file_are_all_detected_and_rebuilt(pristine: Pristine, tmp_path: Path, group: str):
    """One run per kind of cache file (`-k index` and the others can run side by side)."""
    files = [file for file in cache_files(pristine.cache) if kind_of(file) == group]
    assert files
    faults = faults_of(pristine, KINDS, LONG_FAULTS_PER_FILE, files=files)
    assert failures(pristine, faults, tmp_path) == []
    assert hashes(pristine.sources) == pristine.source_hashes
