"""Backups and restores of a store: an SQLite file copy or a JSON-lines dump of every table.

- An SQLite store is copied with SQLite's online backup API (WAL included, consistent).
- A PostgreSQL store is dumped in ONE repeatable-read, read-only transaction, so the check-in
  log and the attendees' check-in state in the dump belong to the same instant, while desks go
  on scanning.
- A backup is written under a `.partial` name, flushed to disk and only then renamed: a backup
  cut short (full disk, kill) never carries a good backup's name, and no 0-byte file is left.
- Backups hold the event's signing key and every badge code: they are created readable by
  their owner only (mode 0600).
- `restore_backup` puts an SQLite copy back in place of the event file (keeping the current
  file aside) or loads a dump into an empty database of either kind.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, DateTime, Engine, MetaData, Table, select, text
from sqlalchemy.engine import make_url

from db.errors import StoreError
from db.paths import data_dir
from db.words import Words, refusal

DUMP_FORMAT = "confdesk-dump"
SQLITE_MAGIC = b"SQLite format 3\x00"


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _partial(dest: Path) -> Path:
    return dest.with_name(dest.name + ".partial")


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def private_file(dest: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write `dest` as a new owner-only file, atomically: under a .partial name, flushed,
    then renamed. On any error the partial file is removed and `dest` is untouched."""
    tmp = _partial(dest)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
            yield fh
            fh.flush()
        _put_in_place(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _put_in_place(tmp: Path, dest: Path) -> None:
    """The complete `tmp` on disk, then under its real name (the rename is the commit)."""
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    _fsync_dir(dest.parent)


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Copy a live SQLite database consistently (WAL included) to `dest` (mode 0600)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _partial(dest)
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        source = sqlite3.connect(src)
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        finally:
            target.close()
            source.close()
        _put_in_place(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def dump_tables(engine: Engine, dest: Path) -> Path:
    """Dump every table as JSON lines, all read in one snapshot.

    First line: {"format": "confdesk-dump", "revision": ..., "dialect": ...}; then one
    {"table": ..., "row": {...}} per row, parents before children.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    meta = MetaData()
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SET TRANSACTION READ ONLY"))
            meta.reflect(bind=conn)
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            with private_file(dest) as out:
                header = {"format": DUMP_FORMAT, "revision": revision, "dialect": conn.dialect.name}
                out.write(json.dumps(header) + "\n")
                for table in meta.sorted_tables:
                    if table.name == "alembic_version" or _is_search_table(table.name):
                        continue
                    for row in conn.execute(select(table)).mappings():
                        record = {k: _jsonable(v) for k, v in row.items()}
                        out.write(json.dumps({"table": table.name, "row": record}) + "\n")
    return dest


def _is_search_table(name: str) -> bool:
    # SQLite's FTS5 index tables are rebuilt from the attendee rows, never dumped.
    return name.startswith(("attendee_tri", "attendee_words"))


def write_backup(engine: Engine, url: str, label: str = "manual", dest: Path | None = None) -> Path:
    """Back up the store: SQLite file copy, or a JSON-lines dump for PostgreSQL.

    An explicit `dest` must not exist yet and its folder must be writable.
    """
    if dest is not None:
        if dest.exists():
            raise StoreError(
                refusal("{dest} already exists; choose another name for the backup", dest=dest)
            )
        if not dest.parent.is_dir() or not os.access(dest.parent, os.W_OK):
            raise StoreError(
                refusal(
                    "cannot write the backup to {dest}: folder missing or not writable", dest=dest
                )
            )
    try:
        return _write_backup(engine, url, label, dest)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(_write_failure(dest, exc)) from None


def _write_failure(dest: Path | None, exc: Exception) -> Words:
    where = dest or refusal("the backup folder")
    errno_ = getattr(exc, "errno", None)
    text_ = str(exc).lower()
    if errno_ == 28 or "full" in text_:
        return refusal("the disk is full: no backup was written to {where}", where=where)
    if errno_ == 13 or "readonly" in text_ or "read-only" in text_:
        return refusal("cannot write the backup to {where}: permission denied", where=where)
    reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
    return refusal("cannot write the backup to {where}: {reason}", where=where, reason=reason)


def _write_backup(engine: Engine, url: str, label: str, dest: Path | None) -> Path:
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database:
        src = Path(u.database)
        target = dest or src.with_name(f"{src.stem}.{label}.{timestamp()}.sqlite")
        return backup_sqlite(src, target)
    target = dest or data_dir() / "backups" / f"{u.database}.{label}.{timestamp()}.jsonl"
    return dump_tables(engine, target)


AUTO = "auto"  # the label of scheduled backups, the only ones `auto_backup` ever removes


@dataclass(frozen=True)
class BackupFile:
    """One backup of the event found on disk, for choosing one to restore."""

    path: Path
    label: str  # "auto", "manual", "before-0007_assets", ...
    at: dt.datetime  # when it was written (local time of this computer)
    size: int

    @property
    def kind(self) -> str:
        if self.label == AUTO:
            return "automatic"
        if self.label.startswith("before-"):
            return "before an upgrade"
        return "by hand"


def _backups_folder_and_stem(url: str) -> tuple[Path, str, str]:
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database:
        src = Path(u.database)
        return src.parent, src.stem, ".sqlite"
    return data_dir() / "backups", str(u.database), ".jsonl"


def list_backups(url: str) -> list[BackupFile]:
    """The event's complete backups where Confdesk writes them, the newest first."""
    folder, stem, suffix = _backups_folder_and_stem(url)
    out = []
    for p in folder.glob(f"{glob.escape(stem)}.*.*{suffix}"):
        middle = p.name[len(stem) + 1 : -len(suffix)]
        label, _, stamp = middle.rpartition(".")
        if "." in label:
            continue  # another event's ("summit.day2.auto...." is not "summit"'s)
        try:
            at = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
            size = p.stat().st_size
        except (ValueError, OSError):
            continue  # not one of ours (or gone meanwhile)
        if label and ".replaced-" not in p.name:
            out.append(BackupFile(p, label, at, size))
    return sorted(out, key=lambda b: (b.at, b.path.name), reverse=True)


def auto_backup(engine: Engine, url: str, keep: int) -> Path:
    """A scheduled backup; then only the newest `keep` automatic ones are kept (backups made
    by hand or before an upgrade are never removed). The new one is whole before any goes."""
    if keep < 1:
        raise StoreError(refusal("keep at least one automatic backup"))
    path = write_backup(engine, url, label=AUTO)
    autos = [b for b in list_backups(url) if b.label == AUTO and b.path != path]
    for old in autos[keep - 1 :]:
        old.path.unlink(missing_ok=True)
    return path


def newest_backup(db: Path) -> Path | None:
    """The newest complete backup written next to an SQLite event file, if any."""
    found = [
        p
        for p in db.parent.glob(f"{db.stem}.*.sqlite")
        if p != db and ".replaced-" not in p.name and not p.name.endswith(".partial")
    ]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


# ---------------------------------------------------------------------------------- restore


def backup_kind(path: Path) -> str:
    """ "sqlite" or "dump"; StoreError for anything else."""
    if not path.is_file():
        raise StoreError(refusal("no backup at {path}", path=path))
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    first = head.split(b"\n", 1)[0]
    try:
        header = json.loads(first)
    except ValueError:
        header = None
    if isinstance(header, dict) and header.get("format") == DUMP_FORMAT:
        return "dump"
    raise StoreError(
        refusal("{path} is not a Confdesk backup (neither an event file nor a dump)", path=path)
    )


def check_sqlite_backup(path: Path) -> str:
    """The schema revision of an SQLite backup after a full integrity check."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StoreError(
                    refusal("{path} is damaged (integrity check failed); choose another", path=path)
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        raise StoreError(refusal("{path} is damaged or not a Confdesk backup", path=path)) from None
    if not row:
        raise StoreError(refusal("{path} is not a Confdesk backup (no schema revision)", path=path))
    return str(row[0])


def in_use_elsewhere(path: Path) -> bool:
    """Whether another connection (another desk or process) has the SQLite file open now.

    Every open WAL connection holds a shared lock on the file; an exclusive-mode write
    transaction can start only when there is none.
    """
    if not path.exists():
        return False
    conn = sqlite3.connect(path, timeout=0.2, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def restore_sqlite_file(backup: Path, target: Path) -> Path | None:
    """Put an SQLite backup in place of `target`; returns where the replaced file went."""
    check_sqlite_backup(backup)
    if backup.resolve() == target.resolve():
        raise StoreError(refusal("the backup and the event file are the same file"))
    if in_use_elsewhere(target):
        raise StoreError(
            refusal(
                "{target} is open at another desk or in another program: close it there first",
                target=target,
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(target.name + ".restoring")
    staged.unlink(missing_ok=True)
    backup_sqlite(backup, staged)
    aside = None
    if target.exists():
        aside = target.with_name(f"{target.stem}.replaced-{timestamp()}{target.suffix}")
        # The current file first gets its WAL folded in, so the copy kept aside is whole.
        conn = sqlite3.connect(target)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        os.replace(target, aside)
        for extra in ("-wal", "-shm"):
            Path(f"{target}{extra}").unlink(missing_ok=True)
    os.replace(staged, target)
    _fsync_dir(target.parent)
    return aside


def _dump_header(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        header: dict[str, Any] = json.loads(fh.readline())
        return header


def _parse(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in row.items():
        column = table.columns.get(key)
        if column is None:
            raise StoreError(
                refusal(
                    "the dump has a column {name}.{key} this schema lacks", name=table.name, key=key
                )
            )
        if isinstance(value, str) and isinstance(column.type, DateTime):
            value = dt.datetime.fromisoformat(value)
        out[key] = value
    return out


def load_dump(conn: Connection, path: Path, progress: Any = None) -> int:
    """Insert a dump's rows into an empty schema at the dump's revision; returns rows."""
    meta = MetaData()
    meta.reflect(bind=conn)
    total = 0
    batch: dict[str, list[dict[str, Any]]] = {}

    def flush() -> None:
        for name, rows in batch.items():
            if rows:
                conn.execute(meta.tables[name].insert(), rows)
        batch.clear()

    with path.open(encoding="utf-8") as fh:
        fh.readline()
        pending = 0
        last_table = None
        for line in fh:
            record = json.loads(line)
            name = record["table"]
            if name not in meta.tables:
                raise StoreError(
                    refusal("the dump holds a table {name} this schema lacks", name=repr(name))
                )
            if name != last_table:  # keep the dump's parent-before-child order
                flush()
                last_table = name
            batch.setdefault(name, []).append(_parse(meta.tables[name], record["row"]))
            pending += 1
            total += 1
            if pending >= 2000:
                flush()
                pending = 0
        flush()
    if conn.dialect.name == "postgresql":
        for table in meta.sorted_tables:
            if "id" in table.columns and table.columns["id"].autoincrement:
                conn.execute(
                    text(
                        "SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                        f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
                    ),
                    {"t": table.name},
                )
    return total
