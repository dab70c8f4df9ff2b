"""The desk's printer pool without Qt: what CUPS says about a queue (ready or not, and why),
the order jobs go to the printers in, failover at most once per printer, the session's job
list, and the print log's recent desk jobs (core and `confdesk badges jobs`)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from desktop.core import print_jobs as pj
from desktop.core.spooler import PrinterState, SpoolResult, state_from_ipp
from tests import cups

# --- what a queue's IPP attributes mean ---------------------------------------------------

private_cups = cups.private_cups  # the fixture: a private cupsd


def _attrs(state: int = 3, reasons: tuple[str, ...] = ("none",), accepting: bool = True):
    return {
        "printer-state": [state],
        "printer-state-reasons": list(reasons),
        "printer-is-accepting-jobs": [accepting],
        "printer-state-message": [""],
    }


def test_a_queue_is_ready_when_idle_or_printing_and_accepting() -> None:
    assert state_from_ipp("A", _attrs(3)).ready
    assert state_from_ipp("A", _attrs(4)).ready  # processing another job
    # Warnings and reports do not stop a badge.
    st = state_from_ipp("A", _attrs(3, ("media-low-warning", "toner-low-report")))
    assert st.ready and st.why == ""


@pytest.mark.parametrize(
    ("attrs", "word"),
    [
        (_attrs(5, ("paused",)), "disabled"),
        (_attrs(3, ("none",), accepting=False), "not accepting jobs"),
        (_attrs(3, ("media-empty-error",)), "out of paper"),
        (_attrs(4, ("media-needed",)), "out of paper"),
        (_attrs(3, ("media-jam-error",)), "paper jam"),
        (_attrs(3, ("offline-report", "door-open-error")), "door open"),
        (_attrs(5, ("none",)), "stopped"),
        (_attrs(3, ("cups-missing-filter-warning", "marker-supply-empty-error")), "empty"),
    ],
)
def test_a_queue_that_cannot_print_says_why(attrs, word: str) -> None:
    st = state_from_ipp("Zebra", attrs)
    assert not st.ready
    assert word in st.why and "Zebra" in st.why


def test_an_unknown_queue_and_no_spooler() -> None:
    assert not state_from_ipp("Gone", None, found=False).ready
    assert "no printer named" in state_from_ipp("Gone", None, found=False).why
    # CUPS cannot be asked (no scheduler, Windows): lp will say; the queue is tried.
    unknown = state_from_ipp("Maybe", None)
    assert unknown.ready and unknown.state == "unknown"


# --- failover --------------------------------------------------------------------------------


class FakeSpooler:
    """Queues with what CUPS would say: their state before sending, and the job's fate."""

    def __init__(self, states: dict[str, PrinterState], fate: dict[str, str]) -> None:
        self.states, self.fate = states, fate
        self.sent: list[str] = []
        self.n = 0
        self.lock = threading.Lock()

    def status(self, name: str) -> PrinterState:
        return self.states.get(name) or PrinterState(name, True, "idle")

    def send(self, path: Path, printer: str, title: str) -> str:
        with self.lock:
            self.sent.append(printer)
            self.n += 1
        if self.fate.get(printer) == "refuse":
            raise RuntimeError(f"lp: {printer} is not accepting jobs")
        return f"{printer}-{self.n}"

    def follow(self, job: str, printer: str, follow_s: float) -> SpoolResult:
        time.sleep(0.01)
        if self.fate.get(printer) == "abort":
            return SpoolResult(False, job, "the job was aborted by the spooler")
        return SpoolResult(True, job)


def _run(sp: FakeSpooler, pool: list[str], jobs: int = 1, **kw):
    sender = pj.PoolSender(status=sp.status, send=sp.send, follow=sp.follow, follow_s=0)
    done: list[pj.PrintJob] = []
    attempts: list[tuple[int, str, str]] = []
    finished = threading.Event()
    records = [
        pj.PrintJob(id=i + 1, attendee_id=i + 1, person=f"P{i}", kind="desk") for i in range(jobs)
    ]

    def on_attempt(job: pj.PrintJob, att: pj.Attempt) -> None:
        attempts.append((job.id, att.printer, att.status))

    def on_done(job: pj.PrintJob) -> None:
        done.append(job)
        if len(done) == jobs:
            finished.set()

    for rec in records:
        sender.submit(rec, lambda _p: Path("/tmp/x.pdf"), pool, on_attempt, on_done, **kw)
    assert finished.wait(10)
    sender.shutdown()
    return records, attempts


def test_jobs_go_to_the_first_ready_printer() -> None:
    sp = FakeSpooler({}, {})
    (job,), attempts = _run(sp, ["A", "B"])
    assert job.state == "done" and job.printer == "A" and job.job == "A-1"
    assert attempts == [(1, "A", "printed")] and sp.sent == ["A"]


def test_a_printer_that_is_not_ready_is_passed_over() -> None:
    for why in ("printer A is disabled (paused)", "printer A is out of paper"):
        sp = FakeSpooler({"A": PrinterState("A", False, "stopped", why=why)}, {})
        (job,), attempts = _run(sp, ["A", "B"])
        assert job.state == "done" and job.printer == "B" and sp.sent == ["B"]
        assert [(a.printer, a.status, a.error) for a in job.attempts] == [
            ("A", "skipped", why),
            ("B", "printed", ""),
        ]
        assert attempts == [(1, "B", "printed")]  # only what was sent is an attempt


def test_a_failed_job_is_sent_again_to_the_next_printer_once_each() -> None:
    sp = FakeSpooler({}, {"A": "abort", "B": "refuse"})
    (job,), attempts = _run(sp, ["A", "B", "C"])
    assert sp.sent == ["A", "B", "C"]
    assert attempts == [(1, "A", "failed"), (1, "B", "failed"), (1, "C", "printed")]
    assert [a.error for a in job.attempts] == [
        "the job was aborted by the spooler",
        "lp: B is not accepting jobs",
        "",
    ]
    assert job.state == "done" and job.printer == "C" and job.error == ""


def test_when_every_printer_fails_the_job_fails_with_each_reason() -> None:
    sp = FakeSpooler({"B": PrinterState("B", False, "stopped", why="printer B is stopped")}, {})
    sp.fate = {"A": "abort", "C": "abort"}
    (job,), _ = _run(sp, ["A", "B", "C"])
    assert sp.sent == ["A", "C"]  # B not ready and not the last: never sent
    assert job.state == "failed" and job.printer == "C"
    assert "A: the job was aborted" in job.error and "B: printer B is stopped" in job.error
    # The last printer is always sent to, ready or not: its spooler has the last word.
    sp = FakeSpooler({"A": PrinterState("A", False, "stopped", why="paused")}, {"A": "abort"})
    (job,), attempts = _run(sp, ["A"])
    assert sp.sent == ["A"] and attempts == [(1, "A", "failed")] and job.state == "failed"


def test_many_jobs_keep_their_own_attempts() -> None:
    sp = FakeSpooler({}, {"A": "abort"})
    jobs, attempts = _run(sp, ["A", "B"], jobs=5)
    assert all(j.state == "done" and j.printer == "B" for j in jobs)
    assert sorted(attempts) == sorted(
        [(j.id, "A", "failed") for j in jobs] + [(j.id, "B", "printed") for j in jobs]
    )
    assert sp.sent.count("A") == 5 and sp.sent.count("B") == 5


def test_a_resend_goes_to_the_printer_asked_for() -> None:
    sp = FakeSpooler({}, {"A": "abort"})
    (job,), _ = _run(sp, ["A"])
    assert job.state == "failed"
    sender = pj.PoolSender(status=sp.status, send=sp.send, follow=sp.follow, follow_s=0)
    ended = threading.Event()
    sender.submit(job, lambda _p: Path("/tmp/x.pdf"), ["B"], None, lambda _j: ended.set())
    assert ended.wait(10)
    sender.shutdown()
    assert job.state == "done" and job.printer == "B"
    assert [(a.printer, a.status) for a in job.attempts] == [("A", "failed"), ("B", "printed")]


def test_the_job_list_tells_its_listeners() -> None:
    jobs = pj.JobList()
    seen: list[tuple[int, str]] = []
    jobs.listen(lambda j: seen.append((j.id, j.state)))
    a = jobs.add(attendee_id=7, person="Tai Man Chan", kind="desk")
    b = jobs.add(attendee_id=8, person="Zoë", kind="reprint", reason="lost badge")
    jobs.update(a, state="printing", printer="A")
    jobs.update(a, state="done")
    assert [j.id for j in jobs.all()] == [b.id, a.id]  # newest first
    assert seen == [(a.id, "queued"), (b.id, "queued"), (a.id, "printing"), (a.id, "done")]
    assert jobs.get(a.id) is a and a.finished_at is not None
    assert pj.state_title(a) == "done" and pj.state_title(b) == "queued"
    a.state, a.error = "failed", "A: the job was aborted by the spooler"
    assert pj.state_title(a) == "failed: A: the job was aborted by the spooler"


# --- the print log's desk jobs ------------------------------------------------------------


def _logged(store) -> list[int]:
    from desktop.core import badges
    from desktop.core.events import current_event
    from tests.pdf.helpers import NAMES, add_people

    ids = add_people(store, NAMES[:2])
    with store.session() as s:
        ev = current_event(s)
        badges.log_prints(
            s,
            ev,
            [ids[0]],
            "desk",
            "a6",
            "A",
            status="failed",
            job="A-1",
            error="the job was aborted by the spooler",
            desk="Desk 2",
        )
        badges.log_prints(s, ev, [ids[0]], "desk", "a6", "B", job="B-2", desk="Desk 2")
        badges.log_prints(s, ev, [ids[1]], "reprint", "a6", "B", job="B-3", reason="lost badge")
        badges.log_prints(s, ev, ids, "batch", "a6", "/tmp/all.pdf", status="to_file")
    return ids


def test_recent_desk_jobs_from_the_print_log(store) -> None:
    ids = _logged(store)
    with store.session() as s:
        rows = pj.recent_desk_jobs(s)
        assert [(r.attendee_id, r.printer, r.status, r.job) for r in rows] == [
            (ids[1], "B", "printed", "B-3"),
            (ids[0], "B", "printed", "B-2"),
            (ids[0], "A", "failed", "A-1"),
        ]
        assert rows[2].error == "the job was aborted by the spooler"
        assert rows[0].person == "Zoë Müller-Lüdenscheidt" and rows[0].reason == "lost badge"
        assert [r.job for r in pj.recent_desk_jobs(s, desk="Desk 2")] == ["B-2", "A-1"]
        assert len(pj.recent_desk_jobs(s, limit=1)) == 1


def test_cli_lists_the_recent_desk_jobs(store, event_db: Path, capsys) -> None:
    from desktop.cli import main

    _logged(store)
    store.close()
    assert main(["--db", str(event_db), "badges", "jobs"]) == 0
    out = capsys.readouterr().out
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert "printed" in lines[1] and "B-3" in lines[1] and "Zoë Müller-Lüdenscheidt" in lines[1]
    assert "failed" in lines[3] and "aborted" in lines[3] and "A-1" in lines[3]
    assert main(["--db", str(event_db), "badges", "jobs", "--json", "--limit", "2"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["job"] for r in rows] == ["B-3", "B-2"] and rows[0]["status"] == "printed"


# --- on a real CUPS (a private cupsd) ---------------------------------------------------------


def test_what_a_real_cups_says_about_its_queues(private_cups) -> None:
    from desktop.core import spooler

    q = private_cups
    good, paused, refusing = q.add("Good"), q.add("Paused"), q.add("Refusing")
    slow = q.add("Slow", "slow")
    q.disable(paused)
    q.reject(refusing)
    assert sorted(spooler.queue_names() or []) == sorted([good, paused, refusing, slow])
    assert spooler.printer_state(good).ready
    st = spooler.printer_state(paused)
    assert not st.ready and st.state == "stopped" and "disabled" in st.why
    st = spooler.printer_state(refusing)
    assert not st.ready and st.accepting is False and "not accepting jobs" in st.why
    assert spooler.printer_state("Nowhere").state == "missing"
    pdf = Path(__file__).resolve().parents[2] / "docs" / "badge.png"  # any file will do
    done = spooler.spool(pdf, good, follow_s=5)
    assert done.ok and done.job.startswith("Good-") and done.accepted_at is not None
    refused = spooler.spool(pdf, refusing)
    assert not refused.ok and refused.job == "" and "not accepting" in refused.error.lower()
    # A job being printed: accepted when the time is up; cancelled, CUPS says so.
    job = spooler.send_with_lp(pdf, slow)
    assert spooler.follow_job(job, slow, 0.3).ok
    spooler.cancel_job(job)
    res = spooler.follow_job(job, slow, 5)
    assert not res.ok and "cancelled" in res.error
