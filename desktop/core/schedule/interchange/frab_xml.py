"""The frab schedule XML (application/vnd.c3voc.schedule+xml): lenient reading, valid writing.

Reading goes through defusedxml, so entity expansion (the "billion laughs" bomb) and external
entities are refused. Real files deviate from the schema in many small ways (FOSDEM has no
`<date>` or guid per event, DebConf types like "Long talk (45 minutes)", ids and slugs that do
not match the patterns); the parser accepts those and lists every event it had to skip.

Writing produces a file that validates against the c3voc XSD: numeric ids, UUID guids and
pattern-conforming slugs are derived where the store's values do not fit.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from db.words import note, refusal
from desktop import __version__
from desktop.base.errors import UserError
from desktop.base.schedule import ScheduleData, SessionData
from desktop.core.schedule.interchange.calendar_read import is_xcal, parse_xcal
from desktop.core.schedule.interchange.exporting import XML_CODE, ExportPlan, plan_export
from desktop.core.schedule.interchange.parsed import (
    ParsedDay,
    ParsedEvent,
    ParsedPerson,
    ParsedSchedule,
    collect_refs,
    file_guid,
    is_uuid,
    one_url,
    parse_clock,
    parse_date,
    parse_datetime,
    parse_duration,
    plausible_url,
    slugify,
    start_from_clock,
)
from desktop.core.text import clean, clean_line, clean_multiline

ROLE_WORDS = {"speaker", "moderator", "panelist"}
# What the XSD's httpURI accepts (real data holds "http://https://..." typos).
HTTP_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[^\s]*)?$")
# The older XSD's slug (voc-schedule-without-person.xml.xsd).
CLASSIC_SLUG = re.compile(r"[a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?-[0-9]{1,6}-[a-z0-9\-_]{3,}")


def _text(el: Any, tag: str, limit: int | None = None) -> str:
    child = el.find(tag)
    if child is None or child.text is None:
        return ""
    text = child.text.strip()
    return clean(text, limit) if limit else clean_multiline(text)


def parse_xml(raw: bytes, name: str = "the file") -> ParsedSchedule:
    """Read a frab schedule XML document; raises UserError for a file that is not one."""
    try:
        root = SafeET.fromstring(raw)
    except DefusedXmlException as exc:
        raise UserError(
            refusal(
                "{name} was refused: it declares XML entities or a DTD ({name__}); schedule files never need them and they can be used for an XML bomb",
                name=name,
                name__=type(exc).__name__,
            )
        ) from None
    except ET.ParseError as exc:
        line, col = exc.position
        hint = (
            " (the file looks truncated)"
            if "no element found" in str(exc) or "unclosed" in str(exc)
            else ""
        )
        raise UserError(
            refusal(
                "{name} is not well-formed XML at line {line}, column {col}{hint}; nothing was imported",
                name=name,
                line=line,
                col=col,
                hint=hint,
            )
        ) from None
    if is_xcal(root):
        return parse_xcal(root, name)
    if root.tag != "schedule":
        raise UserError(
            refusal(
                "{name} is XML but not a frab schedule (its root is <{tag}>)",
                name=name,
                tag=root.tag,
            )
        )
    out = ParsedSchedule(format="frab XML")
    generator = root.find("generator")
    out.generator = clean(generator.get("name"), 100) if generator is not None else ""
    conf = root.find("conference")
    if conf is not None:
        out.title = _text(conf, "title", 300)
        out.acronym = _text(conf, "acronym", 100)
        url = _text(conf, "url", 2000)
        out.url = url if HTTP_URL.match(url) else ""
        out.timezone = _text(conf, "time_zone_name", 64) or None
        out.day_change = parse_clock(_text(conf, "day_change"))
        base = _text(conf, "base_url", 2000)
        out.base_url = (
            base if base.startswith(("http://", "https://")) and plausible_url(base) else ""
        )
        for track in conf.findall("track"):
            tname = clean(track.get("name") or track.text, 200)
            if tname:
                out.tracks[tname] = track.get("color") or ""
    days = root.findall("day")
    if not days:
        raise UserError(
            refusal("{name} holds no <day> elements: not a schedule, or an empty one", name=name)
        )
    for n, day in enumerate(days, 1):
        date = parse_date(day.get("date"))
        start, end = parse_datetime(day.get("start")), parse_datetime(day.get("end"))
        if date is None and start is not None:
            date = start.date()
        try:
            index = int(day.get("index") or n)
        except ValueError:
            index = n
        if date is None:
            out.skipped.append(note("day {index}: no date; its events were skipped", index=index))
            continue
        pday = ParsedDay(index, date, start, end)
        out.days.append(pday)
        for room in day.findall("room"):
            rname = clean(room.get("name"), 200)
            if guid := file_guid(room.get("guid")):
                out.room_guids.setdefault(rname, guid)
            if not rname:
                count = len(room.findall("event"))
                out.skipped.append(
                    note(
                        "day {index}: a room without a name ({count} events skipped)",
                        index=index,
                        count=count,
                    )
                )
                continue
            out.add_room(rname)
            for ev in room.findall("event"):
                parsed = _event(ev, rname, pday, out)
                if parsed is not None:
                    out.events.append(parsed)
    return out


def _event(ev: Any, rname: str, day: ParsedDay, out: ParsedSchedule) -> ParsedEvent | None:
    ext = clean(ev.get("id"), 200) or None
    where = f"event {ext}" if ext else f"an event in {rname} on {day.date}"
    title = clean_line((ev.findtext("title") or "").strip(" \t\r\n"), 500)
    if not title:
        out.skipped.append(note("{where}: no title; skipped", where=where))
        return None
    where = f"{where} “{title}”"
    start = parse_datetime(_text(ev, "date"))
    if start is None:
        clock = parse_clock(_text(ev, "start"))
        if clock is None:
            out.skipped.append(note("{where}: no readable <date> or <start>; skipped", where=where))
            return None
        start = start_from_clock(day, clock, out.day_change)
    raw_duration = _text(ev, "duration")
    duration = parse_duration(raw_duration)
    if duration is None:
        out.notes.append(
            note(
                "{where}: unreadable duration {raw_duration}; 30 minutes assumed",
                where=where,
                raw_duration=repr(raw_duration),
            )
        )
        duration = 30
    event_room = _text(ev, "room", 200)
    persons = []
    for p in ev.findall("persons/person"):
        pname = clean(p.text, 300)
        if not pname:
            continue
        role = (p.get("role") or "speaker").lower()
        persons.append(
            ParsedPerson(
                name=pname,
                external_id=clean(p.get("id") or p.get("guid"), 200) or None,
                role=role if role in ROLE_WORDS else "speaker",
                guid=clean(p.get("guid"), 64),
            )
        )
    # A session without <url> has none: its first link is not its page (FOSDEM's are videos).
    url = _text(ev, "url", 1000)
    links = collect_refs(
        [
            (
                link.get("href") or "",
                link.text or "",
                link.get("type") or "",
                link.get("service") or "",
            )
            for link in ev.findall("links/link")
        ],
        "link",
        where,
        out,
    )
    attachments = collect_refs(
        [
            (att.get("href") or "", att.text or "", att.get("type") or "", "")
            for att in ev.findall("attachments/attachment")
        ],
        "attachment",
        where,
        out,
    )
    stream = _text(ev, "do_not_stream", 10).lower()
    return ParsedEvent(
        title=title,
        room=event_room or rname,
        start=start,
        duration_min=duration,
        guid=clean(ev.get("guid"), 64),
        external_id=ext,
        subtitle=clean_line((ev.findtext("subtitle") or "").strip(" \t\r\n"), 500),
        abstract=_text(ev, "abstract"),
        description=_text(ev, "description"),
        type=_text(ev, "type", 100),
        language=_text(ev, "language", 16),
        track=_text(ev, "track", 200),
        slug=_text(ev, "slug", 300),
        url=url,
        persons=persons,
        where=f"{where} (listed under room {rname})",
        recording_license=_text(ev, "recording/license", 200),
        do_not_record=_text(ev, "recording/optout").lower() == "true",
        links=links,
        attachments=attachments,
        logo=one_url(_text(ev, "logo", 2000), "logo", where, out),
        feedback_url=one_url(_text(ev, "feedback_url", 2000), "feedback_url", where, out),
        origin_url=one_url(_text(ev, "origin_url", 2000), "origin_url", where, out),
        do_not_stream={"true": True, "false": False}.get(stream),
        code=clean(ev.get("code"), 64),
    )


# --- writing ------------------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str | None) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = text
    return el


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def export_xml(data: ScheduleData, plan: ExportPlan | None = None, classic: bool = False) -> bytes:
    """The schedule as frab XML that validates against voc-schedule.xml.xsd; `classic`
    follows the older voc-schedule-without-person.xml.xsd instead, which tools that read the
    frab XML of before 2023 check against: no conference url or tracks, no submission codes,
    slugs of the acronym-id-title form, links with an href only, no origin url."""
    plan = plan or plan_export(data)
    slugs = classic_slugs(plan) if classic else plan.slugs
    root = ET.Element("schedule")
    _sub(root, "generator", name="confdesk", version=__version__)
    _sub(root, "version", plan.version)
    conf = _sub(root, "conference")
    _sub(conf, "acronym", plan.acronym)
    _sub(conf, "title", plan.title)
    if plan.days:
        _sub(conf, "start", plan.days[0].date.isoformat())
        _sub(conf, "end", plan.days[-1].date.isoformat())
    _sub(conf, "days", str(len(plan.days)))
    _sub(conf, "timeslot_duration", "00:05")
    _sub(conf, "time_zone_name", data.timezone)
    if HTTP_URL.match(plan.base_url):
        _sub(conf, "base_url", plan.base_url)
    if HTTP_URL.match(data.source_url) and not classic:
        _sub(conf, "url", data.source_url)
    for track in data.tracks if not classic else ():
        _sub(conf, "track", track.name, name=track.name, color=plan.track_colors[track.id])
    for day in plan.days:
        del_ = _sub(
            root,
            "day",
            index=str(day.index),
            date=day.date.isoformat(),
            start=day.start.isoformat(),
            end=day.end.isoformat(),
        )
        for room in data.rooms:
            room_el = _sub(del_, "room", name=room.name, guid=plan.room_guids[room.id])
            for x in day.sessions.get(room.id, ()):
                assert x.start is not None
                code = plan.codes.get(x.id, "")
                ev = _sub(
                    room_el,
                    "event",
                    id=str(plan.event_ids[x.id]),
                    guid=plan.guids[x.id],
                    code=code if XML_CODE.match(code) and not classic else None,
                )
                _sub(ev, "date", x.start.isoformat())
                _sub(ev, "start", x.start.strftime("%H:%M"))
                _sub(ev, "duration", _hhmm(x.duration_min))
                _sub(ev, "room", room.name)
                _sub(ev, "slug", slugs[x.id])
                if HTTP_URL.match(x.url):
                    _sub(ev, "url", x.url)
                _sub(ev, "title", x.title)
                _sub(ev, "subtitle", x.subtitle)
                _sub(ev, "track", x.track.name if x.track else "")
                _sub(ev, "type", plan.types[x.id])
                _sub(ev, "language", x.language)
                _sub(ev, "abstract", x.abstract)
                _sub(ev, "description", x.description)
                recording = _sub(ev, "recording")
                _sub(recording, "license", x.recording_license)
                _sub(recording, "optout", "true" if x.do_not_record else "false")
                persons = _sub(ev, "persons")
                for p in x.speakers:
                    _sub(
                        persons,
                        "person",
                        p.name,
                        id=str(plan.person_ids[p.id]),
                        guid=p.guid if is_uuid(p.guid) else None,
                    )
                _kept(ev, x, plan, classic)
    ET.indent(root, space="  ")
    # A reader turns a raw CR into LF (XML's line-end rule): a description's CR/LF is written
    # as a character reference so it reads back as it was. (Attributes escape their own CRs.)
    body = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def classic_slugs(plan: ExportPlan) -> dict[int, str]:
    """The slugs the older XSD insists on, unique: acronym, id and title
    ("fosdem_2020-9025-welcome"); a slug already of that form is kept."""
    out: dict[int, str] = {}
    acronym = plan.acronym if re.fullmatch(r"[a-z0-9_]{3,}", plan.acronym) else ""
    acronym = acronym or slugify(plan.acronym, 40).ljust(3, "_")
    for x in plan.sessions:
        slug = plan.slugs[x.id]
        if not CLASSIC_SLUG.fullmatch(slug) or slug in out.values():
            rest = (slugify(x.title, 50) or "session").ljust(3, "_")
            slug = f"{acronym}-{plan.event_ids[x.id]}-{rest}"
        out[x.id] = slug
    return out


def _kept(ev: ET.Element, x: SessionData, plan: ExportPlan, classic: bool = False) -> None:
    """What the imported file held beyond Confdesk's fields, where the XSD has a place.

    The XSD wants absolute http(s) urls for the logo and the feedback and origin urls, so
    relative ones are resolved against the session's base url (or left out without one);
    links and attachments may stay relative to the conference's base_url.
    """
    links = _sub(ev, "links")
    for r in x.links:
        href = plan.url(x, r.url)
        if classic:
            _sub(links, "link", r.title, href=href)
        else:
            _sub(links, "link", r.title, href=href, type=r.type or None, service=r.service or None)
    if x.attachments:
        attachments = _sub(ev, "attachments")
        for r in x.attachments:
            kind = None if classic else r.type or None
            _sub(attachments, "attachment", r.title, href=plan.url(x, r.url), type=kind)
    urls = [("logo", x.logo), ("feedback_url", x.feedback_url)]
    if not classic:
        urls.append(("origin_url", x.origin_url))
    for tag, value in urls:
        url = x.absolute(value) if value else ""
        if HTTP_URL.match(url):
            _sub(ev, tag, url)
