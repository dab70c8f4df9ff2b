"""What a schedule file says, before it touches the store: the importers' common shape.

The frab XML and JSON parsers both produce a `ParsedSchedule`; `importing.apply_schedule`
checks it as a whole and writes it in one transaction. Helpers here read the loose values real
files carry (durations "0:30", "00:30", "00:30:00"; times with or without a zone).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Any

from db.words import note, refusal
from desktop.base.errors import UserError
from desktop.base.schedule import is_uuid as is_uuid  # re-exported for the readers
from desktop.core.text import clean, clean_line, clean_multiline

# A fixed namespace, so a file without guids gets the same ones on every import.
GUID_NAMESPACE = uuid.UUID("6f1d3c52-9a3e-4c71-8f0e-2c1a7d5b9e40")
_DURATION = re.compile(r"^\s*(?:(\d+)d\s*)?(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?\s*$")


@dataclass
class ParsedPerson:
    name: str
    external_id: str | None = None
    role: str = "speaker"
    bio: str = ""
    guid: str = ""  # the file's person guid, kept as it came
    code: str = ""  # pretalx's speaker code


@dataclass
class ParsedRef:
    """A link or attachment as the file gives it (url possibly relative to base_url)."""

    url: str
    title: str = ""
    type: str = ""
    service: str = ""

    def as_dict(self) -> dict[str, str]:
        out = {"url": self.url, "title": self.title, "type": self.type, "service": self.service}
        return {k: v for k, v in out.items() if v or k == "url"}


@dataclass
class ParsedEvent:
    title: str
    room: str
    start: dt.datetime  # aware, or naive = in the file's / event's zone
    duration_min: int
    guid: str = ""
    external_id: str | None = None
    subtitle: str = ""
    abstract: str = ""
    description: str = ""
    type: str = ""  # as the file says ("lecture", "Long talk (45 minutes)")
    language: str = ""
    track: str = ""
    slug: str = ""
    url: str = ""
    persons: list[ParsedPerson] = field(default_factory=list)
    where: str = ""  # "event 6561" for messages
    recording_license: str = ""
    do_not_record: bool = False  # the speaker opted out of the recording
    links: list[ParsedRef] = field(default_factory=list)
    attachments: list[ParsedRef] = field(default_factory=list)
    logo: str = ""
    feedback_url: str = ""
    origin_url: str = ""
    do_not_stream: bool | str | None = None  # None: the file does not say
    code: str = ""  # pretalx's submission code


@dataclass
class ParsedDay:
    index: int
    date: dt.date
    start: dt.datetime | None = None
    end: dt.datetime | None = None


@dataclass
class ParsedSchedule:
    format: str  # "frab XML" | "frab JSON" | "pretalx JSON"
    source_name: str = ""  # the file's name, for messages
    title: str = ""
    acronym: str = ""
    url: str = ""  # the conference's website
    generator: str = ""  # the software that wrote the file ("confdesk", "pretalx"...)
    timezone: str | None = None  # the file's time_zone_name
    base_url: str = ""  # what the file's relative urls (attachments, logos) are relative to
    day_change: dt.time | None = None
    days: list[ParsedDay] = field(default_factory=list)
    rooms: list[str] = field(default_factory=list)  # every room the file names, in order
    declared_rooms: list[str] = field(default_factory=list)  # the file's own room list, if any
    room_capacity: dict[str, int] = field(default_factory=dict)
    room_guids: dict[str, str] = field(default_factory=dict)  # name -> the file's room guid
    tracks: dict[str, str] = field(default_factory=dict)  # name -> colour ("" when none)
    events: list[ParsedEvent] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add_room(self, name: str) -> None:
        if name and name not in self.rooms:
            self.rooms.append(name)


# What a real schedule holds (refused outside, before anything is written): dates in these
# years (year 1 or 9999 break every date calculation after them), UTC offsets of real zones
# (-12:00 to +14:00), sessions of at most a week, rooms of at most 1,000,000 seats.
FIRST_YEAR, LAST_YEAR = 1970, 2199
MAX_OFFSET = dt.timedelta(hours=14)
MAX_DURATION_MIN = 7 * 24 * 60
MAX_CAPACITY = 1_000_000
MAX_DAY_INDEX = 10_000


def _plausible_time(value: dt.datetime, what: str, name: str) -> None:
    offset = value.utcoffset()
    if offset is not None and abs(offset) > MAX_OFFSET:
        raise UserError(
            refusal(
                "{name}: {what} is at UTC{value}, an offset no time zone has (they run from -12:00 to +14:00); nothing was imported",
                name=name,
                what=what,
                value=value.isoformat()[19:],
            )
        )
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise UserError(
            refusal(
                "{name}: {what} is on {value}, outside the dates Confdesk accepts ({FIRST_YEAR} to {LAST_YEAR}); nothing was imported",
                name=name,
                what=what,
                value=value.date().isoformat(),
                FIRST_YEAR=FIRST_YEAR,
                LAST_YEAR=LAST_YEAR,
            )
        )


def check_plausible(parsed: ParsedSchedule, name: str) -> None:
    """Refuse a schedule whose dates, offsets, durations or capacities no real one has."""
    for day in parsed.days:
        what = f"day {day.index}"
        if not FIRST_YEAR <= day.date.year <= LAST_YEAR:
            _plausible_time(dt.datetime.combine(day.date, dt.time()), what, name)
        for value in (day.start, day.end):
            if value is not None:
                _plausible_time(value, f"{what}'s {'start' if value is day.start else 'end'}", name)
    for ev in parsed.events:
        _plausible_time(ev.start, ev.where or "a session", name)
        if not 0 < ev.duration_min <= MAX_DURATION_MIN:
            raise UserError(
                refusal(
                    "{name}: {value} lasts {duration_min} minutes; a session lasts at most a week ({MAX_DURATION_MIN}); nothing was imported",
                    name=name,
                    value=ev.where or "a session",
                    duration_min=format(ev.duration_min, ","),
                    MAX_DURATION_MIN=format(MAX_DURATION_MIN, ","),
                )
            )
    for room, cap in parsed.room_capacity.items():
        if not 0 < cap <= MAX_CAPACITY:
            raise UserError(
                refusal(
                    "{name}: room {room} has a capacity of {cap}; a room holds at most {MAX_CAPACITY} people; nothing was imported",
                    name=name,
                    room=repr(room),
                    cap=format(cap, ","),
                    MAX_CAPACITY=format(MAX_CAPACITY, ","),
                )
            )


def parse_duration(raw: object) -> int | None:
    """Minutes from "0:30", "00:30", "01:30:00", "1d 02:00" or a plain number of minutes."""
    if raw is None:
        return None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if raw != raw or raw in (float("inf"), float("-inf")):
            return None
        return min(int(raw), MAX_DURATION_MIN + 1) if raw > 0 else None
    text = str(raw).strip()[:40]  # no duration is longer: nor a number of 5,000 digits
    if text.isascii() and text.isdigit():
        return min(int(text), MAX_DURATION_MIN + 1) or None
    m = _DURATION.match(text)
    if not m or not all(g is None or g.isascii() for g in m.groups()):
        return None  # ("²" is a digit to the regex, not to int)
    days, hours, minutes, seconds = (int(g) if g else 0 for g in m.groups())
    total = days * 1440 + hours * 60 + minutes + (1 if seconds >= 30 else 0)
    return total or None


def json_text(value: object, limit: int | None = None) -> str:
    """A JSON value as text: a translated one ({"en": "...", "de": "..."}) in English, else
    its first non-empty language; one line cut to `limit` when given, else multi-line text."""
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get("en") or next((v for v in value.values() if v), "")
    text = str(value).strip()
    return clean(text, limit) if limit else clean_multiline(text)


def json_line(value: object, limit: int = 500) -> str:
    """A JSON title as the file wrote it (see `clean_line`), a translated one in English."""
    if isinstance(value, dict):
        value = value.get("en") or next((v for v in value.values() if v), "")
    return clean_line("" if value is None else str(value).strip(" \t\r\n"), limit)


def json_refs(raw: object) -> list[tuple[str, str, str, str] | None]:
    """A JSON event's links or attachments as (url, title, type, service); None for an item
    that is not an object with a url (`collect_refs` reports it)."""
    out: list[tuple[str, str, str, str] | None] = []
    for item in as_list(raw):
        if isinstance(item, dict) and isinstance(item.get("url"), str):
            title, kind, service = (json_text(item.get(k)) for k in ("title", "type", "service"))
            out.append((item["url"], title, kind, service))
        else:
            out.append(None)
    return out


def as_dict(value: object) -> dict[str, Any]:
    """A JSON value that should be an object, or {} when it is not."""
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> list[Any]:
    """A JSON value that should be a list, or [] when it is not."""
    return value if isinstance(value, list) else []


def file_guid(value: object) -> str:
    """A guid as a file gives it, in lower case, when it is a UUID; else ""."""
    text = clean(value, 64) if value is not None else ""
    return text.lower() if is_uuid(text) else ""


def minutes_between(start: dt.datetime, end: dt.datetime | None) -> int | None:
    """Whole minutes from `start` to a later `end` given alike (both with a zone or both
    without); None otherwise."""
    if end is None or (end.tzinfo is None) != (start.tzinfo is None) or end <= start:
        return None
    return int((end - start).total_seconds() // 60)


def parse_datetime(raw: object) -> dt.datetime | None:
    """An ISO date-time ("2014-12-27T11:00:00+01:00", "...Z", naive too), or None."""
    if not raw:
        return None
    text = str(raw).strip().replace("Z", "+00:00").replace(" ", "T", 1)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def parse_date(raw: object) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(str(raw).strip()[:10])
    except ValueError:
        return None


def parse_clock(raw: object) -> dt.time | None:
    """ "11:00", "9:30", "11:00:00" as a time, or None."""
    text = str(raw or "").strip()
    m = re.match(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$", text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return dt.time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))


def start_from_clock(day: ParsedDay, clock: dt.time, day_change: dt.time | None) -> dt.datetime:
    """A naive start from a day's date and an "HH:MM" start (files without a full date).

    A day that runs past midnight (congress nights until 04:00, or the file's day_change)
    holds events of the next date before that time.
    """
    change = day_change or (
        day.end.time()
        if day.start is not None and day.end is not None and day.end.date() > day.start.date()
        else None
    )
    start = dt.datetime.combine(day.date, clock)
    if change is not None and clock < change:
        start += dt.timedelta(days=1)
    return start


MAX_REFS = 100  # links or attachments per session; real files have at most a handful
URL_CHARS = 2000
_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# Schemes a link never keeps: they run code or read local files when followed.
UNSAFE_SCHEMES = {"javascript", "vbscript", "data", "file", "blob"}


def plausible_url(text: str) -> bool:
    """A url as links carry them (http(s), dat:, mailto:, ... or relative to the file's base
    url); not one whose scheme runs code or reads local files (javascript:, data:, file:),
    nor one with spaces or control characters, nor an absurdly long one."""
    if not text or len(text) > URL_CHARS or any(c.isspace() or ord(c) < 32 for c in text):
        return False
    scheme = _URL_SCHEME.match(text)
    return scheme is None or scheme.group(1).lower() not in UNSAFE_SCHEMES


_LEFT_OUT = {
    (
        "link",
        True,
    ): "{where}: {bad} link without a usable url (or beyond the first {most}) left out",
    (
        "link",
        False,
    ): "{where}: {bad} links without a usable url (or beyond the first {most}) left out",
    (
        "attachment",
        True,
    ): "{where}: {bad} attachment without a usable url (or beyond the first {most}) left out",
    (
        "attachment",
        False,
    ): "{where}: {bad} attachments without a usable url (or beyond the first {most}) left out",
}


def collect_refs(
    items: list[tuple[str, str, str, str] | None], what: str, where: str, out: ParsedSchedule
) -> list[ParsedRef]:
    """The links or attachments (url, title, type, service) a file gives a session; those
    without a usable url (and any beyond MAX_REFS) are left out and listed in `out.skipped`."""
    kept: list[ParsedRef] = []
    bad = 0
    for item in items:
        url = (item[0] if item is not None else "").strip()
        if item is None or not plausible_url(url) or len(kept) >= MAX_REFS:
            bad += 1
            continue
        _url, title, kind, service = item
        kept.append(ParsedRef(url, clean(title, 500), clean(kind, 50), clean(service, 50)))
    if bad:
        out.skipped.append(note(_LEFT_OUT[what, bad == 1], where=where, bad=bad, most=MAX_REFS))
    return kept


def one_url(value: str, what: str, where: str, out: ParsedSchedule) -> str:
    """A session's single url field (logo, feedback_url, origin_url), or "" (and a line in
    `out.skipped`) when it is not a usable url."""
    value = (value or "").strip()
    if not value:
        return ""
    if plausible_url(value):
        return value
    out.skipped.append(
        note(
            "{where}: its {what} {value} is not a usable url; left out",
            where=where,
            what=what,
            value=repr(value[:80]),
        )
    )
    return ""


def guid_for(*parts: object) -> str:
    """A stable guid for an event that has none (same file, same guid)."""
    return str(uuid.uuid5(GUID_NAMESPACE, "/".join(str(p) for p in parts)))


def slugify(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by "_" (for frab slugs)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:limit].strip("_")


def session_type(raw: str) -> str:
    """The Confdesk session type for a frab/pretalx type such as "lecture" or "BoF"."""
    t = (raw or "").lower()
    for words, kind in (
        (("keynote",), "keynote"),
        (("plenary",), "plenary"),
        (("panel", "podium"), "panel"),
        (("round", "bof", "discussion", "meeting", "meetup"), "round_table"),
        (("workshop", "hands-on", "hands on", "tutorial"), "workshop"),
        (("break", "lunch", "coffee", "dinner"), "break"),
    ):
        if any(w in t for w in words):
            return kind
    return "talk"


def resolve_zone(parsed: ParsedSchedule, override: str | None, event_zone: str) -> tuple[str, str]:
    """The zone for times without one, and why: --timezone, the file's, its offsets, the event's."""
    import zoneinfo

    def valid(name: str) -> bool:
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return False
        return True

    if override:
        if not valid(override):
            raise UserError(
                refusal(
                    "unknown time zone {override} (use a name such as Europe/Brussels)",
                    override=repr(override),
                )
            )
        return override, note("given with --timezone")
    if parsed.timezone:
        if valid(parsed.timezone):
            return parsed.timezone, note("the file's time_zone_name")
        parsed.notes.append(
            note(
                "the file's time zone {timezone} is unknown; ignored",
                timezone=repr(parsed.timezone),
            )
        )
    # No zone named: the organizer's zone wins (never one made up from the offsets, such as
    # Etc/GMT-1); times that carry an offset keep their instant, and a file whose offsets
    # disagree with the event's zone is reported (`zone_disagreement`).
    return event_zone, note("the event's")


def zone_disagreement(parsed: ParsedSchedule, zone_name: str, by_the_file: bool = False) -> str:
    """A note when the file's times carry offsets the zone does not have then: the event's
    zone, or (`by_the_file`) the zone the file itself names."""
    import datetime as dt
    import zoneinfo

    zone = zoneinfo.ZoneInfo(zone_name)
    timed = [e.start for e in parsed.events if e.start.tzinfo is not None]
    wrong = [t for t in timed if t.utcoffset() != t.astimezone(zone).utcoffset()]
    if not wrong:
        return ""
    offsets = sorted({t.utcoffset() or dt.timedelta() for t in wrong})

    def show(o: dt.timedelta) -> str:
        minutes = int(o.total_seconds()) // 60
        return f"UTC{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

    ours = show(wrong[0].astimezone(zone).utcoffset() or dt.timedelta())
    values = {
        "wrong": len(wrong),
        "count": len(parsed.events),
        "offsets": ", ".join(show(o) for o in offsets),
        "zone": zone_name,
        "ours": ours,
    }
    if by_the_file:
        return note(
            "{wrong} of {count} times in the file are at {offsets}, but the file says {zone} "
            "(at {ours} then): its header and its times disagree; the times keep the instants "
            "their offsets give",
            **values,
        )
    return note(
        "{wrong} of {count} times in the file are at {offsets}, but {zone} is at {ours} then: "
        "they keep their instant and show in the event's zone; if the event's zone is wrong, "
        "set it (File > Event details, or confdesk event set --tz)",
        **values,
    )
