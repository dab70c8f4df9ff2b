"""Desk badges through the printer pool on a real CUPS (a private cupsd, tests/cups.py):
a failing queue passes the badge to the next, a paused one is skipped, and when every queue
fails the badge is failed with the spooler's own words and nobody counts as printed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.models import Attendee, PrintLog
from desktop.ui.printing import BadgePrinter, PrintSettings, save_settings
from desktop.ui.settings import Settings
from tests import cups
from tests.cups import PrivateCups
from tests.pdf.helpers import NAMES, add_people
from tests.tools import run_tool
from tests.ui.desk_support import desk_context

private_cups = cups.private_cups  # the fixture: a private cupsd


def _printer(ctx, tmp_path: Path, pool: list[str]) -> BadgePrinter:
    settings = Settings()
    save_settings(
        PrintSettings(printers=pool, policy="always", pdf_dir=str(tmp_path / "badges")), settings
    )
    return BadgePrinter(ctx, settings)


def _logs(store) -> list[tuple[str, str, str, str]]:
    with store.factory() as s:
        rows = s.scalars(select(PrintLog).order_by(PrintLog.id))
        return [(p.destination, p.status, p.job, p.error) for p in rows]


def _counts(store, aid: int) -> tuple[int, bool]:
    with store.factory() as s:
        a = s.get(Attendee, aid)
        return a.print_count, a.badge_printed_at is not None


def test_a_failing_queue_hands_the_badge_to_the_next(
    qtbot, store, tmp_path: Path, private_cups: PrivateCups
) -> None:
    q = private_cups
    broken = q.add("Broken", "fail", "-o", "printer-error-policy=abort-job")
    good = q.add("Good")
    (aid,) = add_people(store, [NAMES[0]])
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path, [broken, good])
        with qtbot.waitSignal(bp.printed, timeout=30000) as got:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        info = got.args[0]
        (job,) = bp.jobs.all()
    assert info.printer == good and info.job.startswith(f"{good}-")
    assert job.state == "done" and [(a.printer, a.status) for a in job.attempts] == [
        (broken, "failed"),
        (good, "printed"),
    ]
    (paper,) = q.printed(good)
    assert paper.read_bytes() == Path(info.path).read_bytes()  # the kept badge PDF
    text = run_tool(["pdftotext", str(paper), "-"], capture_output=True, text=True).stdout
    assert "Tai Man Chan" in text
    (failed, printed) = _logs(store)
    assert failed[:2] == (broken, "failed") and failed[2].startswith(f"{broken}-")
    assert "aborted" in failed[3] and "paper jam" in failed[3]  # CUPS's and the printer's
    assert printed == (good, "printed", info.job, "")
    assert _counts(store, aid) == (1, True)


def test_a_paused_queue_is_skipped(qtbot, store, tmp_path: Path, private_cups: PrivateCups) -> None:
    q = private_cups
    paused = q.add("Paused")
    good = q.add("Good")
    q.disable(paused)
    (aid,) = add_people(store, [NAMES[1]])
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path, [paused, good])
        with qtbot.waitSignal(bp.printed, timeout=30000) as got:
            bp.print_badge(aid)
        (job,) = bp.jobs.all()
    assert got.args[0].printer == good
    skipped = job.attempts[0]
    assert (skipped.printer, skipped.status) == (paused, "skipped")
    assert "disabled" in skipped.error
    assert q.jobs(paused) == [] and len(q.printed(good)) == 1  # never sent to Paused
    assert [r[:2] for r in _logs(store)] == [(good, "printed")]
    assert _counts(store, aid) == (1, True)


def test_when_every_queue_fails_the_badge_is_failed_with_the_spoolers_words(
    qtbot, store, tmp_path: Path, private_cups: PrivateCups
) -> None:
    q = private_cups
    broken = q.add("Broken", "fail", "-o", "printer-error-policy=abort-job")
    refusing = q.add("Refusing")
    stopping = q.add("Stopping", "fail", "-o", "printer-error-policy=stop-printer")
    q.reject(refusing)
    (aid,) = add_people(store, [NAMES[2]])
    with desk_context(store) as ctx:
        bp = _printer(ctx, tmp_path, [broken, refusing, stopping])
        with qtbot.waitSignal(bp.failed, timeout=30000) as got:
            bp.print_badge(aid)
        message = got.args[0]
        (job,) = bp.jobs.all()
    assert job.state == "failed" and "printing failed" in message
    assert [(a.printer, a.status) for a in job.attempts] == [
        (broken, "failed"),
        (refusing, "skipped"),
        (stopping, "failed"),
    ]
    assert "paper jam" in message and "not accepting jobs" in message and "stopped" in message
    logs = _logs(store)
    assert [r[:2] for r in logs] == [(broken, "failed"), (stopping, "failed")]
    assert "aborted" in logs[0][3] and f"printer {stopping} is stopped" in logs[1][3]
    assert all(r[2].startswith(f"{r[0]}-") for r in logs)  # CUPS had each job, then failed it
    assert q.jobs(stopping, "not-completed") == []  # cancelled: it cannot print later
    assert q.printed("Refusing", 0) == []
    assert _counts(store, aid) == (0, False)
