"""Every worker reports a failure the same way: one `StoreFailed` line, never a crash."""

from __future__ import annotations

from store import open_store
from tests.tui.main_fixtures import app_on
from tests.tui.screen_fixtures import settle
from tui.messages import StoreFailed, failure_reported


class Recorder:
    def __init__(self) -> None:
        self.messages: list[object] = []

    def post_message(self, message: object) -> bool:
        self.messages.append(message)
        return True


def test_an_exception_in_the_block_becomes_one_store_failed_message():
    recorder = Recorder()
    with failure_reported(recorder, "load report d7b1038"):
        raise OSError("cache file reports/d7b1038.json is truncated\nsecond line")
    [failure] = recorder.messages
    assert isinstance(failure, StoreFailed)
    assert failure.reason == "Could not load report d7b1038: cache file reports/d7b1038.json is truncated"


def test_an_exception_without_a_message_is_named_by_its_type():
    recorder = Recorder()
    with failure_reported(recorder, "count the words"):
        raise MemoryError
    assert recorder.messages[0].reason == "Could not count the words: MemoryError"


async def test_a_failing_search_is_one_error_notification_and_the_app_keeps_running(cache_copy):
    store = open_store(cache_copy)

    def broken_search(*args: object, **kwargs: object) -> list:
        raise OSError("index shard index/007.json is unreadable")

    store.search = broken_search  # type: ignore[method-assign]
    app = app_on(store)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"发展", "enter")
        await settle(pilot)
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
        assert errors == ["Could not search for 发展: index shard index/007.json is unreadable"]
        assert app.is_running
