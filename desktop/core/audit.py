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
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import AuditLog, CheckIn, PrintLog, table, utcnow
from desktop.core.text import clean

# audit_log actions that history() shows (the others repeat a checkin_log row).
_HISTORY_ACTIONS = {
    "edit": "edit",
    "cancel": "cancel",
    "restore": "restore",
    "merge": "merge",
    "merged_into": "merge",
    "register": "register",
}


def write_audits(session: Session, entries: list[dict[str, Any]]) -> None:
    """Append several audit entries in one statement (a journal's receipts): each a dict of
    event_id, action, entity, entity_id, details, desk and operator."""
    if not entries:
        return
    at = utcnow()
    rows = [
        {
            **e,
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
    action: str,
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
            "action": action,
            "entity": entity,
            "entity_id": attendee_id,
            "details": details,
        },
    )


def _detail_of_edit(details: dict[str, Any]) -> str:
    changes = details.get("changes") or {}
    return ", ".join(f"{k}: {v[0]!r} → {v[1]!r}" for k, v in changes.items())


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
            AuditLog.action.in_(tuple(_HISTORY_ACTIONS)),
        )
    ).scalars():
        kind = _HISTORY_ACTIONS[au.action]
        d = au.details or {}
        if au.action == "edit":
            detail = _detail_of_edit(d)
        elif au.action == "merge":
            detail = (
                f"merged record {d.get('dropped_id')} ({d.get('dropped_name', '')}) into this one"
            )
        elif au.action == "merged_into":
            detail = f"merged into record {d.get('kept_id')}"
        else:
            detail = str(d.get("reason") or d.get("detail") or "")
        items.append((au.at, au.id, _item(au.at, kind, au.desk, au.operator, detail)))
    items.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [item for _, _, item in items]


def _item(at: dt.datetime, kind: str, desk: str, operator: str, detail: str) -> dict[str, Any]:
    return {"at": at, "kind": kind, "desk": desk, "operator": operator, "detail": detail}
