"""The append-only audit trail: writing entries, and one attendee's history from all logs.

Where things are recorded:
- `checkin_log`: every scan and check-in from search (checked_in, already and refused ones)
  and every undo;
- `audit_log`: edits, cancel, restore, merge, walk-in registration, undo and refused scans;
- `print_log`: every badge printed.
`history()` merges them for one attendee, newest first, without counting anything twice.

Every audit entry is written by `write_audit`, with the desk and the operator: given by the
caller, or those `act_as` put on the session (the screens' writes, the schedule editing
functions that take no desk of their own).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import AuditLog, CheckIn, PrintLog, table, utcnow
from desktop.core.text import clean


class Action(StrEnum):
    """Every audit action, named `subject.verb`: what was acted on, then what was done.

    The stored names are these values; renaming one needs a migration that renames the stored
    entries (0010_audit_action_names did it once for the first names).
    """

    ATTENDEE_REGISTER = "attendee.register"
    ATTENDEE_UPDATE = "attendee.update"
    ATTENDEE_CANCEL = "attendee.cancel"
    ATTENDEE_RESTORE = "attendee.restore"
    ATTENDEE_MERGE = "attendee.merge"  # the record kept
    ATTENDEE_MERGED_INTO = "attendee.merged_into"  # the record dropped
    ATTENDEE_IMPORT = "attendee.import"
    WALK_IN_DUPLICATE = "walk_in.duplicate"
    BADGE_REISSUE = "badge.reissue"
    CHECKIN_REFUSED = "checkin.refused"
    CHECKIN_UNDO = "checkin.undo"
    CHECKIN_UNDO_NOT_APPLIED = "checkin.undo_not_applied"
    CHECKIN_DOUBLE_ADMISSION = "checkin.double_admission"
    JOURNAL_APPLIED = "journal.applied"
    KIOSK_EMAIL_REFUSED = "kiosk.email_refused"  # e-mail and 4 characters that fit nobody
    EVENT_UPDATE = "event.update"
    LIST_ADD = "list.add"
    LIST_REMOVE = "list.remove"
    LIST_OVER_CAPACITY = "list.over_capacity"
    SIGNUP_ADD = "signup.add"
    SIGNUP_CANCEL = "signup.cancel"
    SIGNUP_MOVE_UP = "signup.move_up"  # off the waiting list, into a seat
    SCHEDULE_IMPORT = "schedule.import"
    SCHEDULE_RELEASE = "schedule.release"
    ROOM_UPDATE = "room.update"
    ROOM_DELETE = "room.delete"
    TRACK_DELETE = "track.delete"
    SESSION_UPDATE = "session.update"
    SESSION_DELETE = "session.delete"
    SESSION_SPEAKERS = "session.speakers"
    SPEAKER_UPDATE = "speaker.update"
    SPEAKER_DELETE = "speaker.delete"
    SPEAKER_LINK = "speaker.link"


# audit_log actions that history() shows, as the kind it shows (the others repeat a
# checkin_log row).
_HISTORY_ACTIONS = {
    Action.ATTENDEE_UPDATE: "edit",
    Action.ATTENDEE_CANCEL: "cancel",
    Action.ATTENDEE_RESTORE: "restore",
    Action.ATTENDEE_MERGE: "merge",
    Action.ATTENDEE_MERGED_INTO: "merge",
    Action.ATTENDEE_REGISTER: "register",
}


def write_audits(session: Session, entries: list[dict[str, Any]]) -> None:
    """Append several audit entries in one statement (a journal's receipts): each a dict of
    event_id, action (an `Action`), entity, entity_id, details, desk and operator."""
    if not entries:
        return
    at = utcnow()
    rows = [
        {
            **e,
            "action": Action(e["action"]).value,
            "at": at,
            "desk": clean(e.get("desk", ""), 100),
            "operator": clean(e.get("operator", ""), 100),
        }
        for e in entries
    ]
    session.execute(insert(table(AuditLog)), rows)


_ACTOR = "confdesk.actor"  # session.info key: (desk, operator)


def act_as(session: Session, desk: str, operator: str = "") -> None:
    """The desk and operator this session's audit entries name when the caller gives none."""
    session.info[_ACTOR] = (desk, operator)


def write_audit(
    session: Session,
    event_id: int,
    action: Action,
    attendee_id: int | None,
    details: dict[str, Any],
    desk: str | None = None,
    operator: str | None = None,
    entity: str = "attendee",
) -> None:
    """Append one audit entry (who, which desk, when, what). `attendee_id` is the entity's id
    (an attendee's unless `entity` says otherwise); desk and operator default to `act_as`'s."""
    acting_desk, acting_operator = session.info.get(_ACTOR, ("", ""))
    desk = acting_desk if desk is None else desk
    operator = acting_operator if operator is None else operator
    session.execute(
        insert(table(AuditLog)),
        {
            "event_id": event_id,
            "at": utcnow(),
            "desk": clean(desk, 100),
            "operator": clean(operator, 100),
            "action": action.value,
            "entity": entity,
            "entity_id": attendee_id,
            "details": details,
        },
    )


def _detail_of_edit(details: dict[str, Any]) -> str:
    changes = details.get("changes") or {}
    text = ", ".join(f"{k}: {v[0]!r} → {v[1]!r}" for k, v in changes.items())
    reason = details.get("reason") or ""
    # A speaker link's category change said only why before 0010 ("linked to a speaker").
    return f"{text} ({reason})" if text and reason else text or str(reason)


def history(session: Session, attendee_ids: list[int]) -> list[dict[str, Any]]:
    """Everything that happened to these attendee records: {at, kind, desk, operator, detail},
    newest first. kind is one of checkin, undo, refused, print, edit, cancel, restore, merge,
    register. (core.attendees.history passes a record and the records merged into it.)
    """
    items: list[tuple[dt.datetime, int, dict[str, Any]]] = []
    for row in session.execute(
        select(CheckIn).where(CheckIn.attendee_id.in_(attendee_ids))
    ).scalars():
        if row.result == "checked_in":
            kind, detail = "checkin", row.reason or (f"code {row.code}" if row.code else "")
        elif row.result == "undo":
            kind, detail = "undo", row.reason
        else:
            kind, detail = "refused", row.reason or row.result
        items.append((row.at, row.id, _item(row.at, kind, row.desk, row.operator, detail)))
    for p in session.execute(
        select(PrintLog).where(PrintLog.attendee_id.in_(attendee_ids))
    ).scalars():
        status = getattr(p, "status", "") or ""
        failed = status == "failed"
        parts = (p.kind, p.destination, p.reason, getattr(p, "error", "") if failed else "")
        detail = " ".join(p for p in parts if p)
        if status and status != "printed":
            detail = f"{status.replace('_', ' ')}: {detail}"
        kind = "print failed" if failed else "print"
        items.append((p.at, p.id, _item(p.at, kind, p.desk, p.operator, detail)))
    for au in session.execute(
        select(AuditLog).where(
            AuditLog.entity == "attendee",
            AuditLog.entity_id.in_(attendee_ids),
            AuditLog.action.in_([a.value for a in _HISTORY_ACTIONS]),
        )
    ).scalars():
        kind = _HISTORY_ACTIONS[Action(au.action)]
        d = au.details or {}
        if au.action == Action.ATTENDEE_UPDATE:
            detail = _detail_of_edit(d)
        elif au.action == Action.ATTENDEE_MERGE:
            detail = (
                f"merged record {d.get('dropped_id')} ({d.get('dropped_name', '')}) into this one"
            )
        elif au.action == Action.ATTENDEE_MERGED_INTO:
            detail = f"merged into record {d.get('kept_id')}"
        else:
            detail = str(d.get("reason") or d.get("detail") or "")
        items.append((au.at, au.id, _item(au.at, kind, au.desk, au.operator, detail)))
    items.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [item for _, _, item in items]


def _item(at: dt.datetime, kind: str, desk: str, operator: str, detail: str) -> dict[str, Any]:
    return {"at": at, "kind": kind, "desk": desk, "operator": operator, "detail": detail}
