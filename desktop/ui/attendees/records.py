"""Reads the attendee dialogs need beyond the core's attendee card (Qt-free helpers)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.models import Attendee
from desktop.base.errors import UserError
from desktop.core.attendees import EDITABLE
from desktop.core.events import current_event, to_local


def editable_values(session: Session, attendee_id: int) -> dict[str, Any]:
    """Every editable field of one attendee, plus what the dialogs show read-only (times in
    the event's zone)."""
    a = session.get(Attendee, attendee_id)
    if a is None:
        raise UserError(f"no attendee with id {attendee_id}")
    values = {k: getattr(a, k) or "" for k in EDITABLE}
    event = current_event(session)
    values.update(
        checked_in_local=(
            f"{to_local(event, a.checked_in_at):%Y-%m-%d %H:%M}" if a.checked_in_at else ""
        ),
        id=a.id,
        number=a.number,
        badge_code=a.badge_code,
        status=a.status,
        checked_in_at=a.checked_in_at,
        checked_in_desk=a.checked_in_desk or "",
        print_count=a.print_count,
        merged_into_id=a.merged_into_id,
    )
    return values
