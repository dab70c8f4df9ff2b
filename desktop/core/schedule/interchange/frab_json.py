"""The frab schedule JSON (what frab and pretalx export as schedule.json): reading and writing.

The layout mirrors the XML: schedule.conference.days[].rooms{room name: [events]}. pretalx adds
a conference-level room list (with capacities) and richer persons (code, biography). Writing
follows voc-schedule-schema.json.
"""

from __future__ import annotations

import json
from typing import Any

from db.words import note, refusal
from desktop import __version__
from desktop.base.errors import UserError
from desktop.base.schedule import Reference, ScheduleData, SessionData, SpeakerData
from desktop.core.schedule.interchange.exporting import (
    CODE,
    REFERENCE_TYPES,
    TZ_NAME,
    ExportPlan,
    plan_export,
    uri,
)
from desktop.core.schedule.interchange.parsed import (
    MAX_CAPACITY,
    MAX_DAY_INDEX,
    ParsedDay,
    ParsedEvent,
    ParsedPerson,
    ParsedSchedule,
    collect_refs,
    file_guid,
    is_uuid,
    json_line,
    json_refs,
    json_text,
    minutes_between,
    one_url,
    parse_clock,
    parse_date,
    parse_datetime,
    parse_duration,
    plausible_url,
    start_from_clock,
)
from desktop.core.schedule.interchange.pretalx_api import (
    is_api_page,
    is_widget,
    parse_api_page,
    parse_widget,
)
from desktop.core.schedule.interchange.schedule2 import is_schedule2, parse_schedule2
from desktop.core.text import clean

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
ROLE_WORDS = {"speaker", "moderator", "panelist"}


def parse_json(raw: bytes, name: str = "the file") -> ParsedSchedule:
    """Read a frab/pretalx schedule JSON document; raises UserError for anything else."""

    def refuse_constant(word: str) -> None:
        raise UserError(
            refusal(
                "{name} holds {word}, which is not a JSON number; nothing was imported",
                name=name,
                word=word,
            )
        )

    try:
        doc = json.loads(raw.decode("utf-8-sig"), parse_constant=refuse_constant)
    except UnicodeDecodeError:
        raise UserError(refusal("{name} is not UTF-8 text", name=name)) from None
    except RecursionError:
        raise UserError(
            refusal(
                "{name} has arrays or objects nested thousands deep; no schedule is, so it was not read",
                name=name,
            )
        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(
            refusal(
                "{name} is not valid JSON at line {lineno}, column {colno} ({msg}); nothing was imported",
                name=name,
                lineno=exc.lineno,
                colno=exc.colno,
                msg=exc.msg,
            )
        ) from None
    except ValueError:  # a number of thousands of digits (Python's limit for int())
        raise UserError(
            refusal(
                "{name} holds a number thousands of digits long; no schedule does, so it was not read",
                name=name,
            )
        ) from None
    if is_schedule2(doc):
        return parse_schedule2(doc, name)
    if is_widget(doc):
        return parse_widget(doc, name)
    if is_api_page(doc):
        return parse_api_page(doc, name)
    sched = doc.get("schedule") if isinstance(doc, dict) else None
    conf = sched.get("conference") if isinstance(sched, dict) else None
    if not isinstance(conf, dict) or not isinstance(conf.get("days"), list):
        raise UserError(
            refusal(
                "{name} is JSON but not a frab/pretalx schedule (no schedule.conference.days)",
                name=name,
            )
        )
    for key in ("tracks", "rooms"):
        _must_be_list(conf.get(key), f"conference {key}", name)
    is_pretalx = (
        any(isinstance(r, dict) and "guid" in r for r in conf.get("rooms") or [])
        or "pretalx" in str(doc.get("generator", "")).lower()
    )
    out = ParsedSchedule(format="pretalx JSON" if is_pretalx else "frab JSON", source_name=name)
    out.title = json_text(conf.get("title"), 300)
    out.acronym = json_text(conf.get("acronym"), 100)
    url = json_text(conf.get("url"), 2000)
    out.url = url if url.startswith(("http://", "https://")) and plausible_url(url) else ""
    generator = doc.get("generator")
    out.generator = json_text(generator.get("name"), 100) if isinstance(generator, dict) else ""
    out.timezone = json_text(conf.get("time_zone_name"), 64) or None
    out.day_change = parse_clock(conf.get("day_change"))
    assert isinstance(sched, dict)  # conf came from it
    base = json_text(sched.get("base_url") or conf.get("base_url"), 2000)
    out.base_url = base if base.startswith(("http://", "https://")) and plausible_url(base) else ""
    for track in conf.get("tracks") or []:
        if isinstance(track, dict) and json_text(track.get("name")):
            out.tracks[json_text(track.get("name"), 200)] = json_text(track.get("color"), 16)
    for room in conf.get("rooms") or []:
        if isinstance(room, dict) and json_text(room.get("name")):
            rname = json_text(room.get("name"), 200)
            out.declared_rooms.append(rname)
            out.add_room(rname)
            if guid := file_guid(room.get("guid")):
                out.room_guids.setdefault(rname, guid)
            cap = room.get("capacity")
            if isinstance(cap, int | float) and not isinstance(cap, bool) and cap > 0:
                out.room_capacity[rname] = int(min(cap, MAX_CAPACITY + 1))
    if not conf["days"]:
        raise UserError(refusal("{name} holds no days: an empty schedule", name=name))
    for n, day in enumerate(conf["days"], 1):
        if not isinstance(day, dict):
            out.skipped.append(note("day {n}: not an object; skipped", n=n))
            continue
        start, end = parse_datetime(day.get("day_start")), parse_datetime(day.get("day_end"))
        date = parse_date(day.get("date")) or (start.date() if start else None)
        index = day.get("index")
        index = index if isinstance(index, int) and 0 <= index <= MAX_DAY_INDEX else n
        if date is None:
            out.skipped.append(note("day {index}: no date; its events were skipped", index=index))
            continue
        pday = ParsedDay(index, date, start, end)
        out.days.append(pday)
        rooms = day.get("rooms") or {}
        if not isinstance(rooms, dict):
            out.skipped.append(note("day {index}: rooms is not an object; skipped", index=index))
            continue
        for rname_raw, events in rooms.items():
            rname = clean(rname_raw, 200)
            out.add_room(rname)
            for ev in events if isinstance(events, list) else []:
                parsed = _event(ev, rname, pday, out) if isinstance(ev, dict) else None
                if parsed is not None:
                    out.events.append(parsed)
    return out


def _must_be_list(value: Any, what: str, name: str) -> None:
    if value is not None and not isinstance(value, list):
        kind = {dict: "an object", str: "text", bool: "true or false"}.get(type(value), "a number")
        raise UserError(
            refusal(
                "{name}: {what} is {kind}, not a list; nothing was imported",
                name=name,
                what=what,
                kind=kind,
            )
        )


def out_name(out: ParsedSchedule) -> str:
    return out.source_name or "the file"


def _event(
    ev: dict[str, Any], rname: str, day: ParsedDay, out: ParsedSchedule
) -> ParsedEvent | None:

    ext = json_text(ev.get("id") if ev.get("id") is not None else ev.get("code"), 200) or None
    title = json_line(ev.get("title"), 500)
    where = f"event {ext}" if ext else f"an event in {rname} on {day.date}"
    if not title:
        out.skipped.append(note("{where}: no title; skipped", where=where))
        return None
    where = f"{where} “{title}”"
    start = parse_datetime(ev.get("date"))
    if start is None:
        clock = parse_clock(ev.get("start"))
        if clock is None:
            out.skipped.append(note("{where}: no readable date or start; skipped", where=where))
            return None
        start = start_from_clock(day, clock, out.day_change)
    duration = parse_duration(ev.get("duration"))
    if duration is None:
        duration = minutes_between(start, parse_datetime(ev.get("end")))
    if duration is None:
        out.notes.append(
            note(
                "{where}: unreadable duration {ev}; 30 minutes assumed",
                where=where,
                ev=repr(ev.get("duration")),
            )
        )
        duration = 30
    persons = []
    _must_be_list(ev.get("persons"), f"{where}: persons", out_name(out))
    for p in ev.get("persons") or []:
        if isinstance(p, str):
            p = {"name": p}
        if not isinstance(p, dict):
            continue
        pname = json_text(p.get("public_name") or p.get("name") or p.get("full_public_name"), 300)
        if not pname:
            continue
        pid = p.get("id") if p.get("id") is not None else p.get("code") or p.get("guid")
        role = str(p.get("role") or "speaker").lower()
        persons.append(
            ParsedPerson(
                name=pname,
                external_id=json_text(pid, 200) or None,
                role=role if role in ROLE_WORDS else "speaker",
                bio=json_text(p.get("biography")),
                guid=json_text(p.get("guid"), 64),
                code=json_text(p.get("code"), 64),
            )
        )
    url = json_text(ev.get("url"), 1000)
    if url.startswith("urn:uuid:"):  # what a JSON export writes for a session without a url
        url = ""
    stream = ev.get("do_not_stream")
    return ParsedEvent(
        title=title,
        room=json_text(ev.get("room"), 200) or rname,
        start=start,
        duration_min=duration,
        guid=json_text(ev.get("guid"), 64),
        external_id=ext,
        subtitle=json_line(ev.get("subtitle"), 500),
        abstract=json_text(ev.get("abstract")),
        description=json_text(ev.get("description")),
        type=json_text(ev.get("type"), 100),
        language=json_text(ev.get("language"), 16),
        track=json_text(ev.get("track"), 200),
        slug=json_text(ev.get("slug"), 300),
        url=url,
        persons=persons,
        where=f"{where} (listed under room {rname})",
        recording_license=json_text(ev.get("recording_license"), 200),
        do_not_record=ev.get("do_not_record") in (True, "true", "True", 1),
        links=collect_refs(json_refs(ev.get("links")), "link", where, out),
        attachments=collect_refs(json_refs(ev.get("attachments")), "attachment", where, out),
        logo=one_url(json_text(ev.get("logo"), 2000), "logo", where, out),
        feedback_url=one_url(json_text(ev.get("feedback_url"), 2000), "feedback_url", where, out),
        origin_url=one_url(json_text(ev.get("origin_url"), 2000), "origin_url", where, out),
        do_not_stream=stream if isinstance(stream, bool) else json_text(stream, 100) or None,
        code=json_text(ev.get("code"), 64),
    )


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def export_json(data: ScheduleData, plan: ExportPlan | None = None) -> bytes:
    """The schedule as frab/pretalx schedule JSON (voc-schedule-schema.json)."""

    plan = plan or plan_export(data)
    conference: dict[str, Any] = {
        "acronym": plan.acronym,
        "title": plan.title,
        "start": plan.days[0].date.isoformat() if plan.days else "",
        "end": plan.days[-1].date.isoformat() if plan.days else "",
        "daysCount": len(plan.days),
        "timeslot_duration": "00:05",
    }
    if TZ_NAME.match(data.timezone):
        conference["time_zone_name"] = data.timezone
    if data.source_url:
        conference["url"] = data.source_url
    conference["tracks"] = [{"name": t.name, "color": plan.track_colors[t.id]} for t in data.tracks]
    conference["rooms"] = [
        {"name": r.name, "guid": plan.room_guids[r.id], "capacity": r.capacity} for r in data.rooms
    ]
    days = []
    for day in plan.days:
        rooms: dict[str, list[dict[str, Any]]] = {}
        for room in data.rooms:
            rooms[room.name] = [
                _event_out(x, room.name, plan) for x in day.sessions.get(room.id, ())
            ]
        days.append(
            {
                "index": day.index,
                "date": day.date.isoformat(),
                "day_start": day.start.isoformat(),
                "day_end": day.end.isoformat(),
                "rooms": rooms,
            }
        )
    conference["days"] = days
    doc = {
        "$schema": SCHEMA_URL,
        "generator": {"name": "confdesk", "version": __version__},
        "schedule": {
            "version": plan.version,
            **({"base_url": plan.base_url} if plan.base_url else {}),
            "conference": conference,
        },
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _event_out(x: SessionData, room: str, plan: ExportPlan) -> dict[str, Any]:
    assert x.start is not None and x.end is not None
    out: dict[str, Any] = {
        "guid": plan.guids[x.id],
        "id": plan.event_ids[x.id],
        "date": x.start.isoformat(),
        "start": x.start.strftime("%H:%M"),
        "end": x.end.isoformat(),
        "duration": _hhmm(x.duration_min),
        "room": room,
        "slug": plan.json_slugs[x.id],
        "url": x.url
        if x.url.startswith(("http://", "https://"))
        else f"urn:uuid:{plan.guids[x.id]}",
        "title": x.title,
        "subtitle": x.subtitle,
        "track": x.track.name if x.track else None,
        "type": plan.types[x.id],
        "language": x.language,
        "abstract": x.abstract,
        "description": x.description,
        "recording_license": x.recording_license,
        "do_not_record": x.do_not_record,
        "persons": [_person_out(p, plan) for p in x.speakers],
        "links": [r for r in (_ref_out(x, r) for r in x.links) if r is not None],
        "attachments": [r for r in (_ref_out(x, r) for r in x.attachments) if r is not None],
    }
    # What the imported file held beyond Confdesk's fields, where the schema has a place.
    if x.id in plan.codes:
        out["code"] = plan.codes[x.id]
    if x.logo:  # the schema allows a logo relative to the base_url
        out["logo"] = plan.url(x, x.logo)
    for key, value in (("feedback_url", x.feedback_url), ("origin_url", x.origin_url)):
        if uri(x, value):
            out[key] = uri(x, value)
    if x.do_not_stream is not None:
        out["do_not_stream"] = x.do_not_stream
    return out


def _ref_out(x: SessionData, r: Reference) -> dict[str, str] | None:
    """A link or attachment, its url a full address (the schema's "uri"); None when it is
    relative and there is no base to make it one."""
    url = uri(x, r.url)
    if not url:
        return None
    out = {"url": url, "title": r.title}
    if r.type in REFERENCE_TYPES:
        out["type"] = r.type
    return out


def _person_out(p: SpeakerData, plan: ExportPlan) -> dict[str, Any]:
    """A frab person (id, public_name) with what pretalx and frab add: guid, code, biography."""
    out: dict[str, Any] = {"id": plan.person_ids[p.id], "public_name": p.name}
    if is_uuid(p.guid):
        out["guid"] = p.guid
    if CODE.match(p.code):
        out["code"] = p.code
    if p.bio:
        out["biography"] = p.bio
    out["role"] = p.role or "speaker"
    return out
