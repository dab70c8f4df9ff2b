"""Badges > Check all badges…: the real save dialog, the proof as a job with progress, and the
answer the organizer reads (a summary and a table of the problem badges)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop.core import attendees as core_attendees
from desktop.core.events import current_event
from desktop.ui.badges import BadgesScreen
from desktop.ui.badges.proof_dialog import ProofDialog
from tests.ui.desk_support import desk_context


def _save_as(path: Path) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            dialog.setDirectory(str(path.parent))
            dialog.findChild(QLineEdit).setText(path.name)
            dialog.accept()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def test_check_all_badges_shows_each_problem_badge(qtbot, store, tmp_path: Path) -> None:
    with store.session() as s:
        core_attendees.add_attendees(
            s,
            current_event(s),
            [
                {"given_name": "Moh\u202edam", "family_name": "Ali"},
                {"given_name": "Zedong", "family_name": "Mao", "name_local": "泽东毛"},
                {"given_name": "Siu Ming", "family_name": "Chan", "name_local": "陳小明"},
            ],
        )
    with desk_context(store) as ctx:
        screen = BadgesScreen(ctx)
        qtbot.addWidget(screen)
        screen.show()
        out = tmp_path / "proof.pdf"
        _save_as(out)
        qtbot.mouseClick(screen.check_button, _left())
        qtbot.waitUntil(
            lambda: isinstance(getattr(screen, "proof_dialog", None), ProofDialog), timeout=20000
        )
        dialog = screen.proof_dialog
        assert dialog.summary.text().startswith("3 badges checked: 2 with problems")
        assert dialog.table.rowCount() == 2
        names = {dialog.table.item(r, 1).text() for r in range(2)}
        assert names == {"Moh<U+202E>dam Ali", "Zedong Mao 泽东毛"}
        assert dialog.open_button.isEnabled() and out.exists()
        assert screen.check_button.isEnabled()
        dialog.close()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
