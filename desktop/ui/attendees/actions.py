"""Toolbar actions of the Attendees screen: Edit, Notes, Cancel/Restore, Merge, History,
Check in, Undo check-in and Sign up (for a round table or workshop).

`AttendeeActions(screen)` adds the actions to the screen's toolbar, keeps their enabled state
in step with the selection and opens the dialogs (double click or Enter on a row edits).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop.core import attendees
from desktop.core import checkin_lists as cl
from desktop.core import signups as su
from desktop.core.checkin import AttendeeCard, ScanResult
from desktop.core.desk_journal import DeskScan, DeskUndo, check_in_or_journal, undo_or_journal
from desktop.ui.attendees.edit_dialog import EditDialog
from desktop.ui.attendees.history_dialog import HistoryDialog
from desktop.ui.attendees.merge_dialog import MergeDialog
from desktop.ui.changes import Change
from desktop.ui.desk.scan_words import say
from desktop.ui.errors import report_error, user_message
from desktop.ui.undo_reason import ask_undo_reason

if TYPE_CHECKING:
    from desktop.ui.attendees.screen import AttendeesScreen


class AttendeeActions(QObject):
    """The attendee dialogs wired into an `AttendeesScreen`."""

    def __init__(self, screen: AttendeesScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx = screen.ctx
        self.dialog: QDialog | None = None
        self.last_message = ""  # what the last check-in or undo here said (status bar too)
        bar = screen.toolbar

        def action(text: str, shortcut: str, tip: str, slot: Callable[[], object]) -> QAction:
            a = QAction(text, screen)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            a.triggered.connect(lambda _checked=False: slot())
            bar.addAction(a)
            return a

        self.add = action(
            self.tr("Add attendee"),
            "",
            self.tr("Register someone without checking them in"),
            self.open_add,
        )
        self.edit = action(
            self.tr("Edit"), "Ctrl+E", self.tr("Edit the selected attendee"), self.open_edit
        )
        self.notes = action(
            self.tr("Notes"), "Ctrl+Shift+N", self.tr("Notes and the desk note"), self.open_notes
        )
        self.cancel = action(
            self.tr("Cancel registration"),
            "",
            self.tr("Cancel or restore the selected registration"),
            self.cancel_or_restore,
        )
        self.merge = action(
            self.tr("Merge"), "Ctrl+M", self.tr("Merge two registrations"), self.open_merge
        )
        self.history = action(
            self.tr("History"), "Ctrl+H", self.tr("Check-ins and changes"), self.open_history
        )
        self.check_in = action(
            self.tr("Check in"),
            "",
            self.tr("Check the selected attendee in at this desk"),
            self.check_in_selected,
        )
        self.undo = action(
            self.tr("Undo check-in"),
            "",
            self.tr("Take back the selected attendee's check-in"),
            self.undo_selected,
        )
        self.sign_up = action(
            self.tr("Sign up…"),
            "",
            self.tr(
                "Sign the selected attendee up for a round table or workshop (a seat, else the "
                "waiting list)"
            ),
            lambda: self.sign_up_selected(),
        )
        screen.attendee_activated.connect(self.open_edit)
        screen.selection_changed.connect(self.update_state)
        self.update_state()

    # --- state ---------------------------------------------------------------------------
    def update_state(self) -> None:
        ids = self.screen.selected_attendee_ids()
        one = len(ids) == 1
        for a in (self.edit, self.notes, self.history, self.cancel, self.sign_up):
            a.setEnabled(one)
        self.merge.setEnabled(len(ids) in (1, 2))
        self.check_in.setEnabled(False)
        self.undo.setEnabled(False)
        if one:
            try:
                card = self.ctx.worker.read(lambda s: attendees.get_card(s, ids[0]))
            except Exception:
                return  # the row went away meanwhile; the next refresh fixes the actions
            if card is None:
                return
            cancelled = card.status == "cancelled"
            self.cancel.setText(self.tr("Restore") if cancelled else self.tr("Cancel registration"))
            self.check_in.setEnabled(not cancelled and card.checked_in_at is None)
            self.undo.setEnabled(card.checked_in_at is not None)

    def _one(self) -> int | None:
        """The one selected attendee (None when none or several are selected, or the row
        is no longer shown)."""
        ids = self.screen.selected_attendee_ids()
        return ids[0] if len(ids) == 1 else None

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.screen.refresh())
        dialog.open()
        return dialog

    # --- dialogs -------------------------------------------------------------------------
    def open_edit(self, attendee_id: int | None = None) -> QDialog | None:
        aid = attendee_id or self._one()
        if not aid:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            # A double click is a click, an activation and a double click: one dialog, and
            # one dialog at a time (a second copy would save old values over the first).
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        return self._show(EditDialog(self.ctx, aid, self.screen))

    def open_add(self) -> QDialog:
        """The registration form without the check-in (the desk's walk-in form, which
        warns about a likely duplicate the same way); the new person is selected after."""
        from desktop.ui.desk.walk_in import WalkInDialog

        dialog = WalkInDialog(self.ctx, self.screen, check_in=False)
        dialog.registered.connect(self._added)
        dialog.open_existing.connect(self.screen.open_item)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, result: ScanResult) -> None:
        card = result.attendee
        self.ctx.signals.notify(Change.ATTENDEES, initiator=self)
        if card is not None:
            self.screen.refresh()
            self.screen.open_item(card.id)
            self._say(self.tr("Added: {name} (not checked in).").format(name=card.display_name))

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
            name = card.display_name
            if restoring:
                title = self.tr("Restore registration")
                question = self.tr("Restore the registration of {name}? Reason (for the log):")
            else:
                title = self.tr("Cancel registration")
                question = self.tr("Cancel the registration of {name}? Reason (for the log):")
            text, ok = QInputDialog.getText(self.screen, title, question.format(name=name))
            if not ok:
                return
            reason = text.strip() or ("restored" if restoring else "cancelled")
        desk, operator = self.ctx.desk, self.ctx.operator

        def change(s: Session) -> AttendeeCard:
            if restoring:
                return attendees.restore_attendee(s, aid, desk, operator, reason=reason)
            return attendees.cancel_attendee(s, aid, reason, desk, operator)

        self.ctx.worker.submit(
            change,
            lambda _r: self._changed(),
            self._failed,
        )

    def check_in_selected(self) -> None:
        """Check the selected attendee in at this desk (the desk's lane and journal: at once
        during an import or an outage), and hand the badge to printing as the desk does."""
        aid = self._one()
        if aid is None:
            return
        desk, operator = self.ctx.desk, self.ctx.operator

        def done(answer: DeskScan) -> None:
            result = answer.result
            if str(result.outcome) == "checked_in" and result.attendee is not None:
                self.ctx.signals.print_badge_requested.emit(result.attendee.id, "desk")
                self._say(
                    self.tr("Checked in: {name} at {desk}.").format(
                        name=result.attendee.display_name, desk=desk
                    )
                )
            else:
                QMessageBox.information(self.screen, self.tr("Not checked in"), say(result.message))
            self.ctx.signals.notify(Change.CHECKINS, initiator=self)
            self.update_state()

        self.ctx.worker.desk_job(
            desk,
            lambda store, journal, mirror: check_in_or_journal(
                store, journal, aid, desk, operator, mirror=mirror
            ),
            done,
            self._failed,
        )

    def undo_selected(self, reason: str | None = None) -> None:
        """Take back the selected attendee's check-in, with a reason for the log."""
        aid = self._one()
        if aid is None:
            return
        card = self.ctx.worker.read(lambda s: attendees.get_card(s, aid))
        if card is None or card.checked_in_at is None:
            return
        fallback = "undone on the Attendees screen"
        if reason is None:
            reason = ask_undo_reason(self.screen, card.display_name, fallback)
            if reason is None:
                return
        reason = reason.strip() or fallback
        desk, operator = self.ctx.desk, self.ctx.operator

        def done(answer: DeskUndo) -> None:
            self._say(self.tr("Check-in of {name} undone.").format(name=answer.card.display_name))
            self.ctx.signals.notify(Change.CHECKINS, initiator=self)
            self.update_state()

        self.ctx.worker.desk_job(
            desk,
            lambda store, journal, mirror: undo_or_journal(
                store, journal, aid, reason, desk, operator, mirror=mirror
            ),
            done,
            self._failed,
        )

    def sign_up_selected(self, list_name: str | None = None) -> None:
        """Sign the selected attendee up for one of the event's own lists (asked for unless
        given); the answer says whether they hold a seat or wait, and where."""
        aid = self._one()
        if aid is None:
            return
        if list_name is None:
            names = self.ctx.worker.read(
                lambda s: [x.name for x in cl.lists(s, ensure=False) if x.kind == "custom"]
            )
            if not names:
                self._say(self.tr("No list takes sign-ups yet: add one in File > Check-in lists…"))
                return
            list_name, ok = QInputDialog.getItem(
                self.screen, self.tr("Sign up"), self.tr("Sign up for:"), names, 0, False
            )
            if not ok:
                return
        chosen = list_name

        def done(result: su.SignupResult) -> None:
            self.ctx.signals.notify(Change.LISTS, initiator=self)
            self._say(result.message)

        def refused(exc: Exception) -> None:
            self._say(user_message(exc))  # "already signed up", a cancelled registration

        self.ctx.worker.submit(lambda s: su.sign_up(s, chosen, aid), done, refused)

    def _say(self, text: str) -> None:
        bar = getattr(self.screen.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)
        self.last_message = text

    def _changed(self) -> None:
        self.ctx.signals.notify(Change.ATTENDEES, initiator=self)
        self.update_state()

    def _failed(self, exc: Exception) -> None:
        report_error(exc)

    @staticmethod
    def confirm(parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, "Confdesk", text)
        return answer == QMessageBox.StandardButton.Yes
