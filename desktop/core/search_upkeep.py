"""Search texts written by an older Confdesk, brought up to date when an event is opened.

`attendee.search_text` is made by desktop.core.attendees.search_text_for whenever a person is
added or changed. When what it holds grows (version 2: the romanizations of Chinese names,
desktop.core.romanize), the people stored before are refreshed once, the first time the event
is opened by a Confdesk that knows more: rows whose text changes are rewritten in one
transaction (their `updated_at` moves, so the desks' mirrors fetch them too) and the event
records the version in its settings. Several desks opening the event at once: one refreshes,
the others wait on the event's row and find it done.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db.engine import Store
from db.errors import StoreError
from db.models import Attendee, Event, table
from db.search import ROMAN_MARK
from desktop.base.han import has_han
from desktop.core.romanize import with_romanizations

SEARCH_TEXT_VERSION = 2
_SETTING = "search_text_version"
_BATCH = 2000


def current_version(event: Event) -> int:
    """The search-text version the event's people were written with (1 before it was kept)."""
    value = (event.settings or {}).get(_SETTING, 1)
    return value if isinstance(value, int) else 1


def mark_current(event: Event) -> None:
    """Record that the event's search texts are today's (a new event, a finished refresh)."""
    event.settings = {**(event.settings or {}), _SETTING: SEARCH_TEXT_VERSION}


def refreshed_text(old: str, given: str, family: str, local: str) -> str:
    """`old` with its romanized part made again from the name fields (the fields as written
    are kept: search_text_for made them from the same row)."""
    return with_romanizations(old.split(ROMAN_MARK, 1)[0], given, family, local)


def refresh_search_texts(session: Session) -> int:
    """Bring the event's search texts to SEARCH_TEXT_VERSION if they are older; returns how
    many people's texts changed (0 when they were current). Commits nothing itself."""
    query = select(Event).order_by(Event.id).limit(1)
    event = session.scalar(query)
    if event is None or current_version(event) >= SEARCH_TEXT_VERSION:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        # Another desk may be refreshing: wait for it on the event's row, then look again.
        event = session.scalar(query.with_for_update())
        if event is None or current_version(event) >= SEARCH_TEXT_VERSION:
            return 0
    a = table(Attendee)
    rows = session.execute(
        select(a.c.id, a.c.search_text, a.c.given_name, a.c.family_name, a.c.name_local).where(
            a.c.event_id == event.id
        )
    )
    changes: list[dict[str, object]] = []
    for aid, *values in rows:
        old, given, family, local = (str(v or "") for v in values)
        if not has_han(given + family + local) and ROMAN_MARK not in old:
            continue  # no Chinese name, and none before: nothing to romanize
        new = refreshed_text(old, given, family, local)
        if new != old:
            changes.append({"row_id": aid, "text": new})
    stmt = update(a).where(a.c.id == bindparam("row_id")).values(search_text=bindparam("text"))
    for i in range(0, len(changes), _BATCH):
        session.execute(stmt, changes[i : i + _BATCH])
    mark_current(event)
    session.flush()
    return len(changes)


def refresh_on_open(store: Store) -> int:
    """refresh_search_texts in a write transaction of its own, right after the store is opened
    (CLI and app); how many people's texts changed. A store that cannot be written now (a
    read-only file, a busy or damaged one) keeps its texts: search works as before, and the
    next opening tries again."""
    try:
        with store.session() as s:
            event = s.scalar(select(Event).order_by(Event.id).limit(1))
            if event is None or current_version(event) >= SEARCH_TEXT_VERSION:
                return 0
        with store.write_session() as s:
            return refresh_search_texts(s)
    except (StoreError, SQLAlchemyError, OSError):
        return 0
