"""First run and "ingest folder": the store ingests in a worker while the sidebar shows progress."""


from store import open_store
from store.api import IngestProgress, IngestSummary
from tests.tui.main_fixtures import SAMPLES, app_on, jinan_excerpt
from tests.tui.screen_fixtures import settle
from tui.messages import IngestFinished, IngestProgressed


async def test_first_run_ingests_the_samples_with_progress_then_fills_the_tree(tmp_path):
    app = app_on(open_store(tmp_path / "cache"))
    seen: set[int] = set()
    async with app.run_test(size=(80, 24), message_hook=lambda m: seen.add(m.progress.done)
                            if isinstance(m, IngestProgressed) else None) as pilot:
        await settle(pilot)
        # a newer progress message replaces one still queued (can_replace): steps may be skipped, never the last
        total = len(list(SAMPLES.rglob("*.txt")))
        assert max(seen) == total and seen <= set(range(1, total + 1))
        assert app.screen.tree.visible_summaries
        assert not app.screen.query_one("#sidebar").has_class("-ingesting")


async def reports_added_by_ingesting(cache_copy, folder) -> int:
    """How many reports the tree gains when the app ingests `folder`."""
    app = app_on(open_store(cache_copy))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        before = set(app.screen.summaries)
        app.screen.ingest(folder)
        await settle(pilot)
        return len(set(app.screen.summaries) - before)


async def test_ingest_folder_adds_its_reports_to_the_tree(cache_copy, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "jinan-excerpt.txt").write_text(jinan_excerpt(), encoding="utf-8")
    assert await reports_added_by_ingesting(cache_copy, folder) == 1


async def test_ingest_folder_takes_the_web_pages_gwr_ingest_takes(cache_copy, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    page = f"<html><head><title>济南</title></head><body><p>{jinan_excerpt()}</p></body></html>"
    (folder / "jinan-excerpt.html").write_text(page, encoding="utf-8")
    assert await reports_added_by_ingesting(cache_copy, folder) == 1


async def test_ingest_folder_names_each_refused_file(cache_copy, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    app = app_on(open_store(cache_copy))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        app.screen.ingest(folder)
        await settle(pilot)
        refusals = [str(n.message) for n in app._notifications if n.title == "Refused"]
        assert len(refusals) == 1 and "empty.txt" in refusals[0]


def test_a_newer_ingest_progress_replaces_one_still_queued():
    first = IngestProgressed(IngestProgress(done=1, total=5, path="a.txt"))
    later = IngestProgressed(IngestProgress(done=2, total=5, path="b.txt"))
    assert later.can_replace(first)
    assert not later.can_replace(IngestFinished(IngestSummary()))
