"""Exporting: frab XML valid against the XSD, JSON valid against the schema, iCalendar, and
import -> export -> re-import giving the same sessions, rooms, times and speakers.

Needs lxml and jsonschema (test dependencies).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest
from lxml import etree
from sqlalchemy import select

from db.engine import open_store
from db.models import Event
from desktop.base.errors import UserError
from desktop.base.schedule import ScheduleData
from desktop.core.events import create_event
from desktop.core.schedule import editing as ed
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.exporting import plan_export
from desktop.core.schedule.interchange.frab_json import export_json
from desktop.core.schedule.interchange.frab_xml import export_xml
from desktop.core.schedule.interchange.ical import export_ical
from desktop.core.schedule.interchange.importing import import_schedule
from tests.conftest import TEST_DATA
from tests.core.schedule_support import REAL_FILES, imported_store, voc_json_validator, voc_xsd

SCHEDULES = TEST_DATA / "schedules"
FILES = list(REAL_FILES)


@pytest.fixture(scope="module")
def xsd() -> etree.XMLSchema:
    return voc_xsd()


@pytest.fixture(scope="module")
def json_validator():
    return voc_json_validator()


def fresh_store(tmp: Path, name: str = "s.sqlite"):
    """An empty event whose zone nobody chose: the file imported into it gives it its zone."""
    store = open_store(str(tmp / name), create=True)
    with store.session() as s:
        create_event(s, "Round Trip Conference")
    return store


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ScheduleData]:
    out = {}
    for name in FILES:
        path, _report = imported_store(name, tmp_path_factory.getbasetemp())
        store = open_store(str(path))
        with store.session() as s:
            out[name] = load_schedule(s)
        store.close()
    return out


def canonical(data: ScheduleData) -> set[tuple]:
    """What must survive a round trip: title, room, start instant, duration, speakers."""
    return {
        (
            x.title,
            x.room.name if x.room else None,
            x.start.astimezone(dt.UTC) if x.start else None,
            x.duration_min,
            x.type,
            x.track.name if x.track else None,
            tuple(sorted(p.name for p in x.speakers)),
        )
        for x in data.sessions
    }


@pytest.mark.parametrize("name", FILES)
def test_exported_xml_validates(loaded, xsd, name: str) -> None:
    raw = export_xml(loaded[name])
    doc = etree.fromstring(raw)
    assert xsd.validate(doc), xsd.error_log
    assert len(doc.findall("day/room/event")) == len(loaded[name].sessions)


def test_real_files_themselves_do_not_validate(xsd) -> None:
    """Why the importer is lenient: the schema rejects the real files as published."""
    for name in ("31c3-schedule.xml", "debconf23-schedule.xml", "fosdem-2020.xml"):
        assert not xsd.validate(etree.parse(str(SCHEDULES / name)))


@pytest.mark.parametrize("name", FILES)
def test_exported_json_validates(loaded, json_validator, name: str) -> None:
    doc = json.loads(export_json(loaded[name]))
    errors = [e.message for e in json_validator.iter_errors(doc)]
    assert errors == []
    events = [
        e for d in doc["schedule"]["conference"]["days"] for evs in d["rooms"].values() for e in evs
    ]
    assert len(events) == len(loaded[name].sessions)


@pytest.mark.parametrize("fmt", ["xml", "json"])
@pytest.mark.parametrize(
    "name",
    [
        "31c3-schedule.xml",
        "pretalx-democon.json",
        pytest.param("fosdem-2020.xml", marks=pytest.mark.slow),
    ],
)
def test_round_trip(loaded, tmp_path: Path, name: str, fmt: str) -> None:
    first = loaded[name]
    out = tmp_path / f"export.{fmt}"
    out.write_bytes(export_xml(first) if fmt == "xml" else export_json(first))
    store = fresh_store(tmp_path, "again.sqlite")
    with store.session() as s:
        report = import_schedule(s, out)
        assert report.skipped == []
    with store.session() as s:
        again = load_schedule(s)
    store.close()
    assert canonical(again) == canonical(first)
    assert [r.name for r in again.rooms] == [r.name for r in first.rooms]
    assert again.timezone == first.timezone
    assert again.days == first.days
    assert {p.name for p in again.speakers} == {p.name for p in first.speakers}
    assert len(again.speakers) == len(first.speakers)
    kept = {x.guid for x in first.sessions if len(x.guid) == 36}
    assert kept <= {x.guid for x in again.sessions}  # UUID guids survive as they are


def test_round_trip_keeps_roles_plenary_and_unicode(
    store, tmp_path: Path, json_validator, xsd
) -> None:
    """Our own schedule (roles, Chinese names, a plenary) through XML and JSON."""
    with store.session() as s:
        s.scalar(select(Event)).start_date = dt.date(2026, 9, 27)
        hall = ed.create_room(s, "Main Hall 主會場", 500)
        side = ed.create_room(s, "Room 2", 80)
        ai = ed.create_track(s, "AI & Society", "#3366cc")
        ada = ed.create_speaker(s, "Ada Lovelace")
        wong = ed.create_speaker(s, "Wong Ka Yan", name_local="黃嘉欣")
        panel = ed.create_session(
            s,
            "Panel: 人工智能",
            "panel",
            room_id=hall,
            start=dt.datetime(2026, 9, 27, 10),
            track_id=ai,
        )
        ed.set_session_speakers(s, panel, [(wong, "moderator"), (ada, "panelist")])
        lunch = ed.create_session(
            s, "Lunch", "plenary", room_id=hall, start=dt.datetime(2026, 9, 27, 12)
        )
        talk = ed.create_session(s, "A talk", room_id=side, start=dt.datetime(2026, 9, 28, 9, 30))
        ed.set_session_speakers(s, talk, [ada])
        ed.create_session(s, "Not placed")  # unscheduled: left out, reported
        first = load_schedule(s)
    assert lunch
    raw_json = export_json(first)
    assert [e.message for e in json_validator.iter_errors(json.loads(raw_json))] == []
    raw_xml = export_xml(first)
    assert xsd.validate(etree.fromstring(raw_xml)), xsd.error_log
    placed = {t for t in canonical(first) if t[2] is not None}
    for fmt, raw in (("json", raw_json), ("xml", raw_xml)):
        path = tmp_path / f"ours.{fmt}"
        path.write_bytes(raw)
        other = fresh_store(tmp_path, f"{fmt}.sqlite")
        with other.session() as s:
            import_schedule(s, path)
            again = load_schedule(s)
        other.close()
        assert canonical(again) == placed
        lunch_again = next(x for x in again.sessions if x.title == "Lunch")
        assert lunch_again.plenary
        panel_again = next(x for x in again.sessions if x.title == "Panel: 人工智能")
        roles = [(p.name, p.role) for p in panel_again.speakers]
        if fmt == "json":  # the XML schema has no place for roles; JSON keeps them
            assert roles == [("Wong Ka Yan", "moderator"), ("Ada Lovelace", "panelist")]
        else:
            assert [n for n, _r in roles] == ["Wong Ka Yan", "Ada Lovelace"]


def test_ical_whole_room_speaker(loaded) -> None:
    data = loaded["31c3-schedule.xml"]
    raw, count = export_ical(data)
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    assert count == len(events) == len(data.sessions)
    assert cal.walk("VTIMEZONE"), "the calendar carries its time zone"
    opening = next(e for e in events if str(e["SUMMARY"]) == "31C3 Opening Event")
    assert opening.decoded("DTSTART") == dt.datetime.fromisoformat("2014-12-27T11:00:00+01:00")
    assert str(opening["LOCATION"]) == "Saal 1"
    assert "erdgeist" in str(opening["DESCRIPTION"])
    raw_room, n_room = export_ical(data, room="saal 1")
    expected_room = sum(1 for x in data.sessions if x.room and x.room.name == "Saal 1")
    assert n_room == expected_room == len(icalendar.Calendar.from_ical(raw_room).walk("VEVENT"))
    speaker = next(p for p in data.speakers if p.name == "erdgeist")
    raw_sp, n_sp = export_ical(data, speaker="Erdgeist")
    expected = sum(1 for x in data.sessions if any(p.id == speaker.id for p in x.speakers))
    assert n_sp == expected >= 1
    assert len(icalendar.Calendar.from_ical(raw_sp).walk("VEVENT")) == expected


def test_export_filters_reject_unknown_names(loaded) -> None:
    with pytest.raises(UserError, match="no room named 'Nowhere'"):
        export_ical(loaded["pretalx-democon.json"], room="Nowhere")
    with pytest.raises(UserError, match="no speaker named"):
        plan_export(loaded["pretalx-democon.json"], speaker="Nobody At All")


@pytest.mark.parametrize("suffix", [".xml", ".json", ".ics"])
def test_an_empty_schedule_is_refused_and_writes_nothing(
    event_db: Path, tmp_path: Path, capsys, suffix: str
) -> None:
    from desktop.cli import main

    out = tmp_path / f"empty{suffix}"
    assert main(["--db", str(event_db), "schedule", "export", str(out)]) == 2
    err = capsys.readouterr().err
    assert "nothing to export: no session has a time and a room yet" in err
    assert not out.exists()
