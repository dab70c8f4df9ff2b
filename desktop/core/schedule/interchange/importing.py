"""Importing a schedule file into the store: all of it, or nothing.

`import_schedule(session, path)` reads a schedule file (frab XML, frab/pretalx/schedule2 JSON,
pretalx's widget or API JSON, iCalendar, xCal), checks it as a whole (days that overlap,
events in rooms the file does not have) and only then writes rooms, tracks, speakers and
sessions. Everything happens in the caller's transaction, so any error leaves the store as it
was. Re-importing a file is a sync: sessions are found by their identity (`identity`) and
speakers by guid, else id and name, else name (`_Speakers`), never duplicated.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from db.models import Event, Room, SessionSpeaker, Speaker, Track
from db.models import Session as SessionRow
from db.words import note, refusal
from desktop.base.errors import UserError
from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.core.audit import Action, write_audit
from desktop.core.events import TIMEZONE_DEFAULT, current_event
from desktop.core.schedule.data import SOURCE_SETTING
from desktop.core.schedule.editing import SESSION_DEFAULT_DURATIONS
from desktop.core.schedule.interchange.exporting import OWN_SLUG
from desktop.core.schedule.interchange.parsed import (
    ParsedDay,
    ParsedEvent,
    ParsedPerson,
    ParsedSchedule,
    check_plausible,
    guid_for,
    is_uuid,
    resolve_zone,
    session_type,
    zone_disagreement,
)
from desktop.core.schedule.interchange.sync import (
    SNAPSHOT,
    SOURCE,
    WITHDRAWN,
    Names,
    SyncChange,
    merge,
    shown,
    snapshot_of,
    source_key,
)
from desktop.core.text import clean, clean_line, fold

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_SESSION_MIN = 24 * 60  # the longest session Confdesk stores (editing.MAX_DURATION_MIN)
TRACK_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939",
)  # fmt: skip


@dataclass
class ImportReport:
    file: str
    format: str
    timezone: str
    days: int = 0
    rooms: int = 0
    tracks: int = 0
    events: int = 0
    speakers: int = 0
    sessions_created: int = 0
    sessions_updated: int = 0
    rooms_created: int = 0
    tracks_created: int = 0
    speakers_created: int = 0
    sessions_unchanged: int = 0
    sessions_withdrawn: int = 0  # the source gave them before; the file no longer has them
    conflicts: int = 0  # sessions changed here and in the file (kept as they are here)
    # What the import does to each session that changes (sync.SyncChange.as_dict()).
    changes: list[dict[str, Any]] = field(default_factory=list)
    # How the file's people were found among the event's speakers: guid, id and name, name,
    # or new (each person of the file counted once).
    people_matched: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # One line per file day that lies outside the event's days (imported all the same).
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_schedule_file(path: str | Path) -> ParsedSchedule:
    """Parse a frab XML, frab/pretalx or schedule2 JSON file, or a calendar (iCalendar, xCal),
    the kind chosen by its content, not its name."""
    from desktop.core.schedule.interchange.frab_json import parse_json
    from desktop.core.schedule.interchange.frab_xml import parse_xml

    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                refusal(
                    "{name} is {size} MiB; a schedule file is far smaller",
                    name=p.name,
                    size=size // 2**20,
                )
            )
        raw = p.read_bytes()
    except FileNotFoundError:
        raise UserError(refusal("no such file: {p}", p=p)) from None
    except IsADirectoryError:
        raise UserError(refusal("{p} is a folder, not a schedule file", p=p)) from None
    except OSError as exc:
        raise UserError(
            refusal("cannot read {p}: {strerror}", p=p, strerror=exc.strerror)
        ) from None
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].upper() == b"BEGIN:VCALENDAR":
        from desktop.core.schedule.interchange.calendar_read import parse_ical

        return parse_ical(raw, p.name)
    if head == b"<":
        return parse_xml(raw, p.name)
    if head in (b"{", b"["):
        return parse_json(raw, p.name)
    raise UserError(
        refusal(
            "{name} is neither a frab XML, a frab/pretalx JSON schedule nor a calendar (.ics, xCal)",
            name=p.name,
        )
    )


def _check_days(parsed: ParsedSchedule, zone: zoneinfo.ZoneInfo, name: str) -> None:
    seen: dict[dt.date, int] = {}
    for day in parsed.days:
        if day.date in seen:
            raise UserError(
                refusal(
                    "{name}: days {seen} and {index} are both {date}; overlapping days, nothing was imported",
                    name=name,
                    seen=seen[day.date],
                    index=day.index,
                    date=day.date,
                )
            )
        seen[day.date] = day.index
    spans = []
    for day in parsed.days:
        if day.start is None or day.end is None:
            continue
        a = day.start if day.start.tzinfo else day.start.replace(tzinfo=zone)
        b = day.end if day.end.tzinfo else day.end.replace(tzinfo=zone)
        if b <= a:
            raise UserError(
                refusal(
                    "{name}: day {index} ({date}) ends before it starts",
                    name=name,
                    index=day.index,
                    date=day.date,
                )
            )
        spans.append((a, b, day))
    spans.sort(key=lambda t: t[0])
    for (_a1, b1, d1), (a2, _b2, d2) in itertools.pairwise(spans):
        if a2 < b1:
            raise UserError(
                refusal(
                    "{name}: day {index} ({date}, until {b1}) overlaps day {index2} ({date2}, from {a2}); nothing was imported",
                    name=name,
                    index=d1.index,
                    date=d1.date,
                    b1=format(b1, "%Y-%m-%d %H:%M"),
                    index2=d2.index,
                    date2=d2.date,
                    a2=format(a2, "%Y-%m-%d %H:%M"),
                )
            )


def _check_rooms(parsed: ParsedSchedule, name: str) -> None:
    known = set(parsed.declared_rooms or parsed.rooms)
    for ev in parsed.events:
        if ev.room not in known:
            listed = ", ".join(sorted(known)[:10])
            raise UserError(
                refusal(
                    "{name}: {where} is in room {room}, which the file does not list (rooms: {listed}); nothing was imported",
                    name=name,
                    where=ev.where,
                    room=repr(ev.room),
                    listed=listed,
                )
            )


def _file_dates(
    parsed: ParsedSchedule, zone: zoneinfo.ZoneInfo, local: zoneinfo.ZoneInfo
) -> list[dt.date]:
    """The file's days as the event's dates (from its day list, else from its events' dates);
    times without a zone are read in `zone`."""
    return sorted({_local_day(d, zone, local) for d in parsed.days}) or sorted(
        {(e.start if e.start.tzinfo else e.start.replace(tzinfo=zone)).astimezone(local).date()
         for e in parsed.events}
    )  # fmt: skip


def _check_event_days(
    event: Any, file_dates: list[dt.date], name: str, other_days: bool
) -> list[str]:
    """Refuse a file none of whose days is an event day; one warning per day outside them.

    An event without dates takes the file's; `other_days` imports a foreign file anyway.
    """
    if event.start_date is None or not file_dates:
        return []
    first, last = event.start_date, event.end_date or event.start_date
    outside = [d for d in file_dates if not first <= d <= last]
    span = f"{first:%d %b %Y}" if first == last else f"{first:%d %b %Y} to {last:%d %b %Y}"
    if len(outside) == len(file_dates) and not other_days:
        fspan = (
            f"{file_dates[0]:%d %b %Y}"
            if len(file_dates) == 1
            else f"{file_dates[0]:%d %b %Y} to {file_dates[-1]:%d %b %Y}"
        )
        raise UserError(
            refusal(
                "{name} covers {fspan}, none of the event's days ({span}); nothing was imported (import it anyway with --other-days)",
                name=name,
                fspan=fspan,
                span=span,
            )
        )
    return [
        note(
            "{day} from {name} is outside the event's days ({span})",
            day=f"{d:%a %d %b %Y}",
            name=name,
            span=span,
        )
        for d in outside
    ]


def _source_extra(ev: ParsedEvent, base_url: str) -> dict[str, Any]:
    """What a session keeps of its source beyond Confdesk's own fields: the file's own type
    word ("DJ Set", "lecture"), its recording licence and opt-out, do_not_stream, its links
    and attachments, logo, feedback and origin urls, submission code, and the base url its
    relative urls are relative to (read back by `desktop.base.schedule.kept_fields`)."""
    return {
        # The file's own word, when Confdesk's kind is not already that word (export_type
        # writes the kind then: a "talk" comes back a "talk").
        "source_type": ev.type if ev.type != session_type(ev.type) else "",
        "recording_license": ev.recording_license,
        "do_not_record": ev.do_not_record,
        "do_not_stream": ev.do_not_stream,
        "links": [r.as_dict() for r in ev.links],
        "attachments": [r.as_dict() for r in ev.attachments],
        "logo": ev.logo,
        "feedback_url": ev.feedback_url,
        "origin_url": ev.origin_url,
        "code": ev.code,
        "base_url": base_url,
    }


# A file's session: the parsed event, its guid and its start in UTC without a zone.
_FileSession = tuple[ParsedEvent, str, dt.datetime]


def apply_schedule(
    s: Session,
    parsed: ParsedSchedule,
    name: str = "the file",
    timezone: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
    other_days: bool = False,
    take_file: bool = False,
) -> ImportReport:
    """Write a parsed schedule into the store's event (in the caller's transaction).

    A file none of whose days falls within the event's dates is refused (UserError, nothing
    written) unless `other_days`; days partly outside are imported and listed in `warnings`.
    A re-import is a sync (see `sync`): the report's `changes` say what is new, changed,
    moved, withdrawn, and in conflict with an edit made here (kept, unless `take_file`).
    """
    check_plausible(parsed, name)
    event = current_event(s)
    zone_name, why = resolve_zone(parsed, timezone, event.timezone)
    zone = zoneinfo.ZoneInfo(zone_name)
    _check_days(parsed, zone, name)
    _check_rooms(parsed, name)
    fresh = not s.scalar(
        select(func.count()).select_from(SessionRow).where(SessionRow.event_id == event.id)
    )
    # The zone the event will be in: its own, unless nobody chose it and the event is empty.
    takes_zone = fresh and bool((event.settings or {}).get(TIMEZONE_DEFAULT))
    local = zone if takes_zone else zoneinfo.ZoneInfo(event.timezone)
    report = ImportReport(file=name, format=parsed.format, timezone=zone_name)
    report.warnings = _check_event_days(event, _file_dates(parsed, zone, local), name, other_days)
    report.skipped = list(parsed.skipped)
    report.notes = list(parsed.notes)
    _settle_zone(event, parsed, zone_name, why, takes_zone, report)
    _keep_conference(event, parsed)
    _own_slugs(parsed)
    events, guids = _file_sessions(parsed, zone, name, report)
    _set_event_days(event, parsed, zone, local, events, fresh, report)
    rooms = _rooms(s, event.id, parsed, report)
    tracks = _tracks(s, event.id, parsed, events, report)
    speakers = _Speakers(s, event.id, report)
    s.flush()
    stored = list(s.scalars(select(SessionRow).where(SessionRow.event_id == event.id)))
    existing = _existing_sessions(stored, guids)
    names = Names(
        {r.id: r.name for r in rooms.values()}, {t.id: t.name for t in tracks.values()}, local
    )
    key = source_key(parsed.acronym, parsed.title)
    sync = _Sync(names, take_file, key, _speaker_names(s, [r.id for r in existing.values()]))
    new_sessions, links = _sessions(
        events,
        existing,
        rooms,
        tracks,
        speakers,
        event.id,
        report,
        progress,
        cancel,
        parsed.base_url,
        sync,
    )
    s.flush()
    _write_rows(s, speakers.new, new_sessions, existing, links)
    _withdraw(stored, key, set(guids), name, report)
    _audit(s, event.id, name, parsed, report)
    s.flush()
    progress(len(events), len(events), "sessions")
    report.events = len(events)
    report.speakers = speakers.count()
    return report


def _audit(
    s: Session, event_id: int, name: str, parsed: ParsedSchedule, report: ImportReport
) -> None:
    """The audit log's line for the import: file, format, sessions created and updated."""
    details = {
        "file": name,
        "format": parsed.format,
        "created": report.sessions_created,
        "updated": report.sessions_updated,
    }
    write_audit(s, event_id, Action.SCHEDULE_IMPORT, None, details, entity="schedule")


def _settle_zone(
    event: Event,
    parsed: ParsedSchedule,
    zone_name: str,
    why: str,
    takes_zone: bool,
    report: ImportReport,
) -> None:
    """Note how the file's times were read, and where they disagree with the zone the file
    names or with the event's. A zone the organizer set (`init --tz`, the event's details) is
    never replaced: only an empty event whose zone nobody chose takes the file's."""
    naive = sum(1 for e in parsed.events if e.start.tzinfo is None)
    if naive:
        report.notes.append(
            note(
                "{naive} of {count} event times carry no time zone; read as {zone} ({why}); "
                "choose another with --timezone"
                if why == "the event's"
                else "{naive} of {count} event times carry no time zone; read as {zone} ({why})",
                naive=naive,
                count=len(parsed.events),
                zone=zone_name,
                why=why,
            )
        )
    file_zone = zone_name if why == "the file's time_zone_name" else None
    if file_zone:
        said = zone_disagreement(parsed, file_zone, by_the_file=True)
        if said:
            report.notes.append(said)
    if takes_zone and event.timezone != zone_name:
        report.notes.append(
            note(
                "the event's time zone was {timezone} (nobody had chosen it); it is now {zone_name} ({why})",
                timezone=event.timezone,
                zone_name=zone_name,
                why=why,
            )
        )
        event.timezone = zone_name
    elif file_zone and file_zone != event.timezone:
        report.notes.append(
            note(
                "the file names the time zone {file_zone}; the event keeps its own, {timezone}: the times keep their instants and show in {timezone}; to use the file's zone: confdesk event set --tz {file_zone} --keep-instants (or File > Event details)",
                file_zone=file_zone,
                timezone=event.timezone,
            )
        )
    elif event.timezone != zone_name and naive:
        report.notes.append(
            note("the event keeps its time zone {timezone}", timezone=event.timezone)
        )
    if not file_zone:  # (a file that names another zone than the event's was said above)
        disagreement = zone_disagreement(parsed, event.timezone)
        if disagreement:
            report.notes.append(disagreement)


def _keep_conference(event: Event, parsed: ParsedSchedule) -> None:
    """Keep the file's own conference (acronym, title, url): the exports write it back."""
    if parsed.acronym or parsed.title or parsed.url:
        kept = {"acronym": clean(parsed.acronym, 100), "title": parsed.title, "url": parsed.url}
        event.settings = {**(event.settings or {}), SOURCE_SETTING: kept}


def _own_slugs(parsed: ParsedSchedule) -> None:
    """Slugs as they were before a Confdesk XML export: a slug the XSD's pattern refuses
    ("keynotes_welcome") is written as "<acronym>---<slug>" and read back here."""
    if parsed.generator != "confdesk" or not parsed.acronym:
        return
    marker = f"{parsed.acronym}{OWN_SLUG}"
    for ev in parsed.events:
        if ev.slug.startswith(marker) and len(ev.slug) > len(marker):
            ev.slug = ev.slug[len(marker) :]


def _file_sessions(
    parsed: ParsedSchedule, zone: zoneinfo.ZoneInfo, name: str, report: ImportReport
) -> tuple[list[_FileSession], dict[str, tuple[str, ...]]]:
    """The file's sessions with their guids (a repeated guid is skipped), and each guid used
    with its aliases (see `identity`)."""
    # Guid first, so the duplicate check sees generated guids too.
    seen_guids: dict[str, tuple[str, ...]] = {}
    events = []
    for ev in parsed.events:
        guid, aliases = identity(parsed, ev)
        if guid in seen_guids:
            report.skipped.append(
                note(
                    "{where}: its guid {guid} was already used in the file; skipped",
                    where=ev.where,
                    guid=guid,
                )
            )
            continue
        seen_guids[guid] = aliases
        _note_kept_as_said(ev, zone, report)
        start = ev.start if ev.start.tzinfo else ev.start.replace(tzinfo=zone)
        events.append((ev, guid, start.astimezone(dt.UTC).replace(tzinfo=None)))
    if not events:
        raise UserError(
            refusal("{name} holds no events that could be read; nothing was imported", name=name)
        )
    return events, seen_guids


def identity(parsed: ParsedSchedule, ev: ParsedEvent) -> tuple[str, tuple[str, ...]]:
    """The guid a file's event is stored under, and the guids an earlier import may have
    stored the same session under (found by either on re-import).

    A UUID guid is the session's identity. Another guid (31C3's "HOqeNIb6G7M4hYFKFRkCmQ")
    becomes the UUID the exports write for it (the c3voc schemas want UUIDs), so a re-import of
    an export finds the session again. A file without guids (FOSDEM's) names a session by
    what does not move: its id in the source, else its slug; its title and start only when it
    has neither. Earlier imports derived it from the id, title and start: that guid is kept
    as an alias."""
    base = parsed.acronym or parsed.title
    if ev.guid:
        if is_uuid(ev.guid):
            return ev.guid, ()
        return guid_for("confdesk", ev.guid), (ev.guid,)
    # (made from the title as imports then stored it: its runs of spaces collapsed)
    legacy = guid_for(base, ev.external_id or "", clean(ev.title, 500), ev.start.isoformat())
    if ev.external_id:
        return guid_for(base, "id", ev.external_id), (legacy,)
    if ev.slug:
        return guid_for(base, "slug", ev.slug), (legacy,)
    return legacy, ()


def _note_kept_as_said(ev: ParsedEvent, zone: zoneinfo.ZoneInfo, report: ImportReport) -> None:
    """A note for what cannot be stored as the file says: a local time the clocks skip or
    pass twice, a session longer than a day."""
    if ev.start.tzinfo is None:
        first = ev.start.replace(tzinfo=zone, fold=0)
        second = ev.start.replace(tzinfo=zone, fold=1)
        real = first.astimezone(dt.UTC).astimezone(zone)
        said = f"{ev.start:%H:%M} on {ev.start:%d %b %Y}"
        if real.replace(tzinfo=None) != ev.start:
            report.notes.append(
                note(
                    "{where}: {said} does not exist in {key} (the clocks jump forward then); read as {real} (UTC{real2})",
                    where=ev.where,
                    said=said,
                    key=zone.key,
                    real=format(real, "%H:%M"),
                    real2=format(real, "%z"),
                )
            )
        elif first.utcoffset() != second.utcoffset():
            report.notes.append(
                note(
                    "{where}: {said} happens twice in {key} (the clocks go back then); read as the first, at UTC{first}",
                    where=ev.where,
                    said=said,
                    key=zone.key,
                    first=format(first, "%z"),
                )
            )
    if ev.duration_min > MAX_SESSION_MIN:
        report.notes.append(
            note(
                "{where}: lasts {duration_min}:{duration_min2}; stored as 24 hours, the longest a Confdesk session lasts (split it to keep the rest)",
                where=ev.where,
                duration_min=ev.duration_min // 60,
                duration_min2=format(ev.duration_min % 60, "02d"),
            )
        )


def _set_event_days(
    event: Event,
    parsed: ParsedSchedule,
    zone: zoneinfo.ZoneInfo,
    local: zoneinfo.ZoneInfo,
    events: list[_FileSession],
    fresh: bool,
    report: ImportReport,
) -> None:
    """Count the file's days; a fresh event (or one without dates) takes them and its day change."""
    day_dates = sorted({_local_day(d, zone, local) for d in parsed.days}) or sorted(
        {start.replace(tzinfo=dt.UTC).astimezone(local).date() for _e, _g, start in events}
    )
    if fresh or event.start_date is None:
        event.start_date, event.end_date = day_dates[0], day_dates[-1]
        change = parsed.day_change or _day_change(parsed, zone, local)
        event.settings = {**(event.settings or {}), "day_change": change.strftime("%H:%M")}
    report.days = len(day_dates)


def _rooms(
    s: Session, event_id: int, parsed: ParsedSchedule, report: ImportReport
) -> dict[str, Room]:
    """The event's rooms by name, the file's new ones added in its order after the existing."""
    rooms = {r.name: r for r in s.scalars(select(Room).where(Room.event_id == event_id))}
    position = max((r.position for r in rooms.values()), default=0)
    room_names = parsed.declared_rooms or parsed.rooms
    # A guid is one room's: one the file gives two rooms (pretalx democon does) stays the
    # first's, and the other goes out with one made from its name.
    taken = {r.external_id for r in rooms.values() if r.external_id}
    guids: dict[str, str] = {}
    for rname in room_names:
        guid = parsed.room_guids.get(rname)
        if guid and guid not in taken and (rname not in rooms or not rooms[rname].external_id):
            guids[rname] = guid
            taken.add(guid)
    for rname in room_names:
        if rname not in rooms:
            position += 1
            rooms[rname] = Room(
                event_id=event_id,
                name=rname,
                position=position,
                capacity=parsed.room_capacity.get(rname),
                availability=[],
                external_id=guids.get(rname),
            )
            s.add(rooms[rname])
            report.rooms_created += 1
        elif rname in guids:  # the room's guid in the source, kept for the exports
            rooms[rname].external_id = guids[rname]
    report.rooms = len(room_names)
    return rooms


def _tracks(
    s: Session,
    event_id: int,
    parsed: ParsedSchedule,
    events: list[_FileSession],
    report: ImportReport,
) -> dict[str, Track]:
    """The event's tracks by name, the file's new ones added (the file's colour or the palette's)."""
    tracks = {t.name: t for t in s.scalars(select(Track).where(Track.event_id == event_id))}
    wanted_tracks = list(
        dict.fromkeys([*parsed.tracks, *(e.track for e, _g, _s in events if e.track)])
    )
    for tname in wanted_tracks:
        if tname not in tracks:
            color = parsed.tracks.get(tname) or TRACK_PALETTE[len(tracks) % len(TRACK_PALETTE)]
            tracks[tname] = Track(event_id=event_id, name=tname[:200], color=color[:16])
            s.add(tracks[tname])
            report.tracks_created += 1
    report.tracks = len(wanted_tracks)
    return tracks


def _person_extra(person: ParsedPerson) -> dict[str, str]:
    """What a speaker keeps of the file's person beyond Confdesk's columns: guid and code."""
    return {k: v for k, v in (("guid", person.guid), ("code", person.code)) if v}


class _Speakers:
    """The file's people matched to the event's speakers.

    A person is the same person by their guid when the file gives one; else by the file's
    person id confirmed by the name (schedules merged from several systems reuse one id for
    different people: two names under one id stay two people, and the report says so); else
    by name. How each was matched is counted in the report (`people_matched`).

    New speakers (and sessions) go in as bulk INSERT ... RETURNING (ORM objects for ~2,000
    rows cost more than the whole parse); a `_Ref` carries the id once it is known.
    """

    def __init__(self, s: Session, event_id: int, report: ImportReport) -> None:
        self.event_id = event_id
        self.report = report
        self.by_guid: dict[str, Speaker] = {}
        self.by_ext: dict[str, list[Speaker]] = {}
        self.by_name: dict[str, Speaker] = {}
        for p in s.scalars(select(Speaker).where(Speaker.event_id == event_id)):
            guid = (p.extra or {}).get("guid")
            if isinstance(guid, str) and guid:
                self.by_guid.setdefault(guid.lower(), p)
            if p.external_id:
                self.by_ext.setdefault(p.external_id, []).append(p)
            self.by_name.setdefault(fold(p.name), p)
        self.file_people: dict[str, _Ref] = {}
        self.names_of_id: dict[str, set[str]] = {}  # the file's person id -> its names
        self.new: list[tuple[_Ref, dict[str, Any]]] = []
        self.new_by_name: dict[str, tuple[_Ref, bool]] = {}

    def _key(self, person: ParsedPerson) -> str:
        if person.guid:
            return f"guid:{person.guid.lower()}"
        if person.external_id:
            return f"id:{person.external_id}:{fold(person.name)}"
        return f"name:{fold(person.name)}"

    def _match(self, person: ParsedPerson) -> tuple[Speaker | None, str]:
        """The stored speaker this person is, and how they were found."""
        name = fold(person.name)
        if person.guid:
            sp = self.by_guid.get(person.guid.lower())
            if sp is not None:
                return sp, "guid"
        if person.external_id:
            same_id = self.by_ext.get(person.external_id, [])
            sp = next((p for p in same_id if fold(p.name) == name), None)
            if sp is not None:
                return sp, "id and name"
            if same_id:
                was = same_id[0].name
                self.report.notes.append(
                    note(
                        "person id {external_id} was “{was}” and the file names “{name}”: kept as two people (merge them if it is one person)",
                        external_id=person.external_id,
                        was=was,
                        name=person.name,
                    )
                )
                return None, "new"
            named = self.by_name.get(name)  # typed in by hand (no id yet), same name
            if named is not None and not named.external_id:
                return named, "name"
            return None, "new"
        sp = self.by_name.get(name)
        return (sp, "name") if sp is not None else (None, "new")

    def ref(self, person: ParsedPerson) -> _Ref:
        """The speaker row of one of the file's people, a new one if none matches."""
        key = self._key(person)
        if key in self.file_people:
            return self.file_people[key]
        if person.external_id and not person.guid:
            names = self.names_of_id.setdefault(person.external_id, set())
            names.add(fold(person.name))
            if len(names) == 2:
                self.report.notes.append(
                    note(
                        "person id {external_id} names more than one person in the file (“{name}” and another): each kept apart",
                        external_id=person.external_id,
                        name=person.name,
                    )
                )
        sp, how = self._match(person)
        new_named = self.new_by_name.get(fold(person.name))
        if sp is None and new_named is not None and (not person.external_id or not new_named[1]):
            ref = new_named[0]  # the same person listed with and without an id in this file
            how = "name"
        elif sp is None:
            ref = _Ref()
            self.new_by_name.setdefault(fold(person.name), (ref, bool(person.external_id)))
            self.new.append(
                (
                    ref,
                    {
                        "event_id": self.event_id,
                        "name": person.name,
                        "external_id": person.external_id,
                        "bio": person.bio,
                        "availability": [],
                        "extra": _person_extra(person),
                    },
                )
            )
            self.report.speakers_created += 1
        else:
            ref = _Ref(sp.id)
            if person.bio and not sp.bio:
                sp.bio = person.bio
            known = {**(sp.extra or {}), **_person_extra(person)}
            if known != (sp.extra or {}):
                sp.extra = known
        matched = self.report.people_matched
        matched[how] = matched.get(how, 0) + 1
        self.file_people[key] = ref
        return ref

    def count(self) -> int:
        """How many distinct speakers the file names."""
        return len({id(ref) for ref in self.file_people.values()})


def _existing_sessions(
    rows: list[SessionRow], aliases: dict[str, tuple[str, ...]]
) -> dict[str, SessionRow]:
    """The event's sessions that the file's events name (see `identity`), by the file's guid:
    stored under that guid, under one of its aliases, or (a guid that is no UUID, stored by
    an earlier import) under the raw form of the UUID the exports wrote for it."""
    by_guid = {row.guid: row for row in rows}
    for row in rows:
        if row.guid and not is_uuid(row.guid):
            by_guid.setdefault(guid_for("confdesk", row.guid), row)
    out: dict[str, SessionRow] = {}
    taken: set[int] = set()
    for guid, others in aliases.items():
        for key in (guid, *others):
            found = by_guid.get(key)
            if found is not None and found.id not in taken:
                out[guid] = found
                taken.add(found.id)
                break
    return out


def _session_values(
    ev: ParsedEvent, start_utc: dt.datetime, rooms: dict[str, Room], tracks: dict[str, Track]
) -> dict[str, Any]:
    """The session columns a file sets, cleaned to their limits."""
    kind = session_type(ev.type)
    return {
        "title": clean_line(ev.title, 500),  # as the file wrote it: inner spaces kept
        "subtitle": clean_line(ev.subtitle, 500),
        "abstract": ev.abstract,
        "description": ev.description,
        "language": clean(ev.language, 16),
        "type": kind,
        "track_id": tracks[ev.track].id if ev.track else None,
        "room_id": rooms[ev.room].id,
        "start": start_utc,
        "duration_min": min(ev.duration_min, MAX_SESSION_MIN) or SESSION_DEFAULT_DURATIONS[kind],
        "plenary": kind == "plenary",
        "external_id": ev.external_id,
        "slug": clean(ev.slug, 300),
        "url": clean(ev.url, 1000),
    }


def _sessions(
    events: list[_FileSession],
    existing: dict[str, SessionRow],
    rooms: dict[str, Room],
    tracks: dict[str, Track],
    speakers: _Speakers,
    event_id: int,
    report: ImportReport,
    progress: ProgressFn,
    cancel: CancelFlag | None,
    base_url: str,
    sync: _Sync,
) -> tuple[list[tuple[_Ref, dict[str, Any]]], list[tuple[_Ref, list[tuple[_Ref, str]]]]]:
    """Update the sessions the store has, list the new ones; each session's speakers in order."""
    total = len(events)
    links: list[tuple[_Ref, list[tuple[_Ref, str]]]] = []
    new_sessions: list[tuple[_Ref, dict[str, Any]]] = []
    for n, (ev, guid, start_utc) in enumerate(events):
        if cancel is not None and n % 100 == 0:
            cancel.check()
        values = _session_values(ev, start_utc, rooms, tracks)
        row = existing.get(guid)
        if row is not None and (row.slug or "").lower() == values["slug"].lower():
            values["slug"] = row.slug  # the schemas want lower case: our export wrote it so
        if row is None:
            ref = _Ref()
            new_sessions.append(
                (
                    ref,
                    {
                        "event_id": event_id,
                        "guid": guid,
                        "status": "confirmed",
                        "extra": {
                            **_source_extra(ev, base_url),
                            SNAPSHOT: snapshot_of(values),
                            SOURCE: sync.source,
                        },
                        **values,
                    },
                )
            )
            report.sessions_created += 1
            where = {
                "start": ("", shown("start", values["start"].isoformat(), sync.names)),
                "room": ("", shown("room_id", values["room_id"], sync.names)),
            }
            report.changes.append(SyncChange("new", guid, values["title"], where).as_dict())
        else:
            _update(row, ev, values, base_url, sync, report)
            ref = _Ref(row.id)
        people: list[tuple[_Ref, str]] = []
        for person in ev.persons:
            sp_ref = speakers.ref(person)
            if all(sp_ref is not other for other, _r in people):
                people.append((sp_ref, person.role))
        links.append((ref, people))
        if n % 200 == 0:
            progress(n, total, "sessions")
    return new_sessions, links


def _write_rows(
    s: Session,
    new_people: list[tuple[_Ref, dict[str, Any]]],
    new_sessions: list[tuple[_Ref, dict[str, Any]]],
    existing: dict[str, SessionRow],
    links: list[tuple[_Ref, list[tuple[_Ref, str]]]],
) -> None:
    """Insert the new speakers and sessions, then every imported session's speaker list anew."""
    _insert_returning(s, Speaker, new_people)
    _insert_returning(s, SessionRow, new_sessions)
    updated = [row.id for row in existing.values()]
    for chunk in range(0, len(updated), 500):
        s.execute(
            delete(SessionSpeaker).where(
                SessionSpeaker.session_id.in_(updated[chunk : chunk + 500])
            )
        )
    rows = [
        {"session_id": ref.id, "speaker_id": sp.id, "role": role, "position": pos}
        for ref, people in links
        for pos, (sp, role) in enumerate(people)
    ]
    if rows:
        s.execute(insert(SessionSpeaker), rows)
    for row in existing.values():
        s.expire(row, ["speakers"])


@dataclass
class _Sync:
    """What the sync of existing sessions needs (see `sync.merge`)."""

    names: Names
    take_file: bool
    source: str
    speakers: dict[int, list[str]]  # session id -> its speakers' names, in order, before


def _speaker_names(s: Session, session_ids: list[int]) -> dict[int, list[str]]:
    """The speakers' names of these sessions, in order (what a report compares)."""
    out: dict[int, list[str]] = {}
    for chunk in range(0, len(session_ids), 500):
        rows = s.execute(
            select(SessionSpeaker.session_id, Speaker.name)
            .join(Speaker, Speaker.id == SessionSpeaker.speaker_id)
            .where(SessionSpeaker.session_id.in_(session_ids[chunk : chunk + 500]))
            .order_by(SessionSpeaker.session_id, SessionSpeaker.position)
        )
        for sid, name in rows:
            out.setdefault(sid, []).append(name)
    return out


def _update(
    row: SessionRow,
    ev: ParsedEvent,
    values: dict[str, Any],
    base_url: str,
    sync: _Sync,
    report: ImportReport,
) -> None:
    """An existing session synced with the file (see `sync`)."""
    to_set, changes = merge(row, values, sync.names, sync.take_file)
    for key, value in to_set.items():
        setattr(row, key, value)
    row.plenary = row.type == "plenary"
    row.external_id = values["external_id"]
    row.extra = {**(row.extra or {}), **_source_extra(ev, base_url), SOURCE: sync.source}
    before = sync.speakers.get(row.id, [])
    after = [clean(p.name, 200) for p in ev.persons]
    if before != after:
        said = (", ".join(before) or "–", ", ".join(after) or "–")
        changed = next((c for c in changes if c.kind in ("changed", "moved")), None)
        if changed is None:
            changes.insert(0, SyncChange("changed", row.guid, row.title, {"speakers": said}))
        else:
            changed.fields["speakers"] = said
    if (row.extra or {}).get(WITHDRAWN):
        row.status = "confirmed"  # withdrawn by an earlier import, back in the file
        row.extra = {k: v for k, v in row.extra.items() if k != WITHDRAWN}
        changes.insert(0, SyncChange("back", row.guid, row.title))
    report.changes.extend(c.as_dict() for c in changes)
    report.conflicts += sum(1 for c in changes if c.kind == "conflict")
    if to_set or any(c.kind != "conflict" for c in changes):
        report.sessions_updated += 1
    else:
        report.sessions_unchanged += 1


def _withdraw(
    stored: list[SessionRow], source: str, kept: set[str], name: str, report: ImportReport
) -> None:
    """Withdraw the sessions this source gave before (of the event's `stored` ones) that the
    file no longer holds."""
    for row in stored:
        extra = row.extra or {}
        if row.status == "cancelled" or extra.get(SOURCE) != source or row.guid in kept:
            continue
        row.status = "cancelled"
        row.extra = {**extra, WITHDRAWN: name}
        report.sessions_withdrawn += 1
        report.changes.append(SyncChange("withdrawn", row.guid, row.title).as_dict())


class _Ref:
    """The id of a row that may not be inserted yet."""

    __slots__ = ("id",)

    def __init__(self, ident: int | None = None) -> None:
        self.id = ident


def _insert_returning(
    s: Session, model: type[Speaker] | type[SessionRow], items: list[tuple[_Ref, dict[str, Any]]]
) -> None:
    """Insert many rows in one statement and hand each its new id."""
    if not items:
        return
    ids = s.scalars(
        insert(model).returning(model.id, sort_by_parameter_order=True),
        [values for _ref, values in items],
    ).all()
    for (ref, _values), ident in zip(items, ids, strict=True):
        ref.id = ident


def _local_day(day: ParsedDay, zone: zoneinfo.ZoneInfo, local: zoneinfo.ZoneInfo) -> dt.date:
    """A day's date where the event is (DebConf labels its days with the UTC date); times
    without a zone are read in `zone`, dates are the event's zone's (`local`)."""
    if day.start is None or (day.start.tzinfo is None and zone.key == local.key):
        return day.date
    start = day.start if day.start.tzinfo else day.start.replace(tzinfo=zone)
    return start.astimezone(local).date()


def _day_change(
    parsed: ParsedSchedule, zone: zoneinfo.ZoneInfo, local: zoneinfo.ZoneInfo
) -> dt.time:
    """Where the file's days turn over: a day ending after midnight (congress nights) sets it."""
    ends = []
    for day in parsed.days:
        if day.end is None:
            continue
        end = (day.end if day.end.tzinfo else day.end.replace(tzinfo=zone)).astimezone(local)
        if end.date() > _local_day(day, zone, local):
            ends.append(end)
    if not ends or len(ends) < len(parsed.days) - 1:
        return dt.time(0)
    first = min(ends, key=lambda e: e.time())
    # Round up to the quarter hour: files say "ends 03:59" or "04:59:59" for "until 04:00".
    minutes = first.hour * 60 + first.minute + (1 if first.second or first.microsecond else 0)
    minutes = -(-minutes // 15) * 15
    return dt.time(minutes // 60, minutes % 60) if minutes < 24 * 60 else dt.time(0)


def import_schedule(
    s: Session,
    path: str | Path,
    timezone: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
    other_days: bool = False,
) -> ImportReport:
    """Read and import a schedule file; raises UserError (nothing written) for a bad file."""
    parsed = read_schedule_file(path)
    return apply_schedule(s, parsed, Path(path).name, timezone, progress, cancel, other_days)
