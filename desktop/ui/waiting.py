"""Waiting for the database without freezing the window.

A few edits need the stored answer before the screen can go on (a dialog's new track needs its
id, a refused name its message): `wait_for` waits for such a write on the desk's lane while the
window goes on painting and answering timers and signals (a desk's scan results, the offline
banner, progress bars). Keys and clicks wait in the queue until the answer is in, so nothing
typed is lost and nothing is clicked twice. A busy cursor shows after 300 ms, as for long jobs.
"""

from __future__ import annotations

import time
from concurrent.futures import Future
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.jobs import BUSY_CURSOR_MS

T = TypeVar("T")

POLL_MS = 5


def wait_for(future: Future[T], timeout_s: float) -> T:
    """The result of `future` (its exception raised); TimeoutError after `timeout_s`."""
    if not future.done():
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(POLL_MS)
        started = time.monotonic()
        busy = [False]

        def check() -> None:
            waited = time.monotonic() - started
            if future.done() or waited >= timeout_s:
                loop.quit()
            elif not busy[0] and waited * 1000 >= BUSY_CURSOR_MS:
                busy[0] = True
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        poll.timeout.connect(check)
        poll.start()
        try:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            poll.stop()
            if busy[0]:
                QApplication.restoreOverrideCursor()
    return future.result(timeout=0)
