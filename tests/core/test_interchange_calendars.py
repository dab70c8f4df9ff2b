"""Schedules from calendars (issue 12, section 3): iCalendar (.ics) and xCal, the XML form
pretalx, frab and FOSDEM publish as schedule.xcal. Our own .ics export reads back; a
calendar from another tool imports what a calendar can say and names what it cannot."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from db.engine import open_store
from desktop.cli import main
from desktop.core.events import create_event
from desktop.core.schedule.interchange.ical import export_ical, plain_text
from desktop.core.schedule.interchange.importing import ImportReport, import_schedule
from desktop.core.text import clean_multiline, fold
from tests.core.schedule_support import REAL_FILES, SCHEDULES, imported_store, read_schedule


def _into(tmp_path: Path, source: Path, zone: str, db: str = "cal.sqlite") -> ImportReport:
    """Import `source` into the event at tmp_path/db (a new event the first time)."""
    path = tmp_path / db
    fresh = not path.exists()
    store = open_store(str(path), create=fresh)
    try:
        if fresh:
            with store.session() as s:
                create_event(s, "Calendar", zone)
        with store.session() as s:
            return import_schedule(s, source)
    finally:
        store.close()


@pytest.mark.parametrize("name", REAL_FILES)
def test_our_ical_export_reads_back(tmp_path: Path, tmp_path_factory, name: str) -> None:
    store, _report = imported_store(name, tmp_path_factory.getbasetemp())
    first = read_schedule(store)
    raw, count = export_ical(first)
    ics = tmp_path / "schedule.ics"
    ics.write_bytes(raw)
    report = _into(tmp_path, ics, first.timezone)
    assert report.format == "iCalendar" and report.events == count
    again = read_schedule(tmp_path / "cal.sqlite")
    before = {x.guid: x for x in first.sessions if x.scheduled and x.room is not None}
    after = {x.guid: x for x in again.sessions}
    assert after.keys() == before.keys()  # the uid carries the session's guid
    for guid, x in before.items():
        y = after[guid]
        assert (y.title, y.start, y.duration_min) == (x.title, x.start, x.duration_min)
        assert (y.room and y.room.name, y.track and y.track.name) == (
            x.room and x.room.name,
            x.track and x.track.name,
        )
        # A calendar knows people by name alone: camp2019's "mo" and "Mo" (two ids) are one
        # name there, so their case may come back as the other's.
        assert [(fold(p.name), p.role or "speaker") for p in y.speakers] == [
            (fold(p.name), p.role or "speaker") for p in x.speakers
        ]
        # the abstract as calendars show it: plain text (FOSDEM's is HTML), its CR/LF line
        # ends LF (iCalendar's text has no CR), then cleaned as every import cleans a text
        shown = clean_multiline(plain_text(x.abstract)).replace("\r\n", "\n")
        assert y.abstract == shown
        assert y.subtitle == x.subtitle
        assert [r.url for r in y.links] == [x.absolute(r.url) or r.url for r in x.links]
        assert y.url == (x.url if x.url.startswith(("http://", "https://")) else "")
    # the calendar again: a sync, nothing doubled
    report = _into(tmp_path, ics, first.timezone)
    assert (report.sessions_created, report.speakers_created) == (0, 0)


OTHER_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example Corp//Calendar 1.0//EN
X-WR-CALNAME:HK AI Summit
BEGIN:VTIMEZONE
TZID:Asia/Hong_Kong
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:HKT
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:keynote-1@example.org
DTSTAMP:20261101T000000Z
DTSTART;TZID=Asia/Hong_Kong:20261203T090000
DTEND;TZID=Asia/Hong_Kong:20261203T094500
SUMMARY:Opening keynote
LOCATION:Hall 1
CATEGORIES:Plenary
DESCRIPTION:Welcome to the summit.\\nTwo lines.
ATTENDEE;CN=陳大文;ROLE=CHAIR:mailto:tm@example.hk
ATTENDEE;CN="Ada Lovelace":mailto:ada@example.org
URL:https://example.org/keynote
END:VEVENT
BEGIN:VEVENT
UID:workshop-2@example.org
DTSTAMP:20261101T000000Z
DTSTART:20261203T020000Z
DURATION:PT1H30M
SUMMARY:Hands-on with models
LOCATION:Room 201
END:VEVENT
BEGIN:VEVENT
UID:allday@example.org
DTSTAMP:20261101T000000Z
DTSTART;VALUE=DATE:20261203
SUMMARY:Exhibition
LOCATION:Foyer
END:VEVENT
BEGIN:VEVENT
UID:gone@example.org
DTSTAMP:20261101T000000Z
DTSTART:20261203T050000Z
DTEND:20261203T060000Z
SUMMARY:Cancelled talk
LOCATION:Hall 1
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
UID:nowhere@example.org
DTSTAMP:20261101T000000Z
DTSTART:20261203T070000Z
DTEND:20261203T080000Z
SUMMARY:Somewhere
END:VEVENT
BEGIN:VEVENT
UID:daily@example.org
DTSTAMP:20261101T000000Z
DTSTART;TZID=Asia/Hong_Kong:20261203T080000
DTEND;TZID=Asia/Hong_Kong:20261203T083000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Registration opens
LOCATION:Foyer
END:VEVENT
END:VCALENDAR
"""


def test_a_calendar_from_another_tool_imports_what_a_calendar_can_say(tmp_path: Path) -> None:
    ics = tmp_path / "summit.ics"
    ics.write_text(OTHER_ICS.replace("\n", "\r\n"), "utf-8")
    report = _into(tmp_path, ics, "Asia/Hong_Kong")
    data = read_schedule(tmp_path / "cal.sqlite")
    by_title = {x.title: x for x in data.sessions}
    assert sorted(by_title) == ["Hands-on with models", "Opening keynote", "Registration opens"]
    key = by_title["Opening keynote"]
    assert key.start is not None and key.start.isoformat() == "2026-12-03T09:00:00+08:00"
    assert (key.duration_min, key.room and key.room.name) == (45, "Hall 1")
    assert key.track is not None and key.track.name == "Plenary"
    assert key.abstract == "Welcome to the summit.\nTwo lines."
    assert [p.name for p in key.speakers] == ["陳大文", "Ada Lovelace"]
    assert key.url == "https://example.org/keynote"
    work = by_title["Hands-on with models"]
    assert work.start is not None and work.start.isoformat() == "2026-12-03T10:00:00+08:00"
    assert work.duration_min == 90
    said = " | ".join(str(x) for x in [*report.skipped, *report.notes])
    assert "“Exhibition”: an all-day entry; skipped" in said
    assert "“Cancelled talk”: cancelled in the calendar; skipped" in said
    assert "“Somewhere”: no room (LOCATION); skipped" in said
    assert "“Registration opens”: repeats; imported once, at its first time" in said


def code(t: dict[str, Any]) -> str:
    """A talk's pretalx code, as its url ends ("/talk/QMMXUA/")."""
    return str(t["url"]).rstrip("/").rsplit("/", 1)[-1]


def _pentabarf_xcal(tmp_path: Path) -> Path:
    """democon as pretalx writes its schedule.xcal (its own template): floating local times,
    the submission type as category, the speakers as attendees."""
    doc = json.loads((SCHEDULES / "pretalx-democon.json").read_text("utf-8"))
    events = []
    for day in doc["schedule"]["conference"]["days"]:
        for room, talks in day["rooms"].items():
            for t in talks:
                start = dt.datetime.fromisoformat(t["date"])
                h, m = (int(v) for v in t["duration"].split(":"))
                end = start + dt.timedelta(hours=h, minutes=m)
                people = "".join(
                    f"<attendee>{escape(p['public_name'])}</attendee>" for p in t["persons"]
                )
                events.append(
                    f"""<vevent><method>PUBLISH</method>
<uid>{code(t)}@democon@pretalx.example</uid>
<pentabarf:event-id>{t["id"]}</pentabarf:event-id>
<pentabarf:event-slug>democon-{code(t)}</pentabarf:event-slug>
<pentabarf:title>{escape(t["title"])}</pentabarf:title>
<pentabarf:subtitle></pentabarf:subtitle>
<pentabarf:language>{t["language"]}</pentabarf:language>
<pentabarf:language-code>{t["language"]}</pentabarf:language-code>
<dtstart>{start:%Y%m%dT%H%M%S}</dtstart><dtend>{end:%Y%m%dT%H%M%S}</dtend>
<duration>{t["duration"]}:00</duration>
<summary>{escape(t["title"])}</summary>
<description>{escape(t["description"] or "")}</description>
<class>PUBLIC</class><status>CONFIRMED</status>
<category>{escape(t["type"])}</category>
<url>{escape(t["url"])}</url>
<location>{escape(room)}</location>{people}</vevent>"""
                )
    xml = (
        "<?xml version='1.0' encoding='utf-8' ?>\n<iCalendar xmlns:pentabarf='http://pentabarf.org'"
        " xmlns:xCal='urn:ietf:params:xml:ns:xcal'><vcalendar><version>2.0</version>"
        "<prodid>-//Pentabarf//Schedule//EN</prodid><x-wr-calname>DemoCon</x-wr-calname>"
        + "".join(events)
        + "</vcalendar></iCalendar>"
    )
    path = tmp_path / "schedule.xcal"
    path.write_text(xml, "utf-8")
    return path


def test_a_pretalx_xcal_imports_and_syncs(tmp_path: Path) -> None:
    xcal = _pentabarf_xcal(tmp_path)
    report = _into(tmp_path, xcal, "Europe/Berlin")
    assert (report.format, report.events) == ("xCal", 36)
    data = read_schedule(tmp_path / "cal.sqlite")
    democon = json.loads((SCHEDULES / "pretalx-democon.json").read_text("utf-8"))
    talks = {
        code(t): t
        for day in democon["schedule"]["conference"]["days"]
        for ts in day["rooms"].values()
        for t in ts
    }
    assert sorted(x.code for x in data.sessions) == sorted(talks)
    for x in data.sessions:
        t = talks[x.code]
        assert x.title == t["title"]
        assert x.start is not None and x.start == dt.datetime.fromisoformat(t["date"])
        assert [p.name for p in x.speakers] == [p["public_name"] for p in t["persons"]]
        assert (x.source_type, x.slug, x.external_id) == (
            t["type"],
            f"democon-{x.code}",
            str(t["id"]),
        )
    again = _into(tmp_path, xcal, "Europe/Berlin")
    assert (again.sessions_created, again.sessions_updated) == (0, 0)


def test_an_rfc6321_xcal_imports(tmp_path: Path) -> None:
    path = tmp_path / "rfc.xml"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><vcalendar>
<properties><prodid><text>-//Example//EN</text></prodid><version><text>2.0</text></version>
</properties><components><vevent><properties>
<uid><text>rfc-1@example.org</text></uid>
<dtstart><date-time>2026-12-03T01:00:00Z</date-time></dtstart>
<dtend><date-time>2026-12-03T01:30:00Z</date-time></dtend>
<summary><text>Poster session</text></summary>
<location><text>Hall 2</text></location>
</properties></vevent></components></vcalendar></icalendar>""",
        "utf-8",
    )
    report = _into(tmp_path, path, "Asia/Hong_Kong")
    data = read_schedule(tmp_path / "cal.sqlite")
    assert (report.format, [x.title for x in data.sessions]) == ("xCal", ["Poster session"])
    x = data.sessions[0]
    assert x.start is not None and x.start.isoformat() == "2026-12-03T09:00:00+08:00"
    assert (x.duration_min, x.room and x.room.name) == (30, "Hall 2")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n", "is not a calendar that can be read"),
        (b"BEGIN:VCALENDAR\r\n\xff\xfe\r\nEND:VCALENDAR\r\n", "is not UTF-8 text"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no events"),
    ],
)
def test_a_broken_calendar_is_one_line_and_changes_nothing(
    tmp_path: Path, capsys, content: bytes, said: str
) -> None:
    db = tmp_path / "e.sqlite"
    assert main(["--db", str(db), "init", "--name", "E"]) == 0
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    capsys.readouterr()
    code = main(["--db", str(db), "schedule", "import", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and said in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert read_schedule(db).sessions == []


@pytest.mark.parametrize(
    "event",
    [
        "DTSTART:2024XX01T090000Z\r\nDTEND:20261203T100000Z",
        "DTSTART:20261203T090000Z\r\nDURATION:PXYZ",
        "DTSTART:20261203T090000Z\r\nDURATION:P99999999999W",
        "DTSTART:20261203T090000Z\r\nDTEND:20261203T100000Z\r\nSUMMARY:Second title",
        "DTSTART:20261203T090000Z\r\nDTEND:20261203T100000Z\r\nIMAGE;VALUE=URI:javascript:alert(1)",
    ],
)
def test_a_calendar_entry_that_is_broken_is_skipped_or_read_never_a_crash(
    tmp_path: Path, event: str
) -> None:
    ics = tmp_path / "odd.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a@example.org\r\nSUMMARY:Good\r\nLOCATION:Hall\r\n"
        "DTSTART:20261203T080000Z\r\nDTEND:20261203T083000Z\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:b@example.org\r\nSUMMARY:Odd\r\nLOCATION:Hall\r\n{event}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        "utf-8",
    )
    from desktop.core.schedule.interchange.importing import read_schedule_file

    parsed = read_schedule_file(ics)
    titles = [e.title for e in parsed.events]
    assert titles[0] == "Good" and len(titles) in (1, 2)
    assert all(not e.logo.startswith("javascript") for e in parsed.events)
    assert all(e.title in ("Good", "Odd") for e in parsed.events)
