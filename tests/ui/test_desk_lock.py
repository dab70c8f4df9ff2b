"""The desk lock, offscreen on the demo event: after the idle minutes a lock covers the app,
a scanner's burst at the locked desk checks nobody in, a wrong PIN keeps it locked, and the
operator chosen at unlock is who the check-in log names from then on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from sqlalchemy import func, select

from db.models import Attendee, CheckIn
from desktop.ui.app import Shell
from desktop.ui.settings import Settings
from tests.ui.scanner import FakeClock, scanner_types


@pytest.fixture
def shell(qapp: QApplication, demo_db: Path) -> Iterator[Shell]:
    settings = Settings()
    settings.set_staff_pin("9731")
    settings.operators = ["Ada Wong", "Ben Lee"]
    settings.set("desk/lock_min", 2)
    settings.operator = "Ada Wong"
    sh = Shell(qapp, settings, "desk")
    sh.open(str(demo_db))
    yield sh
    lock = sh.window.desk_lock if sh.window is not None else None
    if lock is not None and lock.dialog is not None:
        lock.dialog.accept()
    if sh.window is not None:
        sh.window.close()
    sh.shutdown()


def _badge(shell: Shell, n: int) -> tuple[int, str]:
    with shell.store.factory() as s:
        row = s.execute(
            select(Attendee.id, Attendee.badge_code)
            .where(Attendee.status == "registered", Attendee.checked_in_at.is_(None))
            .order_by(Attendee.id)
            .offset(n)
            .limit(1)
        ).one()
    return row.id, row.badge_code


def _log(shell: Shell, aid: int) -> list[tuple[str, str]]:
    with shell.store.factory() as s:
        rows = s.execute(select(CheckIn.result, CheckIn.operator).where(CheckIn.attendee_id == aid))
        return [tuple(r) for r in rows]


def test_an_idle_desk_locks_and_the_unlocking_operator_is_logged(qtbot, shell: Shell) -> None:
    window = shell.window
    desk = window.screen_widget("desk")
    clock = FakeClock()
    lock = window.desk_lock
    lock.clock = clock
    lock.last_input = clock()
    desk.scan_buffer.clock = clock
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    clock.advance(119_000)
    qtbot.wait(1200)
    assert not lock.locked  # 2 minutes are not up
    clock.advance(2_000)
    qtbot.waitUntil(lambda: lock.locked and lock.dialog.isVisible(), timeout=3000)
    dialog = lock.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    # Nothing of the desk shows around or behind the lock, and it has no frame to drag.
    assert not window.centralWidget().isVisible()
    assert dialog.windowFlags() & Qt.WindowType.FramelessWindowHint

    # A badge scanned at the locked desk: nobody is checked in, and nothing shows behind.
    aid, code = _badge(shell, 0)
    scanner_types(clock, code)
    qtbot.wait(300)
    assert _log(shell, aid) == []
    assert lock.locked
    dialog.reject()  # Escape
    window.close()  # and the window's close button
    assert lock.locked and dialog.isVisible() and window.isVisible()

    pin = dialog.findChild(QLineEdit, "lockPin")
    pin.setText("1111")
    dialog.try_unlock()
    assert lock.locked and "Wrong PIN" in dialog.note.text()
    who = dialog.findChild(QComboBox, "lockOperator")
    assert [who.itemText(i) for i in range(who.count())] == ["Ada Wong", "Ben Lee"]
    assert who.currentText() == "Ada Wong"  # who was working before
    who.setCurrentText("Ben Lee")
    pin.setText("9731")
    dialog.try_unlock()
    assert not lock.locked and window.centralWidget().isVisible()
    assert shell.window.ctx.operator == "Ben Lee" and Settings().operator == "Ben Lee"

    aid2, code2 = _badge(shell, 1)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    with qtbot.waitSignal(desk.result_shown, timeout=5000):
        scanner_types(clock, code2)
    assert _log(shell, aid2) == [("checked_in", "Ben Lee")]


def test_lock_now_and_no_lock_without_a_pin(qtbot, shell: Shell) -> None:
    from PySide6.QtWidgets import QDialog

    window = shell.window
    other = QDialog(window)  # another of the desk's windows, open (a list of names, say)
    other.setWindowTitle("Check-in lists")
    other.show()
    window.lock_desk()
    assert window.desk_lock.locked
    assert not other.isVisible()  # hidden while locked
    window.desk_lock.dialog.findChild(QLineEdit, "lockPin").setText("9731")
    window.desk_lock.dialog.try_unlock()
    assert not window.desk_lock.locked and other.isVisible()
    other.close()
    with shell.store.factory() as s:
        before = s.scalar(select(func.count()).select_from(CheckIn))
    # With no PIN set, idle minutes never lock (nobody could unlock).
    shell.settings.set("staff/pin", "")
    clock = FakeClock()
    window.desk_lock.clock = clock
    window.desk_lock.last_input = clock()
    clock.advance(3_600_000)
    qtbot.wait(1200)
    assert not window.desk_lock.locked
    with shell.store.factory() as s:
        assert s.scalar(select(func.count()).select_from(CheckIn)) == before


def test_badges_scanned_at_a_locked_desk_are_not_wrong_pins(qtbot, shell: Shell) -> None:
    """Found in review: each scan's burst went into the PIN field and its Enter counted as a
    wrong PIN, so five badges held to a locked door's scanner shut out the right PIN."""
    window = shell.window
    clock = FakeClock()
    lock = window.desk_lock
    lock.clock = clock
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.lock_desk()
    dialog = lock.dialog
    dialog.scan_buffer.clock = clock
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    for n in range(6):
        aid, code = _badge(shell, n)
        scanner_types(clock, code)
        qtbot.wait(50)
        assert _log(shell, aid) == []
    assert "locked" in dialog.note.text() and dialog.gate.failures == 0
    pin = dialog.findChild(QLineEdit, "lockPin")
    assert pin.text() == ""
    pin.setText("9731")
    dialog.try_unlock()
    assert not lock.locked
