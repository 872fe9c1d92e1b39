"""One measurement in a fresh process: `python -m bench.probe NAME` reads JSON arguments on stdin.

Start-up time and peak memory only mean something in a process of their own, so
the benchmark runs every measurement here and reads the JSON result printed on the
last line of stdout. Timers start before the measured code is imported, so import
costs count. Only the standard library is imported at module level.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import math
import resource
import sys
import time
from pathlib import Path
from typing import Any, Callable

from bench.table_probe import table_at_scale

#: Seconds of searching after which the remaining queries are not run (and count as unanswered).
SEARCH_BUDGET = 600.0
#: How long the app may take to show its report tree before the probe gives up.
START_TIMEOUT = 600.0


def peak_memory_mb() -> float:
    """This process's peak resident memory (ru_maxrss, KiB on Linux) in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def jieba_alone(paths: list[str]) -> dict[str, Any]:
    """Baseline of P1: initialise jieba and segment the text of `paths` (search mode), nothing else.

    Only used on the sample corpus, which is UTF-8.
    """
    texts = [Path(path).read_text(encoding="utf-8") for path in paths]
    started = time.perf_counter()
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    words = sum(1 for text in texts for _ in jieba.cut_for_search(text))
    return {"seconds": time.perf_counter() - started, "words": words}


def ingest(cache: str, paths: list[str]) -> dict[str, Any]:
    """Open the store at `cache` and ingest `paths` (cold when the cache is empty, incremental otherwise)."""
    started = time.perf_counter()
    import store

    notices: list[str] = []
    report_store = store.open_store(Path(cache), notices.append)
    summary = report_store.ingest([Path(path) for path in paths])
    return {
        "seconds": time.perf_counter() - started,
        "new": len(summary.new), "changed": len(summary.changed), "unchanged": len(summary.unchanged),
        "refused": len(summary.refused), "reports": summary.reports,
        "peak_mb": peak_memory_mb(), "notices": notices,
    }


def search(cache: str, queries: list[str], budget: float = SEARCH_BUDGET) -> dict[str, Any]:
    """Time each query against an open store as the app runs it (the first 100 hits in order, with
    snippets); the first search (which opens the index) is reported apart.

    Queries not started within `budget` seconds count as infinitely slow (JSON `Infinity`),
    so a pathological query cannot stall the benchmark yet still shows in the median and p95.
    """
    import store

    report_store = store.open_store(Path(cache), lambda notice: None)
    started = time.perf_counter()
    report_store.search(queries[0])
    first = time.perf_counter() - started
    seconds: list[float] = []
    hits: list[int] = []
    deadline = time.perf_counter() + budget
    for query in queries:
        if time.perf_counter() > deadline:
            seconds.append(math.inf)
            hits.append(-1)
            continue
        started = time.perf_counter()
        hits.append(len(report_store.search(query)))
        seconds.append(time.perf_counter() - started)
    return {"first_seconds": first, "seconds": seconds, "hits": hits}


def search_correctness(cache: str, queries: list[str]) -> dict[str, Any]:
    """For each query that is one exact phrase of CJK characters: the reports gwr finds (every hit, ranked;
    the time of that listing is reported) and those a brute-force scan of the same texts finds (the phrase in a part's text, whitespace removed)."""
    import store
    from store.files import read_json, read_text
    from store.layout import shard_names
    from store.parts import parts
    from store.search import Query, ranked

    report_store = store.open_store(Path(cache), lambda notice: None)
    scope = report_store._scope(None)
    phrases = [query for query in queries if len(query.split()) == 1 and not any(c.isascii() for c in query)]
    found: dict[str, list[str]] = {}
    listing_seconds: list[float] = []
    for query in phrases:
        started = time.perf_counter()
        every_hit = ranked(Query.of(query), scope, report_store._index, math.inf)
        listing_seconds.append(time.perf_counter() - started)
        found[query] = sorted({hit.record.summary.id for hit in every_hit})
    scanned: dict[str, set[str]] = {query: set() for query in phrases}
    for record in scope.records:
        structure_file, text_file = shard_names(record.shard)
        text = read_text(Path(cache) / text_file)
        for part in parts(read_json(Path(cache) / structure_file)["sections"], text):
            compact = "".join(text[part.start:part.end].split())
            for query in phrases:
                if query in compact:
                    scanned[query].add(record.summary.id)
    wrong = [query for query in phrases if found[query] != sorted(scanned[query])]
    return {"checked": len(phrases), "wrong": wrong, "phrases": phrases, "listing_seconds": listing_seconds,
            "reports": {query: len(found[query]) for query in phrases}}


def tantivy_build(texts: str, index: str) -> dict[str, Any]:
    """Baseline of the ingest: tantivy alone indexing the same texts (a document per report, the same tokenizer)."""
    started = time.perf_counter()
    from store.index import DOC, TEXT, open_tantivy

    import tantivy

    folder = Path(index)
    folder.mkdir(parents=True, exist_ok=True)
    built = open_tantivy(folder, create=True)
    writer = built.writer(256_000_000, 2)
    count = 0
    for number, path in enumerate(sorted(Path(texts).iterdir())):
        document = tantivy.Document()
        document.add_unsigned(DOC, number)
        document.add_text(TEXT, path.read_text(encoding="utf-8"))
        writer.add_document(document)
        count += 1
    writer.commit()
    writer.wait_merging_threads()
    return {"seconds": time.perf_counter() - started, "documents": count, "peak_mb": peak_memory_mb(),
            "mb": sum(p.stat().st_size for p in folder.iterdir()) / 1e6}


def tantivy_search(index: str, queries: list[str]) -> dict[str, Any]:
    """Baseline of in-process search: tantivy used directly, listing every matching document of each query."""
    from store.index import DOC, TEXT, open_tantivy, tokens

    import tantivy

    built = open_tantivy(Path(index))
    searcher = built.searcher()
    seconds, hits = [], []
    for query in queries:
        started = time.perf_counter()
        phrases = [tantivy.Query.term_query(built.schema, TEXT, words[0]) if len(words) == 1
                   else tantivy.Query.phrase_query(built.schema, TEXT, words)
                   for words in (tokens(word) for word in query.split())]
        combined = phrases[0] if len(phrases) == 1 else tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, phrase) for phrase in phrases])
        count = searcher.search(combined, limit=1, count=True).count
        addresses = [a for _, a in searcher.search(combined, limit=count, count=False).hits] if count else []
        docs = searcher.fast_field_values(DOC, addresses) if addresses else []
        seconds.append(time.perf_counter() - started)
        hits.append(len(docs))
    return {"seconds": seconds, "hits": hits}


def tree_populated(app: Any) -> bool:
    """Whether a Tree of the app shows at least one node."""
    from textual.widgets import Tree

    return any(tree.root.children for tree in app.screen.query(Tree))


async def wait_until(condition: Callable[[], bool], timeout: float = START_TIMEOUT) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not show its report tree")
        await asyncio.sleep(0.005)


def gwr_app(cache: str, app_class: type | None = None) -> Any:
    """The gwr app (or a subclass) on the cache directory `cache`, opened as `gwr --cache` does."""
    from store import open_store
    from tui.app import GwrApp

    return (app_class or GwrApp)(lambda notice: open_store(cache_dir=Path(cache), notice=notice))


def app_start(cache: str) -> dict[str, Any]:
    """P2/P3/P5: the gwr app on a warm cache, from import until its report tree shows a node."""
    started = time.perf_counter()

    async def run() -> float:
        app = gwr_app(cache)
        async with app.run_test(size=(120, 40)):
            await wait_until(lambda: tree_populated(app))
            return time.perf_counter() - started

    seconds = asyncio.run(run())
    return {"seconds": seconds, "peak_mb": peak_memory_mb()}


def bare_app_start() -> dict[str, Any]:
    """Baseline of P2: a Textual app with one Tree and one node, from import until the node shows."""
    started = time.perf_counter()
    from textual.app import App, ComposeResult
    from textual.widgets import Tree

    class BareApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Tree("reports")

        def on_mount(self) -> None:
            self.query_one(Tree).root.add_leaf("report")

    async def run() -> float:
        app = BareApp()
        async with app.run_test(size=(120, 40)):
            await wait_until(lambda: tree_populated(app))
            return time.perf_counter() - started

    seconds = asyncio.run(run())
    return {"seconds": seconds, "peak_mb": peak_memory_mb()}


def css_paths_of(app_class: type) -> list[str]:
    """An app class's CSS_PATH as absolute paths, for a subclass defined in another folder."""
    paths = app_class.CSS_PATH or []
    folder = Path(inspect.getfile(app_class)).parent
    return [str(folder / path) for path in ([paths] if isinstance(paths, (str, Path)) else paths)]


def keypress_during_ingest(cache: str, presses: int) -> dict[str, Any]:
    """Open the app on an empty cache (it ingests the samples, cold) and time keypresses meanwhile.

    A key bound in a subclass records when its action runs; the latency is the
    time from the key event entering the driver to that action, the path every
    key takes. Pilot.press is not used: it waits for the whole process to go idle.
    """
    from textual import events
    from textual.binding import Binding

    from tui.app import GwrApp

    answered: list[float] = []

    class TimedApp(GwrApp):
        BINDINGS = [Binding("f12", "bench_ping", show=False, priority=True)]
        CSS_PATH = css_paths_of(GwrApp)  # relative paths would resolve against this module

        def action_bench_ping(self) -> None:
            answered.append(time.perf_counter())

    async def run() -> dict[str, Any]:
        app = gwr_app(cache, TimedApp)
        latencies, during_ingest = [], 0
        async with app.run_test(size=(120, 40)):
            for _ in range(presses):
                ingesting = not tree_populated(app)
                sent = time.perf_counter()
                app._driver.send_message(events.Key("f12", None))
                await wait_until(lambda: len(answered) > len(latencies), timeout=60)
                latencies.append(answered[-1] - sent)
                during_ingest += ingesting
                await asyncio.sleep(0.05)
        return {"seconds": latencies, "during_ingest": during_ingest}

    return asyncio.run(run())


PROBES: dict[str, Callable[..., dict[str, Any]]] = {
    "jieba": jieba_alone,
    "ingest": ingest,
    "search": search,
    "search_correctness": search_correctness,
    "tantivy_build": tantivy_build,
    "tantivy_search": tantivy_search,
    "app_start": app_start,
    "bare_app_start": bare_app_start,
    "keypress": keypress_during_ingest,
    "table": table_at_scale,
}


def main() -> int:
    name = sys.argv[1]
    arguments = json.loads(sys.stdin.read() or "{}")
    result = PROBES[name](**arguments)
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
