"""The timetable screen's state: the loaded schedule, its conflicts, and the one undo stack.

Every edit goes through `ScheduleController.execute(command)`: the command's change is written
synchronously on the database worker (`ctx.worker.submit(...)` and waiting on its future), and
only when that write succeeded is the command pushed onto the `QUndoStack`. Undo and redo
write the same way. Waiting on the future is deliberate: these edits are single-row updates
(a few milliseconds), the grid must show the stored truth straight after the drop, and a
failed write must never leave a command on the stack that did not happen. Long work (imports,
exports) does not come through here.

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

from desktop.core.schedule.conflicts import Conflict, check, check_sessions
from desktop.core.schedule.data import ScheduleData, SessionData, load_schedule, sort_key
from desktop.ui.context import AppContext
from desktop.ui.errors import report_error, user_message

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
        self._notifying = False
        self.last_error = ""
        ctx.signals.data_changed.connect(self._on_data_changed)

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
        """Sessions with a time (on event day `day` when given), cancelled ones included.

        The day is `ScheduleData.day_of`, as in the CLI and the program: with a day change at
        04:00, a 00:15 session belongs to the evening before.
        """
        data = self.data
        if data is None:
            return []
        return [
            sd
            for sd in data.sessions
            if sd.start is not None and (day is None or data.day_of(sd) == day)
        ]

    def unscheduled(self) -> list[SessionData]:
        if self.data is None:
            return []
        return [sd for sd in self.data.sessions if sd.start is None]

    # -- writing -------------------------------------------------------------------------

    def write(self, fn: Callable[[Session], T]) -> T:
        """Run `fn(session)` on the database worker and wait for it (small edits only)."""
        future = self.ctx.worker.submit(fn, None, _ignore)
        return future.result(timeout=WRITE_TIMEOUT_S)

    def execute(self, command: ScheduleCommand, report: bool = True) -> bool:
        """Apply `command` now; on success put it on the undo stack.

        False when it failed; then nothing changed, `last_error` holds the one-line reason and,
        when `report`, a message box shows it (dialogs pass False and show it inline).
        """
        self.last_error = ""
        try:
            self.write(command.do)
        except Exception as exc:
            self.last_error = user_message(exc)
            self.message.emit(self.last_error)
            if report:
                report_error(exc, "Schedule")
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
    ) -> None:
        """An undo or redo step: write, then refresh; errors are reported, not raised."""
        try:
            self.write(fn)
        except Exception as exc:
            self.message.emit(user_message(exc))
            report_error(exc, "Schedule")
            patch = None
        self.after_write(focus_id, patch)

    def after_write(self, focus_id: int | None, patch: Sequence[SessionData] | None = None) -> None:
        """Refresh after a write: the written sessions alone when known, else everything."""
        if patch is not None and self.data is not None:
            self.apply_patch(patch)
        else:
            self.reload()
        self._notifying = True
        try:
            self.ctx.signals.data_changed.emit("schedule")
        finally:
            self._notifying = False
        if focus_id is not None:
            self.focus_session.emit(focus_id)

    def _on_data_changed(self, what: str) -> None:
        if not self._notifying and what in ("schedule", "event"):
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
        self.controller.run_step(self.do, self.focus_id, self.patched(forward=True))

    def undo(self) -> None:
        self.controller.run_step(self.revert, self.focus_id, self.patched(forward=False))
