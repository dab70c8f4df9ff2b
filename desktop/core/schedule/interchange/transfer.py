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
from desktop.core.schedule.interchange.exporting import links_without_address, plan_export
from desktop.core.schedule.interchange.formats import EXPORT_FORMATS
from desktop.core.schedule.interchange.importing import (
    ImportReport,
    apply_schedule,
    read_schedule_file,
)
from desktop.core.schedule.interchange.parsed import ParsedSchedule


@dataclass
class ExportResult:
    """What `export_schedule` wrote: the file, how many sessions, and which were left out."""

    path: Path
    sessions: int
    left_out: list[str] = field(default_factory=list)
    # What the chosen format has no place for ("3 sessions' recording opt-out").
    not_kept: list[str] = field(default_factory=list)
    speakers: int = 0  # how many speakers a speakers list holds


def import_file(
    session: Session,
    path: str | Path,
    timezone: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
    other_days: bool = False,
    take_file: bool = False,
    dry_run: bool = False,
    parsed: ParsedSchedule | None = None,
) -> ImportReport:
    """Import a schedule file into the session's event (a sync, see `sync`). With `dry_run`
    the report says what the import would do and the session's transaction is rolled back:
    nothing is written. `parsed` is the file as `read_schedule_file` read it, when the caller
    has read it already. UserError for a file that cannot be imported."""
    parsed = parsed or read_schedule_file(path)
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


def export_format(out: Path, fmt: str | None) -> str:
    """The format to write `out` in: `fmt` when given (checked against the file's suffix),
    else the first format of the suffix. UserError for an unknown format or suffix."""
    suffix = out.suffix.lower()
    if fmt is None:
        fmt = next((k for k, (sfx, _) in EXPORT_FORMATS.items() if sfx == suffix), None)
        if fmt is None:
            raise UserError(
                refusal(
                    "export to .xml, .json or .ics (the speakers list to .csv or .vcf), not {name}",
                    name=repr(out.name),
                )
            )
        return fmt
    if fmt not in EXPORT_FORMATS:
        raise UserError(
            refusal(
                "no export format {fmt} (formats: {names})",
                fmt=repr(fmt),
                names=", ".join(EXPORT_FORMATS),
            )
        )
    if EXPORT_FORMATS[fmt][0] != suffix:
        raise UserError(
            refusal(
                "{fmt} is written to a {suffix} file, not {name}",
                fmt=fmt,
                suffix=EXPORT_FORMATS[fmt][0],
                name=repr(out.name),
            )
        )
    return fmt


def export_schedule(
    session: Session,
    out: str | Path,
    release: int | str | None = None,
    room: str | None = None,
    speaker: str | None = None,
    fmt: str | None = None,
) -> ExportResult:
    """Write the schedule (live, or a release; the whole event, one room or one speaker) to
    `out` in `fmt` (one of EXPORT_FORMATS; by default as the file's suffix says). The file is
    written whole or not at all; a schedule with no session to publish is refused (an empty
    frab XML would not validate)."""
    out = Path(out)
    fmt = export_format(out, fmt)
    if not out.parent.is_dir():
        raise UserError(refusal("no such folder: {parent}", parent=out.parent))
    data = load_schedule(session, release)
    plan = plan_export(data, room=room, speaker=speaker)
    if fmt in ("speakers-csv", "vcard"):
        from desktop.core.schedule.interchange import speakers as listing

        entries = listing.speaker_entries(data, plan, room is not None or speaker is not None)
        write = listing.speakers_csv if fmt == "speakers-csv" else listing.speakers_vcard
        _write_whole(out, write(entries))
        sessions = len({x.id for e in entries for x in e.sessions})
        return ExportResult(out, sessions, speakers=len(entries))
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
    count = plan.session_count
    not_kept: list[str] = []
    if fmt == "ics":
        from desktop.core.schedule.interchange.ical import export_ical

        raw, count = export_ical(data, room=room, speaker=speaker)
    elif fmt in ("xml", "xml-classic"):
        from desktop.core.schedule.interchange.frab_xml import export_xml

        raw = export_xml(data, plan, classic=fmt == "xml-classic")
    elif fmt == "json":
        from desktop.core.schedule.interchange.frab_json import export_json

        raw = export_json(data, plan)
        not_kept = links_without_address(plan)
    else:
        from desktop.core.schedule.interchange.schedule2 import export_schedule2, not_kept_in

        raw = export_schedule2(data, plan)
        not_kept = not_kept_in(plan)
    _write_whole(out, raw)
    return ExportResult(out, count, plan.left_out, not_kept)


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
