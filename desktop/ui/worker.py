"""The one database writer: core functions run on a single worker thread, results by signal.

Screens call `ctx.worker.submit(fn, on_done, on_error)` where `fn(session)` is a core function;
`on_done(result)` / `on_error(exc)` then run on the GUI thread. Quick indexed reads (a page of
the lazy table, a search) may use `ctx.worker.read(fn)` synchronously on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from db.engine import Store
from db.errors import is_connection_lost
from desktop.core.audit import act_as
from desktop.core.desk_journal import (
    PROBE_EVERY_S,
    DeskJournal,
    DeskScan,
    ReplayReport,
    journal_path,
    prepare_scans,
    ready_mirror,
    scan_or_journal,
    send_journal,
)
from desktop.core.mirror import Mirror, mirror_path

if TYPE_CHECKING:
    from desktop.ui.jobs import JobRunner

T = TypeVar("T")
# A read on the GUI thread goes to the mirror for this long after the server last failed to
# answer (the desk's lane and its mirror refresh ask the server again in the background every
# few seconds): the window never waits seconds on a connect timeout to a server that is away.
GUI_OFFLINE_S = 10.0


class DbWorker(QObject):
    """A single-thread executor for database work, answering on the GUI thread."""

    _finished = Signal(object, object, object)  # callback, result, error-callback-or-None

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="confdesk-db")
        self._finished.connect(self._deliver)
        self._journals: dict[str, DeskJournal] = {}
        self._mirrors: dict[str, Mirror] = {}
        self._jobs: JobRunner | None = None
        # Who writes (desk, operator): the audit entries of `submit`'s writes name them
        # (AppContext sets it; read at each write, so a renamed desk is named at once).
        self.actor: Callable[[], tuple[str, str]] = lambda: ("", "")

    def submit(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[T]:
        """Run `fn(session)` in its own transaction on the worker thread."""

        def job() -> T:
            with self.store.write_session() as s:
                act_as(s, *self.actor())
                return fn(s)

        return self._run(job, on_done, on_error)

    def submit_scan(
        self,
        raw: str,
        desk: str,
        operator: str,
        on_done: Callable[[DeskScan], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[DeskScan]:
        """A scan on the desk lane: written at once, or (event busy longer than a scan may
        wait, e.g. during an import) kept in this desk's journal and sent when it is free."""
        journal, mirror = self.journal(desk), self.mirror(desk)

        def job() -> DeskScan:
            return scan_or_journal(self.store, journal, raw, desk, operator, mirror=mirror)

        return self._run(job, on_done, on_error)

    def prepare_desk(self, desk: str) -> Future[None]:
        """Open this desk's journal and mirror and answer one scan on the lane without writing
        anything (`desk_journal.prepare_scans`), so the first real scan is as quick as the
        rest. Offline (the server recently unreachable) there is nothing to prepare; a failure
        is left for the first real scan to report."""
        self.journal(desk)

        def prepare(s: Session, offline: bool) -> None:
            if not offline:
                prepare_scans(s, desk)

        return self.submit_or_mirror(desk, prepare, on_error=lambda _exc: None, write=False)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[T]:
        """Run `fn()` on the worker thread with no session (after everything queued before it:
        a way to act once earlier writes are done)."""
        return self._run(fn, on_done, on_error)

    def desk_job(
        self,
        desk: str,
        fn: Callable[[Store, DeskJournal, Mirror | None], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[T]:
        """Run `fn(store, journal, mirror)` of this desk on the desk lane (the journaled
        writes of desktop.core.desk_journal: they open their own sessions)."""
        journal, mirror = self.journal(desk), self.mirror(desk)
        return self._run(lambda: fn(self.store, journal, mirror), on_done, on_error)

    def submit_or_mirror(
        self,
        desk: str,
        fn: Callable[[Session, bool], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        mirror_only: bool = False,
        write: bool = True,
    ) -> Future[T]:
        """Run `fn(session, offline)` on the worker thread: in a transaction on the event's
        store, or, when its server cannot be reached, on this desk's mirror (offline=True:
        read only, nothing written there is kept). `mirror_only`: about a walk-in registered
        offline that the server does not have yet. `write=False`: a read, which never holds
        the event's write lock."""
        mirror = self.mirror(desk)
        return self._run(
            lambda: self._on_store_or_mirror(mirror, fn, write=write, mirror_only=mirror_only),
            on_done,
            on_error,
        )

    def read_or_mirror(self, desk: str, fn: Callable[[Session], T], mirror_only: bool = False) -> T:
        """A quick read on the calling thread, from this desk's mirror when the event's
        server cannot be reached (or, `mirror_only`, always)."""
        mirror = self.mirror(desk)
        return self._on_store_or_mirror(
            mirror,
            lambda s, _offline: fn(s),
            write=False,
            mirror_only=mirror_only,
            away_s=GUI_OFFLINE_S,
        )

    def _on_store_or_mirror(
        self,
        mirror: Mirror | None,
        fn: Callable[[Session, bool], T],
        write: bool,
        mirror_only: bool = False,
        away_s: float = PROBE_EVERY_S,
    ) -> T:
        away = mirror is not None and (mirror_only or mirror.recently_unreachable(away_s))
        if not away:
            try:
                if write:
                    with self.store.write_session() as s:
                        return fn(s, False)
                with self.store.factory() as s:
                    return fn(s, False)
            except Exception as exc:
                if mirror is None or not is_connection_lost(exc):
                    raise
                mirror.mark_unreachable()
        with ready_mirror(mirror).session() as s:
            return fn(s, True)

    def send_journal(
        self,
        desk: str,
        on_done: Callable[[ReplayReport | None], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Future[ReplayReport | None]:
        """Try to send what waits in this desk's journal (None to on_done: still busy)."""
        journal, mirror = self.journal(desk), self.mirror(desk)
        return self._run(
            lambda: send_journal(self.store, journal, mirror=mirror), on_done, on_error
        )

    def mirror(self, desk: str) -> Mirror | None:
        """This desk's mirror of a PostgreSQL event (None on an SQLite file)."""
        if self.store.is_sqlite:
            return None
        if desk not in self._mirrors:
            self._mirrors[desk] = Mirror(mirror_path(self.store.url, desk))
        return self._mirrors[desk]

    def journal(self, desk: str) -> DeskJournal:
        if desk not in self._journals:
            self._journals[desk] = DeskJournal(journal_path(self.store.url, desk))
        return self._journals[desk]

    def _run(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Exception], None] | None,
    ) -> Future[T]:
        future = self._pool.submit(job)

        def done(f: Future[T]) -> None:
            exc = f.exception()
            if exc is not None:
                self._finished.emit(on_error, exc, True)
            else:
                self._finished.emit(on_done, f.result(), False)

        future.add_done_callback(done)
        return future

    def read(self, fn: Callable[[Session], T]) -> T:
        """Run a quick read on the calling thread (its own session, no writes kept)."""
        with self.store.factory() as s:
            return fn(s)

    def _deliver(self, callback: Callable[[Any], None] | None, value: Any, is_error: bool) -> None:
        if callback is not None:
            callback(value)
        elif is_error:
            from desktop.ui.errors import report_error

            report_error(value)

    @property
    def jobs(self) -> JobRunner:
        """The long-job runner on the same store (its own threads and connections)."""
        if self._jobs is None:
            from desktop.ui.jobs import JobRunner

            self._jobs = JobRunner(self.store, parent=self)
        return self._jobs

    def shutdown(self) -> None:
        if self._jobs is not None:
            self._jobs.shutdown()
        self._pool.shutdown(wait=True)
        for journal in self._journals.values():
            journal.close()
        for mirror in self._mirrors.values():
            mirror.close()
