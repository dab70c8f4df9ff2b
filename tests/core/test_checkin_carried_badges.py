"""Badges printed before an event moved to another database still check in there."""

from __future__ import annotations

from pathlib import Path

from db.engine import open_store
from db.models import Attendee
from desktop.core.attendees import add_attendees
from desktop.core.checkin import Outcome, scan
from desktop.core.events import create_event


def _event_with(path: Path, name: str, tickets: list[tuple[str, str]] | None = None) -> tuple:
    store = open_store(str(path), create=True)
    with store.session() as s:
        event = create_event(s, name)
        (aid,) = add_attendees(
            s, event, [{"given_name": "Tai Man", "family_name": "Chan"}], [tickets or []]
        )
    with store.session() as s:
        code = s.get(Attendee, aid).badge_code
    return store, aid, code


def test_old_badge_imported_as_ticket_code_checks_in(tmp_path: Path) -> None:
    laptop, _, old_code = _event_with(tmp_path / "laptop.sqlite", "Summit")
    venue, moved_id, _ = _event_with(tmp_path / "venue.sqlite", "Summit", [(old_code, "confdesk")])
    other, _, stranger = _event_with(tmp_path / "other.sqlite", "Another Conference")
    with venue.session() as s:
        result = scan(s, old_code, "Desk 1")
        assert (result.outcome, result.attendee.id) == (Outcome.CHECKED_IN, moved_id)
    with venue.session() as s:
        assert scan(s, stranger, "Desk 1").outcome is Outcome.OTHER_EVENT
    for store in (laptop, venue, other):
        store.close()
