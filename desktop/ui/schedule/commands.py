"""Undoable schedule edits (QUndoCommand subclasses) built on the core editing functions.

Each command keeps the values before and after the edit, so undo is the same core call with
the old values. See `controller.py` for how they are written (synchronously on the worker).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop.base.schedule import SessionData
from desktop.core.schedule import editing
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.schedule.controller import ScheduleCommand, ScheduleController


@dataclass(frozen=True)
class Placement:
    """Where a session is: room (None for none) and start (None = unscheduled), length."""

    room_id: int | None
    start: dt.datetime | None
    duration_min: int

    @classmethod
    def of(cls, sd: SessionData) -> Placement:
        room_id = sd.room.id if sd.room is not None else None
        return cls(room_id, sd.start, sd.duration_min)


# The undo steps' names (the Undo button's tooltip, the status line) are in this context.
CONTEXT = "ScheduleCommand"


def _short(title: str) -> str:
    return title if len(title) <= 40 else title[:39] + "…"


def _step(text: str, title: str) -> str:
    """An undo step's name in the interface's language, e.g. Move “Opening Keynote”."""
    return QCoreApplication.translate(CONTEXT, text).format(title=_short(title))


class MoveSessionCommand(ScheduleCommand):
    """Schedule, move, resize or unschedule one session."""

    def __init__(self, controller: ScheduleController, sd: SessionData, new: Placement) -> None:
        old = Placement.of(sd)
        if old.start is None and new.start is not None:
            text = QT_TRANSLATE_NOOP("ScheduleCommand", "Schedule “{title}”")
        elif new.start is None:
            text = QT_TRANSLATE_NOOP("ScheduleCommand", "Unschedule “{title}”")
        elif old.room_id == new.room_id and old.start == new.start:
            text = QT_TRANSLATE_NOOP("ScheduleCommand", "Resize “{title}”")
        else:
            text = QT_TRANSLATE_NOOP("ScheduleCommand", "Move “{title}”")
        super().__init__(controller, _step(text, sd.title), sd.id)
        self.session_id = sd.id
        self.old = old
        self.new = new

    @staticmethod
    def _place(s: Session, session_id: int, p: Placement) -> None:
        if p.start is None:
            editing.move_session(s, session_id, None, None, duration_min=p.duration_min)
        else:
            editing.move_session(s, session_id, p.room_id, p.start, duration_min=p.duration_min)

    def do(self, s: Session) -> None:
        self._place(s, self.session_id, self.new)

    def revert(self, s: Session) -> None:
        self._place(s, self.session_id, self.old)

    def patched(self, forward: bool) -> list[SessionData] | None:
        data = self.controller.data
        sd = self.controller.sessions.get(self.session_id)
        if data is None or sd is None:
            return None
        p = self.new if forward else self.old
        room = next((r for r in data.rooms if r.id == p.room_id), None)
        if p.room_id is not None and room is None:
            return None
        end = None if p.start is None else p.start + dt.timedelta(minutes=p.duration_min)
        return [
            dataclasses.replace(
                sd,
                room=room if p.start is not None else None,
                start=p.start,
                end=end,
                duration_min=p.duration_min,
            )
        ]


SpeakerRoles = Sequence[tuple[int, str]]


class EditSessionCommand(ScheduleCommand):
    """Change a session's fields and/or its speakers."""

    def __init__(
        self,
        controller: ScheduleController,
        sd: SessionData,
        old_fields: dict[str, Any],
        new_fields: dict[str, Any],
        old_speakers: SpeakerRoles | None = None,
        new_speakers: SpeakerRoles | None = None,
    ) -> None:
        title = new_fields.get("title", sd.title)
        super().__init__(
            controller, _step(QT_TRANSLATE_NOOP("ScheduleCommand", "Edit “{title}”"), title), sd.id
        )
        self.session_id = sd.id
        self.old_fields = old_fields
        self.new_fields = new_fields
        self.old_speakers = list(old_speakers) if old_speakers is not None else None
        self.new_speakers = list(new_speakers) if new_speakers is not None else None

    def _apply(self, s: Session, fields: dict[str, Any], speakers: SpeakerRoles | None) -> None:
        if fields:
            editing.update_session(s, self.session_id, **fields)
        if speakers is not None:
            editing.set_session_speakers(s, self.session_id, list(speakers))

    def do(self, s: Session) -> None:
        self._apply(s, self.new_fields, self.new_speakers)

    def revert(self, s: Session) -> None:
        self._apply(s, self.old_fields, self.old_speakers)


class CallCommand(ScheduleCommand):
    """Any other reversible edit given as two functions (rooms, tracks, speakers)."""

    def __init__(
        self,
        controller: ScheduleController,
        text: str,
        do: Callable[[Session], Any],
        revert: Callable[[Session], Any],
        focus_id: int | None = None,
    ) -> None:
        super().__init__(controller, text, focus_id)
        self._do = do
        self._revert = revert

    def do(self, s: Session) -> Any:
        return self._do(s)

    def revert(self, s: Session) -> Any:
        return self._revert(s)


class CreateCommand(ScheduleCommand):
    """Add a row (session, room, track, speaker); undo deletes it, redo adds it again.

    `create(s)` returns the new id (a redo gets a new one); `delete(s, id)` removes it.
    """

    def __init__(
        self,
        controller: ScheduleController,
        text: str,
        create: Callable[[Session], int],
        delete: Callable[[Session, int], Any],
        focus: bool = False,
    ) -> None:
        super().__init__(controller, text, None)
        self._create = create
        self._delete = delete
        self._focus = focus
        self.created_id: int | None = None

    def do(self, s: Session) -> int:
        self.created_id = self._create(s)
        if self._focus:
            self.focus_id = self.created_id
        return self.created_id

    def revert(self, s: Session) -> None:
        if self.created_id is not None:
            self._delete(s, self.created_id)
        self.focus_id = None


def create_session_command(
    controller: ScheduleController, fields: dict[str, Any], speakers: SpeakerRoles
) -> CreateCommand:
    """An undoable "new session" from the session dialog's values."""
    values = dict(fields)
    title = values.pop("title")
    kind = values.pop("type")

    def create(s: Session) -> int:
        sid = editing.create_session(s, title, kind, **values)
        if speakers:
            editing.set_session_speakers(s, sid, list(speakers))
        return sid

    text = _step(QT_TRANSLATE_NOOP("ScheduleCommand", "New session “{title}”"), title)
    return CreateCommand(controller, text, create, editing.delete_session, focus=True)
