"""What the frab XML and JSON writers share: which sessions go out, grouped by day and room,
and the identifiers the schemas insist on (numeric ids, UUID guids, pattern-conforming slugs).

Only scheduled, non-cancelled sessions with a room are published; `ExportPlan.left_out`
says which others were not and why. Ids come from the imported file when they fit and are
unique, otherwise fresh numbers above every imported one are given, so an id never points at
another session or speaker on re-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections import Counter
from dataclasses import dataclass, field

from db.words import note, refusal
from desktop.base.errors import UserError
from desktop.base.schedule import (
    RoomData,
    ScheduleData,
    SessionData,
    SpeakerData,
    absolute_url,
    day_of,
)
from desktop.core.schedule.interchange.parsed import guid_for, is_uuid, plausible_url, slugify
from desktop.core.text import fold

SLUG = re.compile(r"^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$")  # the XSD's voc-slug-new
# How an XML export writes a slug the XSD refuses ("keynotes_welcome"): after the acronym and
# this marker, as "fosdem_2020---keynotes_welcome"; a Confdesk import reads it back as it was.
OWN_SLUG = "---"
JSON_SLUG = re.compile(r"^[a-z0-9_-]+[a-z0-9]$")  # the JSON schema's slug
# An acronym both schemas accept (the XSD's [a-z0-9_-]{4,} and the JSON schema's pattern).
ACRONYM = re.compile(r"^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$")
CODE = re.compile(r"^[A-Z0-9]+$")  # the JSON schema's event and person code
XML_CODE = re.compile(r"^[0-9A-Z]{6}$")  # the XSD's pretalx-random-code
# What stays as it is when a url is made a URI (RFC 3986's reserved and unreserved characters,
# "%" for what is encoded already; "[" and "]" only belong in an IPv6 host).
URI_SAFE = ":/?#@!$&'()*+,;=%~-._"
ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
BARE_HOST = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:[0-9]+)?(/|$)")
# A time zone name both JSON schemas accept ("Europe/Berlin", "UTC"; as the schemas write it).
TZ_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
# The JSON schemas' words for a link's or attachment's type (schedule2 adds "book"); other
# words ("video", "audio", "other") have no place there and are left out (the XML keeps them).
REFERENCE_TYPES = frozenset({"slides", "paper", "web", "blog", "article", "media", "related",
                             "activitypub"})  # fmt: skip
# Colours for tracks whose colour is not #rrggbb (the schemas require that form).
FALLBACK_COLOR = "#888888"


@dataclass
class ExportDay:
    index: int
    date: dt.date
    start: dt.datetime
    end: dt.datetime
    sessions: dict[int, list[SessionData]] = field(default_factory=dict)  # room id -> sessions


@dataclass
class ExportPlan:
    acronym: str
    version: str
    days: list[ExportDay]
    event_ids: dict[int, int]
    guids: dict[int, str]
    slugs: dict[int, str]  # as the XML writes them (the XSD's pattern)
    types: dict[int, str]
    person_ids: dict[int, int]
    room_guids: dict[int, str]
    track_colors: dict[int, str]
    left_out: list[str]
    codes: dict[int, str] = field(default_factory=dict)  # session id -> its unique source code
    json_slugs: dict[int, str] = field(default_factory=dict)  # as the JSON writes them
    title: str = ""  # the conference's title: the imported file's, else the event's name
    # What relative urls in the written file are relative to: the base most sessions came with.
    base_url: str = ""

    @property
    def sessions(self) -> list[SessionData]:
        """The sessions to publish, day by day and room by room."""
        return [x for d in self.days for v in d.sessions.values() for x in v]

    @property
    def session_count(self) -> int:
        return sum(len(v) for d in self.days for v in d.sessions.values())

    def url(self, x: SessionData, url: str) -> str:
        """A session's link, attachment or logo url as the file to write holds it: as it came
        when absolute or relative to the file's base_url, else resolved against its own base."""
        if url.startswith(("http://", "https://")) or x.base_url == self.base_url:
            return url
        return absolute_url(url, x.base_url) or url


def uri(x: SessionData, url: str) -> str:
    """A session's url as the absolute URI the schema's "uri" format asks for: resolved
    against the session's base, "http://" before a bare host ("www.example.org"), and
    characters a URI cannot hold percent-encoded; "" when it cannot be made one."""
    from urllib.parse import quote

    url = url.strip()
    if not plausible_url(url):  # javascript:, data:, file: ... never go out
        return ""
    if BARE_HOST.match(url):
        url = f"http://{url}"
    elif not ABSOLUTE.match(url):  # http:, mailto:, dat:... stay as they are
        url = x.absolute(url)
    return quote(url, safe=URI_SAFE) if url else ""


def links_without_address(plan: ExportPlan) -> list[str]:
    """A line for the links and attachments the JSON exports leave out: relative urls with no
    base to make them the full addresses the schemas want."""
    lost = sum(1 for x in plan.sessions for r in (*x.links, *x.attachments) if not uri(x, r.url))
    if not lost:
        return []
    return [
        note(
            "{count} links or attachments are relative urls without a base: left out of the "
            "JSON, which wants full addresses",
            count=lost,
        )
    ]


def _numeric_ids(items: list[tuple[int, str | None]]) -> dict[int, int]:
    """Keep an imported numeric id when unique, else number above the highest one kept."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for key, ext in items:
        if ext and ext.isdigit() and int(ext) > 0 and int(ext) not in used:
            out[key] = int(ext)
            used.add(int(ext))
    top = max(used, default=0)
    for key, _ext in items:
        if key not in out:
            top += 1
            out[key] = top
    return out


def acronym_for(name: str) -> str:
    """An acronym both schemas accept ([a-z0-9_]{4,})."""
    text = slugify(name, 40) or "event"
    return text if len(text) >= 4 else f"{text}_event"[: max(4, len(text) + 6)]


def plan_export(
    data: ScheduleData, room: str | None = None, speaker: str | None = None
) -> ExportPlan:
    """Choose the sessions to publish (optionally one room's or one speaker's) and their ids."""
    zone = zoneinfo.ZoneInfo(data.timezone)
    own = data.source_acronym.lower()
    acronym = own if ACRONYM.match(own) else acronym_for(data.source_title or data.event_name)
    left_out: list[str] = []
    chosen: list[SessionData] = []
    room_filter = _room_filter(data, room)
    speaker_filter = _speaker_filter(data, speaker)
    for x in data.sessions:
        if room_filter is not None and (x.room is None or x.room.id not in room_filter):
            continue
        if speaker_filter is not None and speaker_filter.isdisjoint(p.id for p in x.speakers):
            continue
        if x.status == "cancelled":
            continue
        if x.start is None:
            left_out.append(f"“{x.title}”: not scheduled")
        elif x.room is None:
            left_out.append(f"“{x.title}”: no room")
        else:
            chosen.append(x)
    days: dict[dt.date, ExportDay] = {}
    chosen_days = {day_of(x.start, data.day_change) for x in chosen if x.start is not None}
    for d in sorted({*data.days, *chosen_days}):
        start = dt.datetime.combine(d, data.day_change, zone)
        end = dt.datetime.combine(d + dt.timedelta(days=1), data.day_change, zone)
        days[d] = ExportDay(0, d, start, end - dt.timedelta(seconds=1))
    for x in chosen:
        assert x.start is not None and x.room is not None  # chosen above
        days[day_of(x.start, data.day_change)].sessions.setdefault(x.room.id, []).append(x)
    ordered = [e for e in days.values() if e.sessions or (room is None and speaker is None)]
    for i, e in enumerate(ordered, 1):
        e.index = i
    event_ids = _numeric_ids([(x.id, x.external_id) for x in chosen])
    guids: dict[int, str] = {}
    for x in chosen:
        g = x.guid if is_uuid(x.guid) else guid_for("confdesk", x.guid or x.id)
        guids[x.id] = g if g not in guids.values() else guid_for("confdesk-dup", x.id)
    slugs: dict[int, str] = {}
    json_slugs: dict[int, str] = {}
    for x in chosen:
        kept = (x.slug or "").lower()
        slug = kept if SLUG.match(kept) else ""
        if not slug and re.fullmatch(r"[a-z0-9\-_]{2,}", kept):
            slug = f"{acronym}{OWN_SLUG}{kept}"  # read back as it was by a Confdesk import
        if not slug or slug in slugs.values():
            rest = slugify(x.title, 50) or "session"
            rest = rest if len(rest) >= 4 else f"{rest}_session"
            slug = f"{acronym}-{event_ids[x.id]}-{rest}"
        slugs[x.id] = slug
        own_json = kept if JSON_SLUG.match(kept) and kept not in json_slugs.values() else ""
        json_slugs[x.id] = own_json or slug.rstrip("-_")
    people: dict[int, SpeakerData] = {}
    for x in chosen:
        for p in x.speakers:
            people.setdefault(p.id, p)
    person_ids = _numeric_ids([(p.id, p.external_id) for p in people.values()])
    codes: dict[int, str] = {}
    for x in chosen:
        if CODE.match(x.code) and x.code not in codes.values():
            codes[x.id] = x.code
    bases = Counter(x.base_url for x in chosen if x.base_url.startswith(("http://", "https://")))
    return ExportPlan(
        acronym=acronym,
        version=data.release_name or f"live {dt.datetime.now(zone):%Y-%m-%d %H:%M}",
        days=ordered,
        event_ids=event_ids,
        guids=guids,
        slugs=slugs,
        types={x.id: export_type(x) for x in chosen},
        person_ids=person_ids,
        room_guids=_room_guids(data.rooms),
        track_colors={
            t.id: t.color if re.match(r"^#[0-9a-fA-F]{6}$", t.color or "") else FALLBACK_COLOR
            for t in data.tracks
        },
        left_out=left_out,
        codes=codes,
        json_slugs=json_slugs,
        title=data.source_title or data.event_name,
        base_url=bases.most_common(1)[0][0] if bases else "",
    )


def _room_guids(rooms: list[RoomData]) -> dict[int, str]:
    """Each room's guid as the exports write it: the source's, else one made from the name
    (unique: a guid two rooms came with is kept by the first)."""
    out: dict[int, str] = {}
    for r in rooms:
        guid = r.guid if is_uuid(r.guid) and r.guid not in out.values() else ""
        out[r.id] = guid or guid_for("confdesk-room", r.name)
    return out


def export_type(x: SessionData) -> str:
    """The session's type as frab files name it (the imported word when there was one)."""
    return x.source_type or x.type


def _room_filter(data: ScheduleData, room: str | None) -> set[int] | None:
    if room is None:
        return None
    found = {r.id for r in data.rooms if fold(r.name) == fold(room)}
    if not found:
        raise UserError(
            refusal(
                "no room named {room} (rooms: {names})",
                room=repr(room),
                names=", ".join(_names(data.rooms)),
            )
        )
    return found


def _speaker_filter(data: ScheduleData, speaker: str | None) -> set[int] | None:
    if speaker is None:
        return None
    key = fold(speaker)
    found = {p.id for p in data.speakers if key in (fold(p.name), fold(p.name_local))}
    if not found:
        found = {p.id for p in data.speakers if key in fold(p.name)}
    if not found:
        raise UserError(refusal("no speaker named {speaker}", speaker=repr(speaker)))
    return found


def _names(rooms: list[RoomData]) -> list[str]:
    return [r.name for r in rooms][:12]
