"""Which files an import may read and write: never the event's database, never its source.

Files are compared by identity (`os.stat`: device and inode), not by name, so a relative
path, a symbolic or hard link or another spelling of the same file is still recognised. The
event database counts with its companions (`-wal`, `-shm`, `-journal`): overwriting any of
them destroys the event, and a stray `-journal` would even be "rolled back" into it. None of
these checks opens a file: reading and closing the live SQLite file in the process that has
it open drops SQLite's POSIX locks.

`RejectsFile` is where the rejected rows go. It is checked, and a temporary file created
next to it, before the import runs, so a path that cannot be written fails before anything
is committed; the rows are written to the temporary file and moved into place in one step.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from db.words import Words, refusal
from desktop.base.errors import UserError

if TYPE_CHECKING:
    from desktop.core.attendee_import.sync import ImportResult

DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def sqlite_file(session: Session) -> Path | None:
    """The SQLite file a session writes to (None for PostgreSQL or an in-memory store)."""
    url = session.get_bind().engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when both paths exist and are the same file (links and spellings included)."""
    ia = _identity(Path(a))
    return ia is not None and ia == _identity(Path(b))


def is_database_file(path: str | Path, database: str | Path | None) -> bool:
    """True for the event database or one of its companions, existing or not yet."""
    if database is None:
        return False
    path = Path(path)
    mine = _identity(path)
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        resolved = None
    for suffix in DATABASE_COMPANIONS:
        companion = Path(f"{database}{suffix}")
        theirs = _identity(companion)
        if theirs is not None:
            if mine == theirs:
                return True
        elif resolved is not None and mine is None:
            # A companion that does not exist now (a -journal between transactions) is
            # still the database's: compare the resolved names of the folder and file.
            try:
                if companion.resolve() == resolved:
                    return True
            except (OSError, RuntimeError):
                pass
    return False


def refuse_database_source(path: str | Path, database: str | Path | None) -> None:
    """Refuse to import from the event's own database (before anything reads it)."""
    if is_database_file(path, database):
        raise UserError(
            refusal(
                "{name} is this event's database, not a registration file; choose the CSV or XLSX file to import",
                name=Path(path).name,
            )
        )


def check_rejects_path(
    path: str | Path,
    *,
    source: str | Path | None = None,
    database: str | Path | None = None,
    overwrite: bool = False,
) -> Path:
    """The rejects file, or a UserError when it must not be written there."""
    p = Path(path)
    if not str(path).strip():
        raise UserError(refusal("no file name given for the rejected rows"))
    if is_database_file(p, database):
        raise UserError(
            refusal(
                "will not write the rejected rows to {p}: it is this event's database; choose another file name",
                p=p,
            )
        )
    if source is not None and same_file(p, source):
        raise UserError(
            refusal(
                "will not write the rejected rows to {p}: it is the file being imported; choose another file name",
                p=p,
            )
        )
    if p.is_dir():
        raise UserError(refusal("{p} is a folder; give a file name for the rejected rows", p=p))
    if p.exists() and not p.is_file():
        raise UserError(
            refusal(
                "{p} is not a regular file (a device or a pipe); give a file name for the rejected rows",
                p=p,
            )
        )
    folder = p.parent
    if not folder.is_dir():
        raise UserError(
            refusal(
                "cannot write the rejected rows to {p}: no such folder {folder}", p=p, folder=folder
            )
        )
    if (p.exists() or p.is_symlink()) and not overwrite:
        raise UserError(
            refusal(
                "{p} already exists; choose another file for the rejected rows (or give --overwrite to replace it)",
                p=p,
            )
        )
    return p


class RejectsFile:
    """A checked place for the rejected rows, with a temporary file already created there."""

    def __init__(
        self,
        path: str | Path,
        *,
        source: str | Path | None = None,
        database: str | Path | None = None,
        overwrite: bool = False,
    ) -> None:
        self.path = check_rejects_path(path, source=source, database=database, overwrite=overwrite)
        self._source, self._database, self._overwrite = source, database, overwrite
        try:
            fd, tmp = tempfile.mkstemp(
                dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part"
            )
        except OSError as exc:
            raise UserError(_cannot_write(self.path, exc)) from None
        os.close(fd)
        self._tmp: Path | None = Path(tmp)
        self.written = False

    def write(self, result: ImportResult) -> Path:
        """Write the rejected rows with their reasons and move the file into place."""
        from desktop.core.attendee_export import neutralise

        assert self._tmp is not None, "a RejectsFile is written once"
        try:
            with self._tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh)
                w.writerow([*result.headers, "Import problem"])
                for _line, cells, reasons in result.rejected_rows:
                    padded = [neutralise(_cell(c)) for c in cells[: len(result.headers)]]
                    padded += [""] * (len(result.headers) - len(padded))
                    w.writerow([*padded, neutralise("; ".join(reasons))])
                fh.flush()
                os.fsync(fh.fileno())
            # Checked again: the file may have appeared (or been linked) since the start.
            check_rejects_path(
                self.path,
                source=self._source,
                database=self._database,
                overwrite=self._overwrite,
            )
            os.replace(self._tmp, self.path)
        except OSError as exc:
            self.discard()
            raise UserError(_cannot_write(self.path, exc)) from None
        except UserError:
            self.discard()
            raise
        self._tmp = None
        self.written = True
        return self.path

    def discard(self) -> None:
        """Remove the temporary file (when nothing was written)."""
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.unlink()
            self._tmp = None

    def __enter__(self) -> RejectsFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()


def _cannot_write(path: Path, exc: OSError) -> Words:
    if exc.errno == errno.EROFS:
        return refusal(
            "cannot write the rejected rows to {path}: the disk is read-only; nothing was imported",
            path=path,
        )
    if exc.errno == errno.ENOSPC:
        return refusal(
            "cannot write the rejected rows to {path}: the disk is full; nothing was imported",
            path=path,
        )
    return refusal(
        "cannot write the rejected rows to {path}: {why}; nothing was imported",
        path=path,
        why=exc.strerror or type(exc).__name__,
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)
