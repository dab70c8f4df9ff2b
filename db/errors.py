"""Errors the store raises with a message meant for the user (one clear line)."""

from db.words import Words, refusal


class StoreError(Exception):
    """The database cannot be opened or used; the message says which and why."""


class NewerSchemaError(StoreError):
    """The database was written by a newer Confdesk than this one."""


class ServerUnreachableError(StoreError):
    """The event's PostgreSQL server did not answer (down, or the network between)."""


class BusyError(StoreError):
    """Another writer held the event for longer than the caller could wait; nothing written."""


class DamagedStoreError(StoreError):
    """The event file is damaged: writing to it is stopped until it is restored."""


# Text of SQLite's and PostgreSQL's errors (lower case) -> the line a user reads. Nothing of
# the statement or its parameters (people's data) is ever part of the message.
_KNOWN = (
    (
        ("database or disk is full", "no space left on device"),
        refusal("the disk is full: nothing was written"),
    ),
    (
        ("attempt to write a readonly database", "read-only file system", "readonly database"),
        refusal(
            "the event file is read-only: nothing was written (check the file's permissions and the disk)"
        ),
    ),
    (
        ("database is locked", "database table is locked"),
        refusal(
            "the event is busy (an import or another desk is writing): nothing was written; try again"
        ),
    ),
    (
        ("disk i/o error",),
        refusal(
            "the event file could not be read or written (disk I/O error): nothing was "
            "written; check the disk, then run `confdesk check`"
        ),
    ),
    (
        (
            "server closed the connection",
            "connection refused",
            "connection timeout",
            "consuming input failed",
            "the connection is lost",
            "terminating connection",
        ),
        refusal("lost the connection to the PostgreSQL server: nothing was written"),
    ),
)
_DAMAGE = (
    "database disk image is malformed",
    "file is not a database",
    "malformed database schema",
)


def is_damage(exc: BaseException) -> bool:
    """Whether the error says the database file is damaged."""
    text = _text(exc)
    return any(k in text for k in _DAMAGE) or getattr(
        _orig(exc), "sqlite_errorname", ""
    ).startswith("SQLITE_CORRUPT")


def _orig(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def _text(exc: BaseException) -> str:
    orig = _orig(exc)
    first = str(orig).strip().splitlines()
    return (first[0] if first else "").lower()


def damage_message(where: str = "", backup: str | None = None) -> Words:
    where = where or refusal("the event file")
    if backup:
        return refusal(
            "{where} is damaged: writing to it has stopped; restore the newest backup ({backup}) "
            "with `confdesk restore`, or run `confdesk check` to see what is wrong",
            where=where,
            backup=backup,
        )
    return refusal(
        "{where} is damaged: writing to it has stopped; restore the newest backup with "
        "`confdesk restore`, or run `confdesk check` to see what is wrong",
        where=where,
    )


def describe_db_error(exc: BaseException) -> Words | None:
    """One clear line for a database or disk error, or None when it is not one of those.

    Never includes SQL or parameters: only the kind of failure and what to do.
    """
    if is_damage(exc):
        return damage_message()
    text = _text(exc)
    errno_ = getattr(_orig(exc), "errno", None)
    if errno_ == 28:
        return refusal("the disk is full: nothing was written")
    if errno_ in (30,):
        return refusal("the disk is read-only: nothing was written")
    for needles, message in _KNOWN:
        if any(n in text for n in needles):
            return message
    return None


def safe_summary(exc: BaseException) -> str:
    """A short description of an unexpected error for a message: the exception's kind and the
    driver's first line, without the statement and parameters SQLAlchemy appends."""
    orig = _orig(exc)
    first = str(orig).strip().splitlines()
    line = first[0] if first else ""
    if "[SQL:" in line:
        line = line.split("[SQL:")[0].strip()
    return f"{type(orig).__name__}: {line[:200]}" if line else type(orig).__name__


_LOST = (
    "connection refused",
    "server closed the connection",
    "terminating connection",
    "connection timeout",
    "timeout expired",
    "could not connect",
    "consuming input failed",
    "the connection is lost",
    "connection is closed",
    "no route to host",
    "network is unreachable",
    "connection reset",
    "ssl syscall error",
    "eof detected",
)


def is_connection_lost(exc: BaseException) -> bool:
    """Whether the error says the database server could not be reached or went away."""
    if getattr(exc, "connection_invalidated", False):
        return True
    orig = _orig(exc)
    name = type(orig).__module__
    if not name.startswith("psycopg"):
        return False
    text = str(orig).lower()
    return any(k in text for k in _LOST) or type(orig).__name__ in (
        "OperationalError",
        "InterfaceError",
    )


def is_lock_conflict(exc: BaseException) -> bool:
    """Whether the error is a lock wait given up (lock_timeout) or a deadlock broken by the
    server: the transaction was rolled back and may simply be tried again."""
    orig = _orig(exc)
    return type(orig).__name__ in ("LockNotAvailable", "DeadlockDetected") or any(
        k in str(orig).lower()
        for k in ("deadlock detected", "lock timeout", "canceling statement due to lock timeout")
    )
