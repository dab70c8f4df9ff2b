"""A desk on a PostgreSQL event for the offline tests: its store, journal and mirror."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.engine import Store, open_store
from desktop.core.desk_journal import DeskJournal
from desktop.core.mirror import Mirror


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
