"""Build a printed-program PDF of one kind from the store: grid, book, room signs, speakers.

The schedule printed is a published release (the latest by default) so that paper matches
what was announced; `release="live"` prints the working draft, marked "Draft, not published"
on every page. Chinese prints in the event's glyph forms (Hong Kong unless the event chose
Taiwan or mainland forms: desktop.core.event_details).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from db.words import refusal
from desktop.base.collation import ORDERS
from desktop.base.errors import UserError
from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.base.schedule import ScheduleData
from desktop.core.assets import asset_file
from desktop.core.event_details import event_glyph_forms
from desktop.core.events import current_event, event_zone
from desktop.core.schedule.data import load_schedule
from desktop.pdf import fonts
from desktop.pdf.program.common import DocInfo, Page, release_label
from desktop.pdf.program.render import render
from desktop.pdf.program.words import LANGUAGES, say, speaking

KINDS = {
    "grid": "Timetable",
    "book": "Program",
    "room-signs": "Room signs",
    "speakers": "Speaker itineraries",
}
PAPERS = ("A4", "A3")


@dataclass
class ProgramResult:
    path: Path
    kind: str
    pages: int
    release: str  # the label printed on every page
    days: list[dt.date]
    seconds: float
    warnings: list[str] = field(default_factory=list)


def load_for_print(session: Session, release: str | int | None = "latest") -> ScheduleData:
    """The schedule to print: a release by name or id, "latest", or "live" (the draft)."""
    if release in (None, "", "live", "draft"):
        return load_schedule(session, None)
    return load_schedule(session, release)


def parse_day(data: ScheduleData, day: str | dt.date | None) -> list[dt.date] | None:
    """`--day` as a list of one date (must be a day of the schedule), or None for all days."""
    if day is None or day == "":
        return None
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day)
        except ValueError:
            raise UserError(refusal("not a date (YYYY-MM-DD): {day}", day=repr(day))) from None
    if day not in data.days:
        listed = ", ".join(d.isoformat() for d in data.days) or "none"
        raise UserError(
            refusal(
                "{day} is not a day of this schedule (days: {listed})",
                day=day.isoformat(),
                listed=listed,
            )
        )
    return [day]


def _check_order(order: str) -> None:
    if order not in ORDERS:
        raise UserError(
            refusal(
                "unknown order {order} (choose {ORDERS})",
                order=repr(order),
                ORDERS=", ".join(ORDERS),
            )
        )


def layout(
    data: ScheduleData,
    kind: str,
    days: Sequence[dt.date] | None = None,
    paper: str = "A4",
    logo_path: str | None = None,
    cancel: CancelFlag | None = None,
    attendance: dict[int, str] | None = None,
    order: str = "name",
    links: bool = False,
    language: str = "en",
) -> tuple[list[Page], DocInfo]:
    """Compute the pages of a document kind (no file written): what the tests inspect.
    `attendance` (speakers only): a line per session id, from `session_attendance`; `order`
    (desktop.base.collation.ORDERS): the speaker index's and the itineraries' order; `links`
    (book only): each session's attachments and links under it, clickable in the PDF;
    `language` (words.LANGUAGES): the program's own words in English, Chinese or both."""
    _check_language(language)
    with speaking(language):
        return _layout(data, kind, days, paper, logo_path, cancel, attendance, order, links)


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise UserError(
            refusal(
                "unknown language {language} (choose {LANGUAGES})",
                language=repr(language),
                LANGUAGES=", ".join(LANGUAGES),
            )
        )


def _layout(
    data: ScheduleData,
    kind: str,
    days: Sequence[dt.date] | None,
    paper: str,
    logo_path: str | None,
    cancel: CancelFlag | None,
    attendance: dict[int, str] | None,
    order: str,
    links: bool,
) -> tuple[list[Page], DocInfo]:
    if kind not in KINDS:
        raise UserError(
            refusal(
                "unknown program kind {kind} (choose {KINDS})",
                kind=repr(kind),
                KINDS=", ".join(KINDS),
            )
        )
    _check_order(order)
    if paper.upper() not in PAPERS:
        raise UserError(refusal("unknown paper {paper} (A4 or A3)", paper=repr(paper)))
    info = DocInfo(
        event_name=data.event_name,
        kind_title=say(KINDS[kind]),
        release_label=release_label(data.release_name, data.release_at),
        venue=data.venue,
    )
    if kind == "grid":
        from desktop.pdf.program.grid import layout_grid

        return layout_grid(data, info, days, paper.upper(), cancel), info
    if kind == "book":
        from desktop.pdf.program.book import layout_book

        pages = layout_book(data, info, days, paper.upper(), logo_path, cancel, order, links)
        return pages, info
    if kind == "room-signs":
        from desktop.pdf.program.signs import layout_signs

        return layout_signs(data, info, days, paper.upper(), cancel), info
    from desktop.pdf.program.itineraries import layout_itineraries

    pages = layout_itineraries(data, info, days, paper.upper(), cancel, attendance, order)
    return pages, info


def session_attendance(session: Session) -> dict[int, str]:
    """For the speakers' itineraries: how many came to each session that had a check-in list
    at its door (the best-attended list when it had several), in words."""
    from desktop.core import checkin_lists
    from desktop.core.attendance import attendance

    read = checkin_lists.lists(session, ensure=False)
    of_session = {x.name: x.session_id for x in read if x.session_id is not None}
    out: dict[int, str] = {}
    for a in attendance(session, read):  # best-attended first: the first list of a session
        sid = of_session.get(a.name)
        if sid is None or sid in out or not a.entries:
            continue
        seats = f", of {a.capacity:,} seats" if a.capacity is not None else ""
        people = "1 person came" if a.people == 1 else f"{a.people:,} people came"
        out[sid] = f"Attendance: {people}, {a.peak:,} at once{seats}"
    return out


def build_program(
    session: Session,
    out_path: str | Path,
    kind: str,
    day: str | dt.date | None = None,
    release: str | int | None = "latest",
    progress: ProgressFn | None = None,
    cancel: CancelFlag | None = None,
    page_size: str = "A4",
    with_attendance: bool = False,
    order: str = "name",
    links: bool = False,
    language: str = "en",
) -> ProgramResult:
    """Write the program PDF of `kind` (grid, book, room-signs, speakers) to out_path;
    `with_attendance`: the speakers' itineraries say how many came to each session; `order`:
    the speaker index's and the itineraries' order (name, stroke, pinyin); `links` (book):
    each session's attachments and links under it; `language`: the program's own words
    (titles, headings, dates) in English, Chinese or both (words.LANGUAGES)."""
    _check_order(order)  # before the schedule is read
    _check_language(language)
    t0 = time.perf_counter()
    progress = progress or no_progress
    out = Path(out_path)
    if out.suffix.lower() != ".pdf":
        raise UserError(refusal("{out} should end in .pdf", out=out))
    if not out.parent.exists():
        raise UserError(refusal("folder {parent} does not exist", parent=out.parent))
    if kind not in KINDS:
        raise UserError(
            refusal(
                "unknown program kind {kind} (choose {KINDS})",
                kind=repr(kind),
                KINDS=", ".join(KINDS),
            )
        )
    progress(0, 1, "reading the schedule")
    data = load_for_print(session, release)
    days = parse_day(data, day)
    event = current_event(session)
    logo = asset_file(session, event.logo_path)
    progress(0, 1, "laying out pages")
    came = session_attendance(session) if with_attendance and kind == "speakers" else None
    with fonts.glyph_forms(event_glyph_forms(event)):  # laid out and drawn in the same forms
        pages, info = layout(
            data, kind, days, page_size, logo, cancel, came, order, links, language
        )
        warnings: set[str] = set()
        for page in pages:
            for op in page.texts():
                if op.role not in ("title", "name", "speakers"):
                    continue
                text = " ".join(op.lines)
                if op.overflow:
                    warnings.add(f"shortened to fit: {text[:80]}")
                missing = fonts.has_unsupported(text)
                if missing:
                    warnings.add(f"{text[:60]}: {missing}")
        try:
            n = render(pages, out, info, progress, cancel)
        except PermissionError as exc:
            raise UserError(
                refusal("cannot write {out}: {value}", out=out, value=exc.strerror or exc)
            ) from None
        except OSError as exc:
            raise UserError(
                refusal("cannot write {out}: {value}", out=out, value=exc.strerror or exc)
            ) from None
    return ProgramResult(
        path=out,
        kind=kind,
        pages=n,
        release=release_label(data.release_name, data.release_at),  # English: the CLI says it
        days=list(days if days is not None else data.days),
        seconds=time.perf_counter() - t0,
        warnings=sorted(warnings),
    )


@dataclass
class ProgramChoices:
    """What the Program screen offers: the schedule's days and the published releases."""

    days: list[dt.date]
    # (id, name, published at in the event's time zone), newest first
    releases: list[tuple[int, str, dt.datetime]]


def program_choices(session: Session) -> ProgramChoices:
    """Days of the live schedule and every published release, for the Program screen."""
    from sqlalchemy import select

    from db.models import ScheduleRelease

    event = current_event(session)
    rows = session.execute(
        select(ScheduleRelease.id, ScheduleRelease.name, ScheduleRelease.published_at)
        .where(ScheduleRelease.event_id == event.id)
        .order_by(ScheduleRelease.id.desc())
    ).all()
    zone = event_zone(event)
    return ProgramChoices(
        load_schedule(session, None).days,
        [(rid, name, at.replace(tzinfo=dt.UTC).astimezone(zone)) for rid, name, at in rows],
    )
