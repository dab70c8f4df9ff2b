"""Walk-ins at a desk whose PostgreSQL server is away: registered in the desk's mirror with a
provisional number and code, kept in the desk journal, merged into the server's numbering when
the journal is sent.

- The provisional attendee has a negative id (its number, shown at the desk, is the same
  negative number: no server number is taken while the server is away) and a provisional
  badge code `WALKIN-...` that is not a signed Confdesk code. The badge printed offline
  carries it; once sent, it is the new attendee's ticket code (source "offline walk-in"), so
  that badge scans at every desk from then on.
- When the journal is sent, the walk-in is registered and checked in at its own time, and goes
  through the duplicate check against the server's people (`attendees.find_duplicates`): a
  likely duplicate (same e-mail, same name, same Chinese name) is reported (audit action
  `walk_in_duplicate`) for staff to merge, never merged by itself. Later journal entries about
  the provisional id (an undo, a print) are sent for the new attendee.

Qt-free: the desk's lane in the app and tests share it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.engine import Store
from db.errors import is_connection_lost
from db.models import Attendee, AuditLog, table, utcnow
from desktop.core import checkin as ck
from desktop.core import in_doubt
from desktop.core.audit import Action, write_audit

if TYPE_CHECKING:
    from desktop.core.desk_journal import DeskJournal, JournalEntry
    from desktop.core.mirror import Mirror

PROVISIONAL_SOURCE = "offline walk-in"
CODE_PREFIX = "WALKIN-"
_A = table(Attendee)


@dataclass(frozen=True)
class DeskWalkIn:
    """A walk-in's answer at the desk: the check-in result, and (like DeskScan) whether it
    waits in the desk journal because the server could not be reached."""

    result: ck.ScanResult
    journaled: bool = False
    waiting: int = 0
    offline: bool = False


def provisional_code() -> str:
    """A provisional badge code: unguessable, never a signed Confdesk code."""
    return CODE_PREFIX + secrets.token_hex(6).upper()


def walk_in_or_journal(
    store: Store,
    journal: DeskJournal,
    fields: dict[str, Any],
    desk: str,
    operator: str = "",
    mirror: Mirror | None = None,
) -> DeskWalkIn:
    """Register a walk-in and check them in: on the event's store when it answers (as
    `attendees.register_walk_in`), else in the desk's mirror and journal (see the module
    docstring). Bad fields are refused (UserError) and nothing is saved."""
    from desktop.core.attendees import register_walk_in, validate_fields
    from desktop.core.desk_journal import ready_mirror

    values = validate_fields(fields, need_name=True)
    values.setdefault("category", "attendee")
    attempt = in_doubt.Attempt()
    if mirror is None or not mirror.recently_unreachable():
        try:
            with in_doubt.write(store, attempt) as s:
                return DeskWalkIn(register_walk_in(s, values, desk, operator, check_in=True))
        except Exception as exc:
            if mirror is None or not is_connection_lost(exc):
                raise
            mirror.mark_unreachable()
    mirror = ready_mirror(mirror)
    at = utcnow()
    # Below every provisional id this journal ever gave (sent ones included) and every row of
    # the mirror: a provisional id never names two people.
    pid = min(journal.lowest_provisional_id(), mirror.lowest_id()) - 1
    code = provisional_code()
    journal.record(
        "walk_in",
        pid,
        code,
        "checked_in",
        "",
        desk,
        operator,
        at=at,
        detail=attempt.detail({"fields": values}),
    )
    mirror.add_provisional(pid, values, code, desk, at)
    with mirror.session() as s:
        card = ck.load_card(s, pid)
        assert card is not None
        note = ck.staff_note_for(ck._event_keys(s), card)
    result = ck.ScanResult(ck.Outcome.CHECKED_IN, ck.SAID_CHECKED_IN, card, note, 0)
    return DeskWalkIn(result, journaled=True, waiting=journal.count_waiting(), offline=True)


def replay_walk_in(
    session: Session, event: Any, entry: JournalEntry
) -> tuple[int, dict[str, Any] | None]:
    """Register a walk-in kept in the journal, checked in at its own time; returns the new
    attendee's id and the likely duplicate found on the server (reported, not merged)."""
    from desktop.core.attendees import add_attendees, find_duplicates, get_card

    values = dict(entry.detail.get("fields") or {})
    duplicates = find_duplicates(session, values)
    (new_id,) = add_attendees(session, event, [values], [[(entry.code, PROVISIONAL_SOURCE)]])
    session.execute(
        update(_A)
        .where(_A.c.id == new_id)
        .values(checked_in_at=entry.at, checked_in_desk=entry.desk[:100])
    )
    ck._log(
        session, event, "checked_in", new_id, entry.code, entry.desk, entry.operator, at=entry.at
    )
    details = {
        "detail": "walk-in (offline)",
        "fields": values,
        "provisional_id": entry.attendee_id,
        "provisional_code": entry.code,
    }
    write_audit(
        session, event.id, Action.ATTENDEE_REGISTER, new_id, details, entry.desk, entry.operator
    )
    found = None
    if duplicates:
        card = get_card(session, new_id)
        found = {
            "attendee_id": str(new_id),
            "name": card.display_name,
            "desk": entry.desk,
            "at": entry.at.isoformat(),
            "like": [{"attendee_id": str(d.id), "name": d.display_name} for d in duplicates[:5]],
        }
        write_audit(
            session, event.id, Action.WALK_IN_DUPLICATE, new_id, found, entry.desk, entry.operator
        )
    return new_id, found


def current_id(journal: DeskJournal, mirror: Mirror | None, attendee_id: int) -> int:
    """The id the desk should use now for a person it knows: a provisional walk-in whose
    record the mirror already has from the server (after a send and a refresh) goes by the
    server's id; any other id is returned as it is."""
    if attendee_id >= 0 or mirror is None or mirror.has_attendee(attendee_id):
        return attendee_id
    walk_in = journal.walk_in(attendee_id)
    owner = mirror.ticket_owner(walk_in[1]) if walk_in else None
    return owner if owner is not None and owner > 0 else attendee_id


def is_provisional_code(raw: str) -> bool:
    """Whether a scanned code is a provisional walk-in code (`WALKIN-...`)."""
    return raw.strip().upper().startswith(CODE_PREFIX)


def resolve(
    session: Session, journal: DeskJournal, attendee_id: int, known: dict[int, int]
) -> int | None:
    """The server's id of an attendee named in the journal: a provisional (negative) id is
    the one its walk-in was given when sent (found again from the server's receipt)."""
    if attendee_id >= 0:
        return attendee_id
    if attendee_id in known:
        return known[attendee_id]
    walk_in = journal.walk_in(attendee_id)
    if walk_in is None:
        return None
    real = session.scalar(
        select(AuditLog.entity_id).where(
            AuditLog.action == Action.JOURNAL_APPLIED, AuditLog.entity == f"journal:{walk_in[0]}"
        )
    )
    if real is not None:
        known[attendee_id] = int(real)
    return known.get(attendee_id)
