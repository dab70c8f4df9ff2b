"""Attendee records: creating them in bulk or one by one, with their badge code and search text.

Every writer of attendee rows (demo, import, walk-in, edit) goes through `add_attendees` or
`update_attendee`, so the badge code, the attendee number and `search_text` are always right.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from db.models import Attendee, Event, TicketCode, utcnow
from desktop.core.text import clean, fold
from desktop.core.tickets import badge_code_for

# Fields a person can edit or import; everything else is kept by Confdesk itself.
EDITABLE = (
    "external_id",
    "given_name",
    "family_name",
    "name_local",
    "organization",
    "title",
    "email",
    "phone",
    "country",
    "category",
    "notes",
    "staff_note",
)
_LIMITS = {
    "notes": 5000,
    "email": 320,
    "phone": 64,
    "country": 64,
    "category": 32,
    "staff_note": 500,
}


def search_text_for(row: Mapping[str, Any], codes: Iterable[str] = ()) -> str:
    """Folded text of every searchable field, names in both orders."""
    given, family = row.get("given_name") or "", row.get("family_name") or ""
    parts = [
        f"{given} {family}",
        f"{family} {given}",
        row.get("name_local") or "",
        row.get("organization") or "",
        row.get("email") or "",
        row.get("badge_code") or "",
        str(row.get("number") or ""),
        row.get("external_id") or "",
        *codes,
    ]
    return " | ".join(fold(p) for p in parts if p and p.strip())


def normalise_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """Clean user-supplied attendee fields (single line, trimmed, length-limited)."""
    out: dict[str, Any] = {}
    for key in EDITABLE:
        if key in values:
            v = values[key]
            if key == "external_id":
                out[key] = clean(v, 200) or None
            elif key == "notes":
                out[key] = str(v or "")[: _LIMITS["notes"]]
            else:
                out[key] = clean(v, _LIMITS.get(key, 300))
    if "email" in out:
        out["email"] = out["email"].lower()
    if "category" in out:
        out["category"] = out["category"].lower() or "attendee"
    return out


def _reserve_ids(session: Session, count: int) -> list[int]:
    """Ids for new attendee rows, safe against other desks on PostgreSQL."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('attendee', 'id')) FROM generate_series(1, :n)"
            ),
            {"n": count},
        )
        return [r[0] for r in rows]
    start = (session.scalar(select(func.max(Attendee.id))) or 0) + 1
    return list(range(start, start + count))


def add_attendees(
    session: Session,
    event: Event,
    rows: Sequence[Mapping[str, Any]],
    tickets: Sequence[Sequence[tuple[str, str]]] | None = None,
) -> list[int]:
    """Insert attendees in bulk; returns their ids in the order given.

    `rows` hold EDITABLE fields (plus optional `extra`, `status`); `tickets[i]` are the
    (code, source) pairs of ticketing-system codes accepted for row i.
    """
    ids = _reserve_ids(session, len(rows))
    now = utcnow()
    payload: list[dict[str, Any]] = []
    ticket_rows: list[dict[str, Any]] = []
    for i, (new_id, raw) in enumerate(zip(ids, rows, strict=True)):
        fields = normalise_fields(raw)
        fields.setdefault("category", "attendee")
        codes = [c for c, _ in (tickets[i] if tickets else ())]
        rec = {
            **{k: "" for k in EDITABLE if k != "external_id"},
            "external_id": None,
            **fields,
            "id": new_id,
            "event_id": event.id,
            "number": new_id,
            "status": raw.get("status", "registered"),
            "badge_code": badge_code_for(event.signing_key, event.code_prefix, event.id, new_id),
            "extra": dict(raw.get("extra") or {}),
            "print_count": 0,
            "created_at": now,
            "updated_at": now,
        }
        rec["search_text"] = search_text_for(rec, codes)
        payload.append(rec)
        for code, source in tickets[i] if tickets else ():
            ticket_rows.append(
                {"event_id": event.id, "attendee_id": new_id, "code": code, "source": source}
            )
    if payload:
        session.execute(insert(Attendee), payload)
    if ticket_rows:
        session.execute(insert(TicketCode), ticket_rows)
    return ids


def refresh_search_text(session: Session, attendee: Attendee) -> None:
    """Recompute `search_text` after any change to an attendee's fields or ticket codes."""
    codes = session.scalars(select(TicketCode.code).where(TicketCode.attendee_id == attendee.id))
    row = {c: getattr(attendee, c) for c in (*EDITABLE, "badge_code", "number")}
    attendee.search_text = search_text_for(row, list(codes))


def update_attendee(
    session: Session, attendee: Attendee, values: Mapping[str, Any]
) -> dict[str, tuple[Any, Any]]:
    """Apply edited fields; returns {field: (old, new)} for what really changed."""
    changed: dict[str, tuple[Any, Any]] = {}
    for key, new in normalise_fields(values).items():
        old = getattr(attendee, key)
        if (old or "") != (new or ""):
            setattr(attendee, key, new)
            changed[key] = (old, new)
    if changed:
        refresh_search_text(session, attendee)
    return changed
