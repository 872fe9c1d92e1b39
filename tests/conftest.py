"""The fixtures every test may use, in one place (no `pytest_plugins` lines in test modules).

- `national_cache`: the sixteen national reports 2003–2018 (tests/national_series.py);
- caches built from the bundled samples: `sample_cache` (built once per session; read it, copy it
  before changing it), `sample_store` (that cache, opened), `sources`, `cache` (tests/store_fixtures.py);
- the TUI: `app` on the sample cache and `cache_copy` (tests/tui/main_fixtures.py), seed excerpts
  with their indicators `gdp_excerpts` and `plan_excerpts` (tests/tui/screen_fixtures.py).
"""

from tests.national_series import national_cache  # noqa: F401 (fixtures)
from tests.store_fixtures import cache, sample_cache, sample_store, sources  # noqa: F401 (fixtures)
from tests.tui.main_fixtures import app, cache_copy  # noqa: F401 (fixtures)
from tests.tui.screen_fixtures import gdp_excerpts, plan_excerpts  # noqa: F401 (fixtures)
