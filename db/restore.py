"""`restore_backup`: bring an event back from a backup, on SQLite or PostgreSQL.

- SQLite backup onto an SQLite event file: the backup is checked (integrity, schema), the
  current file is kept aside as `NAME.replaced-TIMESTAMP.sqlite`, the copy is put in place.
  Refused while another desk or program has the file open.
- A dump (or an SQLite backup) into an empty database of either kind: the schema is created at
  the backup's revision, every row is loaded in one transaction, then the store is upgraded to
  this Confdesk's schema as on any open. A database that already holds tables is refused.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from db.backup import (
    _dump_header,
    backup_kind,
    check_sqlite_backup,
    dump_tables,
    load_dump,
    restore_sqlite_file,
)
from db.engine import (
    SQLITE_BEGIN,
    _alembic_config,
    describe,
    known_revisions,
    make_engine,
    open_store,
    resolve_url,
)
from db.errors import StoreError
from db.words import refusal


@dataclass
class Restored:
    target: str
    kind: str  # "file" (SQLite copy put in place) or "load" (rows loaded)
    rows: int = 0
    kept_aside: Path | None = None


def restore_backup(backup: Path, db: str | None = None) -> Restored:
    """Restore `backup` into the store named by `db` (a path or URL, as for open_store)."""
    backup = Path(backup).expanduser()
    kind = backup_kind(backup)
    url = resolve_url(db)
    u = make_url(url)
    if kind == "sqlite":
        revision = check_sqlite_backup(backup)
        _known(revision)
        if u.get_backend_name() == "sqlite" and u.database:
            aside = restore_sqlite_file(backup, Path(u.database))
            open_store(str(u.database)).close()  # upgrades an older backup, after a backup
            return Restored(describe(url), "file", kept_aside=aside)
        with tempfile.TemporaryDirectory() as tmp:
            source = make_engine(f"sqlite:///{backup}")
            try:
                dump = dump_tables(source, Path(tmp) / "backup.jsonl")
            finally:
                source.dispose()
            return _load(dump, url)
    return _load(backup, url)


def _known(revision: str | None) -> None:
    if revision not in known_revisions():
        raise StoreError(
            refusal(
                "the backup was written by a newer Confdesk (schema {revision}); install it to restore",
                revision=revision,
            )
        )


def _load(dump: Path, url: str) -> Restored:
    from alembic import command

    revision = _dump_header(dump).get("revision")
    _known(revision)
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database:
        path = Path(u.database)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError(
                refusal(
                    "{path} already exists: restore a dump into a new file or an empty database",
                    path=path,
                )
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        with engine.execution_options(**{SQLITE_BEGIN: "BEGIN IMMEDIATE"}).begin() as conn:
            if set(inspect(conn).get_table_names()):
                raise StoreError(
                    refusal(
                        "{describe} is not empty: restore into a new, empty database",
                        describe=describe(url),
                    )
                )
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, str(revision))
            if conn.dialect.name == "sqlite":
                conn.execute(text("PRAGMA defer_foreign_keys=ON"))
            rows = load_dump(conn, dump)
    finally:
        engine.dispose()
    open_store(url).close()  # on to this Confdesk's schema, as any open does
    return Restored(describe(url), "load", rows=rows)
