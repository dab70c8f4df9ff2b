"""Reading the schedule from the store as `desktop.base.schedule.ScheduleData`.

`load_schedule(session)` reads the live tables; `load_schedule(session, "latest")` or
`load_schedule(session, release_id)` reads a published release's snapshot instead. Both give
the same `ScheduleData`, with every time an aware datetime in the event's time zone.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Room, ScheduleRelease, SessionSpeaker, Speaker, Track
from db.models import Session as SessionRow
from db.words import refusal
from desktop.base.errors import UserError
from desktop.base.schedule import (
    RoomData,
    ScheduleData,
    SessionData,
    SpeakerData,
    TrackData,
    aware_from_utc,
    day_of,
    event_days,
    is_uuid,
    kept_fields,
    parse_day_change,
    schedule_from_dict,
    sort_key,
    windows_from_json,
    with_role,
)
from desktop.core.events import current_event


def _load_live(session: Session) -> ScheduleData:
    event = current_event(session)
    zone = zoneinfo.ZoneInfo(event.timezone)
    conn = session.connection()
    rooms = {
        r.id: RoomData(
            r.id,
            r.name,
            r.capacity,
            r.position,
            windows_from_json(r.availability, zone),
            (r.external_id or "") if is_uuid(r.external_id or "") else "",
        )
        for r in session.scalars(
            select(Room).where(Room.event_id == event.id).order_by(Room.position, Room.name)
        )
    }
    tracks = {
        t.id: TrackData(t.id, t.name, t.color)
        for t in session.scalars(
            select(Track).where(Track.event_id == event.id).order_by(Track.name)
        )
    }
    speakers = {
        p.id: SpeakerData(
            id=p.id,
            name=p.name,
            name_local=p.name_local,
            organization=p.organization,
            title=p.title,
            bio=p.bio,
            email=p.email,
            attendee_id=p.attendee_id,
            availability=windows_from_json(p.availability, zone),
            photo_path=p.photo_path,
            external_id=p.external_id,
            guid=str((p.extra or {}).get("guid") or ""),
            code=str((p.extra or {}).get("code") or ""),
        )
        for p in conn.execute(
            select(*_columns(Speaker, skip=("event_id", "availability")), Speaker.availability)
            .where(Speaker.event_id == event.id)
            .order_by(Speaker.name, Speaker.id)
        )
    }
    links: dict[int, list[tuple[int, int, str]]] = {}
    for link in conn.execute(
        select(
            SessionSpeaker.session_id,
            SessionSpeaker.position,
            SessionSpeaker.speaker_id,
            SessionSpeaker.role,
        )
        .join(SessionRow, SessionRow.id == SessionSpeaker.session_id)
        .where(SessionRow.event_id == event.id)
    ):
        links.setdefault(link.session_id, []).append((link.position, link.speaker_id, link.role))
    sessions: list[SessionData] = []
    in_role: dict[tuple[int, str], SpeakerData] = {}
    for row in conn.execute(
        select(*_columns(SessionRow, skip=("event_id",))).where(SessionRow.event_id == event.id)
    ):
        spk = []
        for _pos, sid, role in sorted(links.get(row.id, ())):
            if sid in speakers:
                if (sid, role) not in in_role:
                    in_role[sid, role] = with_role(speakers[sid], role)
                spk.append(in_role[sid, role])
        start = aware_from_utc(row.start, zone)
        sessions.append(
            SessionData(
                id=row.id,
                guid=row.guid,
                title=row.title,
                subtitle=row.subtitle,
                abstract=row.abstract,
                type=row.type,
                status=row.status,
                language=row.language,
                track=tracks.get(row.track_id) if row.track_id else None,
                room=rooms.get(row.room_id) if row.room_id else None,
                start=start,
                end=None if start is None else start + dt.timedelta(minutes=row.duration_min),
                duration_min=row.duration_min,
                plenary=row.plenary,
                expected_audience=row.expected_audience,
                speakers=tuple(spk),
                description=row.description,
                slug=row.slug,
                url=row.url,
                external_id=row.external_id,
                **_from_source(row.extra),
            )
        )
    sessions.sort(key=sort_key)
    day_change = parse_day_change((event.settings or {}).get("day_change"))
    source = source_conference(event.settings)
    days = set(event_days(event.start_date, event.end_date))
    days.update(day_of(x.start, day_change) for x in sessions if x.start is not None)
    return ScheduleData(
        event_name=event.name,
        timezone=event.timezone,
        days=sorted(days),
        rooms=list(rooms.values()),
        tracks=list(tracks.values()),
        sessions=sessions,
        speakers=list(speakers.values()),
        venue=event.venue,
        start_date=event.start_date,
        end_date=event.end_date,
        day_change=day_change,
        source_acronym=source["source_acronym"],
        source_title=source["source_title"],
        source_url=source["source_url"],
    )


# The event setting that keeps the imported schedule's own conference (see ScheduleData).
SOURCE_SETTING = "schedule_source"


def source_conference(settings: Any) -> dict[str, str]:
    """ScheduleData's source_acronym, source_title and source_url from the event's settings."""
    kept = (settings or {}).get(SOURCE_SETTING) if isinstance(settings, dict) else None
    kept = kept if isinstance(kept, dict) else {}
    return {f"source_{k}": str(kept.get(k) or "") for k in ("acronym", "title", "url")}


def _from_source(extra: Any) -> dict[str, Any]:
    """The source fields a session keeps in `extra` (see interchange.importing)."""
    extra = extra if isinstance(extra, dict) else {}
    return {
        "source_type": str(extra.get("source_type") or ""),
        "recording_license": str(extra.get("recording_license") or ""),
        "do_not_record": extra.get("do_not_record") is True,
        **kept_fields(extra),
    }


def _columns(model: type, skip: tuple[str, ...] = ()) -> list[Any]:
    """The model's columns for a plain Core select (rows, not ORM objects: several times faster)."""
    table = model.__table__  # type: ignore[attr-defined]
    return [getattr(model, c.key) for c in table.columns if c.key not in skip]


def load_schedule(session: Session, release: int | str | None = None) -> ScheduleData:
    """The schedule: live tables (None), the latest release ("latest"), or release `id`.

    "latest" falls back to the live tables when nothing has been published yet. A release may
    also be named by its name.
    """
    if release is None:
        return _load_live(session)
    event = current_event(session)
    query = select(ScheduleRelease).where(ScheduleRelease.event_id == event.id)
    if release == "latest":
        row = session.scalar(query.order_by(ScheduleRelease.id.desc()).limit(1))
        if row is None:
            return _load_live(session)
    elif isinstance(release, int) or str(release).isdigit():
        row = session.scalar(query.where(ScheduleRelease.id == int(release)))
    else:
        row = session.scalar(
            query.where(ScheduleRelease.name == str(release))
            .order_by(ScheduleRelease.id.desc())
            .limit(1)
        )
    if row is None:
        raise UserError(
            refusal(
                "no schedule release {release}; `confdesk schedule releases` lists them",
                release=repr(release),
            )
        )
    data = schedule_from_dict(row.snapshot)
    zone = zoneinfo.ZoneInfo(data.timezone)
    return ScheduleData(
        **{
            **{k: getattr(data, k) for k in data.__dataclass_fields__ if k != "_by_id"},
            "release_name": row.name,
            "release_at": aware_from_utc(row.published_at, zone),
        }
    )
