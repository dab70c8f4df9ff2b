"""Long jobs run beside the desk's lane: scans answer while a job runs, a replaced job's answer
is dropped, a closed screen gets no answer, progress arrives, a busy cursor shows after 300 ms."""

from __future__ import annotations

import os
import time
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from db.models import Attendee
from desktop.core.checkin import Outcome
from desktop.ui.job_processes import NICENESS
from tests import process_jobs
from tests.ui.desk_support import attendee, desk_context


def _slow_count(seconds: float):
    def job(session, progress, cancel):
        end = time.monotonic() + seconds
        step = 0
        while time.monotonic() < end:
            cancel.check()
            step += 1
            progress(step, 0, "counting")
            time.sleep(0.02)
        return session.scalar(select(func.count()).select_from(Attendee))

    return job


def test_a_scan_answers_while_a_long_job_runs(qtbot: Any, demo_store: Any) -> None:
    person = attendee(demo_store, status="registered", checked_in_at=None)
    with desk_context(demo_store) as ctx:
        owner = QObject()
        results: list[Any] = []
        ctx.jobs.start(owner, "long", _slow_count(2.0), results.append)
        answers: list[Any] = []
        ctx.worker.submit_scan(person.badge_code, "Desk 1", "", answers.append)
        qtbot.waitUntil(lambda: bool(answers), timeout=5000)
        # Answered while the 2 s job still runs: the scan did not wait for it.
        assert not results and ctx.jobs.active() == 1, "the scan waited for the long job"
        assert answers[0].result.outcome is Outcome.CHECKED_IN
        qtbot.waitUntil(lambda: bool(results), timeout=10000)
        assert results == [400]


def test_a_replaced_job_and_a_closed_screen_get_no_answer(qtbot: Any, demo_store: Any) -> None:
    with desk_context(demo_store) as ctx:
        owner = QObject()
        got: list[str] = []
        first = ctx.jobs.start(owner, "x", _slow_count(0.5), lambda r: got.append("first"))
        ctx.jobs.start(owner, "x", _slow_count(0.1), lambda r: got.append("second"))
        qtbot.waitUntil(lambda: ctx.jobs.active() == 0, timeout=5000)
        assert got == ["second"] and first.dropped
        gone = QObject()
        ctx.jobs.start(gone, "y", _slow_count(0.2), lambda r: got.append("closed"))
        gone.deleteLater()
        qtbot.wait(50)
        qtbot.waitUntil(lambda: ctx.jobs.active() == 0, timeout=5000)
        assert "closed" not in got


def test_progress_and_the_busy_cursor(qtbot: Any, demo_store: Any) -> None:
    with desk_context(demo_store) as ctx:
        owner = QObject()
        steps: list[int] = []
        done: list[Any] = []
        started = time.monotonic()
        ctx.jobs.start(
            owner, "p", _slow_count(0.8), done.append, None, lambda d, t, m: steps.append(d)
        )
        qtbot.wait(100)
        if time.monotonic() - started < 0.28:  # (a loaded machine may wait longer than asked)
            assert QApplication.overrideCursor() is None  # not before 300 ms
        qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=2000)
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
        assert steps and steps == sorted(steps)
        assert QApplication.overrideCursor() is None


def test_worker_processes_give_the_desk_the_cpu_first(qtbot: Any, demo_store: Any) -> None:
    # Three long jobs on a two-core laptop want more CPU than there is: the worker processes
    # run at a lower priority than the app's own (the window and the scan lane).
    assert os.nice(0) + NICENESS <= 19, "run the tests at a normal priority: this one shows nothing"
    with desk_context(demo_store) as ctx:
        got: list[Any] = []
        ctx.jobs.start(QObject(), "nice", process_jobs.niceness, got.append, got.append)
        qtbot.waitUntil(lambda: bool(got), timeout=30000)
        assert got == [os.nice(0) + NICENESS]
