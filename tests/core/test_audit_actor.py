"""Every audit entry names its desk and operator, also those of the schedule editing
functions, which take no desk of their own: `act_as` puts them on the session (the app's
writer does it for every write), and `write_audit` is the one way entries are written, with
one naming scheme for what was done (`Action`: subject.verb), also for entries written
before the scheme (migration 0010 renames them)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.engine import head_revision, open_store
from db.models import AuditLog
from desktop.core.audit import Action, act_as, history
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
        write_audit(s, current_event(s).id, Action.ATTENDEE_CANCEL, None, {}, "Desk 4", "bob")
        write_audit(s, current_event(s).id, Action.ATTENDEE_RESTORE, None, {})
    assert _entries(store)[-2:] == [
        ("attendee.cancel", "attendee", "Desk 4", "bob"),
        ("attendee.restore", "attendee", "Desk 1", "amy"),
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


def test_every_action_is_named_subject_dot_verb() -> None:
    names = [a.value for a in Action]
    assert all(re.fullmatch(r"[a-z_]+\.[a-z_]+", n) for n in names), names
    assert len(set(names)) == len(names)


def test_a_write_outside_the_scheme_is_refused(store: Any) -> None:
    from desktop.core.audit import write_audits
    from desktop.core.events import current_event

    with pytest.raises(ValueError), store.session() as s:
        entry = {"event_id": current_event(s).id, "action": "edit", "entity": "attendee"}
        write_audits(s, [{**entry, "entity_id": None, "details": {}}])
    assert _entries(store) == []


def _migrate(path: Path, revision: str, down: bool) -> None:
    from alembic import command

    from db.engine import _alembic_config

    store = open_store(str(path))
    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)
    store.close()


def test_entries_written_before_the_scheme_are_renamed(event_db: Path, tmp_path: Path) -> None:
    import importlib.util

    where = Path(__file__).parents[2] / "db/migrations/versions/0010_audit_action_names.py"
    spec = importlib.util.spec_from_file_location("step_0010", where)
    assert spec and spec.loader
    step = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(step)
    db = Path(shutil.copyfile(event_db, tmp_path / "old.sqlite"))
    _migrate(db, "0009_checkin_lists", down=True)
    conn = sqlite3.connect(db)
    with conn:
        aid = 7  # history() reads the log alone
        for old in [*step.RENAMED, "room.update"]:
            conn.execute(
                "insert into audit_log (event_id, at, desk, operator, action, entity, entity_id,"
                " details) values (1, '2026-09-27 01:00:00', 'Desk 1', '', ?, 'attendee', ?,"
                ' \'{"reason": "why"}\')',
                (old, aid),
            )
    conn.close()
    store = open_store(str(db))  # upgrades to the head
    try:
        with store.engine.connect() as c:
            assert c.exec_driver_sql("select version_num from alembic_version").scalar() == (
                head_revision()
            )
        got = {e[0] for e in _entries(store)}
        assert got == {*step.RENAMED.values(), "room.update"}
        assert got <= {a.value for a in Action}
        with store.factory() as s:  # the old entries read as before in a person's history
            kinds = sorted(h["kind"] for h in history(s, [aid]))
        assert kinds == ["cancel", "edit", "merge", "merge", "register", "restore"]
    finally:
        store.close()
    _migrate(db, "0009_checkin_lists", down=True)
    conn = sqlite3.connect(db)
    back = {r[0] for r in conn.execute("select action from audit_log")}
    conn.close()
    assert back == {*step.RENAMED, "room.update"}


def test_a_speaker_link_that_makes_a_speaker_is_in_their_history(store: Any) -> None:
    from desktop.core.attendees import register_walk_in

    with store.session() as s:
        made = register_walk_in(s, {"given_name": "Tai Man", "family_name": "Chan"}, "Desk 1")
        assert made.attendee is not None
        aid = made.attendee.id
        speaker = editing.create_speaker(s, "Chan Tai Man")
        editing.link_speaker_attendee(s, speaker, aid)
    with store.factory() as s:
        edits = [h for h in history(s, [aid]) if h["kind"] == "edit"]
    assert [h["detail"] for h in edits] == [
        "category: 'attendee' → 'speaker' (linked to a speaker)"
    ]
