"""Jobs for the app's worker processes in tests: module-level and Qt-free, so a spawned worker
imports them without PySide6 (as it does the app's own jobs)."""

from __future__ import annotations

import os
from typing import Any


def niceness(session: Any, progress: Any, cancel: Any) -> int:
    """The scheduling priority the job runs at (POSIX nice value)."""
    return os.nice(0)
