"""The Rich console results are printed on; loaded only when something is drawn (piped CSV never needs it)."""

from __future__ import annotations

from rich.console import Console


class ResultConsole(Console):
    """A console whose reader leaving (`gwr show … | head`) raises `BrokenPipeError` for `main` to end quietly.

    Rich's default exits with status 1 instead.
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError
