"""Backups of a store: an SQLite file copy (online backup API) or a JSON dump of every table."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, MetaData, select


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
