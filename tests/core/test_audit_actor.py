"""Every audit entry names its desk and operator, also those of the schedule editing
functions, which take no desk of their own: `act_as` puts them on the session (the app's
writer does it for every write), and `write_audit` is the one way entries are written."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import AuditLog
from desktop.core.audit import act_as
from desktop.core.schedule import editing


def _entries(store: Any) -> list[tuple[str, str, str, str]]:
    with store.factory() as s:
        rows = s.scalars(select(AuditLog).order_by(AuditLog.id))
        return [(a.action, a.entity, a.desk, a.operator) for a in rows]


def test_schedule_edits_name_the_desk_and_operator(store: Any) -> None:
    with store.session() as s:
        act_as(s, "Programme desk", "planner")
        room = editing.create_room(s, "Hall A", 300)
        editing.update_room(s, room, name="Hall B")
    with store.session() as s:  # a session nobody acts as: no desk, as before
        editing.delete_room(s, room)
    got = [e for e in _entries(store) if e[1] == "room"]
    assert got == [
        ("room.update", "room", "Programme desk", "planner"),
        ("room.delete", "room", "", ""),
    ]


def test_a_caller_who_names_a_desk_wins(store: Any) -> None:
    from desktop.core.audit import write_audit
    from desktop.core.events import current_event

    with store.session() as s:
        act_as(s, "Desk 1", "amy")
        write_audit(s, current_event(s).id, "cancel", None, {}, "Desk 4", "bob")
        write_audit(s, current_event(s).id, "restore", None, {})
    assert _entries(store)[-2:] == [
        ("cancel", "attendee", "Desk 4", "bob"),
        ("restore", "attendee", "Desk 1", "amy"),
    ]


def test_audit_entries_are_written_one_way() -> None:
    """No module but desktop/core/audit.py makes an audit_log row (write_audit does)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "desktop"
    found = []
    for path in root.rglob("*.py"):
        if path.name == "audit.py" and path.parent.name == "core":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = node.func if isinstance(node, ast.Call) else None
            name = getattr(called, "id", "") or getattr(called, "attr", "")
            if name == "AuditLog" or (
                name == "table" and any(getattr(a, "id", "") == "AuditLog" for a in node.args)
            ):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    assert found == []
