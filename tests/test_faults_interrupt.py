"""Ctrl-C during a multi-process ingest, at random moments: one line "interrupted", exit 130, no traceback, no
hang, no worker left behind, a consistent cache; workers also end when the main process is killed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from store import open_store
from store.layout import SHARD_FOLDERS
from store.preparing import PARALLEL_MIN_FILES
from tests.hostile_sources import ROOT
from tests.store_samples import SAMPLES

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")


def session_members(session: int) -> list[int]:
    """Pids of the live processes in a session (the ingest and its workers), from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 reports in 17 files made from the samples (`bench.corpus`): enough files for worker processes."""
    folder = tmp_path_factory.mktemp("sources")
    subprocess.run([sys.executable, "-m", "bench.corpus", "40", str(folder)], cwd=ROOT, check=True,
                   capture_output=True)
    assert len(list(folder.iterdir())) >= PARALLEL_MIN_FILES
    return folder


def start_ingest(cache: Path, folder: Path) -> subprocess.Popen[str]:
    """`gwr ingest` in a session of its own, as a shell runs a foreground job."""
    return subprocess.Popen([sys.executable, "-m", "tui.cli", "--cache", str(cache), "ingest", str(folder)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def assert_consistent(cache: Path) -> None:
    """The cache opens without a repair and holds exactly the shard files its catalogue names."""
    notices: list[str] = []
    report_store = open_store(cache, notice=notices.append)
    assert notices == []
    for summary in report_store.reports():
        assert report_store.report(summary.id).text
    if (cache / "catalogue.json").exists():
        meta = orjson.loads((cache / "catalogue.json").read_bytes())["meta"]["1"]
        named = {*meta["sizes"], meta["index_folder"]}
        on_disk = {f"{d}/{p.name}" for d in SHARD_FOLDERS if (cache / d).is_dir() for p in (cache / d).iterdir()}
        assert on_disk == named


def interrupt_once(cache: Path, folder: Path, extra_delay: float) -> None:
    """Press ctrl+c (SIGINT to the whole foreground group) once the workers run, `extra_delay` seconds later."""
    ingest = start_ingest(cache, folder)
    try:
        assert wait_for(lambda: len(session_members(ingest.pid)) > 1, timeout=120), "no worker started"
        time.sleep(extra_delay)
        os.killpg(ingest.pid, signal.SIGINT)
        _, stderr = ingest.communicate(timeout=60)
    finally:
        if ingest.poll() is None:
            os.killpg(ingest.pid, signal.SIGKILL)
    assert "Traceback" not in stderr, stderr
    if ingest.returncode == 130:
        assert [line for line in stderr.splitlines() if "interrupted" in line] == [stderr.strip()]
    else:
        assert ingest.returncode == 0, stderr  # it had finished before the key was pressed
    assert wait_for(lambda: session_members(ingest.pid) == [], timeout=10), "a worker outlived the ingest"
    assert_consistent(cache)


@pytest.mark.parametrize("seed", range(3))
def test_ctrl_c_at_a_random_moment_of_an_ingest_stops_it_cleanly(tmp_path: Path, folder: Path, seed: int):
    interrupt_once(tmp_path / "cache", folder, random.Random(seed).uniform(0, 1.5))


@pytest.mark.long
@pytest.mark.parametrize("seed", range(50))
def test_ctrl_c_at_fifty_random_moments_of_an_ingest_stops_it_cleanly(tmp_path: Path, folder: Path, seed: int):
    interrupt_once(tmp_path / "cache", folder, random.Random(1000 + seed).uniform(0, 3))


def test_ctrl_c_while_workers_start_exits_130_with_one_line(tmp_path: Path, folder: Path):
    interrupt_once(tmp_path / "cache", folder, 0)


@pytest.fixture(scope="module")
def slow_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight files of 4 MB each (a sample repeated): each takes its worker seconds to parse."""
    folder = tmp_path_factory.mktemp("slow")
    text = (SAMPLES / "001_3f2956fd13a85515.txt").read_text(encoding="utf-8")
    for number in range(PARALLEL_MIN_FILES):
        copies = 4_000_000 // len(text.encode("utf-8"))
        (folder / f"{number}.txt").write_text(f"第{number}份\n" + "\n".join([text] * copies), encoding="utf-8")
    return folder


def workers(session: int) -> list[int]:
    """The pool's worker processes in a session (multiprocessing's resource tracker aside)."""
    found = []
    for pid in session_members(session):
        try:
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        except OSError:
            continue  # it has just ended
    return found


def test_workers_end_at_once_when_the_main_process_is_killed(tmp_path: Path, slow_folder: Path):
    ingest = start_ingest(tmp_path / "cache", slow_folder)
    try:
        assert wait_for(lambda: len(workers(ingest.pid)) >= 2, timeout=120)
        time.sleep(1)  # the workers are parsing their first file
        os.kill(ingest.pid, signal.SIGKILL)
        ingest.wait(timeout=10)
        assert wait_for(lambda: workers(ingest.pid) == [], timeout=2), "workers outlived the kill"
    finally:
        for pid in session_members(ingest.pid):
            os.kill(pid, signal.SIGKILL)
        ingest.communicate()


def test_ctrl_c_as_a_finished_command_shuts_down_neither_kills_it_nor_prints(tmp_path: Path):
    """A key pressed while the interpreter shuts down (here: from an exit hook) leaves the exit code alone."""
    script = ("import atexit, os, signal, sys\n"
              "atexit.register(lambda: os.kill(os.getpid(), signal.SIGINT))\n"
              "sys.argv = ['gwr', '--version']\n"
              "from tui.cli import console_main\n"
              "sys.exit(console_main())\n")
    finished = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (finished.returncode, finished.stderr) == (0, "")
