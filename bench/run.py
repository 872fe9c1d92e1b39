"""One benchmark run: build the corpora and caches, run every probe in its own process, collect raw figures."""

from __future__ import annotations

import compileall
import csv
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from bench.commands import gwr_command, rg_seconds, ripgrep, run_process
from bench.corpus import SAMPLES, write_corpus
from bench.queries import QUERIES
from bench.table_probe import table_figures
from store.layout import TEXTS_DIR

ROOT = Path(__file__).resolve().parent.parent


@dataclass(slots=True)
class Settings:
    """What to run: the scale corpus size and how often to repeat each timing."""

    reports: int = 10_000
    repeats: int = 5
    queries: list[str] = field(default_factory=lambda: list(QUERIES))
    keypresses: int = 40
    seed: int = 0
    workdir: Path | None = None  # keep corpora and caches here instead of a temporary folder

    @classmethod
    def quick(cls, reports: int) -> Settings:
        """One timing of each, 10 queries, 10 keypresses: checks the run completes, measures little."""
        return cls(reports=reports, repeats=1, queries=QUERIES[::5], keypresses=10)


def probe(name: str, log: Callable[[str], None], **arguments: Any) -> dict[str, Any]:
    """Run `bench.probe NAME` in a fresh interpreter; its JSON result."""
    started = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "bench.probe", name], input=json.dumps(arguments),
                               capture_output=True, text=True, cwd=ROOT, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"probe {name} failed:\n{completed.stderr[-3000:]}")
    log(f"  {name}: {time.perf_counter() - started:.1f} s")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def repeated(times: int, name: str, log: Callable[[str], None], **arguments: Any) -> list[dict[str, Any]]:
    return [probe(name, log, **arguments) for _ in range(times)]


def median_of(results: list[dict[str, Any]], key: str) -> float:
    return statistics.median(result[key] for result in results)


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile of `values`."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def compile_project() -> None:
    """Compile gwr's modules to bytecode first, as any second start finds them: a warm start means that.

    (With PYTHONDONTWRITEBYTECODE set, as on some machines, an editable install would otherwise
    compile gwr from source at every start while Textual's installed bytecode is used.)
    """
    for package in ("corpus", "store", "tui", "bench"):
        compileall.compile_dir(ROOT / package, quiet=1)


def run(settings: Settings, log: Callable[[str], None]) -> dict[str, Any]:
    """Every raw figure of the benchmark, in seconds and MB."""
    compile_project()
    with tempfile.TemporaryDirectory(prefix="gwr-bench-") as scratch:
        work = settings.workdir or Path(scratch)
        return measure(settings, work, log)


def measure(settings: Settings, work: Path, log: Callable[[str], None]) -> dict[str, Any]:
    """Every step in turn, each adding its figures (a new measurement is one more step)."""
    raw: dict[str, Any] = {"load_average_at_start": os.getloadavg()}
    scale = measure_samples_and_ingest(settings, work, log, raw)
    for step in (measure_table, measure_search, measure_commands):
        step(settings, scale, log, raw)
    return raw


@dataclass(slots=True, frozen=True)
class Scale:
    """The scale corpus and its cache, as the steps after the ingest use them."""

    corpus: Path
    cache: Path
    work: Path


def measure_samples_and_ingest(settings: Settings, work: Path, log: Callable[[str], None],
                               raw: dict[str, Any]) -> Scale:
    samples = [str(path) for path in sorted(SAMPLES.glob("*.txt"))]
    n = settings.repeats

    log("P1 cold ingest of the sample corpus vs jieba alone")
    raw["jieba_samples_s"] = median_of(repeated(n, "jieba", log, paths=samples), "seconds")
    cold = [probe("ingest", log, cache=str(work / f"samples-cache-{i}"), paths=samples) for i in range(n)]
    raw["cold_ingest_samples_s"] = median_of(cold, "seconds")
    raw["sample_reports"] = cold[0]["reports"]
    sample_cache = str(work / "samples-cache-0")

    log("P2 warm start of the app vs a bare Textual app")
    raw["bare_app_start_s"] = median_of(repeated(n, "bare_app_start", log), "seconds")
    sample_starts = repeated(n, "app_start", log, cache=sample_cache)
    raw["app_start_samples_s"] = median_of(sample_starts, "seconds")
    raw["app_peak_samples_mb"] = max(result["peak_mb"] for result in sample_starts)

    log("keypresses while the app ingests the samples into an empty cache")
    presses = probe("keypress", log, cache=str(work / "keypress-cache"), presses=settings.keypresses)
    raw["keypress_median_s"] = statistics.median(presses["seconds"])
    raw["keypress_p95_s"] = percentile(presses["seconds"], 0.95)
    raw["keypresses_during_ingest"] = presses["during_ingest"]

    log(f"scale corpus of {settings.reports} reports")
    corpus_dir = work / f"corpus-{settings.reports}"
    written = write_corpus(settings.reports, corpus_dir, settings.seed)
    raw |= {"scale_reports": written.reports, "scale_files": written.files, "scale_mb": written.bytes / 1e6,
            "corpus_write_s": written.seconds}
    scale_cache = str(work / f"scale-cache-{settings.reports}")

    log("P6 cold ingest, then incremental re-ingest, of the scale corpus; tantivy alone indexing the same texts")
    scale_cold = probe("ingest", log, cache=scale_cache, paths=[str(corpus_dir)])
    raw |= {"cold_ingest_scale_s": scale_cold["seconds"], "ingest_peak_scale_mb": scale_cold["peak_mb"],
            "scale_reports_ingested": scale_cold["reports"], "scale_files_refused": scale_cold["refused"]}
    raw["cache_mb"] = sum(path.stat().st_size for path in Path(scale_cache).rglob("*") if path.is_file()) / 1e6
    built = probe("tantivy_build", log, texts=str(Path(scale_cache) / TEXTS_DIR), index=str(work / "tantivy-alone"))
    raw |= {"tantivy_build_s": built["seconds"], "tantivy_build_peak_mb": built["peak_mb"],
            "tantivy_index_mb": built["mb"], "tantivy_documents": built["documents"]}
    rescan = repeated(n, "ingest", log, cache=scale_cache, paths=[str(corpus_dir)])
    raw["reingest_unchanged_scale_s"] = median_of(rescan, "seconds")
    raw["reingest_unchanged_files"] = rescan[0]["unchanged"]

    log("P3/P5 warm start of the app at scale")
    scale_starts = repeated(n, "app_start", log, cache=scale_cache)
    raw["app_start_scale_s"] = median_of(scale_starts, "seconds")
    raw["app_peak_scale_mb"] = max(result["peak_mb"] for result in scale_starts)

    return Scale(corpus_dir, Path(scale_cache), work)


def measure_table(settings: Settings, scale: Scale, log: Callable[[str], None], raw: dict[str, Any]) -> None:
    """T: the indicator table of every report at scale: open, filter keystrokes, sorts."""
    log("T the indicator table of every report at scale: open, filter keystrokes, sorts")
    raw |= table_figures(probe("table", log, cache=str(scale.cache)), percentile)


def measure_search(settings: Settings, scale: Scale, log: Callable[[str], None], raw: dict[str, Any]) -> None:
    """P4: gwr's in-process search against tantivy used directly, and every exact phrase checked by brute force."""
    log(f"P4 {len(settings.queries)} searches at scale vs tantivy alone; exact phrases vs a brute-force scan")
    searched = probe("search", log, cache=str(scale.cache), queries=settings.queries)
    alone = probe("tantivy_search", log, index=str(scale.work / "tantivy-alone"), queries=settings.queries)
    checked = probe("search_correctness", log, cache=str(scale.cache), queries=settings.queries)
    raw |= {
        "search_first_s": searched["first_seconds"],
        "search_median_s": statistics.median(searched["seconds"]),
        "search_p95_s": percentile(searched["seconds"], 0.95),
        "tantivy_search_median_s": statistics.median(alone["seconds"]),
        "tantivy_search_p95_s": percentile(alone["seconds"], 0.95),
        "queries": len(settings.queries),
        "queries_without_hits": [q for q, hits in zip(settings.queries, searched["hits"]) if hits == 0],
        "queries_unanswered_in_budget": [q for q, hits in zip(settings.queries, searched["hits"]) if hits < 0],
        "search_seconds_by_query": dict(zip(settings.queries, searched["seconds"])),
        "tantivy_reports_by_query": dict(zip(settings.queries, alone["hits"])),
        "phrases_checked": checked["checked"],
        "phrases_wrong": checked["wrong"],
    }
    tantivy_by_query = dict(zip(settings.queries, alone["seconds"]))
    phrase_alone = [tantivy_by_query[query] for query in checked["phrases"]]
    if phrase_alone:
        raw |= {"listing_p95_s": percentile(checked["listing_seconds"], 0.95),
                "tantivy_phrase_p95_s": percentile(phrase_alone, 0.95)}


def measure_commands(settings: Settings, scale: Scale, log: Callable[[str], None], raw: dict[str, Any]) -> None:
    """C: `gwr list`, `gwr show`, `gwr indicators --place` and `gwr search` as whole processes; `rg -l -F` over
    the same texts (the cache's UTF-8 texts) for the search queries."""
    log("C whole-process commands at scale vs rg -l -F")
    cache = str(scale.cache)
    listed = subprocess.run(gwr_command(cache, "list", "--format", "csv"), capture_output=True, text=True,
                            check=True, cwd=ROOT).stdout
    rows = list(csv.DictReader(io.StringIO(listed)))
    report_id, place = next((row["id"], row["place"]) for row in rows[len(rows) // 2:] if row["place"])
    commands = {"list": ["list"], "show": ["show", report_id], "indicators": ["indicators", "--place", place]}
    for name, words in commands.items():
        runs = [run_process(gwr_command(cache, *words)) for _ in range(settings.repeats)]
        raw[f"command_{name}_s"] = statistics.median(run.seconds for run in runs)
        raw[f"command_{name}_cpu_s"] = statistics.median(run.cpu_seconds for run in runs)
        raw[f"command_{name}_peak_mb"] = max(run.peak_mb for run in runs)
    # A search that finds nothing exits 1, as grep does.
    searches = [run_process(gwr_command(cache, "search", *query.split()), allowed=(0, 1))
                for query in settings.queries]
    rg = ripgrep()
    texts = scale.cache / TEXTS_DIR
    rg_times = [rg_seconds(query, texts, rg) for query in settings.queries]
    raw |= {"command_search_s": statistics.median(run.seconds for run in searches),
            "command_search_cpu_s": statistics.median(run.cpu_seconds for run in searches),
            "command_search_p95_s": percentile([run.seconds for run in searches], 0.95),
            "command_search_peak_mb": max(run.peak_mb for run in searches),
            "rg_median_s": statistics.median(rg_times), "rg_p95_s": percentile(rg_times, 0.95)}
