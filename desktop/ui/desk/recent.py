"""This desk's latest check-ins (Qt-free): what the hit list shows while the field is empty."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CheckIn
from desktop.core.checkin import AttendeeCard, load_card


def recent_checkins(session: Session, desk: str, limit: int = 12) -> list[AttendeeCard]:
    """People checked in at `desk`, latest first, still checked in (an undo removes them)."""
    ids = session.scalars(
        select(CheckIn.attendee_id)
        .where(
            CheckIn.desk == desk,
            CheckIn.result == "checked_in",
            CheckIn.attendee_id.is_not(None),
        )
        .order_by(CheckIn.id.desc())
        .limit(limit * 3)
    )
    out: list[AttendeeCard] = []
    seen: set[int] = set()
    for attendee_id in ids:
        if attendee_id in seen:
            continue
        seen.add(attendee_id)
        card = load_card(session, attendee_id)
        if card is not None and card.checked_in_at is not None:
            out.append(card)
        if len(out) == limit:
            break
    return out
