"""The c3voc schedule2 JSON (voc-schedule-schema2.json): reading and writing.

Unlike the frab JSON, schedule2 lists events flat under `schedule.events`, each naming its
room by guid and its track by slug, with full start and end times; the conference lists its
rooms, tracks and days. Breaks are written as the schema's BREAK meta events.

The schema closes an event's fields, so some of what Confdesk keeps has no field there: the
recording opt-out and licence, do-not-stream, the original session type (the schema has its
own TALK, WORKSHOP, ... words), a language that is not a two-letter code. A Confdesk export
keeps those under the conference's open "meta" object (`meta.confdesk.events`, by event guid),
so a re-import reads them back; other tools do not see them, which the export says. The
people of an event carry what the schema allows beyond name and guid (id, code, biography),
so a re-import finds them again.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from db.words import note
from desktop import __version__
from desktop.base.schedule import Reference, ScheduleData, SessionData, SpeakerData
from desktop.core.schedule.interchange.exporting import (
    CODE,
    TZ_NAME,
    ExportPlan,
    links_without_address,
    plan_export,
    uri,
)
from desktop.core.schedule.interchange.exporting import (
    REFERENCE_TYPES as JSON_REFERENCE_TYPES,
)
from desktop.core.schedule.interchange.parsed import (
    MAX_CAPACITY,
    MAX_DAY_INDEX,
    ParsedDay,
    ParsedEvent,
    ParsedPerson,
    ParsedSchedule,
    as_dict,
    as_list,
    collect_refs,
    file_guid,
    guid_for,
    is_uuid,
    json_line,
    json_refs,
    json_text,
    minutes_between,
    one_url,
    parse_date,
    parse_datetime,
    slugify,
)
from desktop.core.text import clean

SCHEMA2_URL = "https://c3voc.de/schema/schedule2"
SLUG = re.compile(r"^[a-z0-9_-]+[a-z0-9]$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
# The schema's words for an event's type, from the words a session's type is written in.
EVENT_TYPES = (
    (("lightning",), "LIGHTNING_TALK"),
    (("hands-on", "hands on"), "HANDS-ON"),
    (("workshop", "tutorial"), "WORKSHOP"),
    (("meeting", "meetup"), "MEETING"),
    (("discussion", "panel", "podium", "bof", "round"), "DISCUSSION"),
    (("concert",), "CONCERT"),
    (("performance", "dj", "ceremony", "show", "party"), "PERFORMANCE"),
    (("game",), "GAME"),
    (("talk", "lecture", "keynote", "plenary", "presentation"), "TALK"),
)
REFERENCE_TYPES = JSON_REFERENCE_TYPES | {"book"}
ROLES = {"speaker": "SPEAKER", "moderator": "MODERATOR", "panelist": "GUEST"}
ROLES_BACK = {"MODERATOR": "moderator", "HOST": "moderator", "GUEST": "panelist"}
# An event without a track refers to this one (the schema requires a track on every event);
# a reader takes a track with no name as no track.
NO_TRACK = "no-track"
# Where a Confdesk export keeps what an event's closed fields cannot say (conference.meta).
KEPT = "confdesk"


# --- writing ------------------------------------------------------------------------------


def event_type(x: SessionData) -> str:
    """The schema2 word for a session's type (from the imported word, else Confdesk's)."""
    words = f"{x.source_type} {x.type}".lower()
    for keys, word in EVENT_TYPES:
        if any(k in words for k in keys):
            return word
    return "TALK" if x.type in ("talk", "keynote", "plenary") else "OTHER"


def person_guid(p: SpeakerData, person_id: int) -> str:
    """A person's guid as written: their own, else one made from the id and name (a reader
    that makes the same one takes it as no guid, so the person is found by id and name)."""
    return p.guid if is_uuid(p.guid) else guid_for("confdesk-person", person_id, p.name)


def _slugs(names: list[tuple[int, str]], prefix: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for key, name in names:
        slug = slugify(name, 60).replace("_", "-").strip("-_")
        if not SLUG.match(slug) or slug in out.values() or slug == NO_TRACK:
            slug = f"{prefix}-{key}"
        out[key] = slug
    return out


def export_schedule2(data: ScheduleData, plan: ExportPlan | None = None) -> bytes:
    """The schedule as c3voc schedule2 JSON (voc-schedule-schema2.json)."""
    plan = plan or plan_export(data)
    sessions = plan.sessions
    track_slugs = _slugs([(t.id, t.name) for t in data.tracks], "track")
    room_slugs = _slugs([(r.id, r.name) for r in data.rooms], "room")
    tracks: list[dict[str, Any]] = [
        {"name": t.name, "slug": track_slugs[t.id], "color": plan.track_colors[t.id]}
        for t in data.tracks
    ]
    if any(x.track is None for x in sessions):
        tracks.append({"name": "", "slug": NO_TRACK})
    conference: dict[str, Any] = {
        "acronym": plan.acronym,
        "title": plan.title,
        "start": plan.days[0].start.isoformat() if plan.days else "",
        "end": plan.days[-1].end.isoformat() if plan.days else "",
    }
    if TZ_NAME.match(data.timezone):
        conference["time_zone_name"] = data.timezone
    if data.source_url:
        conference["url"] = data.source_url
    languages = Counter(x.language for x in sessions if LANGUAGE.match(x.language))
    fallback = languages.most_common(1)[0][0] if languages else "en"
    conference["tracks"] = tracks
    conference["rooms"] = [
        {
            "name": r.name,
            "slug": room_slugs[r.id],
            "guid": plan.room_guids[r.id],
            "capacity": r.capacity,
        }
        for r in data.rooms
    ]
    conference["days"] = [
        {
            "index": d.index,
            "date": d.date.isoformat(),
            "start": d.start.isoformat(),
            "end": d.end.isoformat(),
        }
        for d in plan.days
    ]
    events = [
        _event_out(x, plan, track_slugs, fallback)
        for x in sorted(sessions, key=lambda x: (x.start, x.room.position if x.room else 0))
    ]
    kept = {plan.guids[x.id]: k for x in sessions if (k := _kept(x, fallback))}
    if kept:
        conference["meta"] = {KEPT: {"events": kept}}
    doc = {
        "$schema": SCHEMA2_URL,
        "generator": {"name": "confdesk", "version": __version__},
        "schedule": {
            "version": plan.version,
            "conference": conference,
            "events": events,
        },
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _kept(x: SessionData, fallback: str) -> dict[str, Any]:
    """What an event's fields cannot say, for a Confdesk import to read back (the schema's
    conference "meta" is open; other readers ignore it)."""
    out: dict[str, Any] = {}
    if x.source_type or x.type:
        out["type"] = x.source_type or x.type
    if _is_meta(x):
        out.update(slug=x.slug, track=x.track.name if x.track else "")
        if x.language:
            out["language"] = x.language
        if x.code:
            out["code"] = x.code
    elif x.language != (x.language if LANGUAGE.match(x.language) else fallback):
        out["language"] = x.language
    if x.recording_license:
        out["recording_license"] = x.recording_license
    if x.do_not_record:
        out["do_not_record"] = True
    if x.do_not_stream is not None:
        out["do_not_stream"] = x.do_not_stream
    return {k: v for k, v in out.items() if v != "" or k == "language"}


def _is_meta(x: SessionData) -> bool:
    """A break with nothing an Event would carry goes out as the schema's BREAK meta event."""
    return x.type == "break" and not (
        x.speakers or x.abstract or x.description or x.links or x.attachments or x.url
    )


def _event_out(
    x: SessionData, plan: ExportPlan, track_slugs: dict[int, str], fallback: str
) -> dict[str, Any]:
    assert x.start is not None and x.end is not None and x.room is not None
    room = {"guid": plan.room_guids[x.room.id], "name": x.room.name}
    if _is_meta(x):
        meta: dict[str, Any] = {
            "type": "BREAK",
            "guid": plan.guids[x.id],
            "title": x.title,
            "start": x.start.isoformat(),
            "end": x.end.isoformat(),
            "room": room,
        }
        if x.subtitle:
            meta["subtitle"] = x.subtitle
        return meta
    links: list[dict[str, str] | None] = [_ref_out(x, r) for r in x.links]
    for url, kind in ((x.feedback_url, "FEEDBACK"), (x.origin_url, "ORIGIN")):
        if full := uri(x, url):
            links.append({"url": full, "type": kind})
    out: dict[str, Any] = {
        "guid": plan.guids[x.id],
        "start": x.start.isoformat(),
        "end": x.end.isoformat(),
        "room": room,
        "slug": plan.json_slugs[x.id],
        "url": x.url
        if x.url.startswith(("http://", "https://"))
        else f"urn:uuid:{plan.guids[x.id]}",
        "title": x.title,
        "subtitle": x.subtitle or None,
        "track": {"slug": track_slugs[x.track.id] if x.track else NO_TRACK},
        "type": event_type(x),
        "language": x.language if LANGUAGE.match(x.language) else fallback,
        "abstract": x.abstract or None,
        "description": x.description or None,
        "participants": [_participant(p, plan) for p in x.speakers],
        "links": [r for r in links if r is not None],
        "attachments": [r for r in (_ref_out(x, r) for r in x.attachments) if r is not None],
        "state": "CONFIRMED" if x.status == "confirmed" else "ACCEPTED",
    }
    if x.id in plan.codes:
        out["code"] = plan.codes[x.id]
    if logo := uri(x, x.logo):
        out["logo"] = {"url": logo}
    return out


def _ref_out(x: SessionData, r: Reference) -> dict[str, str] | None:
    """A link or attachment; None when its url cannot be made a URI (see `not_kept_in`)."""
    url = uri(x, r.url)
    if not url:
        return None
    out = {"url": url}
    if r.title:
        out["title"] = r.title
    if r.type in REFERENCE_TYPES:
        out["type"] = r.type.upper()
    return out


def _participant(p: SpeakerData, plan: ExportPlan) -> dict[str, Any]:
    person_id = plan.person_ids[p.id]
    out: dict[str, Any] = {
        "name": p.name,
        "guid": person_guid(p, person_id),
        "role": ROLES.get(p.role or "speaker", "SPEAKER"),
        "id": person_id,
    }
    if CODE.match(p.code):
        out["code"] = p.code
    if p.bio:
        out["biography"] = p.bio
    return out


def not_kept_in(plan: ExportPlan) -> list[str]:
    """What the written sessions hold that schedule2 has no place for, one line per kind."""
    sessions = plan.sessions
    out = links_without_address(plan)
    opted = sum(1 for x in sessions if x.do_not_record)
    if opted:
        out.append(
            note(
                "{count} sessions opted out of the recording: schedule2 JSON has no field for "
                "it, so only a Confdesk import reads it back (the frab XML and schedule JSON "
                "say it to every tool)",
                count=opted,
            )
        )
    licensed = sum(1 for x in sessions if x.recording_license)
    if licensed:
        out.append(
            note(
                "{count} sessions' recording licence has no field in schedule2 JSON: only a "
                "Confdesk import reads it back",
                count=licensed,
            )
        )
    return out


# --- reading ------------------------------------------------------------------------------


def is_schedule2(doc: Any) -> bool:
    """Whether a JSON document is schedule2: its events listed flat beside the conference."""
    sched = doc.get("schedule") if isinstance(doc, dict) else None
    return isinstance(sched, dict) and isinstance(sched.get("events"), list)


def parse_schedule2(doc: dict[str, Any], name: str) -> ParsedSchedule:
    """Read a schedule2 document (checked by `is_schedule2`) into a ParsedSchedule."""
    sched = doc["schedule"]
    conf = as_dict(sched.get("conference"))
    generator = doc.get("generator")
    out = ParsedSchedule(format="schedule2 JSON", source_name=name)
    out.generator = json_text(generator.get("name"), 100) if isinstance(generator, dict) else ""
    out.title = json_text(conf.get("title"), 300)
    out.acronym = json_text(conf.get("acronym"), 100)
    url = json_text(conf.get("url"), 2000)
    out.url = one_url(url, "url", "the conference", out) if url else ""
    out.timezone = json_text(conf.get("time_zone_name"), 64) or None
    track_names: dict[str, str] = {}
    for track in as_list(conf.get("tracks")):
        if isinstance(track, dict):
            tname = json_text(track.get("name"), 200)
            slug = json_text(track.get("slug"), 200)
            if slug:
                track_names[slug] = tname
            if tname:
                out.tracks[tname] = json_text(track.get("color"), 16)
    room_names: dict[str, str] = {}
    for room in as_list(conf.get("rooms")):
        if isinstance(room, dict) and json_text(room.get("name")):
            rname = json_text(room.get("name"), 200)
            out.declared_rooms.append(rname)
            out.add_room(rname)
            if guid := file_guid(room.get("guid")):
                out.room_guids.setdefault(rname, guid)
            for key in ("guid", "slug"):
                if json_text(room.get(key)):
                    room_names[json_text(room.get(key), 200).lower()] = rname
            cap = room.get("capacity")
            if isinstance(cap, int | float) and not isinstance(cap, bool) and cap > 0:
                out.room_capacity[rname] = int(min(cap, MAX_CAPACITY + 1))
    for n, day in enumerate(as_list(conf.get("days")), 1):
        if not isinstance(day, dict):
            continue
        start, end = parse_datetime(day.get("start")), parse_datetime(day.get("end"))
        date = parse_date(day.get("date")) or (start.date() if start else None)
        index = day.get("index")
        index = index if isinstance(index, int) and 0 <= index <= MAX_DAY_INDEX else n
        if date is not None:
            out.days.append(ParsedDay(index, date, start, end))
    kept = as_dict(as_dict(as_dict(conf.get("meta")).get(KEPT)).get("events"))
    for n, ev in enumerate(sched["events"], 1):
        if not isinstance(ev, dict):
            out.skipped.append(note("event {n}: not an object; skipped", n=n))
            continue
        parsed = _event(ev, n, room_names, track_names, out)
        if parsed is not None:
            _read_kept(parsed, as_dict(kept.get(parsed.guid)))
            out.events.append(parsed)
    if not out.days:  # a file without its day list: the days its events fall on
        dates = sorted({ev.start.date() for ev in out.events})
        out.days = [ParsedDay(i, d) for i, d in enumerate(dates, 1)]
    return out


def _event(
    ev: dict[str, Any],
    n: int,
    room_names: dict[str, str],
    track_names: dict[str, str],
    out: ParsedSchedule,
) -> ParsedEvent | None:
    title = json_line(ev.get("title"), 500)
    code = json_text(ev.get("code"), 64)
    where = f"event {code or n}"
    if not title:
        out.skipped.append(note("{where}: no title; skipped", where=where))
        return None
    where = f"{where} “{title}”"
    start, end = parse_datetime(ev.get("start")), parse_datetime(ev.get("end"))
    if start is None:
        out.skipped.append(note("{where}: no readable start; skipped", where=where))
        return None
    duration = minutes_between(start, end)
    if duration is None:
        out.notes.append(
            note(
                "{where}: unreadable duration {ev}; 30 minutes assumed",
                where=where,
                ev=repr(ev.get("end")),
            )
        )
        duration = 30
    room = as_dict(ev.get("room"))
    rname = room_names.get(json_text(room.get("guid"), 200).lower()) or json_text(
        room.get("name"), 200
    )
    if not rname:
        out.skipped.append(note("{where}: no room; skipped", where=where))
        return None
    out.add_room(rname)
    track = as_dict(ev.get("track"))
    slug = json_text(track.get("slug"), 200)
    kind = json_text(ev.get("type"), 100)
    others: list[tuple[str, str, str, str] | None] = []
    feedback = origin = ""
    for item in _refs(ev.get("links")):
        if item is not None and item[2] == "feedback" and not feedback:
            feedback = item[0]
        elif item is not None and item[2] == "origin" and not origin:
            origin = item[0]
        else:
            others.append(item)
    url = json_text(ev.get("url"), 1000)
    logo = as_dict(ev.get("logo"))
    return ParsedEvent(
        title=title,
        room=rname,
        start=start,
        duration_min=duration,
        guid=json_text(ev.get("guid"), 64),
        external_id=code or None,
        subtitle=json_line(ev.get("subtitle"), 500),
        abstract=json_text(ev.get("abstract")),
        description=json_text(ev.get("description")),
        type="break" if kind == "BREAK" else kind,
        language=json_text(ev.get("language"), 16),
        track=track_names.get(slug, slug if slug != NO_TRACK else ""),
        slug=json_text(ev.get("slug"), 300),
        url="" if url.startswith("urn:uuid:") else url,
        persons=[p for p in map(_person, as_list(ev.get("participants"))) if p is not None],
        where=where,
        links=collect_refs(others, "link", where, out),
        attachments=collect_refs(_refs(ev.get("attachments")), "attachment", where, out),
        logo=one_url(json_text(logo.get("url"), 2000), "logo", where, out),
        feedback_url=one_url(json_text(feedback, 2000), "feedback link", where, out),
        origin_url=one_url(json_text(origin, 2000), "origin link", where, out),
        code=code,
    )


def _read_kept(ev: ParsedEvent, kept: dict[str, Any]) -> None:
    """Take back what a Confdesk export kept of the event under conference.meta."""
    for key, limit in (("type", 100), ("language", 16), ("slug", 300), ("track", 200)):
        if isinstance(kept.get(key), str):
            setattr(ev, key, clean(kept[key], limit))
    if isinstance(kept.get("code"), str):
        ev.code = clean(kept["code"], 64)
    if isinstance(kept.get("recording_license"), str):
        ev.recording_license = clean(kept["recording_license"], 200)
    ev.do_not_record = kept.get("do_not_record") is True
    stream = kept.get("do_not_stream")
    if isinstance(stream, bool):
        ev.do_not_stream = stream
    elif isinstance(stream, str):
        ev.do_not_stream = clean(stream, 100) or None


def _refs(raw: Any) -> list[tuple[str, str, str, str] | None]:
    """Links or attachments as `json_refs` reads them, their type in lower case (schedule2
    writes "SLIDES" where frab writes "slides")."""
    return [None if r is None else (r[0], r[1], r[2].lower(), r[3]) for r in json_refs(raw)]


def _person(p: Any) -> ParsedPerson | None:
    if not isinstance(p, dict) or not json_text(p.get("name")):
        return None
    name = json_text(p.get("name"), 300)
    pid = p.get("id")
    external = (
        json_text(pid, 200) if isinstance(pid, int | str) and not isinstance(pid, bool) else ""
    )
    guid = json_text(p.get("guid"), 64)
    if external and guid == guid_for("confdesk-person", external, name):
        guid = ""  # made by a Confdesk export for a person who had none
    return ParsedPerson(
        name=name,
        external_id=external or None,
        role=ROLES_BACK.get(json_text(p.get("role")).upper(), "speaker"),
        bio=json_text(p.get("biography")),
        guid=guid,
        code=json_text(p.get("code"), 64),
    )
