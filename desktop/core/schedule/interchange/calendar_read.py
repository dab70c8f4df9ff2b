"""Schedules published as calendars: iCalendar (.ics, RFC 5545) and xCal, the XML form
that pentabarf, frab, pretalx and FOSDEM publish as schedule.xcal (and RFC 6321's).

A calendar knows less than a frab file: each VEVENT gives a title, a start and an end or
duration, a room (LOCATION), a track (CATEGORIES in .ics; xCal's <category> is the type),
the people (ATTENDEE names; a Confdesk export's "Speakers:" line), a url and a uid, which
becomes the session's identity, so importing the calendar again is a sync. What a calendar
cannot say for a schedule is refused with a note: all-day entries, cancelled ones, entries
without a room; a repeating entry is imported once, at its first time.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from db.words import note, refusal
from desktop.base.errors import UserError
from desktop.core.schedule.interchange.parsed import (
    ParsedEvent,
    ParsedPerson,
    ParsedSchedule,
    collect_refs,
    is_uuid,
    minutes_between,
    one_url,
    parse_duration,
)
from desktop.core.text import clean, clean_line, clean_multiline

ROLE = re.compile(r"^(.*?)\s*\((moderator|panelist)\)$")
CODE = re.compile(r"^[A-Z0-9]{5,8}$")


# --- iCalendar ------------------------------------------------------------------------


def parse_ical(raw: bytes, name: str = "the file") -> ParsedSchedule:
    """Read an .ics calendar into a ParsedSchedule; UserError for what is no calendar."""
    import icalendar

    try:
        cal = icalendar.Calendar.from_ical(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UserError(refusal("{name} is not UTF-8 text", name=name)) from None
    except (ValueError, KeyError, IndexError, TypeError):
        raise UserError(
            refusal("{name} is not a calendar that can be read; nothing was imported", name=name)
        ) from None
    ours = "confdesk" in str(cal.get("prodid", "")).lower()
    out = ParsedSchedule(format="iCalendar", source_name=name)
    out.generator = "confdesk" if ours else ""
    out.title = clean(str(cal.get("x-wr-calname", "")), 300)
    zone = str(cal.get("x-wr-timezone", "")).strip()
    out.timezone = clean(zone, 64) or None
    for n, ev in enumerate(cal.walk("VEVENT"), 1):
        parsed = _ical_event(ev, n, ours, out)
        if parsed is not None:
            out.events.append(parsed)
    return out


def _values(ev: Any, key: str) -> list[Any]:
    """Every value of a property an entry may give once or several times."""
    value = ev.get(key)
    return value if isinstance(value, list) else [] if value is None else [value]


def _first(ev: Any, key: str) -> Any:
    """A property's value, the first when the entry gives it several times; None if none."""
    values = _values(ev, key)
    return values[0] if values else None


def _text(ev: Any, key: str, limit: int | None = None) -> str:
    text = str(_first(ev, key) or "").strip()
    return clean(text, limit) if limit else clean_multiline(text)


def _when(ev: Any, key: str) -> dt.datetime | dt.date | dt.timedelta | None:
    """A date, time or duration property's value; None when missing or unreadable (icalendar
    parses it only when asked, and raises for "2024XX01T..." or "PXYZ")."""
    value = _first(ev, key)
    try:
        return getattr(value, "dt", None) if value is not None else None
    except (ValueError, TypeError, OverflowError):
        return None


def _ical_event(ev: Any, n: int, ours: bool, out: ParsedSchedule) -> ParsedEvent | None:
    title = clean_line(str(_first(ev, "summary") or "").strip(" \t\r\n"), 500)
    uid = _text(ev, "uid", 300)
    where = f"calendar entry {n}" + (f" “{title}”" if title else "")
    if not title:
        out.skipped.append(note("{where}: no title; skipped", where=where))
        return None
    if _text(ev, "status").upper() == "CANCELLED":
        out.skipped.append(note("{where}: cancelled in the calendar; skipped", where=where))
        return None
    start = _when(ev, "dtstart")
    if isinstance(start, dt.date) and not isinstance(start, dt.datetime):
        out.skipped.append(note("{where}: an all-day entry; skipped", where=where))
        return None
    if not isinstance(start, dt.datetime):
        out.skipped.append(note("{where}: no start time; skipped", where=where))
        return None
    end = _when(ev, "dtend")
    length = _when(ev, "duration")
    minutes = minutes_between(start, end if isinstance(end, dt.datetime) else None) or (
        int(length.total_seconds() // 60) if isinstance(length, dt.timedelta) else 0
    )
    if minutes <= 0:
        out.notes.append(note("{where}: no end or duration; 30 minutes assumed", where=where))
        minutes = 30
    room = _text(ev, "location", 200)
    if not room:
        out.skipped.append(note("{where}: no room (LOCATION); skipped", where=where))
        return None
    if ev.get("rrule") is not None:
        out.notes.append(note("{where}: repeats; imported once, at its first time", where=where))
    out.add_room(room)
    cats = getattr(_first(ev, "categories"), "cats", [])
    track = clean(str(cats[0]), 200) if cats else ""
    if track:
        out.tracks.setdefault(track, "")
    guid = uid
    if uid.endswith("@confdesk") and is_uuid(uid[: -len("@confdesk")]):
        guid = uid[: -len("@confdesk")]  # what a Confdesk export wrote: the session's guid
    description = _text(ev, "description")
    parsed = ParsedEvent(
        title=title,
        room=room,
        start=start,
        duration_min=minutes,
        guid=guid,
        track=track,
        url=_text(ev, "url", 1000),
        where=where,
    )
    if ours:
        subtitle = clean_line(str(ev.get("x-confdesk-subtitle") or "").strip(" \t\r\n"), 500)
        if subtitle and description.split("\n\n", 1)[0] == subtitle:
            description = description.split("\n\n", 1)[1] if "\n\n" in description else ""
        _our_description(parsed, description, out)
        parsed.subtitle = subtitle or parsed.subtitle
    else:
        parsed.abstract = description
        parsed.persons = _attendees(ev)
    extra: list[tuple[str, str, str, str] | None] = [
        (str(a), "", "", "") for a in _values(ev, "attach")
    ]
    parsed.attachments = [*parsed.attachments, *collect_refs(extra, "attachment", where, out)]
    parsed.attachments = list({r.url: r for r in parsed.attachments}.values())
    image = _first(ev, "image")
    if image is not None:
        parsed.logo = one_url(clean(str(image), 2000), "IMAGE", where, out)
    return parsed


def _attendees(ev: Any) -> list[ParsedPerson]:
    people = []
    for a in _values(ev, "attendee"):
        name = clean(str(getattr(a, "params", {}).get("CN", "")), 300)
        if name:
            people.append(ParsedPerson(name=name))
    return people


def _our_description(ev: ParsedEvent, text: str, out: ParsedSchedule) -> None:
    """A Confdesk export's description read back (its subtitle paragraph taken off by the
    caller): the speakers, the abstract, the links, attachments and feedback url, in the
    paragraphs `ical._description` writes."""
    parts = text.split("\n\n") if text else []
    rest: list[str] = []
    links: list[tuple[str, str, str, str] | None] = []
    attachments: list[tuple[str, str, str, str] | None] = []
    for part in parts:
        if part.startswith("Speakers: "):
            for who in part[len("Speakers: ") :].split(", "):
                m = ROLE.match(who)
                pname, role = (m.group(1), m.group(2)) if m else (who, "speaker")
                if pname.strip():
                    ev.persons.append(ParsedPerson(name=clean(pname, 300), role=role))
        elif part.startswith(("Links:\n", "Attachments:\n")):
            target = links if part.startswith("Links:") else attachments
            for line in part.split("\n")[1:]:
                title, _sep, url = line.rpartition(": ") if ": " in line else ("", "", line)
                target.append((url.strip(), title.strip(), "", ""))
        elif part.startswith("Feedback: "):
            url = clean(part[len("Feedback: ") :], 2000)
            ev.feedback_url = one_url(url, "feedback url", ev.where, out)
        else:
            rest.append(part)
    ev.abstract = "\n\n".join(rest)
    ev.links = collect_refs(links, "link", ev.where, out)
    ev.attachments = collect_refs(attachments, "attachment", ev.where, out)


# --- xCal ---------------------------------------------------------------------------------


def is_xcal(root: Any) -> bool:
    """Whether a parsed XML document is an xCal calendar (pentabarf's or RFC 6321's)."""
    return _local(root.tag).lower() == "icalendar"


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def parse_xcal(root: Any, name: str = "the file") -> ParsedSchedule:
    """Read an xCal document (root checked by `is_xcal`) into a ParsedSchedule."""
    out = ParsedSchedule(format="xCal", source_name=name)
    cal = next((c for c in root if _local(c.tag) == "vcalendar"), None)
    if cal is None:
        raise UserError(refusal("{name} is an xCal file without a calendar", name=name))
    props = _props(cal)
    out.title = clean(props.get("x-wr-calname", ""), 300)
    out.timezone = clean(props.get("x-wr-timezone", ""), 64) or None
    for n, ev in enumerate((e for e in cal.iter() if _local(e.tag) == "vevent"), 1):
        parsed = _xcal_event(ev, n, out)
        if parsed is not None:
            out.events.append(parsed)
    return out


def _props(el: Any) -> dict[str, str]:
    """An xCal element's properties by their local name: pentabarf's children directly, RFC
    6321's under <properties> with the value in a typed child (<text>, <date-time>...)."""
    out: dict[str, str] = {}
    holder = next((c for c in el if _local(c.tag) == "properties"), el)
    for child in holder:
        key = _local(child.tag).lower()
        if key in ("components", "vevent", "properties"):
            continue
        value = child.text or ""
        if len(child) and not value.strip():
            value = next(iter(child)).text or ""
        out.setdefault(key, value.strip())
    return out


def _xcal_time(text: str) -> dt.datetime | None:
    """ "20201214T090000" (floating: the event's zone), "...Z", or ISO "2020-12-14T09:00:00"."""
    text = text.strip()
    for fmt, aware in (("%Y%m%dT%H%M%SZ", True), ("%Y%m%dT%H%M%S", False)):
        try:
            value = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        return value.replace(tzinfo=dt.UTC) if aware else value
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _xcal_event(ev: Any, n: int, out: ParsedSchedule) -> ParsedEvent | None:
    p = _props(ev)
    title = clean_line(p.get("summary") or p.get("title", ""), 500)
    where = f"calendar entry {n}" + (f" “{title}”" if title else "")
    if not title:
        out.skipped.append(note("{where}: no title; skipped", where=where))
        return None
    if p.get("status", "").upper() == "CANCELLED":
        out.skipped.append(note("{where}: cancelled in the calendar; skipped", where=where))
        return None
    start = _xcal_time(p.get("dtstart", ""))
    if start is None:
        out.skipped.append(note("{where}: no start time; skipped", where=where))
        return None
    end = _xcal_time(p.get("dtend", ""))
    minutes = minutes_between(start, end) or parse_duration(p.get("duration")) or 0
    if minutes <= 0:
        out.notes.append(note("{where}: no end or duration; 30 minutes assumed", where=where))
        minutes = 30
    room = clean(p.get("location", ""), 200)
    if not room:
        out.skipped.append(note("{where}: no room (LOCATION); skipped", where=where))
        return None
    out.add_room(room)
    uid = clean(p.get("uid", ""), 300)
    first = uid.split("@", 1)[0]
    people = [
        ParsedPerson(name=clean(a.text or "", 300))
        for a in ev.iter()
        if _local(a.tag) == "attendee" and (a.text or "").strip()
    ]
    url = clean(p.get("url", ""), 1000)
    return ParsedEvent(
        title=title,
        room=room,
        start=start,
        duration_min=minutes,
        guid=uid,
        external_id=clean(p.get("event-id", ""), 200) or None,
        subtitle=clean(p.get("subtitle", ""), 500),
        abstract=clean_multiline(p.get("description", "")),
        type=clean(p.get("category", ""), 100),
        language=clean(p.get("language-code") or p.get("language", ""), 16),
        slug=clean(p.get("event-slug", ""), 300),
        url=url,
        persons=people,
        where=where,
        code=first if CODE.match(first) else "",
    )
