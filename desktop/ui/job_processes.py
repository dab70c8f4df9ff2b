"""Worker processes for long jobs: CPU-heavy work (badge batches, program PDFs, import checks)
runs outside the app's process, so it cannot hold Python's interpreter lock while a desk scan
or the window waits for it.

Qt-free on purpose (the processes never import PySide6). Each process opens the event's store
once; a job is a picklable `fn(session, progress, cancel)` (a module-level function or a
functools.partial of one); its progress goes back through a queue and its cancel flag is a slot
of a shared array, both handed to the processes when they start.

The processes run at a lower scheduling priority (nice +10 where the system has it): on a
two-core desk laptop a badge batch, a program book and an import check together want more CPU
than there is, and the app's own process (the window and the desk's scan lane) must win it;
the jobs only take longer while the desk is busy.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

    from db.engine import Store

T = TypeVar("T")
# What a job's progress callback sends back: (serial, done, total, message).
Progress = tuple[int, int, int, str]

SLOTS = 4096
NICENESS = 10
_URL = ""
_STORE: Store | None = None
_PROGRESS: Queue[Progress] | None = None
_CANCEL: Flags | None = None


class Flags(Protocol):
    """The shared array of cancel flags (a ctypes array of bytes, one slot per job)."""

    def __getitem__(self, slot: int) -> int: ...

    def __setitem__(self, slot: int, value: int) -> None: ...


class SharedCancel:
    """A cancel flag shared between the app and a worker process (duck-types CancelFlag)."""

    def __init__(self, flags: Flags, slot: int) -> None:
        self._flags, self._slot = flags, slot

    def cancel(self) -> None:
        self._flags[self._slot] = 1

    @property
    def cancelled(self) -> bool:
        return bool(self._flags[self._slot])

    def check(self) -> None:
        if self.cancelled:
            from desktop.base.errors import Cancelled

            raise Cancelled()


def _init(url: str, progress: Queue[Progress], cancel: Flags) -> None:
    # The store is opened at the first job, not here: an initializer that raises (the
    # event's server away while a process starts) breaks the whole pool for good.
    global _URL, _PROGRESS, _CANCEL
    _URL, _PROGRESS, _CANCEL = url, progress, cancel
    if hasattr(os, "nice"):  # (not on Windows: its processes keep the normal priority)
        with contextlib.suppress(OSError):
            os.nice(NICENESS)


def _store() -> Store:
    global _STORE
    if _STORE is None:
        from db.engine import open_store

        _STORE = open_store(_URL)
    return _STORE


def _run(serial: int, fn: Callable[..., T], write: bool) -> T:
    assert _CANCEL is not None, "the pool's initializer (_init) runs before any job"
    flag = SharedCancel(_CANCEL, serial % SLOTS)

    def progress(done: int, total: int, message: str = "") -> None:
        _PROGRESS.put((serial, done, total, message))

    flag.check()
    store = _store()
    opener = store.write_session if write else store.session
    with opener() as s:
        return fn(s, progress, flag)


class ProcessLane:
    """A small pool of worker processes on one store."""

    def __init__(self, url: str, processes: int = 2) -> None:
        self._ctx = mp.get_context("spawn")
        self._url, self._processes = url, processes
        self.progress = self._ctx.Queue()
        self.cancel_flags = self._ctx.Array("b", SLOTS, lock=False)
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self._processes,
            mp_context=self._ctx,
            initializer=_init,
            initargs=(self._url, self.progress, self.cancel_flags),
        )

    def submit(self, serial: int, fn: Callable[..., T], write: bool) -> Future[T]:
        self.cancel_flags[serial % SLOTS] = 0
        try:
            return self._pool.submit(_run, serial, fn, write)
        except BrokenProcessPool:
            # A worker process died (killed, out of memory): the next job gets fresh ones.
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            return self._pool.submit(_run, serial, fn, write)

    def cancel_flag(self, serial: int) -> SharedCancel:
        return SharedCancel(self.cancel_flags, serial % SLOTS)

    def warm_up(self) -> None:
        """Start the processes now (imports, store opened), not at the first job."""
        for _ in range(2):
            self._pool.submit(int)

    def drain_progress(self) -> list[tuple[int, int, int, str]]:
        out = []
        while True:
            try:
                out.append(self.progress.get_nowait())
            except Exception:
                return out

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
