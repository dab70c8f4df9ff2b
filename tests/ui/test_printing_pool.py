"""The desk's printer pool in the app: the ordered list in Settings (the old single printer
read as a pool of one), the Settings dialog's editor, and BadgePrinter sending a badge
through the pool with each attempt in the print log, retry elsewhere and cancel (a fake
spooler here; tests/ui/test_printing_cups.py does it on a real CUPS)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import select

from db.models import Attendee, PrintLog
from desktop.core.print_jobs import PoolSender
from desktop.core.spooler import PrinterState, SpoolResult
from desktop.ui.printing import BadgePrinter, PrintSettings, load_settings, save_settings
from desktop.ui.settings import Settings, SettingsDialog
from tests.pdf.helpers import NAMES, add_people
from tests.ui.desk_support import desk_context


def test_the_old_single_printer_is_a_pool_of_one(qapp) -> None:
    s = Settings()
    assert s.badge_printers == [] and load_settings(s).pool == []
    s.set("badges/printer", "Zebra")  # what an earlier version saved
    assert s.badge_printers == ["Zebra"]
    ps = load_settings(s)
    assert (ps.printer, ps.pool, ps.policy) == ("Zebra", ["Zebra"], "if_not_printed")
    s.badge_printers = ["Zebra", "Office", "", "Zebra", "Spare"]
    assert Settings().badge_printers == ["Zebra", "Office", "Spare"]
    assert Settings().get("badges/printer") == "Zebra"  # earlier versions still find one
    s.badge_printers = []
    assert Settings().badge_printers == [] and Settings().get("badges/printer") == ""


def test_saving_one_printer_puts_it_first_and_keeps_the_pool(qapp) -> None:
    s = Settings()
    save_settings(PrintSettings(printers=["A", "B", "C"], offset_x=1.0), s)
    assert load_settings(s).pool == ["A", "B", "C"]
    # The Badges screen chooses one badge printer: it goes first, the others stay after it.
    save_settings(PrintSettings(printer="C", offset_x=-1.5, offset_y=0.5), s)
    ps = load_settings(s)
    assert ps.pool == ["C", "A", "B"] and ps.printer == "C"
    assert ps.offset("C") == (-1.5, 0.5) and ps.offset("A") == (1.0, 0.0)
    assert ps.offset("B") == (0.0, 0.0)
    # "PDF only (no printer)": no printers at all.
    save_settings(PrintSettings(printer=""), s)
    assert load_settings(s).pool == [] and load_settings(s).printer == ""


def test_the_settings_dialog_edits_the_pool_in_order(qtbot) -> None:
    s = Settings()
    s.badge_printers = ["A", "B"]
    dialog = SettingsDialog(s, "")
    qtbot.addWidget(dialog)
    pool = dialog.printers
    assert pool.printers() == ["A", "B"]
    pool.choice.setEditText("C")
    pool.add_button.click()
    pool.add_button.click()  # not twice
    assert pool.printers() == ["A", "B", "C"]
    pool.list.setCurrentRow(2)
    pool.up_button.click()
    pool.up_button.click()
    assert pool.printers() == ["C", "A", "B"]
    pool.list.setCurrentRow(1)
    pool.remove_button.click()
    dialog.accept()
    assert Settings().badge_printers == ["C", "B"]
    assert load_settings(Settings()).printer == "C"


class Fake:
    """Queues as CUPS would answer: A's jobs abort, B prints, P is paused."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.cancelled: list[str] = []
        self.hold = threading.Event()
        self.hold.set()
        self.n = 0

    def status(self, name: str) -> PrinterState:
        if name == "P":
            return PrinterState(name, False, "stopped", why="printer P is disabled (paused)")
        return PrinterState(name, True, "idle")

    def send(self, path: Path, printer: str, title: str) -> str:
        self.n += 1
        self.sent.append((printer, path.name))
        return f"{printer}-{self.n}"

    def follow(self, job: str, printer: str, follow_s: float) -> SpoolResult:
        self.hold.wait(10)
        if job in self.cancelled:
            return SpoolResult(False, job, "the job was cancelled by the spooler")
        if printer == "A":
            return SpoolResult(False, job, "the job was aborted by the spooler")
        return SpoolResult(True, job)

    def cancel(self, job: str) -> None:
        self.cancelled.append(job)


def _bp(ctx, tmp_path: Path, fake: Fake, pool: list[str]) -> BadgePrinter:
    settings = Settings()
    save_settings(
        PrintSettings(printers=pool, policy="always", pdf_dir=str(tmp_path / "badges")), settings
    )
    sender = PoolSender(fake.status, fake.send, fake.follow, follow_s=0, cancel=fake.cancel)
    return BadgePrinter(ctx, settings, reason_provider=lambda _a: "damaged badge", sender=sender)


def _logs(store) -> list[tuple[str, str, str, str]]:
    with store.factory() as s:
        rows = s.scalars(select(PrintLog).order_by(PrintLog.id))
        return [(p.destination, p.status, p.job, p.error) for p in rows]


def _printed(store, aid: int) -> int:
    with store.factory() as s:
        return s.get(Attendee, aid).print_count


def test_a_badge_fails_over_and_each_attempt_is_logged(qtbot, store, tmp_path: Path) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    fake = Fake()
    with desk_context(store) as ctx:
        bp = _bp(ctx, tmp_path, fake, ["P", "A", "B"])
        seen: list[str] = []
        bp.job_changed.connect(lambda j: seen.append(j.state))
        with qtbot.waitSignal(bp.printed, timeout=10000) as got:
            ctx.signals.print_badge_requested.emit(aid, "desk")
        info = got.args[0]
        (job,) = bp.jobs.all()
        assert info.printer == "B" and info.status == "printed" and info.job == "B-2"
        assert [(a.printer, a.status) for a in info.attempts] == [
            ("P", "skipped"),
            ("A", "failed"),
            ("B", "printed"),
        ]
        assert job.state == "done" and job.printer == "B" and job.elapsed_ms is not None
        assert job.person == "Tai Man Chan" and job.id == info.job_id
        qtbot.waitUntil(lambda: seen[-1:] == ["done"], timeout=5000)
        assert "printing" in seen
    # Skipped P was never sent and is not in the log; A's failure and B's print are.
    assert [p for p, _n in fake.sent] == ["A", "B"]
    assert _logs(store) == [
        ("A", "failed", "A-1", "the job was aborted by the spooler"),
        ("B", "printed", "B-2", ""),
    ]
    assert _printed(store, aid) == 1


def test_each_printer_gets_the_badge_with_its_own_offset(qtbot, store, tmp_path: Path) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    fake = Fake()
    with desk_context(store) as ctx:
        bp = _bp(ctx, tmp_path, fake, ["A", "B"])
        bp.settings.set("badges/offset/B", "2,-1")
        with qtbot.waitSignal(bp.printed, timeout=10000):
            bp.print_badge(aid)
    (a_pdf, b_pdf) = (name for _p, name in fake.sent)
    assert a_pdf != b_pdf and b_pdf.endswith(".1.pdf")
    assert (tmp_path / "badges" / b_pdf).exists()


def test_a_failed_job_is_retried_elsewhere_and_all_failing_says_why(
    qtbot, store, tmp_path: Path
) -> None:
    (aid,) = add_people(store, [NAMES[1]])
    fake = Fake()
    with desk_context(store) as ctx:
        bp = _bp(ctx, tmp_path, fake, ["A"])
        with qtbot.waitSignal(bp.failed, timeout=10000) as got:
            bp.print_badge(aid)
        assert "printing failed: A: the job was aborted by the spooler" in got.args[0]
        (job,) = bp.jobs.all()
        assert job.state == "failed" and _printed(store, aid) == 0
        assert not bp.retry(job.id + 99) and not bp.cancel(job.id)
        with qtbot.waitSignal(bp.printed, timeout=10000) as got:
            assert bp.retry(job.id, ["B"])
        assert got.args[0].printer == "B" and job.state == "done"
        assert not bp.retry(job.id)  # done: nothing to retry
    assert [r[:2] for r in _logs(store)] == [("A", "failed"), ("B", "printed")]
    assert _printed(store, aid) == 1


def test_cancel_stops_a_job_before_the_spooler_answers(qtbot, store, tmp_path: Path) -> None:
    (aid,) = add_people(store, [NAMES[2]])
    fake = Fake()
    fake.hold.clear()  # the job stays "printing" until released
    with desk_context(store) as ctx:
        bp = _bp(ctx, tmp_path, fake, ["B", "C"])
        bp.print_badge(aid)
        qtbot.waitUntil(lambda: bool(bp.jobs.all()) and bp.jobs.all()[0].job != "", timeout=10000)
        (job,) = bp.jobs.all()
        assert job.state == "printing"
        with qtbot.waitSignal(bp.failed, timeout=10000) as got:
            assert bp.cancel(job.id)
            time.sleep(0.05)
            fake.hold.set()
        assert "cancelled at the desk" in got.args[0]
        assert fake.cancelled == [job.job]
    assert [p for p, _n in fake.sent] == ["B"]  # not moved on to C
    assert _logs(store) == [("B", "failed", "B-1", "cancelled at the desk")]
    assert _printed(store, aid) == 0
