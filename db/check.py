"""`check_store`: a full check of the event database, for `confdesk check` and the app.

SQLite: `PRAGMA integrity_check` (every page, index and constraint), the foreign keys and the
search indexes' own integrity checks. PostgreSQL keeps its own pages safe; there the check
reads every table once, so a broken table or a lost connection is found before the event.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import MetaData, func, select

from db.engine import Store


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def quick_check(store: Store) -> CheckReport:
    """The fast form (SQLite's quick_check: pages and their structure, not index contents)."""
    return _sqlite_check(store, "quick_check") if store.is_sqlite else CheckReport()


def check_store(store: Store, progress=None) -> CheckReport:  # type: ignore[no-untyped-def]
    """Every check there is for this backend; `problems` empty when all is well."""
    if store.is_sqlite:
        return _sqlite_check(store, "integrity_check", full=True)
    report = CheckReport()
    meta = MetaData()
    with store.engine.connect() as conn:
        meta.reflect(bind=conn)
        for table in meta.sorted_tables:
            try:
                conn.execute(select(func.count()).select_from(table)).scalar()
                report.checked.append(table.name)
            except Exception as exc:  # a broken table: say which, go on with the others
                report.problems.append(f"table {table.name}: {type(exc).__name__}")
    return report


def _sqlite_check(store: Store, pragma: str, full: bool = False) -> CheckReport:
    report = CheckReport()
    path = store.sqlite_path
    assert path is not None
    # Its own connection, reading in autocommit: the page checks hold no lock a desk waits on.
    conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    try:
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(100)")]
        except sqlite3.DatabaseError as exc:
            report.problems.append(f"the file cannot be read as a database ({exc})")
            return report
        report.checked.append(pragma)
        if rows != ["ok"]:
            report.problems.extend(rows)
        if not full or report.problems:
            return report
        bad_keys = conn.execute("PRAGMA foreign_key_check").fetchall()
        report.checked.append("foreign keys")
        for table, rowid, parent, _ in bad_keys[:20]:
            report.problems.append(f"{table} row {rowid} points to a missing {parent}")
        indexes = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL%'"
            )
        ]
        for name in indexes:
            # FTS5 checks itself through an INSERT that changes nothing; rolled back all the same.
            conn.execute("BEGIN")
            try:
                conn.execute(f'INSERT INTO "{name}"("{name}") VALUES(\'integrity-check\')')
                report.checked.append(f"search index {name}")
            except sqlite3.DatabaseError:
                report.problems.append(f"the search index {name} does not match the attendees")
            finally:
                conn.execute("ROLLBACK")
    finally:
        conn.close()
    return report


def check_text(report: CheckReport) -> str:
    return "; ".join(report.problems[:5]) + (" ..." if len(report.problems) > 5 else "")


__all__ = ["CheckReport", "check_store", "check_text", "quick_check"]
