"""Damage an event file the way a failing disk does, for the tests of what the app and the
command line then say."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def damage_attendee_pages(db: Path) -> None:
    """Overwrite a page of the attendee table with junk, as a failing disk might."""
    conn = sqlite3.connect(db)
    root = conn.execute("select rootpage from sqlite_master where name='attendee'").fetchone()[0]
    page_size = conn.execute("pragma page_size").fetchone()[0]
    conn.execute("pragma wal_checkpoint(TRUNCATE)")
    conn.close()
    # An interior page of the attendee table's b-tree: every row lookup goes through it.
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d\xff\xff\xff" + os.urandom(page_size - 4))
