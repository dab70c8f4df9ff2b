"""Progress reporting and cancellation for long jobs, shared by the CLI and the GUI."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.base.errors import Cancelled

ProgressFn = Callable[[int, int, str], None]  # (done, total, message)


def no_progress(_done: int, _total: int, _message: str) -> None:
    """The default progress callback: says nothing."""


@dataclass
class CancelFlag:
    """Set from any thread; a job calls `check()` between units of work."""

    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
