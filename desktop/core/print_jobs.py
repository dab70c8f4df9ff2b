"""The desk's print jobs without Qt: the session's job list, sending a badge through the
printer pool with failover, and the print log's recent desk jobs.

A desk has a printer pool: an ordered list of CUPS queues (one printer is a pool of one). A
badge goes to the first queue that is ready (`desktop.core.spooler.printer_state`: not
disabled, accepting jobs, not out of paper, no error reason); a queue that is not ready is
passed over (an attempt `skipped`, never sent, not in the print log) unless it is the last
one left, which is always sent to so that its spooler has the last word. A job that the
spooler refuses or then fails (aborted, held, queue stopped) is sent again to the next queue
of the pool, at most once per queue. Each sent attempt is reported (`on_attempt`) so the
caller logs it: failed on A with the spooler's words, printed on B with its job id.

`PoolSender` hands jobs to `lp` on one thread, in order, and follows each job in CUPS on
threads of their own, so the next badge is not held up while an earlier one is followed for
up to `FOLLOW_S` seconds.

`PoolSender.cancel` stops a job that has no answer yet (queued, or sent and being followed):
its CUPS job is cancelled, the attempt is reported failed ("cancelled at the desk") and it
does not move to another printer. A job the spooler already took is not cancelled here.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.spooler import (
    FOLLOW_S,
    PrinterState,
    SpoolResult,
    cancel_job,
    follow_job,
    printer_state,
    send_with_lp,
)

STATES = ("queued", "printing", "done", "failed")
CANCELLED = "cancelled at the desk"


@dataclass
class Attempt:
    """One try of a job on one queue: printed, failed (with the spooler's words) or skipped
    (the queue was not ready; nothing was sent)."""

    printer: str
    status: str  # printed | failed | skipped
    job: str = ""
    error: str = ""
    note: str = ""
    at: dt.datetime = field(default_factory=dt.datetime.now)
    accepted_at: float | None = None  # time.perf_counter() when lp gave the job id


@dataclass
class PrintJob:
    """One badge of this session at this desk, from the check-in to the spooler's answer."""

    id: int
    attendee_id: int
    person: str = ""
    kind: str = "desk"  # desk | reprint
    reason: str = ""
    state: str = "queued"  # queued | printing | done | failed
    printer: str = ""  # the queue it is on or was last sent to; "" for a PDF only
    job: str = ""  # the spooler's job id of the last attempt sent
    error: str = ""  # why it failed (each queue's words)
    note: str = ""
    path: str = ""  # the badge PDF kept in the badge folder
    created_at: dt.datetime = field(default_factory=dt.datetime.now)
    finished_at: dt.datetime | None = None
    elapsed_ms: float | None = None  # from the request to the job accepted by the spooler
    attempts: list[Attempt] = field(default_factory=list)
    pool: list[str] = field(default_factory=list)
    cancel_requested: bool = False  # staff cancelled it before the spooler's answer
    extra: dict[str, Any] = field(default_factory=dict)  # the caller's own data (not shown)

    @property
    def pdf_only(self) -> bool:
        return self.state == "done" and not self.printer


def state_title(job: PrintJob) -> str:
    """The job's state in words: queued, printing, done, or failed with the reason."""
    if job.state == "failed":
        return f"failed: {job.error}" if job.error else "failed"
    if job.pdf_only:
        return "done (PDF only, no printer)"
    return job.state


class JobList:
    """This session's print jobs, newest first; listeners hear of every change (on the thread
    that made it: a GUI marshals them itself)."""

    def __init__(self, keep: int = 500) -> None:
        self._jobs: dict[int, PrintJob] = {}
        self._next = 1
        self._lock = threading.RLock()
        self._listeners: list[Callable[[PrintJob], None]] = []
        self.keep = keep

    def listen(self, fn: Callable[[PrintJob], None]) -> None:
        self._listeners.append(fn)

    def unlisten(self, fn: Callable[[PrintJob], None]) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def _tell(self, job: PrintJob) -> None:
        for fn in list(self._listeners):
            fn(job)

    def add(self, attendee_id: int, **fields: Any) -> PrintJob:
        with self._lock:
            job = PrintJob(id=self._next, attendee_id=attendee_id, **fields)
            self._next += 1
            self._jobs[job.id] = job
            while len(self._jobs) > self.keep:
                self._jobs.pop(next(iter(self._jobs)))
        self._tell(job)
        return job

    def update(self, job: PrintJob, **fields: Any) -> PrintJob:
        with self._lock:
            for k, v in fields.items():
                setattr(job, k, v)
            if fields.get("state") in ("done", "failed"):
                job.finished_at = dt.datetime.now()
            elif "state" in fields:
                job.finished_at = None
        self._tell(job)
        return job

    def changed(self, job: PrintJob) -> None:
        """Tell the listeners about a change made to the job in place."""
        self._tell(job)

    def get(self, job_id: int) -> PrintJob | None:
        with self._lock:
            return self._jobs.get(job_id)

    def all(self) -> list[PrintJob]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: j.id, reverse=True)


# --- sending through the pool ---------------------------------------------------------------


@dataclass
class _Run:
    job: PrintJob
    render: Callable[[str], Path]
    remaining: list[str]
    on_attempt: Callable[[PrintJob, Attempt], None] | None
    on_done: Callable[[PrintJob], None] | None
    on_change: Callable[[PrintJob], None] | None
    mine: list[Attempt] = field(default_factory=list)


class PoolSender:
    """Sends jobs through a printer pool with failover (see the module doc)."""

    def __init__(
        self,
        status: Callable[[str], PrinterState] = printer_state,
        send: Callable[[Path, str, str], str] = send_with_lp,
        follow: Callable[[str, str, float], SpoolResult] = follow_job,
        follow_s: float = FOLLOW_S,
        title: str = "Confdesk badge",
        cancel: Callable[[str], None] = cancel_job,
    ) -> None:
        self.status, self.send, self.follow, self.cancel_spooled = status, send, follow, cancel
        self.follow_s = follow_s
        self.title = title
        self._sending = ThreadPoolExecutor(max_workers=1, thread_name_prefix="confdesk-lp")
        self._following = ThreadPoolExecutor(max_workers=4, thread_name_prefix="confdesk-follow")

    def submit(
        self,
        job: PrintJob,
        render: Callable[[str], Path],
        pool: list[str],
        on_attempt: Callable[[PrintJob, Attempt], None] | None = None,
        on_done: Callable[[PrintJob], None] | None = None,
        on_change: Callable[[PrintJob], None] | None = None,
    ) -> None:
        """Send `job` to the pool's queues in order; `render(printer)` gives the PDF for that
        printer. Callbacks run on the sender's threads."""
        names = list(dict.fromkeys(p for p in pool if p))
        run = _Run(job, render, names, on_attempt, on_done, on_change)
        job.pool = names
        job.cancel_requested = False
        self._sending.submit(self._guarded, self._next, run)

    def cancel(self, job: PrintJob) -> bool:
        """Cancel a job that has no answer yet; False when it is done or failed already.

        A queued job is never sent; a job sent to CUPS is cancelled there (on a thread of the
        sender: `cancel` takes a process) and ends failed, without moving to the next printer."""
        if job.state in ("done", "failed") or job.cancel_requested:
            return False
        job.cancel_requested = True
        if job.state == "printing" and job.job:
            number = job.job
            self._following.submit(self.cancel_spooled, number)
        return True

    def shutdown(self) -> None:
        self._sending.shutdown(wait=True)
        self._following.shutdown(wait=True)

    # -- steps ---------------------------------------------------------------------------
    def _guarded(self, step: Callable[..., None], run: _Run, *args: Any) -> None:
        try:
            step(run, *args)
        except Exception as exc:  # never leave a job without an answer
            run.job.error = f"internal error while printing: {exc}"
            self._finish(run, "failed")

    def _changed(self, run: _Run) -> None:
        if run.on_change is not None:
            run.on_change(run.job)

    def _attempt(self, run: _Run, att: Attempt) -> None:
        run.job.attempts.append(att)
        run.mine.append(att)
        if att.status != "skipped" and run.on_attempt is not None:
            run.on_attempt(run.job, att)
        self._changed(run)

    def _next(self, run: _Run) -> None:
        job = run.job
        while run.remaining:
            if job.cancel_requested:
                job.error = CANCELLED
                self._finish(run, "failed")
                return
            printer = run.remaining.pop(0)
            if run.remaining:  # not the last one: pass it over when it cannot print now
                st = self.status(printer)
                if not st.ready:
                    self._attempt(run, Attempt(printer, "skipped", error=st.why))
                    continue
            try:
                path = run.render(printer)
            except Exception as exc:
                self._attempt(
                    run, Attempt(printer, "failed", error=f"the badge could not be made: {exc}")
                )
                break
            job.state, job.printer, job.job = "printing", printer, ""
            self._changed(run)
            try:
                number = self.send(path, printer, self.title)
            except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
                self._attempt(run, Attempt(printer, "failed", error=str(exc)))
                continue
            accepted = time.perf_counter()
            job.job = number
            if job.cancel_requested:  # cancelled while lp ran: the job must not print
                self.cancel_spooled(number)
            self._following.submit(self._guarded, self._follow, run, printer, number, accepted)
            return
        self._finish(run, "failed")

    def _follow(self, run: _Run, printer: str, number: str, accepted: float) -> None:
        res = self.follow(number, printer, self.follow_s)
        if res.ok:
            self._attempt(
                run,
                Attempt(printer, "printed", res.job or number, note=res.note, accepted_at=accepted),
            )
            self._finish(run, "done")
            return
        error = CANCELLED if run.job.cancel_requested else res.error
        self._attempt(
            run, Attempt(printer, "failed", res.job or number, error, accepted_at=accepted)
        )
        if run.remaining and not run.job.cancel_requested:
            self._sending.submit(self._guarded, self._next, run)
        else:
            self._finish(run, "failed")

    def _finish(self, run: _Run, state: str) -> None:
        job = run.job
        job.state = state
        job.finished_at = dt.datetime.now()
        if state == "failed":
            said = [f"{a.printer}: {a.error}" for a in run.mine if a.status != "printed"]
            job.error = "; ".join(said) or job.error or "no printer to send it to"
        else:
            job.error = ""
        self._changed(run)
        if run.on_done is not None:
            run.on_done(job)


# --- the print log's desk jobs -------------------------------------------------------------


@dataclass
class DeskJobRow:
    """One desk or reprint row of the print log, for `confdesk badges jobs`."""

    id: int
    at: dt.datetime
    attendee_id: int | None
    person: str
    kind: str
    printer: str
    status: str
    job: str
    error: str
    reason: str
    desk: str
    operator: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="seconds") + "Z",
            "attendee_id": self.attendee_id,
            "person": self.person,
            "kind": self.kind,
            "printer": self.printer,
            "status": self.status,
            "job": self.job,
            "error": self.error,
            "reason": self.reason,
            "desk": self.desk,
            "operator": self.operator,
        }


def recent_desk_jobs(session: Any, limit: int = 50, desk: str | None = None) -> list[DeskJobRow]:
    """The newest desk prints and reprints of the current event, newest first: each attempt
    the print log holds (printed, failed, PDF only), with the person and the spooler's words."""
    from sqlalchemy import select

    from db.models import Attendee, PrintLog
    from desktop.core.events import current_event

    event = current_event(session)
    q = (
        select(PrintLog, Attendee)
        .outerjoin(Attendee, Attendee.id == PrintLog.attendee_id)
        .where(PrintLog.event_id == event.id, PrintLog.kind.in_(("desk", "reprint")))
    )
    if desk:
        q = q.where(PrintLog.desk == desk)
    rows = session.execute(q.order_by(PrintLog.id.desc()).limit(max(1, limit)))
    return [
        DeskJobRow(
            p.id,
            p.at,
            p.attendee_id,
            a.display_name if a is not None else "(deleted)",
            p.kind,
            p.destination,
            p.status,
            p.job,
            p.error,
            p.reason,
            p.desk,
            p.operator,
        )
        for p, a in rows
    ]
