"""store: the TinyDB cache built from parsed reports.

The only code that reads or writes cache files. Never imports textual.

Public entry points:
- `open_store(cache_dir=None, notice=None, progress=None) -> Store` opens the cache in
  `cache_dir` (else $GWR_CACHE, else the platformdirs user cache dir). `notice` receives
  one-line messages when a damaged or outdated cache is rebuilt, `progress` follows
  such a rebuild. Opening reads only the small catalogue and never loads jieba (but a
  rebuild re-parses the sources: open the store in a worker).
- `Store` implements `store.api.ReportStore` (stats, reports, report, resolve,
  indicators, search, keywords, ingest) plus `is_empty` and
  `ingest_samples(progress=None)`, which ingests the bundled sample corpus (first run).
  A `Store` is not thread-safe: use it from one worker group only.
- `default_cache_dir()` is where the cache lives when no directory is given.

The cache layout is described in `store.store`.
"""


from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.store import Store, default_cache_dir, open_store

__all__ = ["Store", "default_cache_dir", "open_store"]


def __getattr__(name: str) -> Any:
    """The entry points, imported from `store.store` on first use: importing a submodule such as
    `store.api` (as the app's first frame does) does not load the cache code, TinyDB or the index."""
    if name in __all__:
        from store import store as implementation

        return getattr(implementation, name)
    raise AttributeError(f"module 'store' has no attribute {name!r}")
