"""`gwr` with no subcommand starts the app on the cache directory it names."""

from __future__ import annotations

from tui.app import GwrApp
from tui.cli import main


def test_gwr_without_a_command_opens_the_app_on_the_cache_option(monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(GwrApp, "run", lambda app: opened.append(app._open_store(lambda notice: None).cache_dir))
    assert main(["--cache", str(tmp_path / "cache")]) == 0
    assert opened == [tmp_path / "cache"]
