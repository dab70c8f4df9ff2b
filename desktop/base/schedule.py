"""The schedule as plain, immutable data: what the timetable, the program and the exporters read.

Every time is an aware datetime in the event's time zone. `schedule_to_dict` /
`schedule_from_dict` are the JSON form kept in a release snapshot. Reading these from the
database is `desktop.core.schedule.data.load_schedule`; this module imports no database code,
so the PDF layer can use it.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass, field
from typing import Any

Window = tuple[dt.datetime, dt.datetime]


_UUID = re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")


def is_uuid(text: str) -> bool:
    """Whether `text` is a UUID written out (8-4-4-4-12 hex digits)."""
    return bool(_UUID.match(text or ""))


@dataclass(frozen=True)
class RoomData:
    id: int
    name: str
    capacity: int | None
    position: int
    # Aware (event zone) windows; empty means always available.
    availability: tuple[Window, ...] = ()
    guid: str = ""  # the source's room guid (frab, pretalx, c3voc), kept as it came


@dataclass(frozen=True)
class TrackData:
    id: int
    name: str
    color: str


@dataclass(frozen=True)
class SpeakerData:
    id: int
    name: str
    name_local: str = ""
    organization: str = ""
    title: str = ""
    bio: str = ""
    email: str = ""
    # The role in one session (speaker / moderator / panelist); "" in ScheduleData.speakers.
    role: str = ""
    attendee_id: int | None = None
    availability: tuple[Window, ...] = ()
    photo_path: str | None = None
    external_id: str | None = None
    guid: str = ""  # the source's person guid (frab, c3voc), kept as it came
    code: str = ""  # the source's pretalx speaker code ("NQTF8Y")


@dataclass(frozen=True)
class Reference:
    """A link or an attachment of a session, as the imported file gave it.

    `url` may be relative to the session's `base_url` (frab writes attachments and logos so);
    `type` is the file's word ("slides", "paper", "video"), `service` the XML's link service.
    """

    url: str
    title: str = ""
    type: str = ""
    service: str = ""


def absolute_url(url: str, base: str) -> str:
    """`url` as an absolute http(s) address, resolved against `base` (RFC 3986); "" if it
    cannot be (a relative url without a base, or another scheme)."""
    from urllib.parse import urljoin

    if url.startswith(("http://", "https://")):
        return url
    if not url or not base.startswith(("http://", "https://")) or ":" in url.split("/", 1)[0]:
        return ""
    joined = urljoin(base, url)
    return joined if joined.startswith(("http://", "https://")) else ""


@dataclass(frozen=True)
class SessionData:
    id: int
    guid: str
    title: str
    subtitle: str
    abstract: str
    type: str
    status: str
    language: str
    track: TrackData | None
    room: RoomData | None
    start: dt.datetime | None  # aware, event time zone; None while unscheduled
    end: dt.datetime | None
    duration_min: int
    plenary: bool
    expected_audience: int | None
    speakers: tuple[SpeakerData, ...] = ()
    description: str = ""
    slug: str = ""
    url: str = ""
    external_id: str | None = None
    source_type: str = ""  # the imported file's own word for the type ("DJ Set", "lecture")
    recording_license: str = ""
    do_not_record: bool = False  # the speaker opted out of the recording
    # What the imported file held beyond Confdesk's own fields (kept in session.extra).
    links: tuple[Reference, ...] = ()
    attachments: tuple[Reference, ...] = ()
    logo: str = ""  # as the file says: absolute, or relative to base_url
    feedback_url: str = ""
    origin_url: str = ""  # the session's page in the system it came from
    do_not_stream: bool | str | None = None  # None: the file did not say
    code: str = ""  # the source's submission code (pretalx)
    base_url: str = ""  # what the file's relative urls are relative to
    # Withdrawn by a re-import: its source no longer has it (cancelled; out of the grid).
    withdrawn: bool = False

    @property
    def scheduled(self) -> bool:
        return self.start is not None

    def absolute(self, url: str) -> str:
        """One of the session's urls made absolute against its base ("" if it cannot be)."""
        return absolute_url(url, self.base_url)


@dataclass(frozen=True)
class ScheduleData:
    event_name: str
    timezone: str
    days: list[dt.date]
    rooms: list[RoomData]
    tracks: list[TrackData]
    sessions: list[SessionData]  # scheduled by start then room position; unscheduled last
    speakers: list[SpeakerData]
    release_name: str | None = None
    release_at: dt.datetime | None = None
    venue: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    # Sessions before this local time belong to the previous day (congress nights end at 04:00).
    day_change: dt.time = dt.time(0)
    # The schedule file's own conference (acronym, title, url), kept from the last import and
    # written back by the exports ("" when none was imported).
    source_acronym: str = ""
    source_title: str = ""
    source_url: str = ""
    # Kept so that `dataclasses.replace(data, ..., _by_id={})` still works; no longer used.
    _by_id: dict[int, SessionData] = field(default_factory=dict, repr=False, compare=False)

    def session(self, session_id: int) -> SessionData | None:
        """The session with this id (None when the schedule holds no such session)."""
        # The index is rebuilt whenever `sessions` is another list (after dataclasses.replace).
        cache = self.__dict__.get("_index")
        if cache is None or cache[0] is not self.sessions:
            cache = (self.sessions, {x.id: x for x in self.sessions})
            object.__setattr__(self, "_index", cache)
        return cache[1].get(session_id)

    def day_of(self, item: SessionData) -> dt.date | None:
        """The event day a session belongs to (None while unscheduled), honouring day_change."""
        if item.start is None:
            return None
        return day_of(item.start, self.day_change)

    def sessions_on(self, day: dt.date) -> list[SessionData]:
        """Scheduled sessions of one event day, in schedule order."""
        return [x for x in self.sessions if x.start is not None and self.day_of(x) == day]

    @property
    def unscheduled(self) -> list[SessionData]:
        return [x for x in self.sessions if x.start is None]


def sort_key(item: SessionData) -> tuple[Any, ...]:
    """Schedule order: scheduled by start, then room position, then id; unscheduled last."""
    start = item.start.timestamp() if item.start is not None else float("inf")
    pos = item.room.position if item.room is not None else -1
    return (start, pos, item.id)


def windows_from_json(raw: Any, zone: dt.tzinfo) -> tuple[Window, ...]:
    """Stored availability ([[iso_utc, iso_utc], ...]) as aware windows in `zone`."""
    out: list[Window] = []
    for pair in raw or ():
        try:
            a, b = (dt.datetime.fromisoformat(str(p)) for p in pair)
        except (TypeError, ValueError):
            continue
        a = a if a.tzinfo else a.replace(tzinfo=dt.UTC)
        b = b if b.tzinfo else b.replace(tzinfo=dt.UTC)
        out.append((a.astimezone(zone), b.astimezone(zone)))
    return tuple(sorted(out))


def day_of(start: dt.datetime, day_change: dt.time) -> dt.date:
    """The event day of a local start time: before `day_change` counts as the day before."""
    if start.time() < day_change:
        return start.date() - dt.timedelta(days=1)
    return start.date()


def parse_day_change(raw: object) -> dt.time:
    """The stored "HH:MM" day change (00:00 when absent or unreadable)."""
    try:
        return dt.time.fromisoformat(str(raw)) if raw else dt.time(0)
    except ValueError:
        return dt.time(0)


def aware_from_utc(utc: dt.datetime | None, zone: dt.tzinfo) -> dt.datetime | None:
    """A stored naive UTC time as an aware time in `zone` (None stays None)."""
    return None if utc is None else utc.replace(tzinfo=dt.UTC).astimezone(zone)


def event_days(start: dt.date | None, end: dt.date | None) -> list[dt.date]:
    """Every date from start to end inclusive (empty when the event has no dates)."""
    if start is None:
        return []
    end = end or start
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def with_role(speaker: SpeakerData, role: str) -> SpeakerData:
    """The speaker as listed in one session, with that session's role."""
    return SpeakerData(**{**speaker.__dict__, "role": role})


# --- JSON form (release snapshots) --------------------------------------------------------


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _windows_out(windows: tuple[Window, ...]) -> list[list[str]]:
    return [[a.isoformat(), b.isoformat()] for a, b in windows]


def _room_out(r: RoomData) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "capacity": r.capacity,
        "position": r.position,
        "availability": _windows_out(r.availability),
        "guid": r.guid,
    }


def _speaker_out(p: SpeakerData) -> dict[str, Any]:
    out = {k: getattr(p, k) for k in SpeakerData.__dataclass_fields__}
    out["availability"] = _windows_out(p.availability)
    return out


def schedule_to_dict(data: ScheduleData) -> dict[str, Any]:
    """A JSON-safe dict of the whole schedule (sessions refer to rooms, tracks, speakers by id)."""
    return {
        "format": 1,
        "event_name": data.event_name,
        "source": {
            "acronym": data.source_acronym,
            "title": data.source_title,
            "url": data.source_url,
        },
        "timezone": data.timezone,
        "venue": data.venue,
        "start_date": _iso(data.start_date),
        "end_date": _iso(data.end_date),
        "day_change": data.day_change.strftime("%H:%M"),
        "days": [d.isoformat() for d in data.days],
        "rooms": [_room_out(r) for r in data.rooms],
        "tracks": [{"id": t.id, "name": t.name, "color": t.color} for t in data.tracks],
        "speakers": [_speaker_out(p) for p in data.speakers],
        "sessions": [
            {
                "id": x.id,
                "guid": x.guid,
                "title": x.title,
                "subtitle": x.subtitle,
                "abstract": x.abstract,
                "description": x.description,
                "type": x.type,
                "status": x.status,
                "language": x.language,
                "track_id": x.track.id if x.track else None,
                "room_id": x.room.id if x.room else None,
                "start": _iso(x.start),
                "duration_min": x.duration_min,
                "plenary": x.plenary,
                "expected_audience": x.expected_audience,
                "slug": x.slug,
                "url": x.url,
                "external_id": x.external_id,
                "source_type": x.source_type,
                "recording_license": x.recording_license,
                "do_not_record": x.do_not_record,
                **_kept_out(x),
                "speakers": [[p.id, p.role] for p in x.speakers],
            }
            for x in data.sessions
        ],
    }


def _kept_out(x: SessionData) -> dict[str, Any]:
    """The imported file's own fields of a session, as JSON."""
    return {
        "links": [_ref_out(r) for r in x.links],
        "attachments": [_ref_out(r) for r in x.attachments],
        "logo": x.logo,
        "feedback_url": x.feedback_url,
        "origin_url": x.origin_url,
        "do_not_stream": x.do_not_stream,
        "code": x.code,
        "base_url": x.base_url,
        "withdrawn": x.withdrawn,
    }


def _ref_out(r: Reference) -> dict[str, str]:
    out = {"url": r.url, "title": r.title, "type": r.type, "service": r.service}
    return {k: v for k, v in out.items() if v or k == "url"}


def references(raw: Any) -> tuple[Reference, ...]:
    """Stored links or attachments ([{"url", "title", "type", "service"}]) as References."""
    out = []
    for item in raw if isinstance(raw, list) else ():
        if isinstance(item, dict) and isinstance(item.get("url"), str) and item["url"]:
            out.append(
                Reference(
                    item["url"],
                    str(item.get("title") or ""),
                    str(item.get("type") or ""),
                    str(item.get("service") or ""),
                )
            )
    return tuple(out)


def kept_fields(raw: Any) -> dict[str, Any]:
    """The SessionData fields of the imported file's own data (session.extra or a snapshot)."""
    raw = raw if isinstance(raw, dict) else {}
    stream = raw.get("do_not_stream")
    return {
        "links": references(raw.get("links")),
        "attachments": references(raw.get("attachments")),
        "logo": str(raw.get("logo") or ""),
        "feedback_url": str(raw.get("feedback_url") or ""),
        "origin_url": str(raw.get("origin_url") or ""),
        "do_not_stream": stream if isinstance(stream, bool | str) else None,
        "code": str(raw.get("code") or ""),
        "base_url": str(raw.get("base_url") or ""),
        "withdrawn": bool(raw.get("withdrawn")),
    }


def _windows_in(raw: Any, zone: dt.tzinfo) -> tuple[Window, ...]:
    return windows_from_json(raw, zone)


def schedule_from_dict(raw: dict[str, Any]) -> ScheduleData:
    """The inverse of `schedule_to_dict`."""
    zone = zoneinfo.ZoneInfo(raw.get("timezone") or "UTC")
    rooms = {
        r["id"]: RoomData(
            r["id"],
            r["name"],
            r.get("capacity"),
            r.get("position", 0),
            _windows_in(r.get("availability"), zone),
            str(r.get("guid") or ""),
        )
        for r in raw.get("rooms", [])
    }
    tracks = {t["id"]: TrackData(t["id"], t["name"], t["color"]) for t in raw.get("tracks", [])}
    speakers: dict[int, SpeakerData] = {}
    for p in raw.get("speakers", []):
        fields = {k: p.get(k) for k in SpeakerData.__dataclass_fields__ if k in p}
        fields["availability"] = _windows_in(p.get("availability"), zone)
        fields["role"] = ""
        speakers[p["id"]] = SpeakerData(**fields)
    sessions = []
    for x in raw.get("sessions", []):
        start = dt.datetime.fromisoformat(x["start"]).astimezone(zone) if x.get("start") else None
        sessions.append(
            SessionData(
                id=x["id"],
                guid=x["guid"],
                title=x["title"],
                subtitle=x.get("subtitle", ""),
                abstract=x.get("abstract", ""),
                type=x.get("type", "talk"),
                status=x.get("status", "draft"),
                language=x.get("language", ""),
                track=tracks.get(x.get("track_id")),
                room=rooms.get(x.get("room_id")),
                start=start,
                end=None if start is None else start + dt.timedelta(minutes=x["duration_min"]),
                duration_min=x["duration_min"],
                plenary=bool(x.get("plenary")),
                expected_audience=x.get("expected_audience"),
                speakers=tuple(
                    with_role(speakers[sid], role) for sid, role in x["speakers"] if sid in speakers
                ),
                description=x.get("description", ""),
                slug=x.get("slug", ""),
                url=x.get("url", ""),
                external_id=x.get("external_id"),
                source_type=x.get("source_type", ""),
                recording_license=x.get("recording_license", ""),
                do_not_record=x.get("do_not_record") is True,
                **kept_fields(x),
            )
        )
    sessions.sort(key=sort_key)
    sd, ed = raw.get("start_date"), raw.get("end_date")
    return ScheduleData(
        event_name=raw.get("event_name", ""),
        source_acronym=str((raw.get("source") or {}).get("acronym") or ""),
        source_title=str((raw.get("source") or {}).get("title") or ""),
        source_url=str((raw.get("source") or {}).get("url") or ""),
        timezone=raw.get("timezone") or "UTC",
        days=[dt.date.fromisoformat(d) for d in raw.get("days", [])],
        rooms=list(rooms.values()),
        tracks=list(tracks.values()),
        sessions=sessions,
        speakers=list(speakers.values()),
        venue=raw.get("venue", ""),
        start_date=dt.date.fromisoformat(sd) if sd else None,
        end_date=dt.date.fromisoformat(ed) if ed else None,
        day_change=parse_day_change(raw.get("day_change")),
    )
