"""Importing real frab / pretalx schedules, and refusing bad ones without half-importing.

Expected counts come from the data README and, independently of the importer, from a plain
parse of each file in this test (stdlib ElementTree / json, no code of ours).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import xml.etree.ElementTree as ET
import zoneinfo
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import open_store
from db.models import Event, Room, SessionSpeaker, Speaker, Track
from db.models import Session as SessionRow
from desktop.base.errors import UserError
from desktop.core.schedule.conflicts import find_conflicts
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.importing import import_schedule
from tests.conftest import TEST_DATA
from tests.core.schedule_support import imported_store

SCHEDULES = TEST_DATA / "schedules"
# file: (days, rooms, events, speakers) as the data README states them (None: count only).
STATED = {
    "31c3-schedule.xml": (4, 4, 138, 198),
    "debconf23-schedule.xml": (8, 5, 117, None),
    "fosdem-2020.xml": (2, 35, 872, 841),
    "frab-camp2019.json": (None, None, None, None),
    "pretalx-democon.json": (None, None, None, None),
}


def _minutes(text: str) -> int:
    h, m = text.strip().split(":")[:2]
    return int(h) * 60 + int(m)


def plain_parse(path: Path) -> dict:
    """Days, rooms, events (id, room, start, end, person ids) read with the stdlib only."""
    events = []
    if path.suffix == ".xml":
        root = ET.parse(path).getroot()
        days = root.findall("day")
        rooms = {r.get("name") for d in days for r in d.findall("room")}
        for d in days:
            for r in d.findall("room"):
                for e in r.findall("event"):
                    if e.findtext("date"):
                        start = dt.datetime.fromisoformat(e.findtext("date"))
                    else:  # FOSDEM: day date + start, no zone
                        start = dt.datetime.fromisoformat(f"{d.get('date')}T{e.findtext('start')}")
                    end = start + dt.timedelta(minutes=_minutes(e.findtext("duration")))
                    people = {p.get("id") for p in e.iter("person")}
                    events.append((e.get("id"), r.get("name"), start, end, people))
        n_days = len(days)
    else:
        conf = json.loads(path.read_text("utf-8"))["schedule"]["conference"]
        rooms = {name for d in conf["days"] for name in d["rooms"]}
        for d in conf["days"]:
            for name, evs in d["rooms"].items():
                for e in evs:
                    start = dt.datetime.fromisoformat(e["date"])
                    end = start + dt.timedelta(minutes=_minutes(e["duration"]))
                    people = {str(p["id"]) for p in e["persons"]}
                    events.append((str(e["id"]), name, start, end, people))
        n_days = len(conf["days"])
    speakers = set().union(*(e[4] for e in events))
    return {"days": n_days, "rooms": rooms, "events": events, "speakers": speakers}


def overlaps(events: list) -> tuple[set, set]:
    """Same-room overlaps and (person, pair) double bookings, by a plain pairwise check."""
    room_pairs, speaker_pairs = set(), set()
    for a, b in itertools.combinations(events, 2):
        if a[2] < b[3] and b[2] < a[3]:
            if a[1] == b[1]:
                room_pairs.add(frozenset((a[0], b[0])))
            for person in a[4] & b[4]:
                speaker_pairs.add((person, frozenset((a[0], b[0]))))
    return room_pairs, speaker_pairs


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, object]]:
    """Each real file imported once into its own SQLite store (tests only read them)."""
    root = tmp_path_factory.getbasetemp()
    return {name: imported_store(name, root) for name in STATED}


@pytest.mark.parametrize("name", list(STATED))
def test_real_schedule_counts(imported, name: str) -> None:
    path, report = imported[name]
    plain = plain_parse(SCHEDULES / name)
    days, rooms, events, speakers = STATED[name]
    for stated, counted in (
        (days, plain["days"]),
        (rooms, len(plain["rooms"])),
        (events, len(plain["events"])),
        (speakers, len(plain["speakers"])),
    ):
        assert stated is None or stated == counted  # the README and the file agree
    store = open_store(str(path))
    with store.session() as s:
        data = load_schedule(s)
        assert len(data.days) == plain["days"] == report.days
        assert {r.name for r in data.rooms} == plain["rooms"]
        assert len(data.sessions) == len(plain["events"]) == report.events
        assert len(data.speakers) == len(plain["speakers"]) == report.speakers
        assert all(x.start is not None and x.room is not None for x in data.sessions)
        assert report.skipped == []
        # Times are right: every session starts when the file says (compared as instants,
        # FOSDEM's zone-less times in the zone the import reported).
        zone = zoneinfo.ZoneInfo(report.timezone)
        by_ext = {x.external_id: x for x in data.sessions}
        for ext, room, start, end, people in plain["events"]:
            x = by_ext[ext]
            expect = start if start.tzinfo else start.replace(tzinfo=zone)
            assert (x.start, x.end, x.room.name) == (expect, expect + (end - start), room)
            assert {p.external_id for p in x.speakers} == people
    store.close()


@pytest.mark.parametrize("name", list(STATED))
def test_real_conflicts_reported(imported, name: str) -> None:
    """The file's own same-room overlaps and speaker double bookings are all reported."""
    path, _report = imported[name]
    room_pairs, speaker_pairs = overlaps(plain_parse(SCHEDULES / name)["events"])
    store = open_store(str(path))
    with store.session() as s:
        data = load_schedule(s)
        ext = {x.id: x.external_id for x in data.sessions}
        speaker_ext = {p.id: p.external_id for p in data.speakers}
        found = find_conflicts(s)
    store.close()
    got_rooms = {
        frozenset(ext[i] for i in c.session_ids) for c in found if c.kind == "room_double_booked"
    }
    got_speakers = {
        (speaker_ext[c.speaker_id], frozenset(ext[i] for i in c.session_ids))
        for c in found
        if c.kind == "speaker_double_booked"
    }
    assert got_rooms == room_pairs
    assert got_speakers == speaker_pairs
    if name in ("31c3-schedule.xml", "fosdem-2020.xml", "pretalx-democon.json"):
        assert speaker_pairs  # these files really do double-book speakers


def test_fosdem_timezone_option(imported) -> None:
    """Zone-less times are read in the zone given with --timezone, and the report says so."""
    path, report = imported["fosdem-2020.xml"]
    assert report.timezone == "Europe/Brussels"
    assert any("872 of 872 event times carry no time zone" in n for n in report.notes)
    store = open_store(str(path))
    with store.session() as s:
        data = load_schedule(s)
    store.close()
    assert data.timezone == "Europe/Brussels"
    first = next(x for x in data.sessions if x.title == "Welcome to FOSDEM 2020")
    assert first.start.isoformat() == "2020-02-01T09:30:00+01:00"
    assert first.start.astimezone(dt.UTC).hour == 8


def test_reimport_updates_instead_of_duplicating(store) -> None:
    path = SCHEDULES / "pretalx-democon.json"
    with store.session() as s:
        first = import_schedule(s, path)
    with store.session() as s:
        again = import_schedule(s, path)
        assert (first.sessions_created, first.sessions_updated) == (36, 0)
        # The same file again changes nothing: every session is found and left as it is.
        assert (again.sessions_created, again.sessions_updated) == (0, 0)
        assert again.sessions_unchanged == 36 and again.changes == []
        assert again.speakers_created == again.rooms_created == 0
        assert s.scalar(select(func.count()).select_from(SessionRow)) == 36
        assert s.scalar(select(func.count()).select_from(Speaker)) == first.speakers
        # pretalx biographies arrive with the speakers
        assert s.scalar(select(func.count()).select_from(Speaker).where(Speaker.bio != "")) > 0


# --- bad input ---------------------------------------------------------------------------

GOOD_XML = """<?xml version="1.0"?>
<schedule><conference><title>Small</title><acronym>small</acronym></conference>
<day index="1" date="2026-09-27" start="2026-09-27T09:00:00+08:00" end="2026-09-27T18:00:00+08:00">
<room name="Hall">
<event id="1" guid="11111111-1111-4111-8111-111111111111"><date>2026-09-27T09:00:00+08:00</date>
<start>09:00</start><duration>00:30</duration><room>Hall</room><title>One</title>
<persons><person id="7">Ada</person></persons></event>
{extra}
</room></day>
{day2}
</schedule>
"""


def counts(store) -> tuple[int, ...]:
    with store.session() as s:
        tables = (SessionRow, Room, Track, Speaker, SessionSpeaker)
        found = [s.scalar(select(func.count()).select_from(m)) for m in tables]
        return (*found, s.scalar(select(Event.timezone)))


@pytest.fixture
def seeded(store, tmp_path: Path):
    """A store that already holds an imported schedule, to show nothing changes on errors."""
    with store.session() as s:
        import_schedule(s, SCHEDULES / "pretalx-democon.json")
    return store


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def refused(store, path: Path, *words: str) -> str:
    before = counts(store)
    with pytest.raises(UserError) as err, store.session() as s:
        import_schedule(s, path)
    message = str(err.value)
    assert "\n" not in message
    for w in words:
        assert w in message
    assert counts(store) == before
    return message


def test_truncated_xml(seeded, tmp_path: Path) -> None:
    raw = (SCHEDULES / "31c3-schedule.xml").read_bytes()
    path = write(tmp_path, "cut.xml", raw[: len(raw) // 2])
    refused(seeded, path, "cut.xml", "not well-formed XML", "truncated", "nothing was imported")


def test_xml_bomb_refused(seeded, tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">'
            for i in range(1, 10)
        )
        + "]>\n<schedule><conference><title>&lol9;</title></conference></schedule>"
    )
    path = write(tmp_path, "bomb.xml", bomb)
    refused(seeded, path, "bomb.xml", "refused", "entities", "XML bomb")


def test_unknown_room(seeded, tmp_path: Path) -> None:
    extra = (
        '<event id="2" guid="22222222-2222-4222-8222-222222222222"><date>2026-09-27T10:00:00+08:00'
        "</date><start>10:00</start><duration>00:30</duration><room>Atlantis</room>"
        "<title>Lost</title></event>"
    )
    path = write(tmp_path, "rooms.xml", GOOD_XML.format(extra=extra, day2=""))
    refused(seeded, path, "Atlantis", "does not list", "nothing was imported")


def test_unknown_room_json(seeded, tmp_path: Path) -> None:
    doc = json.loads((SCHEDULES / "pretalx-democon.json").read_text("utf-8"))
    day = doc["schedule"]["conference"]["days"][0]
    first_room = next(iter(day["rooms"]))
    day["rooms"]["Basement"] = [
        dict(
            day["rooms"][first_room][0],
            room="Basement",
            guid="33333333-3333-4333-8333-333333333333",
        )
    ]
    path = write(tmp_path, "rooms.json", json.dumps(doc))
    refused(seeded, path, "Basement", "does not list")


@pytest.mark.parametrize(
    "day2",
    [
        '<day index="2" date="2026-09-27" start="2026-09-27T19:00:00+08:00" end="2026-09-27T22:00:00+08:00"/>',
        '<day index="2" date="2026-09-28" start="2026-09-27T17:00:00+08:00" end="2026-09-28T18:00:00+08:00"/>',
    ],
    ids=["same-date", "overlapping-hours"],
)
def test_overlapping_days(seeded, tmp_path: Path, day2: str) -> None:
    path = write(tmp_path, "days.xml", GOOD_XML.format(extra="", day2=day2))
    refused(seeded, path, "overlap", "nothing was imported")


def test_times_without_zone_are_read_in_the_event_zone_and_said(store, tmp_path: Path) -> None:
    naive = GOOD_XML.replace("+08:00", "").format(extra="", day2="")
    path = write(tmp_path, "naive.xml", naive)
    with store.session() as s:
        s.scalar(select(Event)).timezone = "Asia/Hong_Kong"
        report = import_schedule(s, path)
        assert report.timezone == "Asia/Hong_Kong"
        assert any("carry no time zone" in n and "Asia/Hong_Kong" in n for n in report.notes)
        x = load_schedule(s).sessions[0]
        assert x.start.isoformat() == "2026-09-27T09:00:00+08:00"


def test_not_a_schedule(store, tmp_path: Path) -> None:
    for name, text, words in (
        ("x.json", '{"a": 1}', ("not a frab/pretalx schedule",)),
        ("x.json", '{"schedule": ', ("not valid JSON",)),
        ("x.xml", "<html><body/></html>", ("not a frab schedule",)),
        ("x.txt", "hello", ("neither",)),
    ):
        refused(store, write(tmp_path, name, text), *words)
    refused(store, tmp_path / "missing.xml", "no such file")


def test_lenient_skips_are_reported(store, tmp_path: Path) -> None:
    extra = (
        '<event id="3"><start>11:00</start><duration>0:45</duration><room>Hall</room>'
        "<title>No date, no guid</title></event>"
        '<event id="4"><start>later</start><duration>00:30</duration><room>Hall</room>'
        "<title>Bad start</title></event>"
        '<event id="5"><start>12:00</start><duration>00:30</duration><room>Hall</room></event>'
        '<event id="6"><start>13:00</start><duration>soon</duration><room>Hall</room>'
        "<title>Bad duration</title></event>"
    )
    path = write(tmp_path, "lenient.xml", GOOD_XML.format(extra=extra, day2=""))
    with store.session() as s:
        report = import_schedule(s, path)
        titles = {x.title: x for x in load_schedule(s).sessions}
    assert set(titles) == {"One", "No date, no guid", "Bad duration"}
    assert titles["No date, no guid"].duration_min == 45
    assert titles["Bad duration"].duration_min == 30
    assert len(report.skipped) == 2
    assert any("event 4" in m and "skipped" in m for m in report.skipped)
    assert any("event 5" in m and "no title" in m for m in report.skipped)
    assert any("event 6" in m and "30 minutes assumed" in m for m in report.notes)


def test_import_on_each_backend(backend_store, tmp_path: Path) -> None:
    """The bulk inserts work on SQLite and PostgreSQL; a person listed with and without an id
    in one file is one speaker."""
    doc = json.loads((SCHEDULES / "pretalx-democon.json").read_text("utf-8"))
    events = [
        e for d in doc["schedule"]["conference"]["days"] for evs in d["rooms"].values() for e in evs
    ]
    named = events[0]["persons"][0]["public_name"]
    events[1]["persons"].append({"public_name": named})  # the same person, without an id
    path = write(tmp_path, "democon.json", json.dumps(doc))
    with backend_store.session() as s:
        report = import_schedule(s, path)
    with backend_store.session() as s:
        data = load_schedule(s)
        assert len(data.sessions) == report.sessions_created == 36
        assert [p.name for p in data.speakers].count(named) == 1
        second = next(x for x in data.sessions if x.external_id == str(events[1]["id"]))
        assert named in [p.name for p in second.speakers]
        assert len(data.speakers) == report.speakers


def test_dateless_events_after_midnight_stay_on_their_day(tmp_path: Path) -> None:
    """Without <date>, a 01:30 event of a day running to 04:00 is on the next date (in an
    event whose zone nobody chose, which takes the file's Europe/Berlin)."""
    store = _fresh(tmp_path, None)
    xml = """<schedule><conference><title>Night</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
<day index="1" date="2026-12-27" start="2026-12-27T10:00:00+01:00" end="2026-12-28T04:00:00+01:00">
<room name="Saal 1">
<event id="1"><start>09:30</start><duration>00:30</duration><room>Saal 1</room><title>Early</title></event>
<event id="2"><start>23:30</start><duration>01:00</duration><room>Saal 1</room><title>Late</title></event>
<event id="3"><start>01:30</start><duration>00:30</duration><room>Saal 1</room><title>Night</title></event>
</room></day></schedule>"""
    with store.session() as s:
        import_schedule(s, write(tmp_path, "night.xml", xml))
        data = load_schedule(s)
    starts = {x.title: x.start.isoformat() for x in data.sessions}
    assert starts == {
        "Early": "2026-12-27T09:30:00+01:00",
        "Late": "2026-12-27T23:30:00+01:00",
        "Night": "2026-12-28T01:30:00+01:00",
    }
    assert data.days == [dt.date(2026, 12, 27)]  # the night session belongs to day one
    assert data.day_change == dt.time(4, 0)
    store.close()


def test_cancelled_import_keeps_nothing(seeded) -> None:
    from desktop.base.errors import Cancelled
    from desktop.base.progress import CancelFlag

    before = counts(seeded)
    flag, calls = CancelFlag(), []

    def progress(done: int, total: int, _message: str) -> None:
        calls.append((done, total))
        flag.cancel()  # the user presses Cancel at the first progress report

    with pytest.raises(Cancelled), seeded.session() as s:
        # 31C3's days are not the seeded event's: --other-days, so that the cancel is reached
        import_schedule(
            s, SCHEDULES / "31c3-schedule.xml", progress=progress, cancel=flag, other_days=True
        )
    assert calls and calls[0][1] == 138
    assert counts(seeded) == before


def _fresh(tmp_path: Path, zone: str | None):
    """An empty event in `zone` as the organizer set it (None: the default, nobody chose it)."""
    from desktop.core.events import create_event

    name = (zone or "default").replace("/", "-")
    store = open_store(str(tmp_path / f"{name}.sqlite"), create=True)
    with store.session() as s:
        create_event(s, "Chaos", zone)
    return store


def test_the_organizers_zone_wins_over_a_files_offsets(tmp_path: Path) -> None:
    """31C3 names no zone and carries +01:00 on every time: the event set to Europe/Berlin
    stays Europe/Berlin (no invented Etc/GMT-1), and the times are the file's instants."""
    from desktop.core.schedule.interchange.exporting import plan_export
    from desktop.core.schedule.interchange.frab_json import export_json

    store = _fresh(tmp_path, "Europe/Berlin")
    with store.session() as s:
        report = import_schedule(s, SCHEDULES / "31c3-schedule.xml")
    assert report.timezone == "Europe/Berlin"
    assert not [n for n in report.notes if "but Europe/Berlin" in n]
    with store.factory() as s:
        assert s.scalar(select(Event.timezone)) == "Europe/Berlin"
        data = load_schedule(s)
    opening = next(x for x in data.sessions if x.title == "31C3 Opening Event")
    assert opening.start is not None and opening.start.strftime("%d %H:%M") == "27 11:00"
    exported = json.loads(export_json(data, plan_export(data)))
    assert exported["schedule"]["conference"]["time_zone_name"] == "Europe/Berlin"
    store.close()


def test_offsets_that_disagree_with_the_event_zone_are_reported(tmp_path: Path) -> None:
    store = _fresh(tmp_path, "Asia/Hong_Kong")
    with store.session() as s:
        report = import_schedule(s, SCHEDULES / "31c3-schedule.xml")
    assert report.timezone == "Asia/Hong_Kong"
    (note,) = [n for n in report.notes if "but Asia/Hong_Kong is at UTC+08:00" in n]
    assert note.startswith("138 of 138 times in the file are at UTC+01:00")
    with store.factory() as s:
        assert s.scalar(select(Event.timezone)) == "Asia/Hong_Kong"  # never changed silently
    store.close()
