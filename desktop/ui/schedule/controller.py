"""The timetable screen's state: the loaded schedule, its conflicts, and the one undo stack.

Every edit goes through `ScheduleController.execute(command)`. A grid edit (move, resize,
schedule, unschedule, and their undo and redo) is shown at once and written behind on the
database worker's lane, in order; the window never waits for it, so a drop during a busy
moment (an import holding the write lock, a program render) still answers at once. If that
write fails, the edit is taken back: the command leaves the undo stack, the stored schedule is
shown again and a message says what was not saved. Dialog edits, which need the stored answer
(a new id, a refused name), are written first and waited for (the window painting on, keys and
clicks held until the answer is in), and only then pushed onto the `QUndoStack`. Long work (imports, exports) does not come through here.

After a move, resize, schedule or unschedule the controller takes the written session into
its snapshot and rechecks only the conflicts involving it (`conflicts.check_sessions`); after
any other write it reloads the schedule and runs the full check (`conflicts.check`, what
`find_conflicts` runs). Then it emits `changed`; the grid, the unscheduled list and the conflict
panel redraw from that one snapshot.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from desktop.base.schedule import ScheduleData, SessionData, sort_key
from desktop.core.schedule.conflicts import Conflict, check, check_sessions
from desktop.core.schedule.data import load_schedule
from desktop.ui.changes import Change, Changes
from desktop.ui.context import AppContext
from desktop.ui.errors import report_error, user_message
from desktop.ui.waiting import wait_for

T = TypeVar("T")

# A write that takes longer than this is reported as failed rather than freezing the screen.
WRITE_TIMEOUT_S = 30.0


def _ignore(_exc: Exception) -> None:
    """The worker's error callback: the waiting caller reports the error itself."""


class ScheduleController(QObject):
    """Loads the schedule, runs edits as undoable commands, keeps conflicts current."""

    changed = Signal()
    # (session id) ask the views to select and show this session.
    focus_session = Signal(int)
    # A one-line message for the status line ("Moved ...", or an error).
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.changeover_min = 10
        self.data: ScheduleData | None = None
        self.conflicts: list[Conflict] = []
        self.sessions: dict[int, SessionData] = {}
        self.conflicts_by_session: dict[int, list[Conflict]] = {}
        self.last_error = ""
        self.pending = 0  # grid edits shown on screen whose write has not answered yet
        ctx.signals.changed.connect(self._on_data_changed)

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the schedule and its conflicts again and tell the views."""
        self.data = self.ctx.worker.read(load_schedule)
        self.conflicts = check(self.data, changeover_min=self.changeover_min)
        self._index()

    def apply_patch(self, changed: Sequence[SessionData]) -> None:
        """Take sessions just written (moved, resized...) into the snapshot without reading
        everything again, and recheck only the conflicts that involve them."""
        assert self.data is not None
        by_id = {sd.id: sd for sd in changed}
        sessions = sorted((by_id.get(sd.id, sd) for sd in self.data.sessions), key=sort_key)
        self.data = dataclasses.replace(self.data, sessions=sessions, _by_id={})
        ids = set(by_id)
        kept = [c for c in self.conflicts if ids.isdisjoint(c.session_ids)]
        fresh = check_sessions(self.data, ids, changeover_min=self.changeover_min)
        self.conflicts = kept + fresh
        self._index()

    def _index(self) -> None:
        assert self.data is not None
        self.sessions = {sd.id: sd for sd in self.data.sessions}
        by_session: dict[int, list[Conflict]] = defaultdict(list)
        for c in self.conflicts:
            for sid in c.session_ids:
                by_session[sid].append(c)
        self.conflicts_by_session = dict(by_session)
        self.changed.emit()

    def set_changeover(self, minutes: int) -> None:
        self.changeover_min = minutes
        self.reload()

    def scheduled(self, day: dt.date | None = None) -> list[SessionData]:
        """Sessions with a time (on event day `day` when given), cancelled ones included
        (a session withdrawn by a re-import is not: its source no longer has it).

        The day is `ScheduleData.day_of`, as in the CLI and the program: with a day change at
        04:00, a 00:15 session belongs to the evening before.
        """
        data = self.data
        if data is None:
            return []
        return [
            sd
            for sd in data.sessions
            if sd.start is not None and not sd.withdrawn and (day is None or data.day_of(sd) == day)
        ]

    def unscheduled(self) -> list[SessionData]:
        if self.data is None:
            return []
        return [sd for sd in self.data.sessions if sd.start is None and not sd.withdrawn]

    # -- writing -------------------------------------------------------------------------

    def write(self, fn: Callable[[Session], T]) -> T:
        """Run `fn(session)` on the database worker and wait for it (small edits only); the
        window keeps painting meanwhile (`desktop.ui.waiting`)."""
        future = self.ctx.worker.submit(fn, None, _ignore)
        return wait_for(future, WRITE_TIMEOUT_S)

    def execute(self, command: ScheduleCommand, report: bool = True) -> bool:
        """Apply `command` now; on success put it on the undo stack.

        A grid edit (one that knows the sessions it leaves, `patched`) is shown at once and
        written in the background on the desk's lane; if that write fails, the edit is taken
        back off the screen and the stack with a message (`_not_saved`). Other edits (the
        dialogs', which need the stored answer) are written first and waited for.

        False when it failed; then nothing changed, `last_error` holds the one-line reason and,
        when `report`, a message box shows it (dialogs pass False and show it inline).
        """
        self.last_error = ""
        patch = command.patched(forward=True) if report else None
        if patch is not None:
            command.applied = True
            command.behind = True
            self.undo_stack.push(command)
            self._show_now(command.focus_id, patch)
            self.message.emit(command.text())
            self._write_behind(command.do, command)
            return True
        try:
            self.write(command.do)
        except Exception as exc:
            self.last_error = user_message(exc)
            self.message.emit(self.last_error)
            if report:
                report_error(exc, self.tr("Schedule"))
            self.reload()
            return False
        command.applied = True
        self.undo_stack.push(command)
        self.after_write(command.focus_id, command.patched(forward=True))
        self.message.emit(command.text())
        return True

    def run_step(
        self,
        fn: Callable[[Session], Any],
        focus_id: int | None,
        patch: Sequence[SessionData] | None = None,
        behind: bool = False,
    ) -> None:
        """An undo or redo step: write, then refresh; errors are reported, not raised.

        The undo and redo of a grid edit (`behind`) are shown at once and written behind, as
        in `execute`; a dialog edit's are written first and waited for, like the edit.
        """
        if behind and patch is not None and self.data is not None:
            self._show_now(focus_id, patch)
            self._write_behind(fn, None)
            return
        try:
            self.write(fn)
        except Exception as exc:
            self.message.emit(user_message(exc))
            report_error(exc, self.tr("Schedule"))
            patch = None
        self.after_write(focus_id, patch)

    def after_write(self, focus_id: int | None, patch: Sequence[SessionData] | None = None) -> None:
        """Refresh after a write: the written sessions alone when known, else everything."""
        if patch is not None and self.data is not None:
            self.apply_patch(patch)
        else:
            self.reload()
        self.ctx.signals.notify(Change.SCHEDULE, initiator=self)
        if focus_id is not None:
            self.focus_session.emit(focus_id)

    def _show_now(self, focus_id: int | None, patch: Sequence[SessionData]) -> None:
        self.pending += 1
        self.apply_patch(patch)
        if focus_id is not None:
            self.focus_session.emit(focus_id)

    def _write_behind(self, fn: Callable[[Session], Any], command: ScheduleCommand | None) -> None:
        """Write `fn` on the desk's lane (in order with every other edit); the GUI goes on."""
        self.ctx.worker.submit(
            fn,
            lambda _r: self._saved(),
            lambda exc: self._not_saved(exc, command),
        )

    def _saved(self) -> None:
        self.pending -= 1
        self.ctx.signals.notify(Change.SCHEDULE, initiator=self)

    def _not_saved(self, exc: Exception, command: ScheduleCommand | None) -> None:
        """A write shown on screen failed: show the stored schedule again and say so."""
        self.pending -= 1
        what = command.text() if command is not None else self.tr("the last undo or redo")
        reason = user_message(exc)
        self.last_error = self.tr("Not saved: {what}. {reason}").format(
            what=what, reason=reason[:1].upper() + reason[1:]
        )
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if command is not None and top is command:
            command.failed = True  # its undo writes nothing: the change never happened
            command.setObsolete(True)  # and it leaves the stack (no redo of a failed edit)
            self.undo_stack.undo()
        else:
            # Later edits were made on a screen that showed this one: their undo steps no
            # longer describe the stored schedule.
            self.undo_stack.clear()
        self.reload()
        self.message.emit(self.last_error)
        from PySide6.QtWidgets import QApplication, QMessageBox

        QMessageBox.warning(QApplication.activeWindow(), self.tr("Schedule"), self.last_error)

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.made_by(self) and changes.touches(Change.SCHEDULE, Change.EVENT):
            self.reload()


class ScheduleCommand(QUndoCommand):
    """A reversible schedule edit: `do(session)` and `revert(session)` run on the worker.

    The first `redo()` that `QUndoStack.push` makes is skipped: the controller has already
    written the change (and pushes only what succeeded).
    """

    def __init__(self, controller: ScheduleController, text: str, focus_id: int | None) -> None:
        super().__init__(text)
        self.controller = controller
        self.focus_id = focus_id
        self.applied = False
        self.failed = False
        self.behind = False  # a grid edit: shown at once, written behind (and its undo/redo)

    def do(self, s: Session) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self, s: Session) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def patched(self, forward: bool) -> list[SessionData] | None:
        """The sessions as they are after `do` (forward) or `revert`, when the command can
        tell without reading the store; None means "reload everything"."""
        return None

    def redo(self) -> None:
        if self.applied:
            self.applied = False  # the next redo() is a real one
            return
        self.controller.run_step(
            self.do, self.focus_id, self.patched(forward=True), behind=self.behind
        )

    def undo(self) -> None:
        if self.failed:  # its write failed: nothing to take back in the store
            return
        self.controller.run_step(
            self.revert, self.focus_id, self.patched(forward=False), behind=self.behind
        )
