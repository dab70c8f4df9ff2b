"""Long jobs off the desk's lane: one shape for badge batches, program PDFs, import checks,
exports and the dashboard refresh.

The desk's short writes (scans, walk-ins, undo) have their own single-thread lane
(desktop.ui.worker.DbWorker) that nothing long may hold up. Everything long runs here instead,
on a pool of its own threads, each job in its own session (its own connection), with:

- the Qt-free core function's progress callback relayed to the GUI thread (queued signal);
- a cancel flag (desktop.base.progress.CancelFlag) the job checks between units of work;
- a key per screen and purpose: starting a job under a key cancels the one running under it
  and its answer is dropped, as is the answer of a job whose screen has closed (Orange3's
  ConcurrentWidgetMixin idea), so a stale answer never lands on a screen;
- a busy cursor once any job has run 300 ms (Anki's progress manager idea);
- errors reported in one place (desktop.ui.errors) unless the caller handles them.

A picklable job (a module-level function, or a functools.partial of one) runs in one of two
worker processes (desktop.ui.job_processes): CPU-heavy work there cannot hold Python's
interpreter lock while a scan or the window waits. Any other callable runs on a thread.
"""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from db.engine import Store
from desktop.base.progress import CancelFlag, ProgressFn
from desktop.ui.job_processes import ProcessLane

T = TypeVar("T")
BUSY_CURSOR_MS = 300

# A job: fn(session, progress, cancel) -> result (a core function wrapped by the screen).
JobFn = Callable[[Session, ProgressFn, CancelFlag], Any]
# What `start` keeps of a job until its answer: owner, on_done, on_error, on_progress.
_Callbacks = tuple[
    QObject,
    Callable[[Any], None],
    Callable[[Exception], None] | None,
    Callable[[int, int, str], None] | None,
]


def _picklable(fn: object) -> bool:
    """Jobs that can go to a worker process: module-level functions and partials of them."""
    try:
        pickle.dumps(fn)
    except Exception:
        return False
    return True


@dataclass
class JobHandle:
    """A started job: cancel it, or ask whether its answer still counts."""

    key: tuple[int, str]
    serial: int
    cancel_flag: CancelFlag = field(default_factory=CancelFlag)
    future: Future[Any] | None = None
    dropped: bool = False

    def cancel(self) -> None:
        self.cancel_flag.cancel()


class JobRunner(QObject):
    """Runs long jobs on their own threads and connections; answers on the GUI thread."""

    _answer = Signal(object, object, bool)  # handle, value or exception, is_error
    _progress = Signal(object, int, int, str)  # handle, done, total, message

    def __init__(
        self,
        store: Store,
        threads: int = 2,
        parent: QObject | None = None,
        use_processes: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="confdesk-job")
        self._serial = itertools.count(1)
        self._running: dict[tuple[int, str], JobHandle] = {}
        self._shut = False
        self._callbacks: dict[int, _Callbacks] = {}
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._show_busy)
        self._busy_shown = False
        self._answer.connect(self._deliver)
        self._progress.connect(self._relay_progress)
        self.use_processes = use_processes
        self._lane: ProcessLane | None = None
        self._by_serial: dict[int, JobHandle] = {}
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(50)
        self._progress_timer.timeout.connect(self._poll_progress)

    # --- starting ------------------------------------------------------------------------
    def start(
        self,
        owner: QObject,
        name: str,
        fn: JobFn,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        *,
        write: bool = False,
    ) -> JobHandle:
        """Run `fn(session, progress, cancel)` in its own transaction (a write transaction
        with `write`); replaces (cancels, drops) the job `owner` runs under `name`."""
        key = (id(owner), name)
        if self._shut:  # the app is closing: a timer's last job has nowhere to run
            handle = JobHandle(key, next(self._serial))
            handle.dropped = True
            return handle
        previous = self._running.get(key)
        if previous is not None:
            previous.dropped = True
            previous.cancel()
        handle = JobHandle(key, next(self._serial))
        self._running[key] = handle
        self._callbacks[handle.serial] = (owner, on_done, on_error, on_progress)
        lane = self._process_lane() if _picklable(fn) else None
        if lane is not None:
            handle.cancel_flag = lane.cancel_flag(handle.serial)  # type: ignore[assignment]
            self._by_serial[handle.serial] = handle
            future = lane.submit(handle.serial, fn, write)
            if not self._progress_timer.isActive():
                self._progress_timer.start()
        else:

            def progress(done: int, total: int, message: str = "") -> None:
                self._progress.emit(handle, done, total, message)

            def job() -> Any:
                handle.cancel_flag.check()
                opener = self.store.write_session if write else self.store.session
                with opener() as s:
                    return fn(s, progress, handle.cancel_flag)

            future = self._pool.submit(job)
        handle.future = future
        future.add_done_callback(
            lambda f: self._answer.emit(
                handle, f.exception() or f.result(), f.exception() is not None
            )
        )
        if not self._busy_timer.isActive() and not self._busy_shown:
            self._busy_timer.start(BUSY_CURSOR_MS)
        return handle

    def _process_lane(self) -> ProcessLane | None:
        if not self.use_processes:
            return None
        if self._lane is None:
            self._lane = ProcessLane(self.store.url)
        return self._lane

    def warm_up(self) -> None:
        """Start the worker processes ahead of the first long job."""
        lane = self._process_lane()
        if lane is not None:
            lane.warm_up()

    def _poll_progress(self) -> None:
        if self._lane is None:
            return
        for serial, done, total, message in self._lane.drain_progress():
            handle = self._by_serial.get(serial)
            if handle is not None:
                self._relay_progress(handle, done, total, message)
        if not self._by_serial:
            self._progress_timer.stop()

    def cancel_all(self, owner: QObject) -> None:
        """Cancel and drop every job of `owner` (its screen is closing)."""
        for key, handle in list(self._running.items()):
            if key[0] == id(owner):
                handle.dropped = True
                handle.cancel()

    def active(self) -> int:
        return len(self._running)

    # --- answers on the GUI thread -----------------------------------------------------------
    def _alive(self, handle: JobHandle) -> _Callbacks | None:
        entry = self._callbacks.get(handle.serial)
        if entry is None or handle.dropped:
            return None
        owner = entry[0]
        if not shiboken6.isValid(owner):
            return None
        return entry

    def _relay_progress(self, handle: JobHandle, done: int, total: int, message: str) -> None:
        entry = self._alive(handle)
        if entry is not None and entry[3] is not None:
            entry[3](done, total, message)

    def _deliver(self, handle: JobHandle, value: Any, is_error: bool) -> None:
        if self._lane is not None and handle.serial in self._by_serial:
            self._poll_progress()  # the last progress first
            self._by_serial.pop(handle.serial, None)
        entry = self._alive(handle)
        self._callbacks.pop(handle.serial, None)
        if self._running.get(handle.key) is handle:
            del self._running[handle.key]
        if not self._running:
            self._busy_timer.stop()
            self._hide_busy()
        if entry is None:
            return  # replaced, or its screen closed: a stale answer never lands
        _owner, on_done, on_error, _ = entry
        if not is_error:
            on_done(value)
        elif on_error is not None:
            on_error(value)
        else:
            from desktop.ui.errors import report_error

            report_error(value)

    def _show_busy(self) -> None:
        if self._running and not self._busy_shown:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy_shown = True

    def _hide_busy(self) -> None:
        if self._busy_shown:
            QApplication.restoreOverrideCursor()
            self._busy_shown = False

    def shutdown(self) -> None:
        self._shut = True
        for handle in self._running.values():
            handle.dropped = True
            handle.cancel()
        self._pool.shutdown(wait=True)
        if self._lane is not None:
            self._lane.shutdown()
        self._hide_busy()
