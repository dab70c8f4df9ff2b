"""Editing the schedule: rooms, tracks, sessions, speakers and who speaks where.

Every function takes a SQLAlchemy Session and works in the store's event. Times may be aware
datetimes or naive ones in the event's local time; the store keeps naive UTC. Bad values raise
UserError with one clear line and change nothing. Edits of existing rows are written to the
audit log.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    SESSION_STATUSES,
    SESSION_TYPES,
    SPEAKER_ROLES,
    Attendee,
    Event,
    Room,
    SessionSpeaker,
    Speaker,
    Track,
)
from db.models import Session as SessionRow
from db.words import refusal
from desktop.base.errors import UserError
from desktop.core.attendees import refresh_search_text
from desktop.core.audit import Action, write_audit
from desktop.core.events import current_event, to_utc
from desktop.core.text import clean

SESSION_DEFAULT_DURATIONS = {
    "keynote": 45,
    "talk": 30,
    "panel": 60,
    "round_table": 60,
    "workshop": 90,
    "break": 30,
    "plenary": 60,
}
MAX_DURATION_MIN = 24 * 60
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

SESSION_FIELDS = (
    "title",
    "subtitle",
    "abstract",
    "description",
    "language",
    "type",
    "status",
    "track_id",
    "room_id",
    "start",
    "duration_min",
    "plenary",
    "expected_audience",
    "guid",
    "external_id",
    "slug",
    "url",
    "extra",
)
SPEAKER_FIELDS = (
    "name",
    "name_local",
    "organization",
    "title",
    "bio",
    "photo_path",
    "email",
    "external_id",
)
ROOM_FIELDS = ("name", "capacity", "position", "external_id")


# --- helpers ------------------------------------------------------------------------------


def _audit(
    s: Session, event: Event, action: Action, entity: str, entity_id: int, details: Any
) -> None:
    write_audit(s, event.id, action, entity_id, _jsonable(details), entity=entity)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _get(s: Session, model: type, ident: int | None, event: Event, what: str) -> Any:
    row = s.get(model, ident) if ident is not None else None
    if row is None or row.event_id != event.id:
        raise UserError(
            refusal(
                "no {what} with id {ident} (deleted in another window?)", what=what, ident=ident
            )
        )
    return row


def utc_time(event: Event, value: dt.datetime | str | None) -> dt.datetime | None:
    """An aware, naive-local or ISO-text time as the naive UTC the store keeps."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise UserError(
                refusal("not a date and time: {value} (use 2026-09-27T09:30)", value=repr(value))
            ) from None
    if not isinstance(value, dt.datetime):
        raise UserError(refusal("not a date and time: {value}", value=repr(value)))
    return to_utc(event, value)


def windows_to_json(event: Event, windows: Iterable[Any]) -> list[list[str]]:
    """Availability windows [(start, end), ...] as the stored [[iso_utc, iso_utc], ...]."""
    out: list[tuple[dt.datetime, dt.datetime]] = []
    for pair in windows or ():
        try:
            a, b = pair
        except (TypeError, ValueError):
            raise UserError(refusal("an availability window needs a start and an end")) from None
        start, end = utc_time(event, a), utc_time(event, b)
        if start is None or end is None:
            raise UserError(refusal("an availability window needs a start and an end"))
        if end <= start:
            raise UserError(
                refusal("an availability window ends before it starts ({a} - {b})", a=a, b=b)
            )
        out.append((start, end))
    out.sort()
    return [[a.isoformat(), b.isoformat()] for a, b in out]


def _int_or_none(value: Any, what: str, minimum: int = 0) -> int | None:
    if value is None or value == "":
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise UserError(
            refusal("{what} must be a whole number, not {value}", what=what, value=repr(value))
        ) from None
    if n < minimum:
        raise UserError(refusal("{what} must be at least {minimum}", what=what, minimum=minimum))
    return n


def _duration(value: Any) -> int:
    n = _int_or_none(value, "the duration (minutes)", 1)
    if n is None:
        raise UserError(refusal("a session needs a duration"))
    if n > MAX_DURATION_MIN:
        raise UserError(refusal("a duration of {n} minutes is longer than a day", n=n))
    return n


# --- rooms and tracks ---------------------------------------------------------------------


def _room_values(
    s: Session, event: Event, fields: Mapping[str, Any], room_id: int | None
) -> dict[str, Any]:
    unknown = set(fields) - set(ROOM_FIELDS) - {"availability"}
    if unknown:
        raise UserError(refusal("a room has no field {unknown}", unknown=repr(sorted(unknown)[0])))
    out: dict[str, Any] = {}
    if "name" in fields:
        name = clean(fields["name"], 200)
        if not name:
            raise UserError(refusal("a room needs a name"))
        clash = s.scalar(
            select(Room.id).where(
                Room.event_id == event.id, Room.name == name, Room.id != (room_id or -1)
            )
        )
        if clash is not None:
            raise UserError(refusal("there is already a room named {name}", name=repr(name)))
        out["name"] = name
    if "capacity" in fields:
        out["capacity"] = _int_or_none(fields["capacity"], "the capacity")
    if "position" in fields:
        out["position"] = _int_or_none(fields["position"], "the position") or 0
    if "external_id" in fields:
        out["external_id"] = clean(fields["external_id"], 200) or None
    if "availability" in fields:
        out["availability"] = windows_to_json(event, fields["availability"])
    return out


def create_room(
    s: Session,
    name: str,
    capacity: int | str | None = None,
    position: int | str | None = None,
    **fields: Any,
) -> int:
    """Add a room (placed after the others unless `position` is given); returns its id.
    Capacity and position may be given as typed (text): they are checked like the rest."""
    event = current_event(s)
    if position is None:
        position = (
            s.scalar(select(func.max(Room.position)).where(Room.event_id == event.id)) or 0
        ) + 1
    values = _room_values(
        s, event, {"name": name, "capacity": capacity, "position": position, **fields}, None
    )
    room = Room(event_id=event.id, availability=values.pop("availability", []), **values)
    s.add(room)
    s.flush()
    return room.id


def update_room(s: Session, room_id: int, **fields: Any) -> dict[str, tuple[Any, Any]]:
    """Change a room's name, capacity, position or availability; returns what changed."""
    event = current_event(s)
    room = _get(s, Room, room_id, event, "room")
    changes = _apply(room, _room_values(s, event, fields, room_id))
    if changes:
        _audit(s, event, Action.ROOM_UPDATE, "room", room_id, changes)
    return changes


def set_room_availability(s: Session, room_id: int, windows: Iterable[Any]) -> None:
    """Replace a room's availability windows; an empty list means always available."""
    update_room(s, room_id, availability=list(windows))


def delete_room(s: Session, room_id: int) -> None:
    """Remove a room; its sessions become unscheduled."""
    event = current_event(s)
    room = _get(s, Room, room_id, event, "room")
    for row in s.scalars(select(SessionRow).where(SessionRow.room_id == room_id)):
        row.room_id = None
        row.start = None
    _audit(s, event, Action.ROOM_DELETE, "room", room_id, {"name": room.name})
    s.delete(room)
    s.flush()


def _color(value: Any) -> str:
    color = clean(value, 16)
    if not _COLOR.match(color):
        raise UserError(refusal("a track colour is #rrggbb, not {value}", value=repr(value)))
    return color.lower()


def create_track(s: Session, name: str, color: str = "#888888") -> int:
    """Add a track with its colour (#rrggbb); returns its id."""
    event = current_event(s)
    name = clean(name, 200)
    if not name:
        raise UserError(refusal("a track needs a name"))
    if s.scalar(select(Track.id).where(Track.event_id == event.id, Track.name == name)):
        raise UserError(refusal("there is already a track named {name}", name=repr(name)))
    track = Track(event_id=event.id, name=name, color=_color(color))
    s.add(track)
    s.flush()
    return track.id


def update_track(s: Session, track_id: int, **fields: Any) -> dict[str, tuple[Any, Any]]:
    """Rename a track or change its colour."""
    event = current_event(s)
    track = _get(s, Track, track_id, event, "track")
    values: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "color":
            values["color"] = _color(value)
        elif key == "name":
            values["name"] = clean(value, 200)
            if not values["name"]:
                raise UserError(refusal("a track needs a name"))
            taken = select(Track.id).where(
                Track.event_id == event.id, Track.name == values["name"], Track.id != track_id
            )
            if s.scalar(taken):
                raise UserError(
                    refusal("there is already a track named {values}", values=repr(values["name"]))
                )
        else:
            raise UserError(refusal("a track has no field {key}", key=repr(key)))
    return _apply(track, values)


def delete_track(s: Session, track_id: int) -> int:
    """Remove a track; its sessions stay where they are, with no track. Returns how many."""
    event = current_event(s)
    track = _get(s, Track, track_id, event, "track")
    rows = list(s.scalars(select(SessionRow).where(SessionRow.track_id == track_id)))
    for row in rows:
        row.track_id = None
    _audit(s, event, Action.TRACK_DELETE, "track", track_id, {"name": track.name})
    s.delete(track)
    s.flush()
    return len(rows)


# --- sessions -----------------------------------------------------------------------------


def _session_values(s: Session, event: Event, fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(SESSION_FIELDS)
    if unknown:
        raise UserError(
            refusal("a session has no field {unknown}", unknown=repr(sorted(unknown)[0]))
        )
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "title":
            out[key] = clean(value, 500)
            if not out[key]:
                raise UserError(refusal("a session needs a title"))
        elif key in ("subtitle", "slug"):
            out[key] = clean(value, 500 if key == "subtitle" else 300)
        elif key in ("abstract", "description"):
            out[key] = str(value or "").strip()
        elif key == "language":
            out[key] = clean(value, 16)
        elif key == "url":
            out[key] = clean(value, 1000)
        elif key == "type":
            if value not in SESSION_TYPES:
                raise UserError(
                    refusal(
                        "unknown session type {value} (one of {SESSION_TYPES})",
                        value=repr(value),
                        SESSION_TYPES=", ".join(SESSION_TYPES),
                    )
                )
            out[key] = value
        elif key == "status":
            if value not in SESSION_STATUSES:
                raise UserError(
                    refusal(
                        "unknown status {value} (one of {SESSION_STATUSES})",
                        value=repr(value),
                        SESSION_STATUSES=", ".join(SESSION_STATUSES),
                    )
                )
            out[key] = value
        elif key == "track_id":
            out[key] = None if value is None else _get(s, Track, value, event, "track").id
        elif key == "room_id":
            out[key] = None if value is None else _get(s, Room, value, event, "room").id
        elif key == "start":
            out[key] = utc_time(event, value)
        elif key == "duration_min":
            out[key] = _duration(value)
        elif key == "plenary":
            out[key] = bool(value)
        elif key == "expected_audience":
            out[key] = _int_or_none(value, "the expected audience")
        elif key == "guid":
            out[key] = clean(value, 64) or str(uuid.uuid4())
        elif key == "external_id":
            out[key] = clean(value, 200) or None
        elif key == "extra":
            out[key] = dict(value or {})
    return out


def create_session(s: Session, title: str, type: str = "talk", **fields: Any) -> int:
    """Add a session (unscheduled unless `start` is given); returns its id.

    The duration defaults to the type's (SESSION_DEFAULT_DURATIONS); a plenary spans all rooms.
    """
    event = current_event(s)
    fields = {"title": title, "type": type, **fields}
    fields.setdefault("duration_min", SESSION_DEFAULT_DURATIONS.get(type, 30))
    fields.setdefault("plenary", type == "plenary")
    fields.setdefault("guid", "")
    values = _session_values(s, event, fields)
    row = SessionRow(event_id=event.id, extra=values.pop("extra", {}), **values)
    s.add(row)
    s.flush()
    return row.id


def update_session(s: Session, session_id: int, **fields: Any) -> dict[str, tuple[Any, Any]]:
    """Change any session fields; returns {field: (old, new)} for what really changed."""
    event = current_event(s)
    row = _get(s, SessionRow, session_id, event, "session")
    changes = _apply(row, _session_values(s, event, fields))
    if changes:
        _audit(s, event, Action.SESSION_UPDATE, "session", session_id, changes)
    return changes


def move_session(
    s: Session,
    session_id: int,
    room_id: int | None,
    start: dt.datetime | None,
    duration_min: int | None = None,
) -> None:
    """Place a session in a room at a time (and optionally resize it); start None unschedules."""
    fields: dict[str, Any] = {"room_id": room_id, "start": start}
    if duration_min is not None:
        fields["duration_min"] = duration_min
    update_session(s, session_id, **fields)


def delete_session(s: Session, session_id: int) -> None:
    """Remove a session and its speaker links (cancel it instead once it was published)."""
    event = current_event(s)
    row = _get(s, SessionRow, session_id, event, "session")
    _audit(
        s,
        event,
        Action.SESSION_DELETE,
        "session",
        session_id,
        {"title": row.title, "guid": row.guid},
    )
    s.delete(row)
    s.flush()


# --- speakers -----------------------------------------------------------------------------


def _speaker_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(SPEAKER_FIELDS) - {"availability"}
    if unknown:
        raise UserError(
            refusal("a speaker has no field {unknown}", unknown=repr(sorted(unknown)[0]))
        )
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "bio":
            out[key] = str(value or "").strip()
        elif key in ("photo_path", "external_id"):
            out[key] = clean(value, 1000) or None
        elif key == "email":
            out[key] = clean(value, 320).lower()
        elif key != "availability":
            out[key] = clean(value, 300)
    if "name" in out and not out["name"]:
        raise UserError(refusal("a speaker needs a name"))
    return out


def create_speaker(s: Session, name: str, **fields: Any) -> int:
    """Add a speaker; returns its id."""
    event = current_event(s)
    values = _speaker_values({"name": name, **fields})
    availability = windows_to_json(event, fields.get("availability") or ())
    row = Speaker(event_id=event.id, availability=availability, **values)
    s.add(row)
    s.flush()
    return row.id


def update_speaker(s: Session, speaker_id: int, **fields: Any) -> dict[str, tuple[Any, Any]]:
    """Change a speaker's fields (and availability); returns what changed."""
    event = current_event(s)
    row = _get(s, Speaker, speaker_id, event, "speaker")
    values = _speaker_values(fields)
    if "availability" in fields:
        values["availability"] = windows_to_json(event, fields["availability"])
    changes = _apply(row, values)
    if changes:
        _audit(s, event, Action.SPEAKER_UPDATE, "speaker", speaker_id, changes)
    return changes


def set_speaker_availability(s: Session, speaker_id: int, windows: Iterable[Any]) -> None:
    """Replace when a speaker is at the event; an empty list means throughout."""
    update_speaker(s, speaker_id, availability=list(windows))


def delete_speaker(s: Session, speaker_id: int) -> None:
    """Remove a speaker from the event and from every session."""
    event = current_event(s)
    row = _get(s, Speaker, speaker_id, event, "speaker")
    _audit(s, event, Action.SPEAKER_DELETE, "speaker", speaker_id, {"name": row.name})
    s.delete(row)
    s.flush()


def set_session_speakers(
    s: Session, session_id: int, speakers: Iterable[tuple[int, str] | int]
) -> None:
    """Replace who speaks in a session: [(speaker_id, role), ...] in billing order."""
    event = current_event(s)
    row = _get(s, SessionRow, session_id, event, "session")
    wanted: list[tuple[int, str]] = []
    seen: set[int] = set()
    for item in speakers:
        speaker_id, role = (item, "speaker") if isinstance(item, int) else item
        if role not in SPEAKER_ROLES:
            raise UserError(
                refusal(
                    "unknown speaker role {role} (one of {SPEAKER_ROLES})",
                    role=repr(role),
                    SPEAKER_ROLES=", ".join(SPEAKER_ROLES),
                )
            )
        _get(s, Speaker, speaker_id, event, "speaker")
        if speaker_id in seen:
            raise UserError(
                refusal(
                    "speaker {speaker_id} is listed twice in one session", speaker_id=speaker_id
                )
            )
        seen.add(speaker_id)
        wanted.append((speaker_id, role))
    before = [(link.speaker_id, link.role) for link in row.speakers]
    if before == wanted:
        return
    row.speakers.clear()
    s.flush()
    for pos, (speaker_id, role) in enumerate(wanted):
        row.speakers.append(
            SessionSpeaker(session_id=row.id, speaker_id=speaker_id, role=role, position=pos)
        )
    s.flush()
    _audit(
        s,
        event,
        Action.SESSION_SPEAKERS,
        "session",
        session_id,
        {"before": before, "after": wanted},
    )


def link_speaker_attendee(s: Session, speaker_id: int, attendee_id: int | None) -> None:
    """Link a speaker to their attendee record, whose category becomes "speaker" (badge)."""
    event = current_event(s)
    row = _get(s, Speaker, speaker_id, event, "speaker")
    if attendee_id is not None:
        attendee = _get(s, Attendee, attendee_id, event, "attendee")
        if attendee.category != "speaker":
            _audit(
                s,
                event,
                Action.ATTENDEE_UPDATE,
                "attendee",
                attendee.id,
                {
                    "changes": {"category": [attendee.category, "speaker"]},
                    "reason": "linked to a speaker",
                },
            )
            attendee.category = "speaker"
            refresh_search_text(s, attendee)
    if row.attendee_id != attendee_id:
        _audit(
            s,
            event,
            Action.SPEAKER_LINK,
            "speaker",
            speaker_id,
            {"attendee_id": [row.attendee_id, attendee_id]},
        )
        row.attendee_id = attendee_id
    s.flush()


def _apply(row: Any, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    changes: dict[str, tuple[Any, Any]] = {}
    for key, new in values.items():
        old = getattr(row, key)
        if old != new:
            setattr(row, key, new)
            changes[key] = (old, new)
    return changes
