"""Toolbar actions of the Attendees screen: Edit, Notes, Cancel/Restore, Merge, History.

`AttendeeActions(screen)` adds the actions to the screen's toolbar, keeps their enabled state
in step with the selection and opens the dialogs (double click or Enter on a row edits).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from desktop.core import attendees
from desktop.ui.attendees.edit_dialog import EditDialog
from desktop.ui.attendees.history_dialog import HistoryDialog
from desktop.ui.attendees.merge_dialog import MergeDialog
from desktop.ui.attendees.records import editable_values
from desktop.ui.errors import report_error


class AttendeeActions(QObject):
    """The attendee dialogs wired into an `AttendeesScreen`."""

    def __init__(self, screen: Any) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx = screen.ctx
        self.dialog: QDialog | None = None
        bar = screen.toolbar

        def action(text: str, shortcut: str, tip: str, slot: Any) -> QAction:
            a = QAction(text, screen)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            a.triggered.connect(lambda _checked=False: slot())
            bar.addAction(a)
            return a

        self.edit = action("Edit", "Ctrl+E", "Edit the selected attendee", self.open_edit)
        self.notes = action("Notes", "Ctrl+Shift+N", "Notes and the desk note", self.open_notes)
        self.cancel = action(
            "Cancel registration",
            "",
            "Cancel or restore the selected registration",
            self.cancel_or_restore,
        )
        self.merge = action("Merge", "Ctrl+M", "Merge two registrations", self.open_merge)
        self.history = action("History", "Ctrl+H", "Check-ins and changes", self.open_history)
        screen.attendee_activated.connect(self.open_edit)
        screen.selection_changed.connect(self.update_state)
        self.update_state()

    # --- state ---------------------------------------------------------------------------
    def update_state(self) -> None:
        ids = self.screen.selected_attendee_ids()
        one = len(ids) == 1
        for a in (self.edit, self.notes, self.history, self.cancel):
            a.setEnabled(one)
        self.merge.setEnabled(len(ids) in (1, 2))
        if one:
            try:
                status = self.ctx.worker.read(lambda s: editable_values(s, ids[0]))["status"]
            except Exception:
                return  # the row went away meanwhile; the next refresh fixes the actions
            cancelled = status == "cancelled"
            self.cancel.setText("Restore" if cancelled else "Cancel registration")

    def _one(self) -> int | None:
        ids = self.screen.selected_attendee_ids()
        return ids[0] if len(ids) == 1 else self.screen.current_attendee_id()

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.screen.refresh())
        dialog.open()
        return dialog

    # --- dialogs -------------------------------------------------------------------------
    def open_edit(self, attendee_id: int | None = None) -> QDialog | None:
        aid = attendee_id or self._one()
        return self._show(EditDialog(self.ctx, aid, self.screen)) if aid else None

    def open_notes(self) -> QDialog | None:
        aid = self._one()
        return self._show(EditDialog(self.ctx, aid, self.screen, notes_first=True)) if aid else None

    def open_history(self) -> QDialog | None:
        aid = self._one()
        return self._show(HistoryDialog(self.ctx, aid, self.screen)) if aid else None

    def open_merge(self) -> QDialog | None:
        ids = self.screen.selected_attendee_ids()
        return self._show(MergeDialog(self.ctx, ids[:2], self.screen)) if ids else None

    def cancel_or_restore(self, reason: str | None = None) -> None:
        """Cancel the selected registration (asks the reason), or restore a cancelled one."""
        aid = self._one()
        if aid is None:
            return
        card = self.ctx.worker.read(lambda s: attendees.get_card(s, aid))
        if card is None:
            return
        restoring = card.status == "cancelled"
        if reason is None:
            verb = "Restore" if restoring else "Cancel"
            text, ok = QInputDialog.getText(
                self.screen,
                f"{verb} registration",
                f"{verb} the registration of {card.display_name}? Reason (for the log):",
            )
            if not ok:
                return
            reason = text.strip() or ("restored" if restoring else "cancelled")
        desk, operator = self.ctx.desk, self.ctx.operator

        def change(s: Any) -> Any:
            if restoring:
                return attendees.restore_attendee(s, aid, desk, operator, reason=reason)
            return attendees.cancel_attendee(s, aid, reason, desk, operator)

        self.ctx.worker.submit(
            change,
            lambda _r: self._changed(),
            self._failed,
        )

    def _changed(self) -> None:
        self.ctx.signals.data_changed.emit("attendees")
        self.update_state()

    def _failed(self, exc: Exception) -> None:
        report_error(exc)

    @staticmethod
    def confirm(parent: Any, text: str) -> bool:
        answer = QMessageBox.question(parent, "Confdesk", text)
        return answer == QMessageBox.StandardButton.Yes
