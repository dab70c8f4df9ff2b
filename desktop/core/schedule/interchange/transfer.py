"""Schedule files in and out, as the CLI and the Schedule screen use them: the import's
preview (what a sync would do, nothing written), the import, and the export to frab XML,
schedule JSON or iCalendar (written whole or not at all)."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from db.words import refusal
from desktop.base.errors import UserError
from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.exporting import plan_export
from desktop.core.schedule.interchange.importing import (
    ImportReport,
    apply_schedule,
    read_schedule_file,
)

FORMATS = {".xml": "frab XML", ".json": "schedule JSON", ".ics": "iCalendar"}


@dataclass
class ExportResult:
    """What `export_schedule` wrote: the file, how many sessions, and which were left out."""

    path: Path
    sessions: int
    left_out: list[str] = field(default_factory=list)


def import_file(
    session: Session,
    path: str | Path,
    timezone: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
    other_days: bool = False,
    take_file: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Import a schedule file into the session's event (a sync, see `sync`). With `dry_run`
    the report says what the import would do and the session's transaction is rolled back:
    nothing is written. UserError for a file that cannot be imported."""
    parsed = read_schedule_file(path)
    report = apply_schedule(
        session,
        parsed,
        Path(path).name,
        timezone,
        progress,
        cancel,
        other_days,
        take_file=take_file,
    )
    if dry_run:
        session.rollback()
        report.dry_run = True
    return report


def export_schedule(
    session: Session,
    out: str | Path,
    release: int | str | None = None,
    room: str | None = None,
    speaker: str | None = None,
) -> ExportResult:
    """Write the schedule (live, or a release; the whole event, one room or one speaker) to
    `out`, as its suffix says (.xml, .json, .ics). The file is written whole or not at all;
    a schedule with no session to publish is refused (an empty frab XML would not validate)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(refusal("export to .xml, .json or .ics, not {name}", name=repr(out.name)))
    if not out.parent.is_dir():
        raise UserError(refusal("no such folder: {parent}", parent=out.parent))
    data = load_schedule(session, release)
    plan = plan_export(data, room=room, speaker=speaker)
    if not plan.session_count:
        waiting = sum(1 for x in data.sessions if not x.scheduled or x.room is None)
        if waiting:
            raise UserError(
                refusal(
                    "nothing to export: no session has a time and a room yet ({waiting} waiting"
                    " in the unscheduled list); nothing was written",
                    waiting=waiting,
                )
            )
        raise UserError(
            refusal("nothing to export: no session has a time and a room yet; nothing was written")
        )
    if suffix == ".ics":
        from desktop.core.schedule.interchange.ical import export_ical

        raw, count = export_ical(data, room=room, speaker=speaker)
    elif suffix == ".xml":
        from desktop.core.schedule.interchange.frab_xml import export_xml

        raw, count = export_xml(data, plan), plan.session_count
    else:
        from desktop.core.schedule.interchange.frab_json import export_json

        raw, count = export_json(data, plan), plan.session_count
    _write_whole(out, raw)
    return ExportResult(out, count, plan.left_out)


def _write_whole(out: Path, raw: bytes) -> None:
    """Write `raw` to `out` through a temporary file in the same folder: a full disk or a
    read-only folder leaves the old file (or none), never half of one."""
    fd, tmp = -1, ""
    try:
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.")
        with os.fdopen(fd, "wb") as fh:
            fd = -1
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        tmp = ""
    except OSError as exc:
        raise UserError(
            refusal("cannot write {out}: {value}", out=out, value=exc.strerror or exc)
        ) from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            Path(tmp).unlink(missing_ok=True)
