"""Renaming the desk in Settings, as staff do it (File > Settings, type, OK): the desk screen's
header, its counter and its latest check-ins follow at once, and the next check-in is logged
under the new name. While check-ins wait in the desk's journal (they go by its name) the
rename is refused with one clear line, and nothing changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee, CheckIn
from desktop.ui.app import Shell
from desktop.ui.desk import DeskScreen
from desktop.ui.settings import Settings, SettingsDialog


def _rename_in_settings(qtbot: Any, window: Any, name: str, seen: list[str]) -> None:
    """File > Settings: type the desk's new name, OK; note any warning and click OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, fill)
            return
        field = dialog.findChild(QLineEdit, "deskEdit")
        field.selectAll()
        qtbot.keyClicks(field, name)
        dialog.accept()
        QTimer.singleShot(20, dismiss)

    def dismiss() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.windowTitle() + ": " + box.text())
            box.accept()

    QTimer.singleShot(20, fill)
    window._open_settings()
    qtbot.wait(100)


def _open(qapp: QApplication, db: Path) -> Shell:
    settings = Settings()
    settings.desk = "Desk 1"
    shell = Shell(qapp, settings, "desk")
    shell.open(str(db))
    return shell


def test_a_renamed_desk_shows_and_logs_its_new_name(qapp: Any, qtbot: Any, demo_db: Path) -> None:
    shell = _open(qapp, demo_db)
    try:
        window = shell.window
        screen = window.screen_widget("desk")
        assert isinstance(screen, DeskScreen)
        seen: list[str] = []
        _rename_in_settings(qtbot, window, "Gate B", seen)
        assert seen == []
        assert screen.title.text() == "Gate B"
        assert screen.desk_counter.caption.text() == "checked in at Gate B"
        assert "Desk 1" not in screen.hits_label.text()
        store = window.ctx.store
        with store.factory() as s:
            person = s.scalars(select(Attendee).where(Attendee.checked_in_at.is_(None))).first()
            code, person_id = person.badge_code, person.id
        with qtbot.waitSignal(screen.result_shown, timeout=5000):
            screen.scan(code)
        qtbot.waitUntil(lambda: screen.desk_counter.value.text() == "1", timeout=5000)
        assert screen.hits_label.text() == "Latest check-ins at Gate B"
    finally:
        if shell.window is not None:
            shell.window.close()
        shell.shutdown()
    check = open_store(str(demo_db))
    with check.factory() as s:
        desks = s.scalars(select(CheckIn.desk).where(CheckIn.attendee_id == person_id)).all()
    check.close()
    assert desks == ["Gate B"]


def test_a_desk_with_check_ins_waiting_keeps_its_name(qapp: Any, qtbot: Any, demo_db: Path) -> None:
    shell = _open(qapp, demo_db)
    try:
        window = shell.window
        screen = window.screen_widget("desk")
        journal = window.ctx.worker.journal("Desk 1")
        journal.record("refused", None, "XXXX", "unknown", "Unknown code", "Desk 1", "")
        seen: list[str] = []
        _rename_in_settings(qtbot, window, "Gate B", seen)
        assert len(seen) == 1 and seen[0].startswith("Desk not renamed: Desk 1 has 1 ")
        assert "waiting to be sent" in seen[0]
        assert window.ctx.desk == "Desk 1" and shell.settings.desk == "Desk 1"
        assert screen.title.text() == "Desk 1"
    finally:
        if shell.window is not None:
            shell.window.close()
        shell.shutdown()
