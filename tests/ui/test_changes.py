"""What changed, said once with who changed it (desktop.ui.changes): the desk's own check-in
reaches the other screens marked as the desk's, a schedule edit made on one timetable reaches
another, and the writes name the desk and operator in the audit trail."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import AuditLog, Room
from desktop.core.schedule import editing
from desktop.ui.changes import Change, Changes
from desktop.ui.desk import DeskScreen
from desktop.ui.schedule.controller import ScheduleController
from tests.pdf.helpers import NAMES, add_people
from tests.ui.desk_support import attendee, desk_context


def test_the_desks_check_in_is_its_own_change(qtbot: Any, store: Any) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    code = attendee(store, id=aid).badge_code
    heard: list[Changes] = []
    with desk_context(store) as ctx:
        ctx.signals.changed.connect(heard.append)
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.show()
        screen.scan(code)
        qtbot.waitUntil(lambda: bool(heard), timeout=10000)
    assert heard[0].kinds == frozenset({Change.CHECKINS})
    assert heard[0].made_by(screen) and not heard[0].made_by(object())
    assert heard[0].touches(Change.CHECKINS, Change.PRINTS) and not heard[0].touches(Change.EVENT)


def test_a_timetable_edit_reaches_the_other_timetable_and_names_the_desk(
    qtbot: Any, store: Any
) -> None:
    with desk_context(store, desk="Programme desk", operator="planner") as ctx:
        one, other = ScheduleController(ctx), ScheduleController(ctx)
        one.reload()
        other.reload()
        room = one.write(lambda s: editing.create_room(s, "Hall A", 300))
        one.write(lambda s: editing.update_room(s, room, name="Hall B"))
        one.after_write(None)  # as the dialogs do: says Change.SCHEDULE, by `one`
        assert other.data is not None and [r.name for r in other.data.rooms] == ["Hall B"]
        ctx.desk, ctx.operator = "Desk 2", "sam"  # renamed in Settings: named at once
        one.write(lambda s: editing.delete_room(s, room))
    with store.factory() as s:
        assert s.scalar(select(Room.id)) is None
        rows = s.scalars(select(AuditLog).where(AuditLog.entity == "room").order_by(AuditLog.id))
        got = [(a.action, a.desk, a.operator) for a in rows]
    assert got == [("room.update", "Programme desk", "planner"), ("room.delete", "Desk 2", "sam")]
