"""Every access to the app's store holds one lock (TinyDB is not thread-safe)."""

from __future__ import annotations

import threading
from typing import Any, Callable

import pytest

from store.api import ReportStore
from tui.locked_store import LockedStore


def lock_is_held(lock: Any) -> bool:
    """Whether some thread holds `lock`: another thread tries to take it."""
    taken: list[bool] = []

    def try_it() -> None:
        got = lock.acquire(blocking=False)
        if got:
            lock.release()
        taken.append(got)

    thread = threading.Thread(target=try_it)
    thread.start()
    thread.join()
    return not taken[0]


class SpyStore:
    """Records, for each member used, whether the lock was held at that moment."""

    def __init__(self) -> None:
        self.lock: Any = None
        self.held: dict[str, bool] = {}

    @property
    def is_empty(self) -> bool:
        self.held["is_empty"] = lock_is_held(self.lock)
        return False

    def __getattr__(self, name: str) -> Callable[..., None]:
        def call(*args: object, **kwargs: object) -> None:
            self.held[name] = lock_is_held(self.lock)

        return call


#: One use of each member of `ReportStore`.
USES: dict[str, Callable[[ReportStore], object]] = {
    "is_empty": lambda store: store.is_empty,
    "stats": lambda store: store.stats(),
    "reports": lambda store: store.reports(),
    "report": lambda store: store.report("d7b1038"),
    "resolve": lambda store: store.resolve(["济南", "2022"]),
    "indicators": lambda store: store.indicators(metric="gdp"),
    "indicator_records": lambda store: store.indicator_records(),
    "search": lambda store: store.search("营商环境"),
    "keywords": lambda store: store.keywords(["d7b1038"]),
    "ingest": lambda store: store.ingest([]),
    "ingest_samples": lambda store: store.ingest_samples(),
    "committed_elsewhere": lambda store: store.committed_elsewhere(),
}


def test_the_uses_cover_every_member_of_the_protocol():
    assert set(USES) == {name for name in vars(ReportStore) if not name.startswith("_")}


@pytest.mark.parametrize("member", sorted(USES))
def test_each_member_is_used_under_the_lock(member):
    spy = SpyStore()
    locked = LockedStore(spy)  # type: ignore[arg-type]
    spy.lock = locked._lock
    USES[member](locked)
    assert spy.held == {member: True}
