"""Backups of a store: an SQLite file copy (online backup API) or a JSON dump of every table."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, MetaData, select
from sqlalchemy.engine import make_url

from db.errors import StoreError
from db.paths import data_dir


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Copy a live SQLite database consistently (WAL included) to `dest`."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(src) as source, sqlite3.connect(dest) as target:
        source.backup(target)
    return dest


def dump_tables(engine: Engine, dest: Path) -> Path:
    """Write every table of any backend as JSON lines (`{"table": ..., "row": {...}}`)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    meta = MetaData()
    meta.reflect(bind=engine)
    with engine.connect() as conn, dest.open("w", encoding="utf-8") as out:
        for table in meta.sorted_tables:
            for row in conn.execute(select(table)).mappings():
                out.write(json.dumps({"table": table.name, "row": dict(row)}, default=str))
                out.write("\n")
    return dest


def write_backup(engine: Engine, url: str, label: str = "manual", dest: Path | None = None) -> Path:
    """Back up the store: SQLite file copy, or a JSON-lines dump for PostgreSQL.

    An explicit `dest` must not exist yet and its folder must be writable.
    """
    if dest is not None:
        if dest.exists():
            raise StoreError(f"{dest} already exists; choose another name for the backup")
        if not dest.parent.is_dir() or not os.access(dest.parent, os.W_OK):
            raise StoreError(f"cannot write the backup to {dest}: folder missing or not writable")
    try:
        return _write_backup(engine, url, label, dest)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            f"cannot write the backup to {dest or 'the backup folder'}: {exc}"
        ) from None


def _write_backup(engine: Engine, url: str, label: str, dest: Path | None) -> Path:
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database:
        src = Path(u.database)
        target = dest or src.with_name(f"{src.stem}.{label}.{timestamp()}.sqlite")
        return backup_sqlite(src, target)
    target = dest or data_dir() / "backups" / f"{u.database}.{label}.{timestamp()}.jsonl"
    return dump_tables(engine, target)
