"""A desk on a PostgreSQL event for the offline tests: the event with its people, the desk's
store, journal and mirror, and whether someone is checked in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select

from db.engine import Store, open_store
from db.models import Attendee
from desktop.core import attendees as core
from desktop.core.desk_journal import DeskJournal
from desktop.core.events import create_event
from desktop.core.mirror import Mirror


def pg_event(url: str, name: str, people: list[dict[str, str]]) -> tuple[list[int], list[str]]:
    """A new event on the server with these people: their ids and badge codes."""
    admin = open_store(url, create=True)
    try:
        with admin.session() as s:
            ids = core.add_attendees(s, create_event(s, name, "Asia/Hong_Kong"), people)
            return ids, [core.get_card(s, i).badge_code for i in ids]
    finally:
        admin.close()


def is_checked_in(store: Store, attendee_id: int) -> bool:
    """Whether the store holds a check-in for the attendee (read in a session of its own)."""
    with store.factory() as s:
        return (
            s.scalar(select(Attendee.checked_in_at).where(Attendee.id == attendee_id)) is not None
        )


@contextmanager
def desk_on(url: str, folder: Path) -> Iterator[tuple[Store, DeskJournal, Mirror]]:
    """The desk's store, journal and mirror (refreshed once, as the desk does at start),
    closed afterwards."""
    store = open_store(url)
    journal = DeskJournal(folder / "journal.sqlite")
    mirror = Mirror(folder / "mirror.sqlite")
    try:
        with store.factory() as s:
            mirror.refresh(s)
        yield store, journal, mirror
    finally:
        store.close()
        journal.close()
        mirror.close()
