"""How a screen hears that a store call in its worker failed."""

from __future__ import annotations

from textual.message import Message


class StoreFailed(Message):
    """A store call failed; `reason` is one line saying what could not be done and why."""

    def __init__(self, action: str, error: Exception) -> None:
        super().__init__()
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        self.reason = f"Could not {action}: {detail}"
