"""Exporting attendees, the check-in log and the print log to CSV and XLSX.

CSV is written as UTF-8 with a byte-order mark so that Excel shows Chinese names correctly.
Cells a spreadsheet would run as a formula (starting with `=` `+` `-` `@`, tab or CR) are
neutralised: in CSV they get a leading apostrophe (the importer removes it again, so an
export re-imports to identical attendees); in XLSX they are written as text cells with
Excel's quote prefix, so the value is unchanged but never a live formula. Times are shown
in the event's time zone. Files are written to a temporary name and renamed when complete.

Badge codes and ticket codes are exported only when asked (`with_codes=True`): whoever holds
a file with them can print a working badge for anyone not yet checked in. Without them the
attendee export's "Badge code" and "Ticket codes" columns and the check-in log's "Code"
column are left empty (the columns stay, so the file is still recognised as a Confdesk
export when imported again). A file with codes is created readable and writable by its
owner only (mode 0600, from the moment it exists: never loosened and then tightened).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from db.models import Attendee, CheckIn, Event, PrintLog, TicketCode
from db.words import refusal
from desktop.base.errors import UserError
from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.core.events import to_local

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WHAT = ("attendees", "checkins", "prints", "attendance")
# Attendee columns that carry working codes (empty unless codes are asked for).
CODE_ATTRS = ("tickets", "badge_code")
OWNER_ONLY = 0o600

# (header, attendee attribute); the confdesk import preset knows these headers.
ATTENDEE_COLUMNS: list[tuple[str, str]] = [
    ("No.", "number"),
    ("External id", "external_id"),
    ("Order code", "order_code"),
    ("Given name", "given_name"),
    ("Family name", "family_name"),
    ("Name (local script)", "name_local"),
    ("Organization", "organization"),
    ("Job title", "title"),
    ("Email", "email"),
    ("Phone", "phone"),
    ("Country", "country"),
    ("Category", "category"),
    ("Status", "status"),
    ("Ticket codes", "tickets"),
    ("Notes", "notes"),
    ("Staff note", "staff_note"),
    ("Badge code", "badge_code"),
    ("Checked in at", "checked_in_at"),
    ("Checked in desk", "checked_in_desk"),
    ("Badge printed at", "badge_printed_at"),
    ("Print count", "print_count"),
]


def neutralise(value: str) -> str:
    """A CSV cell that no spreadsheet will evaluate: `=1+1` -> `'=1+1`. A value that really
    starts with an apostrophe before such a character gets one more (`'=x` -> `''=x`), so the
    import, which takes one off, gives it back as it was."""
    if value and (
        value.startswith(FORMULA_START)
        or (value[0] == "'" and value.lstrip("'").startswith(FORMULA_START))
    ):
        return "'" + value
    return value


@dataclass
class ExportResult:
    path: str
    what: str
    format: str
    rows: int
    with_codes: bool = False  # badge and ticket codes included (the file is 0600)


def _local(event: Event, t: dt.datetime | None) -> dt.datetime | None:
    return to_local(event, t).replace(tzinfo=None, microsecond=0) if t else None


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield list(ids[i : i + size])


def _attendee_rows(
    session: Session, event: Event, with_codes: bool, only: Sequence[int] | None = None
) -> tuple[list[str], Iterator[list[Any]], int]:
    codes: dict[int, list[str]] = {}
    if with_codes:
        for aid, code, source in session.execute(
            select(TicketCode.attendee_id, TicketCode.code, TicketCode.source)
            .where(TicketCode.event_id == event.id)
            .order_by(TicketCode.id)
        ):
            codes.setdefault(aid, []).append(f"{source}:{code}" if source else code)
    where = (Attendee.event_id == event.id, Attendee.merged_into_id.is_(None))
    extra_keys: dict[str, None] = {}
    count = 0
    extras: Iterator[dict[str, Any] | None]
    if only is None:
        extras = iter(session.scalars(select(Attendee.extra).where(*where)))
    else:
        ids = only

        def chunked() -> Iterator[dict[str, Any] | None]:
            for chunk in _chunks(ids):
                yield from session.scalars(
                    select(Attendee.extra).where(*where, Attendee.id.in_(chunk))
                )

        extras = chunked()
    for extra in extras:
        count += 1
        for k in extra or {}:
            extra_keys.setdefault(k, None)
    base = [h for h, _ in ATTENDEE_COLUMNS]
    taken = {h.casefold() for h in base}
    extra_headers = [k if k.casefold() not in taken else f"{k} (extra)" for k in extra_keys]
    headers = base + extra_headers

    def people() -> Iterator[Attendee]:
        if only is None:
            q = (
                select(Attendee)
                .where(*where)
                .order_by(Attendee.number)
                .execution_options(yield_per=1000)
            )
            yield from session.scalars(q)
            return
        for chunk in _chunks(only):  # in the order given (the table's)
            found = {
                a.id: a
                for a in session.scalars(select(Attendee).where(*where, Attendee.id.in_(chunk)))
            }
            yield from (found[i] for i in chunk if i in found)

    def rows() -> Iterator[list[Any]]:
        for a in people():
            rec: list[Any] = []
            for _h, attr in ATTENDEE_COLUMNS:
                if attr in CODE_ATTRS and not with_codes:
                    rec.append("")
                elif attr == "tickets":
                    rec.append("; ".join(codes.get(a.id, [])))
                elif attr in ("checked_in_at", "badge_printed_at"):
                    rec.append(_local(event, getattr(a, attr)))
                else:
                    v = getattr(a, attr)
                    rec.append("" if v is None else v)
            extra = a.extra or {}
            rec.extend(extra.get(k, "") for k in extra_keys)
            yield rec

    return headers, rows(), count


def _log_rows(
    session: Session, event: Event, what: str, with_codes: bool
) -> tuple[list[str], Iterator[list[Any]], int]:
    person = aliased(Attendee)
    if what == "checkins":
        headers = ["Time", "Result", "No.", "Given name", "Family name", "Code", "Desk",
                   "Operator", "Reason"]  # fmt: skip
        q: Select[Any, int, str, str] = (
            select(CheckIn, person.number, person.given_name, person.family_name)
            .outerjoin(person, person.id == CheckIn.attendee_id)
            .where(CheckIn.event_id == event.id)
            .order_by(CheckIn.at, CheckIn.id)
        )

        def shape(r: Any) -> list[Any]:
            c = r[0]
            # What was scanned includes working badge codes.
            code = c.code if with_codes else ""
            return [_local(event, c.at), c.result, r[1] or "", r[2] or "", r[3] or "", code,
                    c.desk, c.operator, c.reason]  # fmt: skip

    else:
        headers = ["Time", "Kind", "No.", "Given name", "Family name", "Template",
                   "Destination", "Desk", "Operator", "Reason", "Warning", "Status", "Job",
                   "Error"]  # fmt: skip
        q = (
            select(PrintLog, person.number, person.given_name, person.family_name)
            .outerjoin(person, person.id == PrintLog.attendee_id)
            .where(PrintLog.event_id == event.id)
            .order_by(PrintLog.at, PrintLog.id)
        )

        def shape(r: Any) -> list[Any]:
            p = r[0]
            return [_local(event, p.at), p.kind, r[1] or "", r[2] or "", r[3] or "", p.template,
                    p.destination, p.desk, p.operator, p.reason, p.warning, p.status, p.job,
                    p.error]  # fmt: skip

    model = CheckIn if what == "checkins" else PrintLog
    count = session.scalar(select(func.count()).where(model.event_id == event.id)) or 0
    return headers, (shape(r) for r in session.execute(q.execution_options(yield_per=1000))), count


def _csv_value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, str):
        return neutralise(v)
    return str(v)


def _write_csv(
    out: BinaryIO, headers: list[str], rows: Iterator[list[Any]], tick: Callable[[], None]
) -> int:
    n = 0
    with io.TextIOWrapper(out, encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([neutralise(h) for h in headers])
        for rec in rows:
            w.writerow([_csv_value(v) for v in rec])
            n += 1
            tick()
    return n


def _write_xlsx(
    out: BinaryIO,
    headers: list[str],
    rows: Iterator[list[Any]],
    tick: Callable[[], None],
    title: str,
) -> int:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(v: Any) -> Any:
        if isinstance(v, str) and v.startswith(FORMULA_START):
            c = WriteOnlyCell(ws, value=v)
            c.data_type = "s"  # openpyxl would otherwise store `=...` as a formula
            c.quotePrefix = True
            return c
        if isinstance(v, dt.datetime):
            c = WriteOnlyCell(ws, value=v)
            c.number_format = "yyyy-mm-dd hh:mm:ss"
            return c
        return v

    head = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        if h.startswith(FORMULA_START):
            c.data_type, c.quotePrefix = "s", True
        c.font = bold
        head.append(c)
    ws.append(head)
    n = 0
    for rec in rows:
        ws.append([cell(v) for v in rec])
        n += 1
        tick()
    wb.save(out)
    out.close()
    return n


def _create(tmp: Path, owner_only: bool) -> BinaryIO:
    """A new file for writing; owner_only: created with mode 0600 (umask can only narrow it).

    A leftover temporary file of an interrupted export is removed first, so the mode is
    always the one asked for here (opening an existing file keeps its old mode).
    """
    tmp.unlink(missing_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, OWNER_ONLY if owner_only else 0o666)
    return os.fdopen(fd, "wb")


def export(
    session: Session,
    event: Event,
    path: str | Path,
    what: str = "attendees",
    *,
    with_codes: bool = False,
    only: Sequence[int] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> ExportResult:
    """Write `what` (attendees | checkins | prints | attendance) to a .csv or .xlsx file
    (attendance: per session and door, desktop.core.attendance).

    only: these attendees alone, in this order (the Attendees screen's current filter or
    selection); attendees only.

    with_codes: include badge and ticket codes (attendees) and scanned codes (check-in log);
    the file is then created readable by its owner only. The print log holds no codes.
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise UserError(refusal("{name}: give the file a .csv or .xlsx name", name=path.name))
    if what not in WHAT:
        raise UserError(
            refusal(
                "unknown export {what} (choose from {WHAT})", what=repr(what), WHAT=", ".join(WHAT)
            )
        )
    if path.is_dir():
        raise UserError(refusal("{path} is a folder", path=path))
    if not path.parent.exists():
        raise UserError(refusal("no folder {parent}", parent=path.parent))
    with_codes = bool(with_codes) and what not in ("prints", "attendance")
    if what == "attendees":
        headers, rows, total = _attendee_rows(session, event, with_codes, only)
    elif what == "attendance":
        from desktop.core.attendance import COLUMNS, attendance

        found = attendance(session)
        headers, rows, total = COLUMNS, (a.row() for a in found), len(found)
    else:
        headers, rows, total = _log_rows(session, event, what, with_codes)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % 1000 == 0:
            if cancel is not None:
                cancel.check()
            progress(done, total, f"writing {what}")

    tmp = path.with_name(f".{path.name}.part")
    try:
        out = _create(tmp, owner_only=with_codes)
        with out:
            if fmt == "csv":
                n = _write_csv(out, headers, rows, tick)
            else:
                n = _write_xlsx(out, headers, rows, tick, what.capitalize())
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(
            refusal("cannot write {path}: {value}", path=path, value=exc.strerror or exc)
        ) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    progress(total, total, "done")
    return ExportResult(str(path), what, fmt, n, with_codes)
