"""Opening an event a second time in the same process keeps the first store's SQLite locks.

POSIX locks belong to the process: closing any descriptor of the file drops them all. The
store's own check of the file ("is this an SQLite database?") used to open and close it, so a
second store on the event (the app opening the event again, four walk-in loops in one
process) cost the first its locks, another process then deleted the live WAL, and the next
statement failed with "disk I/O error".
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from db.engine import open_store
from db.models import Attendee
from tests.locks import held_locks


def test_a_second_open_of_the_same_event_keeps_the_first_stores_locks(event_db: Path) -> None:
    first = open_store(str(event_db))
    with first.factory() as s:
        s.scalar(select(func.count()).select_from(Attendee))
    assert held_locks(event_db)
    second = open_store(str(event_db))
    assert held_locks(event_db), "opening the event again dropped the first store's locks"
    second.close()
    assert held_locks(event_db)
    first.close()
