"""`confdesk schedule room|track|session|speaker ...`: edit the schedule from the command line.

Rooms, tracks, sessions and speakers each have `list` (a table, or --json), `add`, `edit` and
`remove`; sessions also `move` and `speakers`. Every change goes through desktop.core.schedule.editing
in one transaction: a refusal (unknown id or name, bad time, ...) exits 2 with one line on
stderr and changes nothing. Times are read and printed in the event's time zone. Rooms and
tracks may be named by name (any case) or id; a name that fits two of them is refused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
import zoneinfo
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from desktop.base.errors import UserError
from desktop.cli.common import MAX_ID, print_json, store_from
from desktop.core.schedule.windows import parse_windows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.base.schedule import (
        RoomData,
        ScheduleData,
        SessionData,
        SpeakerData,
        TrackData,
        Window,
    )

# The session types and statuses of db.models, for the help (the core checks the values).
SESSION_TYPES = ("keynote", "talk", "panel", "round_table", "workshop", "break", "plenary")
SESSION_STATUSES = ("draft", "confirmed", "cancelled")

_DAY_CLOCK = r"(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})"
_START = re.compile(_DAY_CLOCK, re.ASCII)
# The conflicts a change of speakers can cause (a room clash was there before it).
_SPEAKER_KINDS = ("speaker_double_booked", "speaker_unavailable", "tight_changeover")


# --- registration -------------------------------------------------------------------------


def register_editing(ssub: argparse._SubParsersAction) -> None:
    """Add `room`, `track`, `session` and `speaker` under the `schedule` subparsers."""
    _register_rooms(ssub)
    _register_tracks(ssub)
    _register_sessions(ssub)
    _register_speakers(ssub)


def _json_flag(p: argparse.ArgumentParser, what: str = "print the result as JSON") -> None:
    p.add_argument("--json", action="store_true", help=what)


def _available_flags(p: argparse.ArgumentParser, who: str) -> None:
    p.add_argument(
        "--available",
        action="append",
        metavar="'YYYY-MM-DD HH:MM-HH:MM'",
        help=f"a window when the {who} is available, in the event's time (repeatable; the "
        "windows given replace the stored ones; the end may be 'YYYY-MM-DD HH:MM', another day)",
    )


def _register_rooms(ssub: argparse._SubParsersAction) -> None:
    """`schedule room list|add|edit|remove`."""
    p = ssub.add_parser("room", help="rooms: list, add, edit, remove")
    sub = p.add_subparsers(dest="room_command", metavar="ACTION", required=True)

    q = sub.add_parser("list", help="the rooms in column order")
    _json_flag(q, "print as JSON")
    q.set_defaults(func=cmd_room_list)

    q = sub.add_parser("add", help="add a room (after the others unless --position)")
    q.add_argument("name", help="the room's name")
    q.add_argument("--capacity", metavar="N", help="seats")
    q.add_argument("--position", metavar="N", help="column order in the timetable")
    _available_flags(q, "room")
    _json_flag(q)
    q.set_defaults(func=cmd_room_add)

    q = sub.add_parser("edit", help="change a room's name, capacity, position or availability")
    q.add_argument("room", metavar="ROOM", help="the room's name or id")
    q.add_argument("--name", help="new name")
    q.add_argument("--capacity", metavar="N|none", help="seats (none: unknown)")
    q.add_argument("--position", metavar="N", help="column order in the timetable")
    _available_flags(q, "room")
    q.add_argument(
        "--always-available", action="store_true", help="forget the availability windows"
    )
    _json_flag(q)
    q.set_defaults(func=cmd_room_edit)

    q = sub.add_parser("remove", help="remove a room; its sessions become unscheduled")
    q.add_argument("room", metavar="ROOM", help="the room's name or id")
    q.set_defaults(func=cmd_room_remove)


def _register_tracks(ssub: argparse._SubParsersAction) -> None:
    """`schedule track list|add|edit|remove`."""
    p = ssub.add_parser("track", help="tracks: list, add, edit, remove")
    sub = p.add_subparsers(dest="track_command", metavar="ACTION", required=True)

    q = sub.add_parser("list", help="the tracks with their colours")
    _json_flag(q, "print as JSON")
    q.set_defaults(func=cmd_track_list)

    q = sub.add_parser("add", help="add a track")
    q.add_argument("name", help="the track's name")
    q.add_argument("--color", default="#888888", metavar="#RRGGBB", help="default #888888")
    _json_flag(q)
    q.set_defaults(func=cmd_track_add)

    q = sub.add_parser("edit", help="rename a track or change its colour")
    q.add_argument("track", metavar="TRACK", help="the track's name or id")
    q.add_argument("--name", help="new name")
    q.add_argument("--color", metavar="#RRGGBB", help="new colour")
    _json_flag(q)
    q.set_defaults(func=cmd_track_edit)

    q = sub.add_parser("remove", help="remove a track; its sessions stay, with no track")
    q.add_argument("track", metavar="TRACK", help="the track's name or id")
    q.set_defaults(func=cmd_track_remove)


def _session_fields(q: argparse.ArgumentParser, adding: bool) -> None:
    """The session options `add` and `edit` share."""
    q.add_argument(
        "--type",
        metavar="TYPE",
        help=f"one of {', '.join(SESSION_TYPES)}" + (" (default talk)" if adding else ""),
    )
    q.add_argument(
        "--status",
        metavar="STATUS",
        help=f"one of {', '.join(SESSION_STATUSES)}" + (" (default draft)" if adding else ""),
    )
    q.add_argument("--track", metavar="TRACK", help="the track's name or id")
    q.add_argument(
        "--duration",
        metavar="MIN",
        help="length in minutes" + (" (default: the type's usual length)" if adding else ""),
    )
    q.add_argument("--subtitle", help="subtitle")
    q.add_argument("--abstract", help="abstract")
    q.add_argument("--language", metavar="CODE", help="language, such as en or zh")
    q.add_argument("--audience", metavar="N|none", help="expected audience (for room sizes)")
    q.add_argument(
        "--plenary",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="spans every room" + (" (default: only for the plenary type)" if adding else ""),
    )


def _register_sessions(ssub: argparse._SubParsersAction) -> None:
    """`schedule session list|add|edit|move|speakers|remove`."""
    p = ssub.add_parser("session", help="sessions: list, add, edit, move, speakers, remove")
    sub = p.add_subparsers(dest="session_command", metavar="ACTION", required=True)

    q = sub.add_parser("list", help="the sessions in schedule order, unscheduled last")
    q.add_argument("--day", metavar="YYYY-MM-DD", help="only this day")
    q.add_argument("--room", metavar="ROOM", help="only this room (name or id)")
    q.add_argument("--unscheduled", action="store_true", help="only sessions without a time")
    _json_flag(q, "print as JSON")
    q.set_defaults(func=cmd_session_list)

    q = sub.add_parser("add", help="add a session (unscheduled unless --start)")
    q.add_argument("title", help="the session's title")
    q.add_argument("--room", metavar="ROOM", help="the room's name or id")
    q.add_argument("--start", metavar="'YYYY-MM-DD HH:MM'", help="start, in the event's time")
    _session_fields(q, adding=True)
    _json_flag(q)
    q.set_defaults(func=cmd_session_add)

    q = sub.add_parser(
        "edit",
        help="change a session's title, type, status, track, length, ...",
        description="Change the fields given; place the session with `move`.",
    )
    q.add_argument("id", metavar="ID", help="the session's id")
    q.add_argument("--title", help="new title")
    _session_fields(q, adding=False)
    q.add_argument("--no-track", action="store_true", help="take the session out of its track")
    _json_flag(q)
    q.set_defaults(func=cmd_session_edit)

    q = sub.add_parser(
        "move",
        help="place a session in a room at a time (or --unschedule it)",
        description="Give --room, --start or both; what is not given stays. The timetable "
        "conflicts the move leaves are reported as a warning (`schedule conflicts` lists them).",
    )
    q.add_argument("id", metavar="ID", help="the session's id")
    q.add_argument("--room", metavar="ROOM", help="the room's name or id")
    q.add_argument("--start", metavar="'YYYY-MM-DD HH:MM'", help="start, in the event's time")
    q.add_argument("--duration", metavar="MIN", help="also change the length (minutes)")
    q.add_argument("--unschedule", action="store_true", help="take it off the timetable")
    _json_flag(q)
    q.set_defaults(func=cmd_session_move)

    q = sub.add_parser(
        "speakers",
        help="set who speaks in a session, in billing order",
        description="Replace the session's speakers with these, in this order. A speaker may "
        "carry a role: 12:moderator (speaker, moderator or panelist; default speaker).",
    )
    q.add_argument("id", metavar="ID", help="the session's id")
    q.add_argument("speakers", nargs="*", metavar="SPEAKER_ID[:ROLE]", help="speaker ids")
    q.add_argument("--clear", action="store_true", help="no speakers at all")
    q.set_defaults(func=cmd_session_speakers)

    q = sub.add_parser(
        "remove",
        help="remove a session and its speaker links",
        description="Remove a session for good. Once it was published in a release, rather "
        "cancel it: `schedule session edit ID --status cancelled`.",
    )
    q.add_argument("id", metavar="ID", help="the session's id")
    q.set_defaults(func=cmd_session_remove)


def _speaker_fields(q: argparse.ArgumentParser) -> None:
    """The speaker options `add` and `edit` share."""
    q.add_argument("--name-local", metavar="NAME", help="the name in Chinese (or other script)")
    q.add_argument("--organization", help="organization")
    q.add_argument("--title", help="job title")
    q.add_argument("--email", help="e-mail")
    q.add_argument("--bio", help="biography")
    _available_flags(q, "speaker")
    q.add_argument(
        "--attendee",
        metavar="CODE_OR_ID",
        help="link to this attendee (badge code or attendee id): their badge becomes a "
        "speaker badge",
    )


def _register_speakers(ssub: argparse._SubParsersAction) -> None:
    """`schedule speaker list|add|edit|remove`."""
    p = ssub.add_parser("speaker", help="speakers: list, add, edit, remove")
    sub = p.add_subparsers(dest="speaker_command", metavar="ACTION", required=True)

    q = sub.add_parser("list", help="the speakers with their sessions")
    _json_flag(q, "print as JSON")
    q.set_defaults(func=cmd_speaker_list)

    q = sub.add_parser("add", help="add a speaker")
    q.add_argument("name", help="the speaker's name")
    _speaker_fields(q)
    _json_flag(q)
    q.set_defaults(func=cmd_speaker_add)

    q = sub.add_parser("edit", help="change a speaker's details, availability or attendee link")
    q.add_argument("id", metavar="ID", help="the speaker's id")
    q.add_argument("--name", help="new name")
    _speaker_fields(q)
    q.add_argument(
        "--always-available", action="store_true", help="forget the availability windows"
    )
    q.add_argument(
        "--no-attendee",
        action="store_true",
        help="unlink the attendee (their category stays speaker)",
    )
    _json_flag(q)
    q.set_defaults(func=cmd_speaker_edit)

    q = sub.add_parser("remove", help="remove a speaker from the event and every session")
    q.add_argument("id", metavar="ID", help="the speaker's id")
    q.set_defaults(func=cmd_speaker_remove)


# --- reading what the user typed ----------------------------------------------------------


def parse_id(text: str, what: str) -> int:
    """A record id as typed: a whole number from 1 (else UserError)."""
    t = text.strip()
    if not (t.isascii() and t.isdigit()) or not 1 <= int(t) <= MAX_ID:
        article = "an" if what[:1] in "aeiou" else "a"
        raise UserError(f"{article} {what} id is a whole number, not {text[:40]!r}")
    return int(t)


def pick(items: Sequence[RoomData | TrackData], text: str, what: str) -> int:
    """The id of the room or track named `text` (any case) or with the id `text`.

    An exact name wins; a name that fits several (case aside), or a number that is one's id
    and another's name, is refused as ambiguous.
    """
    from desktop.core.text import fold

    t = " ".join(text.split())
    if not t:
        raise UserError(f"give the {what}'s name or id")
    named = [x for x in items if x.name == t] or [x for x in items if fold(x.name) == fold(t)]
    if len(named) > 1:
        ids = ", ".join(str(x.id) for x in named)
        raise UserError(f"{what} {t!r} is ambiguous: {what}s {ids} have that name; give the id")
    by_id = [x for x in items if t.isascii() and t.isdigit() and x.id == int(t)]
    if named and by_id and named[0].id != by_id[0].id:
        raise UserError(
            f"{what} {t!r} is ambiguous: the id of {what} {by_id[0].id} and the name of "
            f"{what} {named[0].id}; give the other name or id"
        )
    if named or by_id:
        return (named or by_id)[0].id
    raise UserError(f"no {what} {t!r} (`confdesk schedule {what} list` lists them)")


def _local(zone: zoneinfo.ZoneInfo, day: str, clock: str, text: str) -> dt.datetime:
    """A day and a clock time in `zone`, refused when it is no time or one the clocks skip."""
    try:
        naive = dt.datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M")
    except ValueError:
        raise UserError(f"not a date and time: {text[:40]!r}") from None
    aware = naive.replace(tzinfo=zone)
    if aware.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != naive:
        raise UserError(f"{naive:%Y-%m-%d %H:%M} does not exist in {zone.key} (the clocks change)")
    return aware


def parse_start(zone: zoneinfo.ZoneInfo, text: str) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' in the event's zone as an aware datetime (else UserError)."""
    m = _START.fullmatch(text.strip())
    if not m:
        raise UserError(
            f"--start is 'YYYY-MM-DD HH:MM' in the event's time ({zone.key}), not {text[:40]!r}"
        )
    return _local(zone, m[1], m[2], text)


def parse_window(zone: zoneinfo.ZoneInfo, text: str) -> tuple[dt.datetime, dt.datetime]:
    """'YYYY-MM-DD HH:MM-HH:MM' (or ...-YYYY-MM-DD HH:MM) as an aware (start, end), read as
    the dialogs read a line (desktop.core.schedule.windows)."""
    try:
        windows = parse_windows(text, zone) if "\n" not in text and ";" not in text else []
    except ValueError as exc:
        why = str(exc).split(": ", 1)[-1]
        raise UserError(f"--available: {why}") from None
    if len(windows) != 1:
        raise UserError(
            f"--available is one window 'YYYY-MM-DD HH:MM-HH:MM' in the event's time "
            f"({zone.key}), not {text[:40]!r}"
        )
    return windows[0]


def _windows(
    zone: zoneinfo.ZoneInfo, args: argparse.Namespace
) -> list[tuple[dt.datetime, dt.datetime]] | None:
    """The availability the command asks for: windows, [] (always), or None (unchanged)."""
    always = getattr(args, "always_available", False)
    if always and args.available:
        raise UserError("give --available or --always-available, not both")
    if always:
        return []
    if args.available:
        return [parse_window(zone, w) for w in args.available]
    return None


def _number(text: str | None) -> str | None:
    """A count as typed, for the core to check; 'none' (or empty) means unknown."""
    if text is None:
        return None
    return "" if text.strip().lower() in ("", "none") else text.strip()


def find_attendee(s: Session, text: str) -> int:
    """The attendee a badge code or an attendee id names (else UserError)."""
    from desktop.core.checkin import load_card
    from desktop.core.events import current_event
    from desktop.core.tickets import Verdict, normalise_scan, verify

    t = text.strip()
    code = None
    if t.isascii() and t.isdigit():
        found = parse_id(t, "attendee")
    else:
        code = normalise_scan(t)
        parsed = verify(current_event(s), code)
        if parsed.verdict != Verdict.VALID or parsed.attendee_id is None:
            raise UserError("no attendee has that badge code (give a badge code or attendee id)")
        found = parsed.attendee_id
    card = load_card(s, found)
    if card is None:
        raise UserError(f"no attendee with id {found}")
    if code is not None and card.badge_code != code:
        raise UserError(f"that badge code was replaced by a newer one (attendee {found})")
    if card.merged_into_id is not None:
        raise UserError(f"attendee {found} was merged into {card.merged_into_id}; link that one")
    return found


# --- opening the store --------------------------------------------------------------------


@contextmanager
def _writing(args: argparse.Namespace) -> Iterator[tuple[Session, zoneinfo.ZoneInfo]]:
    """A write transaction and the event's zone: committed at the end, rolled back on error."""
    from desktop.core.events import current_event, event_zone

    store = store_from(args)
    try:
        with store.write_session() as s:
            yield s, event_zone(current_event(s))
    finally:
        store.close()


def _read(args: argparse.Namespace) -> ScheduleData:
    """The live schedule, read in a transaction of its own."""
    from desktop.core.schedule.data import load_schedule

    store = store_from(args)
    try:
        with store.session() as s:
            return load_schedule(s)
    finally:
        store.close()


def _live(s: Session) -> ScheduleData:
    """The live schedule as this transaction sees it (its own changes included)."""
    from desktop.core.schedule.data import load_schedule

    return load_schedule(s)


def _warn_conflicts(
    s: Session,
    session_id: int | None = None,
    room_id: int | None = None,
    speaker_id: int | None = None,
    kinds: tuple[str, ...] = (),
) -> None:
    """One warning line when the change leaves conflicts on this session, room or speaker
    (only of these `kinds`, when given)."""
    from desktop.core.schedule.conflicts import KIND_LABELS, find_conflicts

    found = [
        c
        for c in find_conflicts(s)
        if (session_id is not None and session_id in c.session_ids)
        or (room_id is not None and c.room_id == room_id)
        or (speaker_id is not None and c.speaker_id == speaker_id)
    ]
    if kinds:
        found = [c for c in found if c.kind in kinds]
    if found:
        counts = Counter(KIND_LABELS.get(c.kind, c.kind) for c in found)
        listed = ", ".join(f"{k} x{n}" if n > 1 else k for k, n in counts.items())
        print(
            f"confdesk: warning: {len(found)} conflict(s) now ({listed}); "
            "`confdesk schedule conflicts` lists them",
            file=sys.stderr,
        )


def _changed(what: str, ident: int, changes: Sequence[str]) -> str:
    if changes:
        return f"changed {what} {ident}: {', '.join(changes)}"
    return f"{what} {ident}: nothing changed (it already was so)"


def _report(shown: dict[str, Any] | None, line: str) -> None:
    """After the commit: the record as JSON (--json), else the one-line summary."""
    if shown is not None:
        print_json(shown)
    else:
        print(line)


def _nothing_given(flags: str) -> UserError:
    return UserError(f"nothing to change: give {flags}")


# --- output -------------------------------------------------------------------------------


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _windows_json(windows: Sequence[Window]) -> list[list[str]]:
    return [[a.isoformat(), b.isoformat()] for a, b in windows]


def _windows_text(windows: Sequence[Window]) -> str:
    """Availability windows for a table: 'Thu 03 Dec 09:00-12:00, ...' or 'always'."""
    if not windows:
        return "always"
    parts = []
    for a, b in windows:
        end = f"{b:%H:%M}" if b.date() == a.date() else f"{b:%a %d %b %H:%M}"
        parts.append(f"{a:%a %d %b %H:%M}-{end}")
    return ", ".join(parts)


def _when(x: SessionData) -> str:
    """A session's day and times for a table (its length while unscheduled)."""
    if x.start is None or x.end is None:
        return f"unscheduled ({x.duration_min} min)"
    return f"{x.start:%a %d %b %H:%M}-{x.end:%H:%M}"


def _room_name(x: SessionData) -> str:
    if x.room is not None:
        return x.room.name
    return "all rooms" if x.plenary and x.start is not None else "-"


def room_json(r: RoomData, data: ScheduleData) -> dict[str, Any]:
    """A room as `room list --json` prints it (times in the event's zone)."""
    return {
        "id": r.id,
        "name": r.name,
        "capacity": r.capacity,
        "position": r.position,
        "availability": _windows_json(r.availability),
        "sessions": sum(1 for x in data.sessions if x.room is not None and x.room.id == r.id),
    }


def track_json(t: TrackData, data: ScheduleData) -> dict[str, Any]:
    """A track as `track list --json` prints it."""
    return {
        "id": t.id,
        "name": t.name,
        "color": t.color,
        "sessions": sum(1 for x in data.sessions if x.track is not None and x.track.id == t.id),
    }


def session_json(x: SessionData) -> dict[str, Any]:
    """A session as `session list --json` prints it (times in the event's zone)."""
    return {
        "id": x.id,
        "guid": x.guid,
        "title": x.title,
        "subtitle": x.subtitle,
        "type": x.type,
        "status": x.status,
        "language": x.language,
        "track_id": x.track.id if x.track else None,
        "track": x.track.name if x.track else None,
        "room_id": x.room.id if x.room else None,
        "room": x.room.name if x.room else None,
        "start": _iso(x.start),
        "end": _iso(x.end),
        "duration_min": x.duration_min,
        "plenary": x.plenary,
        "expected_audience": x.expected_audience,
        "speakers": [{"id": p.id, "name": p.name, "role": p.role} for p in x.speakers],
    }


def speaker_json(p: SpeakerData, data: ScheduleData) -> dict[str, Any]:
    """A speaker as `speaker list --json` prints it (times in the event's zone)."""
    return {
        "id": p.id,
        "name": p.name,
        "name_local": p.name_local,
        "organization": p.organization,
        "title": p.title,
        "email": p.email,
        "bio": p.bio,
        "attendee_id": p.attendee_id,
        "availability": _windows_json(p.availability),
        "session_ids": [x.id for x in data.sessions if any(q.id == p.id for q in x.speakers)],
    }


def _width(text: str) -> int:
    """Terminal columns `text` takes (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Columns padded to their widest cell; the last one is not padded."""
    cells = [[str(c) for c in header], *[[("-" if c is None else str(c)) for c in r] for r in rows]]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(header))]
    for r in cells:
        padded = [c + " " * (widths[i] - _width(c)) for i, c in enumerate(r[:-1])]
        print("  ".join([*padded, r[-1]]).rstrip())


def _speaker_refs(x: SessionData) -> str:
    return " ".join(
        str(p.id) if p.role in ("", "speaker") else f"{p.id}:{p.role}" for p in x.speakers
    )


# --- rooms --------------------------------------------------------------------------------


def cmd_room_list(args: argparse.Namespace) -> int:
    """`schedule room list [--json]`."""
    data = _read(args)
    if args.json:
        print_json([room_json(r, data) for r in data.rooms])
        return 0
    if not data.rooms:
        print("no rooms yet; add one with `confdesk schedule room add NAME`")
        return 0
    counts = Counter(x.room.id for x in data.sessions if x.room is not None)
    print_table(
        ("ID", "NAME", "SEATS", "POS", "SESSIONS", f"AVAILABLE ({data.timezone})"),
        [
            (r.id, r.name, r.capacity, r.position, counts[r.id], _windows_text(r.availability))
            for r in data.rooms
        ],
    )
    return 0


def _room_of(s: Session, args: argparse.Namespace, room_id: int) -> dict[str, Any] | None:
    """The room's JSON for --json (read in the transaction; printed after the commit)."""
    if not args.json:
        return None
    data = _live(s)
    return room_json(next(r for r in data.rooms if r.id == room_id), data)


def cmd_room_add(args: argparse.Namespace) -> int:
    """`schedule room add NAME [--capacity N] [--position N] [--available W]...`."""
    from desktop.core.schedule import editing

    with _writing(args) as (s, zone):
        fields: dict[str, Any] = {}
        windows = _windows(zone, args)
        if windows is not None:
            fields["availability"] = windows
        room_id = editing.create_room(
            s, args.name, _number(args.capacity), _number(args.position) or None, **fields
        )
        shown = _room_of(s, args, room_id)
    _report(shown, f"added room {room_id}")
    return 0


def cmd_room_edit(args: argparse.Namespace) -> int:
    """`schedule room edit ROOM [--name] [--capacity] [--position] [--available W]...`."""
    from desktop.core.schedule import editing

    with _writing(args) as (s, zone):
        room_id = pick(_live(s).rooms, args.room, "room")
        fields: dict[str, Any] = {}
        if args.name is not None:
            fields["name"] = args.name
        if args.capacity is not None:
            fields["capacity"] = _number(args.capacity)
        if args.position is not None:
            fields["position"] = _number(args.position)
        windows = _windows(zone, args)
        if windows is not None:
            fields["availability"] = windows
        if not fields:
            raise _nothing_given("--name, --capacity, --position or --available")
        changes = editing.update_room(s, room_id, **fields)
        if {"capacity", "availability"} & set(changes):
            _warn_conflicts(s, room_id=room_id)
        shown = _room_of(s, args, room_id)
    _report(shown, _changed("room", room_id, list(changes)))
    return 0


def cmd_room_remove(args: argparse.Namespace) -> int:
    """`schedule room remove ROOM`: its sessions become unscheduled."""
    from desktop.core.schedule import editing

    with _writing(args) as (s, _zone):
        data = _live(s)
        room_id = pick(data.rooms, args.room, "room")
        placed = sum(1 for x in data.sessions if x.room is not None and x.room.id == room_id)
        editing.delete_room(s, room_id)
    note = f"; its {placed} session(s) are unscheduled now" if placed else ""
    print(f"removed room {room_id}{note}")
    return 0


# --- tracks -------------------------------------------------------------------------------


def cmd_track_list(args: argparse.Namespace) -> int:
    """`schedule track list [--json]`."""
    data = _read(args)
    if args.json:
        print_json([track_json(t, data) for t in data.tracks])
        return 0
    if not data.tracks:
        print("no tracks yet; add one with `confdesk schedule track add NAME`")
        return 0
    counts = Counter(x.track.id for x in data.sessions if x.track is not None)
    print_table(
        ("ID", "COLOUR", "SESSIONS", "NAME"),
        [(t.id, t.color, counts[t.id], t.name) for t in data.tracks],
    )
    return 0


def _track_of(s: Session, args: argparse.Namespace, track_id: int) -> dict[str, Any] | None:
    """The track's JSON for --json (read in the transaction; printed after the commit)."""
    if not args.json:
        return None
    data = _live(s)
    return track_json(next(t for t in data.tracks if t.id == track_id), data)


def cmd_track_add(args: argparse.Namespace) -> int:
    """`schedule track add NAME [--color #RRGGBB]`."""
    from desktop.core.schedule import editing

    with _writing(args) as (s, _zone):
        track_id = editing.create_track(s, args.name, args.color)
        shown = _track_of(s, args, track_id)
    _report(shown, f"added track {track_id}")
    return 0


def cmd_track_edit(args: argparse.Namespace) -> int:
    """`schedule track edit TRACK [--name NAME] [--color #RRGGBB]`."""
    from desktop.core.schedule import editing

    with _writing(args) as (s, _zone):
        tracks = _live(s).tracks
        track_id = pick(tracks, args.track, "track")
        fields: dict[str, Any] = {}
        if args.name is not None:
            fields["name"] = args.name
        if args.color is not None:
            fields["color"] = args.color
        if not fields:
            raise _nothing_given("--name or --color")
        changes = editing.update_track(s, track_id, **fields)
        shown = _track_of(s, args, track_id)
    _report(shown, _changed("track", track_id, list(changes)))
    return 0


def cmd_track_remove(args: argparse.Namespace) -> int:
    """`schedule track remove TRACK`: its sessions keep their place, with no track."""
    from desktop.core.schedule import editing

    with _writing(args) as (s, _zone):
        track_id = pick(_live(s).tracks, args.track, "track")
        kept = editing.delete_track(s, track_id)
    note = f"; its {kept} session(s) have no track now" if kept else ""
    print(f"removed track {track_id}{note}")
    return 0


# --- sessions -----------------------------------------------------------------------------


def cmd_session_list(args: argparse.Namespace) -> int:
    """`schedule session list [--day D] [--room ROOM] [--unscheduled] [--json]`."""
    data = _read(args)
    rows = list(data.sessions)
    if args.day:
        try:
            day = dt.date.fromisoformat(args.day)
        except ValueError:
            raise UserError(f"--day is YYYY-MM-DD, not {args.day[:40]!r}") from None
        rows = [x for x in rows if data.day_of(x) == day]
    if args.room:
        room_id = pick(data.rooms, args.room, "room")
        rows = [x for x in rows if x.room is not None and x.room.id == room_id]
    if args.unscheduled:
        rows = [x for x in rows if x.start is None]
    if args.json:
        print_json([session_json(x) for x in rows])
        return 0
    if not rows:
        print("no sessions" + (" here" if args.day or args.room or args.unscheduled else " yet"))
        return 0
    print_table(
        ("ID", f"WHEN ({data.timezone})", "ROOM", "TYPE", "STATUS", "SPEAKERS", "TITLE"),
        [
            (
                x.id,
                _when(x),
                _room_name(x),
                x.type.replace("_", " "),
                x.status,
                _speaker_refs(x) or "-",
                x.title,
            )
            for x in rows
        ],
    )
    return 0


def _session_values(s: Session, args: argparse.Namespace) -> dict[str, Any]:
    """The session fields the options give, for create_session / update_session."""
    fields: dict[str, Any] = {}
    for option, key in (
        ("type", "type"),
        ("status", "status"),
        ("subtitle", "subtitle"),
        ("abstract", "abstract"),
        ("language", "language"),
        ("plenary", "plenary"),
    ):
        value = getattr(args, option)
        if value is not None:
            fields[key] = value
    if args.duration is not None:
        fields["duration_min"] = args.duration.strip()
    if args.audience is not None:
        fields["expected_audience"] = _number(args.audience)
    if args.track is not None:
        if getattr(args, "no_track", False):
            raise UserError("give --track or --no-track, not both")
        fields["track_id"] = pick(_live(s).tracks, args.track, "track")
    elif getattr(args, "no_track", False):
        fields["track_id"] = None
    return fields


def _session_of(s: Session, args: argparse.Namespace, session_id: int) -> dict[str, Any] | None:
    """The session's JSON for --json (read in the transaction; printed after the commit)."""
    if not args.json:
        return None
    x = _live(s).session(session_id)
    assert x is not None
    return session_json(x)


def cmd_session_add(args: argparse.Namespace) -> int:
    """`schedule session add TITLE [--room ROOM --start T] [--type] [--track] ...`."""
    from desktop.core.schedule import editing

    with _writing(args) as (s, zone):
        fields = _session_values(s, args)
        if args.room is not None:
            fields["room_id"] = pick(_live(s).rooms, args.room, "room")
        if args.start is not None:
            fields["start"] = parse_start(zone, args.start)
        kind = fields.pop("type", "talk")
        session_id = editing.create_session(s, args.title, kind, **fields)
        if args.start is not None:
            _warn_conflicts(s, session_id=session_id)
        shown = _session_of(s, args, session_id)
    _report(shown, f"added session {session_id}")
    return 0


def cmd_session_edit(args: argparse.Namespace) -> int:
    """`schedule session edit ID [--title] [--type] [--status] [--track] ...`."""
    from desktop.core.schedule import editing

    session_id = parse_id(args.id, "session")
    with _writing(args) as (s, _zone):
        fields = _session_values(s, args)
        if args.title is not None:
            fields["title"] = args.title
        if not fields:
            raise _nothing_given("--title, --type, --status, --track, --duration, ... (see --help)")
        changes = editing.update_session(s, session_id, **fields)
        if changes:
            _warn_conflicts(s, session_id=session_id)
        shown = _session_of(s, args, session_id)
    _report(shown, _changed("session", session_id, [k.removesuffix("_id") for k in changes]))
    return 0


def cmd_session_move(args: argparse.Namespace) -> int:
    """`schedule session move ID [--room ROOM] [--start T] [--duration] | --unschedule`."""
    from desktop.core.schedule import editing

    session_id = parse_id(args.id, "session")
    if args.unschedule and (args.room is not None or args.start is not None):
        raise UserError("give --room/--start or --unschedule, not both")
    if not args.unschedule and args.room is None and args.start is None:
        raise UserError("give --room, --start or both (or --unschedule)")
    duration = None if args.duration is None else args.duration.strip()
    with _writing(args) as (s, zone):
        data = _live(s)
        current = data.session(session_id)
        if current is None:
            raise UserError(f"no session with id {session_id}")
        if args.unschedule:
            editing.move_session(s, session_id, None, None, duration)
        else:
            room_id = (
                pick(data.rooms, args.room, "room")
                if args.room is not None
                else (current.room.id if current.room else None)
            )
            start = parse_start(zone, args.start) if args.start is not None else current.start
            if start is None:
                raise UserError(f"session {session_id} has no time yet: give --start too")
            if room_id is None and not current.plenary:
                raise UserError(f"session {session_id} has no room yet: give --room too")
            editing.move_session(s, session_id, room_id, start, duration)
            _warn_conflicts(s, session_id=session_id)
        moved = _live(s).session(session_id)
        assert moved is not None
    where = f"to {_room_name(moved)}, {_when(moved)}" if moved.start else "off the timetable"
    _report(session_json(moved) if args.json else None, f"moved session {session_id} {where}")
    return 0


def cmd_session_speakers(args: argparse.Namespace) -> int:
    """`schedule session speakers ID SPEAKER_ID[:ROLE]... | --clear`."""
    from desktop.core.schedule import editing

    session_id = parse_id(args.id, "session")
    if args.clear and args.speakers:
        raise UserError("give speaker ids or --clear, not both")
    if not args.clear and not args.speakers:
        raise UserError("give the speaker ids (SPEAKER_ID or SPEAKER_ID:ROLE), or --clear")
    wanted: list[tuple[int, str]] = []
    for item in args.speakers:
        ident, _sep, role = item.partition(":")
        wanted.append((parse_id(ident, "speaker"), role.strip().lower() or "speaker"))
    with _writing(args) as (s, _zone):
        editing.set_session_speakers(s, session_id, wanted)
        _warn_conflicts(s, session_id=session_id, kinds=_SPEAKER_KINDS)
    print(
        f"session {session_id} has {len(wanted)} speaker(s) now"
        + (f": {' '.join(args.speakers)}" if wanted else "")
    )
    return 0


def cmd_session_remove(args: argparse.Namespace) -> int:
    """`schedule session remove ID`."""
    from desktop.core.schedule import editing

    session_id = parse_id(args.id, "session")
    with _writing(args) as (s, _zone):
        editing.delete_session(s, session_id)
    print(f"removed session {session_id}")
    return 0


# --- speakers -----------------------------------------------------------------------------


def cmd_speaker_list(args: argparse.Namespace) -> int:
    """`schedule speaker list [--json]`."""
    data = _read(args)
    if args.json:
        print_json([speaker_json(p, data) for p in data.speakers])
        return 0
    if not data.speakers:
        print("no speakers yet; add one with `confdesk schedule speaker add NAME`")
        return 0
    sessions: dict[int, list[str]] = {}
    for x in data.sessions:
        for p in x.speakers:
            sessions.setdefault(p.id, []).append(str(x.id))
    print_table(
        ("ID", "NAME", "ORGANIZATION", "ATTENDEE", "SESSIONS", f"AVAILABLE ({data.timezone})"),
        [
            (
                p.id,
                p.name,
                p.organization or "-",
                p.attendee_id,
                " ".join(sessions.get(p.id, [])) or "-",
                _windows_text(p.availability),
            )
            for p in data.speakers
        ],
    )
    return 0


def _speaker_values(zone: zoneinfo.ZoneInfo, args: argparse.Namespace) -> dict[str, Any]:
    """The speaker fields the options give, for create_speaker / update_speaker."""
    fields: dict[str, Any] = {}
    for option in ("name_local", "organization", "title", "email", "bio"):
        value = getattr(args, option)
        if value is not None:
            fields[option] = value
    windows = _windows(zone, args)
    if windows is not None:
        fields["availability"] = windows
    return fields


def _link(s: Session, args: argparse.Namespace, speaker_id: int) -> bool:
    """Link or unlink the attendee the options name; True when asked to."""
    from desktop.core.schedule import editing

    if args.attendee is not None:
        editing.link_speaker_attendee(s, speaker_id, find_attendee(s, args.attendee))
        return True
    if getattr(args, "no_attendee", False):
        editing.link_speaker_attendee(s, speaker_id, None)
        return True
    return False


def _speaker_of(s: Session, args: argparse.Namespace, speaker_id: int) -> dict[str, Any] | None:
    """The speaker's JSON for --json (read in the transaction; printed after the commit)."""
    if not args.json:
        return None
    data = _live(s)
    return speaker_json(next(p for p in data.speakers if p.id == speaker_id), data)


def cmd_speaker_add(args: argparse.Namespace) -> int:
    """`schedule speaker add NAME [--organization] [--available W]... [--attendee X]`."""
    from desktop.core.schedule import editing

    with _writing(args) as (s, zone):
        speaker_id = editing.create_speaker(s, args.name, **_speaker_values(zone, args))
        _link(s, args, speaker_id)
        shown = _speaker_of(s, args, speaker_id)
    _report(shown, f"added speaker {speaker_id}")
    return 0


def cmd_speaker_edit(args: argparse.Namespace) -> int:
    """`schedule speaker edit ID [--name] ... [--attendee X | --no-attendee]`."""
    from desktop.core.schedule import editing

    speaker_id = parse_id(args.id, "speaker")
    if args.attendee is not None and args.no_attendee:
        raise UserError("give --attendee or --no-attendee, not both")
    with _writing(args) as (s, zone):
        fields = _speaker_values(zone, args)
        if args.name is not None:
            fields["name"] = args.name
        if not fields and args.attendee is None and not args.no_attendee:
            raise _nothing_given(
                "--name, --organization, --available, --attendee, ... (see --help)"
            )
        before = next((p.attendee_id for p in _live(s).speakers if p.id == speaker_id), None)
        changes = list(editing.update_speaker(s, speaker_id, **fields))
        if _link(s, args, speaker_id):
            after = next(p.attendee_id for p in _live(s).speakers if p.id == speaker_id)
            if after != before:
                changes.append("attendee")
        if "availability" in changes:
            _warn_conflicts(s, speaker_id=speaker_id)
        shown = _speaker_of(s, args, speaker_id)
    _report(shown, _changed("speaker", speaker_id, changes))
    return 0


def cmd_speaker_remove(args: argparse.Namespace) -> int:
    """`schedule speaker remove ID`: also from every session."""
    from desktop.core.schedule import editing

    speaker_id = parse_id(args.id, "speaker")
    with _writing(args) as (s, _zone):
        data = _live(s)
        count = sum(1 for x in data.sessions if any(p.id == speaker_id for p in x.speakers))
        editing.delete_speaker(s, speaker_id)
    print(f"removed speaker {speaker_id}" + (f" from {count} session(s)" if count else ""))
    return 0
