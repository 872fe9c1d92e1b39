"""One lock around the store: TinyDB is not thread-safe.

Store calls run in `@work(thread=True, group="store")` workers; an exclusive
worker that is cancelled keeps running until its call returns, so two workers
can overlap. Every call through `LockedStore` holds the same lock.
"""

from __future__ import annotations

import functools
import threading
from typing import Any


class LockedStore:
    """Wraps a `ReportStore`: every method call holds one re-entrant lock."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return attribute(*args, **kwargs)

        return locked
