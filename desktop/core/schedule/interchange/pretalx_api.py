"""pretalx's own JSON: the schedule widget's data (/<event>/schedule/widgets/schedule.json,
what its embeddable schedule reads) and a page of its REST API's talks
(/api/events/<event>/talks/). Both name rooms, tracks and speakers by id or code, with
texts that may be translated ({"en": ..., "de": ...}).

A widget entry without a submission is a break (its title is the slot's description). A talk
is identified by its submission code (a break by its slot's id), so importing the widget data
again is a sync.
"""

from __future__ import annotations

from typing import Any

from db.words import note
from desktop.core.schedule.interchange.parsed import (
    ParsedEvent,
    ParsedPerson,
    ParsedSchedule,
    as_list,
    json_text,
    minutes_between,
    parse_datetime,
    parse_duration,
)


def is_widget(doc: Any) -> bool:
    """The widget's data: talks beside rooms (ids), speakers (codes) and the zone."""
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("talks"), list)
        and isinstance(doc.get("rooms"), list)
    )


def is_api_page(doc: Any) -> bool:
    """A page of the REST API's talks (or submissions) list: results with slots."""
    results = doc.get("results") if isinstance(doc, dict) else None
    return (
        isinstance(results, list)
        and bool(results)
        and all(isinstance(r, dict) and "code" in r and "title" in r for r in results)
    )


def _key(value: Any) -> str | int | None:
    """An id or code the file names something by: a string or a whole number, else None
    (a list or an object there would be no key at all)."""
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def parse_widget(doc: dict[str, Any], name: str) -> ParsedSchedule:
    """Read the widget's data into a ParsedSchedule."""
    out = ParsedSchedule(format="pretalx widget JSON", source_name=name, generator="pretalx")
    out.timezone = json_text(doc.get("timezone"), 64) or None
    rooms = {
        _key(r.get("id")): json_text(r.get("name"), 200)
        for r in doc["rooms"]
        if isinstance(r, dict) and _key(r.get("id")) is not None
    }
    for rname in rooms.values():
        if rname:
            out.declared_rooms.append(rname)
            out.add_room(rname)
    tracks: dict[Any, str] = {}
    for t in as_list(doc.get("tracks")):
        if isinstance(t, dict) and json_text(t.get("name")) and _key(t.get("id")) is not None:
            tracks[_key(t.get("id"))] = json_text(t.get("name"), 200)
            out.tracks[tracks[_key(t.get("id"))]] = json_text(t.get("color"), 16)
    people = {
        p.get("code"): json_text(p.get("name"), 300)
        for p in as_list(doc.get("speakers"))
        if isinstance(p, dict) and isinstance(p.get("code"), str)
    }
    for n, talk in enumerate(doc["talks"], 1):
        if not isinstance(talk, dict):
            out.skipped.append(note("event {n}: not an object; skipped", n=n))
            continue
        code = json_text(talk.get("code"), 64)
        persons = [
            ParsedPerson(name=people[c], external_id=str(c), code=str(c))
            for c in as_list(talk.get("speakers"))
            if isinstance(c, str) and people.get(c)
        ]
        ev = _slot(
            out,
            n,
            title=json_text(talk.get("title"), 500),
            code=code,
            start=talk.get("start"),
            end=talk.get("end"),
            duration=talk.get("duration"),
            room=rooms.get(_key(talk.get("room")), ""),
        )
        if ev is None:
            continue
        if not code and talk.get("id") is not None:  # a break: its slot's id names it
            ev.external_id = f"slot {json_text(talk.get('id'), 40)}"
        ev.type = "" if code else "break"
        ev.track = tracks.get(_key(talk.get("track")), "")
        ev.abstract = json_text(talk.get("abstract"))
        ev.language = json_text(talk.get("content_locale"), 16)
        ev.do_not_record = talk.get("do_not_record") is True
        ev.persons = persons
        out.events.append(ev)
    return out


def parse_api_page(doc: dict[str, Any], name: str) -> ParsedSchedule:
    """Read a page of the REST API's talks into a ParsedSchedule; a page that is not the
    last says so (only its talks are imported)."""
    out = ParsedSchedule(format="pretalx API JSON", source_name=name, generator="pretalx")
    if doc.get("next"):
        count, here = doc.get("count"), len(doc["results"])
        out.notes.append(
            note(
                "{name} is one page of {count} talks: only its {here} were imported (save "
                "every page, or the schedule.json export, for all of them)",
                name=name,
                count=count,
                here=here,
            )
            if isinstance(count, int) and not isinstance(count, bool)
            else note(
                "{name} is one page of the talks: only its {here} were imported (save every "
                "page, or the schedule.json export, for all of them)",
                name=name,
                here=here,
            )
        )
    for n, talk in enumerate(doc["results"], 1):
        slot = talk.get("slot") if isinstance(talk.get("slot"), dict) else {}
        room = slot.get("room")
        # {"id": 1, "name": {"en": "Hall"}} in some versions, {"en": "Hall"} in others
        rname = json_text(room.get("name", room) if isinstance(room, dict) else room, 200)
        code = json_text(talk.get("code"), 64)
        ev = _slot(
            out,
            n,
            title=json_text(talk.get("title"), 500),
            code=code,
            start=slot.get("start"),
            end=slot.get("end"),
            duration=talk.get("duration"),
            room=rname,
        )
        if ev is None:
            continue
        if json_text(talk.get("state")) in ("withdrawn", "rejected", "canceled", "deleted"):
            out.skipped.append(note("{where}: withdrawn in pretalx; skipped", where=ev.where))
            continue
        ev.type = json_text(talk.get("submission_type"), 100)
        ev.track = json_text(talk.get("track"), 200)
        if ev.track:
            out.tracks.setdefault(ev.track, "")
        ev.abstract = json_text(talk.get("abstract"))
        ev.description = json_text(talk.get("description"))
        ev.language = json_text(talk.get("content_locale"), 16)
        ev.do_not_record = talk.get("do_not_record") is True
        for p in as_list(talk.get("speakers")):
            if isinstance(p, dict) and json_text(p.get("name")):
                pcode = json_text(p.get("code"), 64)
                ev.persons.append(
                    ParsedPerson(
                        name=json_text(p.get("name"), 300),
                        external_id=pcode or None,
                        code=pcode,
                        bio=json_text(p.get("biography")),
                    )
                )
        out.events.append(ev)
    return out


def _slot(
    out: ParsedSchedule,
    n: int,
    *,
    title: str,
    code: str,
    start: Any,
    end: Any,
    duration: Any,
    room: str,
) -> ParsedEvent | None:
    """The event of one talk's slot, or None (and a line in `out.skipped`)."""
    where = f"talk {code or n}" + (f" “{title}”" if title else "")
    if not title:
        out.skipped.append(note("{where}: no title; skipped", where=where))
        return None
    begins, ends = parse_datetime(start), parse_datetime(end)
    if begins is None:
        out.skipped.append(note("{where}: not scheduled (no start); skipped", where=where))
        return None
    if not room:
        out.skipped.append(note("{where}: no room; skipped", where=where))
        return None
    minutes = minutes_between(begins, ends) or parse_duration(duration) or 0
    if minutes <= 0:
        out.notes.append(note("{where}: no end or duration; 30 minutes assumed", where=where))
        minutes = 30
    out.add_room(room)
    return ParsedEvent(
        title=title,
        room=room,
        start=begins,
        duration_min=minutes,
        external_id=code or None,
        code=code,
        where=where,
    )
