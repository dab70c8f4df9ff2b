"""From a path or URL to a ready store: engine, pragmas, migrations, backups, clear refusals.

`open_store()` is the one way in. It
- resolves `--db` / `CONFDESK_DB` / the default file in the user's data folder;
- checks the file is an SQLite database (or the PostgreSQL server answers, within 5 s);
- refuses a database written by a newer Confdesk;
- upgrades an older one after writing a backup copy.
"""

from __future__ import annotations

import ast
import functools
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.backup import newest_backup, write_backup
from db.errors import (
    BusyError,
    DamagedStoreError,
    NewerSchemaError,
    ServerUnreachableError,
    StoreError,
    damage_message,
    describe_db_error,
    is_connection_lost,
    is_damage,
)
from db.paths import data_dir as data_dir  # re-exported: callers find it here
from db.paths import default_db_path
from db.words import refusal

if TYPE_CHECKING:
    from alembic.config import Config

ENV_VAR = "CONFDESK_DB"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def resolve_url(db: str | None = None) -> str:
    """`--db` value (path or URL), else `CONFDESK_DB`, else the default event file."""
    value = db or os.environ.get(ENV_VAR) or str(default_db_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _parse_url(url: str) -> URL:
    """The URL, checked: a clear line for a malformed one (never its password)."""
    try:
        u = make_url(url)
        _ = u.port
    except (ValueError, ArgumentError):
        raise StoreError(
            refusal(
                "not a valid database URL (postgresql+psycopg://USER@HOST:PORT/DATABASE, the port a number); or give a file path"
            )
        ) from None
    if u.port is not None and not 0 < u.port < 65536:
        raise StoreError(
            refusal("the database URL's port {port} is out of range (1-65535)", port=u.port)
        )
    return u


def describe(url: str) -> str:
    """A URL fit for messages: the file path, or the server without its password."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return u.database or ":memory:"
    return u.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so DDL (a schema
    # upgrade) and reads ran outside any transaction. Confdesk issues BEGIN itself instead
    # (_sqlite_begin): every transaction is real, DDL included, and a killed upgrade leaves
    # nothing half made.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


# Execution option naming the statement that opens a transaction on SQLite: "BEGIN" (reads;
# the write lock is taken at the first write) or "BEGIN IMMEDIATE" (writers: the lock is taken
# first, so whatever the transaction reads before writing, such as the next free number, cannot
# change under it, and waiting for another writer happens under busy_timeout).
SQLITE_BEGIN = "confdesk_sqlite_begin"


# Execution option: how long (ms) this transaction's BEGIN may wait for another writer; the
# desk's scans ask for a short wait and fall back to the desk journal (desktop.core.desk_journal).
SQLITE_BUSY_MS = "confdesk_sqlite_busy_ms"
DEFAULT_BUSY_MS = 10000


def _sqlite_begin(conn: Connection) -> None:
    options = conn.get_execution_options()
    conn.exec_driver_sql(f"PRAGMA busy_timeout={int(options.get(SQLITE_BUSY_MS, DEFAULT_BUSY_MS))}")
    conn.exec_driver_sql(options.get(SQLITE_BEGIN, "BEGIN"))


# Stores (by URL) found damaged in this process: every later write to them is refused.
_DAMAGED: set[str] = set()


def _on_error(ctx: ExceptionContext) -> BaseException | None:
    """A damaged file is said once, plainly, and stops writing for the rest of the process;
    an I/O error on a full disk says the disk is full."""
    exc = ctx.original_exception
    if exc is not None and is_damage(exc):
        url = ctx.engine.url.render_as_string(hide_password=False) if ctx.engine else ""
        _DAMAGED.add(url)
        return DamagedStoreError(damage_message(_where(ctx.engine), _newest_backup(ctx.engine)))
    if isinstance(exc, sqlite3.OperationalError) and ctx.engine is not None:
        db = ctx.engine.url.database
        if (
            db
            and ("i/o error" in str(exc).lower() or "full" in str(exc).lower())
            and disk_full(Path(db))
        ):
            return StoreError(refusal("the disk is full: nothing was written"))
    return None


def read_only(path: Path) -> bool:
    """Whether the file's folder cannot be written (read-only disk or permissions)."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def disk_full(path: Path) -> bool:
    """Whether the disk holding `path` has (next to) no room left."""
    try:
        st = os.statvfs(path.parent if not path.is_dir() else path)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 512 * 1024


def _where(engine: Engine | None) -> str:
    if engine is None:
        return "the event database"
    return describe(engine.url.render_as_string(hide_password=False))


def _newest_backup(engine: Engine | None) -> str | None:
    if engine is None or engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    found = newest_backup(Path(engine.url.database))
    return str(found) if found else None


def make_engine(url: str) -> Engine:
    """An engine with the house settings for SQLite (WAL, FKs, busy timeout) or PostgreSQL."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        # hide_parameters: people's names and notes never reach an error message or the log.
        engine = create_engine(url, connect_args={"timeout": 10}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "handle_error", _on_error)
        return engine
    if u.get_backend_name() == "postgresql":
        engine = create_engine(
            url,
            # A desk must notice a dead server or a cut cable within seconds: a short connect
            # timeout, TCP keepalives and a user timeout on every connection.
            connect_args={
                "connect_timeout": 3,
                "application_name": "confdesk",
                "keepalives": 1,
                "keepalives_idle": 5,
                "keepalives_interval": 1,
                "keepalives_count": 2,
                "tcp_user_timeout": 3000,
            },
            pool_pre_ping=True,
            hide_parameters=True,
        )
        event.listen(engine, "handle_error", _on_error)
        return engine
    raise StoreError(
        refusal(
            "unsupported database URL {describe}: use a file path or postgresql+psycopg://",
            describe=repr(describe(url)),
        )
    )


def _alembic_config() -> Config:
    # Alembic is imported only when a store is opened: `confdesk --help` stays quick.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION_RE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(.+?)\s*$", re.MULTILINE)


@functools.cache
def _revision_graph() -> tuple[str, frozenset[str]]:
    """(head, all revisions) read from the migration files' `revision = ...` lines.

    Opening a store only needs these two facts; reading them this way keeps Alembic (0.4 s
    of imports) out of every start where no upgrade is due. tests/db/test_store.py checks
    the answer against Alembic's own.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values = {
            m.group(1): m.group(2) for m in _REVISION_RE.finditer(path.read_text(encoding="utf-8"))
        }
        revisions.add(ast.literal_eval(values["revision"]))
        down = ast.literal_eval(values.get("down_revision", "None"))
        parents.update([down] if isinstance(down, str) else (down or ()))
    heads = revisions - parents
    if len(heads) != 1:
        raise StoreError(
            refusal("the migrations have {count} heads; this Confdesk is damaged", count=len(heads))
        )
    return heads.pop(), frozenset(revisions)


def head_revision() -> str:
    """The schema revision this Confdesk writes."""
    return _revision_graph()[0]


def known_revisions() -> set[str]:
    """Every schema revision this Confdesk knows (older ones can be upgraded)."""
    return set(_revision_graph()[1])


# SQLite files (st_dev, st_ino) this process has open through a Store, with a count.
_OPEN_FILES: dict[tuple[int, int], int] = {}
# Every store opened and not closed since track_open_stores(), for close_open_stores().
_OPEN_STORES: dict[int, Store] | None = None


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _is_sqlite(path: Path) -> bool:
    """Whether the file starts with SQLite's header.

    POSIX locks belong to the process, and closing any descriptor of a database file drops
    every lock this process holds on it: reading the header of an event this process already
    has open would cost the open store its locks (another process then deletes the live WAL).
    Such a file is known good and is not read again.
    """
    key = _file_key(path)
    if key is not None and _OPEN_FILES.get(key):
        return True
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _check_sqlite_file(path: Path, create: bool, make_folders: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise StoreError(refusal("{path} is a folder, not a Confdesk database", path=path))
        if not os.access(path, os.R_OK):
            raise StoreError(refusal("cannot read {path}: permission denied", path=path))
        size = path.stat().st_size
        if size and not _is_sqlite(path):
            raise StoreError(
                refusal("{path} is not a Confdesk database (not an SQLite file)", path=path)
            )
        if not size and not create:  # an empty file: leave it as it is
            raise StoreError(
                refusal(
                    "{path} is empty, not a Confdesk database; create one with `confdesk init` or `confdesk demo`",
                    path=path,
                )
            )
        return
    if not create:
        raise StoreError(
            refusal(
                "no database at {path}; create one with `confdesk init --name NAME` or `confdesk demo`",
                path=path,
            )
        )
    folder = path.parent
    if not folder.is_dir():
        if not make_folders:  # a mistyped --db path must not grow folders all over the disk
            raise StoreError(
                refusal(
                    "cannot create {path}: the folder {folder} does not exist",
                    path=path,
                    folder=folder,
                )
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                refusal(
                    "cannot create folder {folder}: {value}",
                    folder=folder,
                    value=exc.strerror or exc,
                )
            ) from None
    if not os.access(folder, os.W_OK):
        raise StoreError(
            refusal("cannot write to folder {folder}: permission denied", folder=folder)
        )


def _connect_error(url: str, exc: Exception) -> StoreError:
    u = make_url(url)
    reason = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    text = reason[0] if reason else type(exc).__name__
    if u.get_backend_name() == "sqlite":
        if u.database and disk_full(Path(u.database)):
            return StoreError(
                refusal(
                    "the disk is full: cannot open {describe}; nothing was written",
                    describe=describe(url),
                )
            )
        if u.database and read_only(Path(u.database)):
            return StoreError(
                refusal(
                    "the event file {describe} is on a read-only disk or folder: nothing was written",
                    describe=describe(url),
                )
            )
        known = describe_db_error(exc)
        if known:
            return StoreError(
                refusal("cannot open {describe}: {known}", describe=describe(url), known=known)
            )
        return StoreError(
            refusal("cannot open {describe}: {text}", describe=describe(url), text=text)
        )
    where = f"{u.host or 'localhost'}:{u.port or 5432}"
    message = refusal(
        "cannot connect to PostgreSQL at {where} (database {database}): {text}",
        where=where,
        database=repr(u.database),
        text=text,
    )
    # A refused password or a missing database is an answer, not an outage.
    answered = ("authentication", "password", "does not exist", "permission denied")
    if is_connection_lost(exc) and not any(w in text.lower() for w in answered):
        return ServerUnreachableError(message)
    return StoreError(message)


@dataclass
class Store:
    """An open, migrated store. `session()` gives a Session in a transaction."""

    url: str
    engine: Engine
    factory: sessionmaker[Session]
    backup_path: Path | None = None
    _writer_factory: sessionmaker[Session] | None = field(default=None, repr=False)
    _file_key: tuple[int, int] | None = field(default=None, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return (
            Path(self.engine.url.database) if self.is_sqlite and self.engine.url.database else None
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        with self.factory() as s, s.begin():
            yield s

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session for a write: on SQLite it holds the write lock from its first statement
        (BEGIN IMMEDIATE), so numbers it reads and then writes stay its own. Refused once the
        store was found damaged."""
        if self.damaged:
            raise DamagedStoreError(damage_message(describe(self.url), _newest_backup(self.engine)))
        with self.writer_factory() as s, s.begin():
            yield s

    @property
    def damaged(self) -> bool:
        return self.engine.url.render_as_string(hide_password=False) in _DAMAGED

    def mark_damaged(self) -> None:
        """Stop writing to this store (a full check found damage)."""
        _DAMAGED.add(self.engine.url.render_as_string(hide_password=False))

    @contextmanager
    def quick_write_session(self, wait_ms: int) -> Iterator[Session]:
        """A write session whose start waits at most `wait_ms` for another writer (SQLite);
        raises BusyError when the event stays busy that long."""
        if self.damaged:
            raise DamagedStoreError(damage_message(describe(self.url), _newest_backup(self.engine)))
        bind = self.engine.execution_options(
            **{SQLITE_BEGIN: "BEGIN IMMEDIATE", SQLITE_BUSY_MS: wait_ms}
        )
        try:
            with Session(bind, expire_on_commit=False) as s, s.begin():
                s.connection()  # BEGIN IMMEDIATE now: a busy event is known before any work
                yield s
        except OperationalError as exc:
            if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
                raise BusyError(
                    refusal("the event is busy (another desk or an import is writing)")
                ) from None
            raise

    @property
    def writer_factory(self) -> sessionmaker[Session]:
        if self._writer_factory is None:
            bind = self.engine.execution_options(**{SQLITE_BEGIN: "BEGIN IMMEDIATE"})
            self._writer_factory = sessionmaker(bind, expire_on_commit=False)
        return self._writer_factory

    def close(self) -> None:
        self.engine.dispose()
        if _OPEN_STORES is not None:
            _OPEN_STORES.pop(id(self), None)
        key = self._file_key
        if key is not None and _OPEN_FILES.get(key):
            _OPEN_FILES[key] -= 1
            if not _OPEN_FILES[key]:
                del _OPEN_FILES[key]
            self._file_key = None


def _read_revision(conn: Connection) -> tuple[str | None, set[str]]:
    tables = set(inspect(conn).get_table_names())
    current = None
    if "alembic_version" in tables:
        current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return current, tables


def _check_revision(url: str, current: str | None, tables: set[str]) -> None:
    head = head_revision()
    if current is None and tables - {"alembic_version"}:
        raise StoreError(
            refusal(
                "{describe} holds tables that are not a Confdesk database", describe=describe(url)
            )
        )
    if current is not None and current != head and current not in known_revisions():
        raise NewerSchemaError(
            refusal(
                "{describe} was written by a newer Confdesk (schema {current}); this version knows schema {head}. Install the newer Confdesk to open it.",
                describe=describe(url),
                current=current,
                head=head,
            )
        )


def _migrate(engine: Engine, url: str, upgrade: bool) -> Path | None:
    with engine.connect() as conn:
        current, tables = _read_revision(conn)
    head = head_revision()
    if current == head:
        return None
    _check_revision(url, current, tables)
    if not upgrade:
        raise StoreError(
            refusal(
                "{describe} needs an upgrade to schema {head}", describe=describe(url), head=head
            )
        )
    return _upgrade(engine, url)


def _upgrade(engine: Engine, url: str) -> Path | None:
    """Upgrade to head in ONE transaction that also holds the write lock (SQLite) or an
    advisory lock (PostgreSQL): a kill midway leaves the old schema whole, and when several
    desks open an old file at once one upgrades and the others find it done."""
    from alembic import command

    head = head_revision()
    # Another desk may be upgrading this very file: wait for it (up to 2 minutes) rather than
    # fail, then find the upgrade done.
    locked = engine.execution_options(**{SQLITE_BEGIN: "BEGIN IMMEDIATE", SQLITE_BUSY_MS: 120_000})
    with locked.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7716533)"))  # "confdesk upgrade"
        current, tables = _read_revision(conn)
        if current == head:
            return None
        _check_revision(url, current, tables)
        backup = None
        if current is not None:  # the backup reads the old schema through its own connection
            backup = write_backup(engine, url, label=f"before-{head}")
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def open_store(db: str | None = None, *, create: bool = False, upgrade: bool = True) -> Store:
    """Open (and if needed create or upgrade) the store named by a path or URL.

    Raises StoreError with a one-line message for every way this can go wrong.
    """
    url = resolve_url(db)
    u = _parse_url(url)
    if u.get_backend_name() == "sqlite" and u.database:
        # Only the default event file (in the data folder) may create its folders.
        default = not (db or os.environ.get(ENV_VAR))
        _check_sqlite_file(Path(u.database), create, make_folders=default)
    engine = make_engine(url)
    try:
        backup = _migrate(engine, url, upgrade)
    except StoreError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise _connect_error(url, exc) from None
    factory = sessionmaker(engine, expire_on_commit=False)
    store = Store(url=url, engine=engine, factory=factory, backup_path=backup)
    if store.sqlite_path is not None:
        store._file_key = _file_key(store.sqlite_path)
        if store._file_key is not None:
            _OPEN_FILES[store._file_key] = _OPEN_FILES.get(store._file_key, 0) + 1
    if _OPEN_STORES is not None:
        _OPEN_STORES[id(store)] = store
    return store


def unconnected_store(db: str | None) -> Store:
    """The store of a PostgreSQL event whose server cannot be reached now (a desk starting
    during an outage works from its mirror). Nothing connects until used; the first connection
    that succeeds checks the schema as open_store does and refuses one it would have to
    upgrade or cannot read, so nothing is ever written to a database of another schema."""
    url = resolve_url(db)
    engine = make_engine(url)

    def check_schema(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        try:
            cur.execute("SELECT version_num FROM alembic_version")
            row = cur.fetchone()
        except Exception:
            row = None
        finally:
            cur.close()
            dbapi_conn.rollback()
        if not row or row[0] != head_revision():
            raise StoreError(
                refusal(
                    "{describe} is back but holds another schema than this desk's copy: restart Confdesk to open it",
                    describe=describe(url),
                )
            )

    # first_connect runs again after a failure, so the check holds until one passes.
    event.listen(engine, "first_connect", check_schema)
    store = Store(url=url, engine=engine, factory=sessionmaker(engine, expire_on_commit=False))
    if _OPEN_STORES is not None:
        _OPEN_STORES[id(store)] = store
    return store


def track_open_stores() -> None:
    """Keep every store opened from now on until it is closed (a command's process, which
    leaves without Python's teardown and calls close_open_stores last)."""
    global _OPEN_STORES
    if _OPEN_STORES is None:
        _OPEN_STORES = {}


def close_open_stores() -> None:
    """Close every tracked store still open: SQLite folds its write-ahead log back into the
    file, a server sees its connections closed rather than dropped."""
    for store in list((_OPEN_STORES or {}).values()):
        store.close()
