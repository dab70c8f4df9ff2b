"""Bulk writes: on SQLite, suspend the per-row search-index triggers and rebuild once.

FTS5 triggers cost more per row than the insert itself; for tens of thousands of rows one
`rebuild` of each external-content index after the insert is several times faster. The
triggers are dropped and re-created inside the caller's transaction, so a failure rolls the
whole thing back and the schema is never left without them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session


@contextmanager
def search_triggers_suspended(session: Session, table: str = "attendee") -> Iterator[None]:
    """Within the current transaction: drop `table`'s FTS triggers, then restore and rebuild."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    dbapi = session.connection().connection.dbapi_connection
    if dbapi is not None and not dbapi.in_transaction:
        # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE: a DROP
        # TRIGGER first in line would be committed at once, and a rollback would leave the
        # store without its search triggers.
        session.execute(text("BEGIN"))
    triggers = session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
        {"t": table},
    ).all()
    indexes = session.scalars(
        text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            " AND sql LIKE :content"
        ),
        {"content": f"%content='{table}%"},  # also views named {table}_...
    ).all()
    named = [(str(n), str(sql)) for n, sql in triggers]
    fts_triggers = [(n, sql) for n, sql in named if any(i in sql for i in indexes)]
    for name, _ in fts_triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _, sql in fts_triggers:
        session.execute(text(sql))
    for name in indexes:
        session.execute(text(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')'))
