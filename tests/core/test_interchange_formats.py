"""More of the ecosystem (issue 12, section 3): c3voc schedule2 JSON read and written, the
frab XML of the older schema (voc-schedule-without-person.xml.xsd), and `schedule export
--format` choosing among them. Every export is validated against its schema with the
schema's formats checked (uri, date-time, uuid)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from db.engine import open_store
from desktop.cli import main
from desktop.core.events import create_event
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.importing import import_schedule
from tests.core.schedule_support import (
    SCHEDULES,
    XSD_CLASSIC,
    imported_store,
    schema_errors,
    voc_json_validator,
    voc_xsd,
)

ROOM_A = "2b0a3e5c-9c1f-4a55-8c55-0c2d3e4f5a6b"
ROOM_B = "7f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e"


def _event(n: int, **fields: Any) -> dict[str, Any]:
    ev: dict[str, Any] = {
        "guid": f"00000000-0000-4000-8000-{n:012d}",
        "start": f"2026-12-03T{9 + n:02d}:00:00+08:00",
        "end": f"2026-12-03T{9 + n:02d}:45:00+08:00",
        "room": {"guid": ROOM_A},
        "slug": f"hkai-{n}-talk",
        "url": f"https://example.org/hkai/talk/{n}",
        "title": f"Talk {n}",
        "subtitle": None,
        "track": {"slug": "models"},
        "type": "TALK",
        "language": "en",
        "abstract": None,
        "participants": [],
        "links": [],
    }
    ev.update(fields)
    return ev


def schedule2_file(tmp_path: Path) -> Path:
    """A schedule2 file as another tool writes it (no Confdesk meta): localized texts, a
    BREAK meta event, rooms by guid, tracks by slug, people by guid alone."""
    doc = {
        "$schema": "https://c3voc.de/schema/schedule2",
        "generator": {"name": "hub", "version": "1"},
        "schedule": {
            "version": "v3",
            "conference": {
                "acronym": "hkai2026",
                "title": "Hong Kong AI Summit",
                "start": "2026-12-03T08:00:00+08:00",
                "end": "2026-12-03T20:00:00+08:00",
                "time_zone_name": "Asia/Hong_Kong",
                "url": "https://example.org/hkai",
                "tracks": [
                    {"name": "Models", "slug": "models", "color": "#1f77b4"},
                    {"name": "Policy", "slug": "policy", "color": "#ff7f0e"},
                ],
                "rooms": [
                    {"name": "Hall 1", "guid": ROOM_A, "capacity": 800},
                    {"name": "Room 201", "guid": ROOM_B},
                ],
                "days": [
                    {
                        "index": 1,
                        "date": "2026-12-03",
                        "start": "2026-12-03T08:00:00+08:00",
                        "end": "2026-12-03T20:00:00+08:00",
                    }
                ],
            },
            "events": [
                _event(
                    0,
                    abstract={"en": "Opening words", "zh": "開幕致辭"},
                    participants=[
                        {
                            "name": "陳大文",
                            "guid": "11111111-2222-4333-8444-555555555555",
                            "role": "SPEAKER",
                        }
                    ],
                    links=[
                        {
                            "url": "https://example.org/slides.pdf",
                            "title": "Slides",
                            "type": "SLIDES",
                        },
                        {"url": "https://example.org/feedback/0", "type": "FEEDBACK"},
                    ],
                ),
                _event(
                    1,
                    type="WORKSHOP",
                    room={"guid": ROOM_B, "name": "Room 201"},
                    track={"slug": "policy"},
                    participants=[
                        {
                            "name": "Ada Lovelace",
                            "guid": "66666666-7777-4888-8999-000000000000",
                            "role": "MODERATOR",
                        },
                        {
                            "name": "陳大文",
                            "guid": "11111111-2222-4333-8444-555555555555",
                        },
                    ],
                ),
                {
                    "type": "BREAK",
                    "title": "Lunch",
                    "start": "2026-12-03T12:00:00+08:00",
                    "end": "2026-12-03T13:00:00+08:00",
                    "room": {"guid": ROOM_A},
                },
            ],
        },
    }
    assert schema_errors(voc_json_validator("voc-schedule-schema2.json"), doc) == []
    path = tmp_path / "hkai-schedule2.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def _store(tmp_path: Path, zone: str = "Asia/Hong_Kong") -> Path:
    path = tmp_path / "event.sqlite"
    store = open_store(str(path), create=True)
    with store.session() as s:
        create_event(s, "HK AI", zone)
    store.close()
    return path


def test_a_schedule2_file_from_another_tool_imports(tmp_path: Path) -> None:
    db = _store(tmp_path)
    store = open_store(str(db))
    with store.session() as s:
        report = import_schedule(s, schedule2_file(tmp_path))
    with store.session() as s:
        data = load_schedule(s, None)
    store.close()
    assert (report.format, report.events, report.rooms, report.speakers) == (
        "schedule2 JSON",
        3,
        2,
        2,
    )
    by_title = {x.title: x for x in data.sessions}
    opening, workshop, lunch = by_title["Talk 0"], by_title["Talk 1"], by_title["Lunch"]
    assert (opening.room and opening.room.name, opening.track and opening.track.name) == (
        "Hall 1",
        "Models",
    )
    assert opening.abstract == "Opening words"  # the English of a localized text
    assert [(r.url, r.title, r.type) for r in opening.links] == [
        ("https://example.org/slides.pdf", "Slides", "slides")
    ]
    assert opening.feedback_url == "https://example.org/feedback/0"
    assert opening.start is not None and opening.start.isoformat() == "2026-12-03T09:00:00+08:00"
    assert opening.duration_min == 45
    assert (workshop.type, workshop.room and workshop.room.name) == ("workshop", "Room 201")
    assert [(p.name, p.role) for p in workshop.speakers] == [
        ("Ada Lovelace", "moderator"),
        ("陳大文", "speaker"),
    ]
    # one person in two events, found by guid: one speaker
    assert opening.speakers[0].id == workshop.speakers[1].id
    assert (lunch.type, lunch.duration_min, lunch.track) == ("break", 60, None)
    assert {r.name: r.capacity for r in data.rooms} == {"Hall 1": 800, "Room 201": None}
    assert (data.source_acronym, data.source_title) == ("hkai2026", "Hong Kong AI Summit")


def test_a_schedule2_file_imported_again_is_a_sync(tmp_path: Path) -> None:
    db = _store(tmp_path)
    path = schedule2_file(tmp_path)
    store = open_store(str(db))
    with store.session() as s:
        import_schedule(s, path)
    doc = json.loads(path.read_text("utf-8"))
    events = doc["schedule"]["events"]
    events[0]["start"], events[0]["end"] = "2026-12-03T10:15:00+08:00", "2026-12-03T11:00:00+08:00"
    del events[1]
    path.write_text(json.dumps(doc), "utf-8")
    with store.session() as s:
        report = import_schedule(s, path)
    with store.session() as s:
        data = load_schedule(s, None)
    store.close()
    kinds = sorted(c["kind"] for c in report.changes)
    assert kinds == ["moved", "withdrawn"]
    assert sorted(x.title for x in data.sessions if not x.withdrawn) == ["Lunch", "Talk 0"]


@pytest.mark.parametrize(
    ("events", "said"),
    [
        (["not an event"], "event 1: not an object; skipped"),
        ([{"title": "No time", "room": {"guid": ROOM_A}}], "no readable start; skipped"),
        ([_event(0, room={})], "no room; skipped"),
        ([_event(0, title="")], "no title; skipped"),
    ],
)
def test_a_broken_schedule2_event_is_skipped_and_said(
    tmp_path: Path, capsys, events: list[Any], said: str
) -> None:
    path = schedule2_file(tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    doc["schedule"]["events"] = [*events, _event(5)]
    path.write_text(json.dumps(doc), "utf-8")
    db = _store(tmp_path)
    code = main(["--db", str(db), "schedule", "import", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "imported 1 sessions" in out
    assert said in out


def test_a_schedule2_file_with_no_readable_event_changes_nothing(tmp_path: Path, capsys) -> None:
    path = schedule2_file(tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    doc["schedule"]["events"] = [{"title": "x"}, 7]
    path.write_text(json.dumps(doc), "utf-8")
    db = _store(tmp_path)
    code = main(["--db", str(db), "schedule", "import", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == (
        "confdesk: error: hkai-schedule2.json holds no events that could be read; nothing was imported"
    )
    assert main(["--db", str(db), "schedule", "show"]) == 0
    assert "Talk" not in capsys.readouterr().out


def _export(db: Path, out: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "schedule", "export", str(out), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_format_chooses_the_schema(tmp_path: Path, tmp_path_factory, capsys) -> None:
    source, _report = imported_store("31c3-schedule.xml", tmp_path_factory.getbasetemp())
    db = tmp_path / "31c3.sqlite"
    db.write_bytes(source.read_bytes())

    classic = tmp_path / "classic.xml"
    code, out, err = _export(db, classic, capsys, "--format", "xml-classic")
    assert (code, out.strip(), err) == (0, f"wrote 138 sessions to {classic}", "")
    old = voc_xsd(XSD_CLASSIC)
    assert old.validate(etree.parse(str(classic))), old.error_log
    current = tmp_path / "current.xml"
    assert _export(db, current, capsys)[0] == 0
    # why the choice: the default export (conference url, tracks, codes, new slugs) is not
    # what the older schema accepts
    assert not old.validate(etree.parse(str(current)))

    s2 = tmp_path / "schedule2.json"
    code, out, err = _export(db, s2, capsys, "--format", "schedule2")
    assert code == 0 and out.strip() == f"wrote 138 sessions to {s2}"
    doc = json.loads(s2.read_text("utf-8"))
    assert schema_errors(voc_json_validator("voc-schedule-schema2.json"), doc) == []
    assert len(doc["schedule"]["events"]) == 138
    # 31C3's two opt-outs: the video team is told schedule2 cannot say them
    assert "note: 2 sessions opted out of the recording: schedule2 JSON has no field" in err

    # the suffix alone chooses the frab JSON, as before
    plain = tmp_path / "plain.json"
    code, _out, err = _export(db, plain, capsys)
    doc = json.loads(plain.read_text("utf-8"))
    assert code == 0 and "days" in doc["schedule"]["conference"] and err == ""
    assert schema_errors(voc_json_validator(), doc) == []


def test_export_format_and_suffix_must_agree(tmp_path: Path, tmp_path_factory, capsys) -> None:
    source, _report = imported_store("pretalx-democon.json", tmp_path_factory.getbasetemp())
    db = tmp_path / "democon.sqlite"
    db.write_bytes(source.read_bytes())
    out = tmp_path / "schedule.xml"
    code, _out, err = _export(db, out, capsys, "--format", "schedule2")
    assert code == 2
    assert (
        err.strip() == "confdesk: error: schedule2 is written to a .json file, not 'schedule.xml'"
    )
    assert not out.exists()
    assert main(["--db", str(db), "schedule", "export", str(out), "--format", "yaml"]) == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("name", ["fosdem-2020.xml", "frab-camp2019.json", "pretalx-democon.json"])
def test_schedule2_export_reads_back_in_the_same_event_without_doubles(
    tmp_path: Path, tmp_path_factory, capsys, name: str
) -> None:
    source, _report = imported_store(name, tmp_path_factory.getbasetemp())
    db = tmp_path / "event.sqlite"
    db.write_bytes(source.read_bytes())
    out = tmp_path / "s2.json"
    assert _export(db, out, capsys, "--format", "schedule2")[0] == 0
    assert main(["--db", str(db), "schedule", "import", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "schedule2 JSON"
    assert report["sessions_created"] == 0 and report["speakers_created"] == 0
    assert report["sessions_updated"] == 0, report["changes"][:3]


def test_the_schemas_themselves_are_checked(tmp_path: Path) -> None:
    """Why the validators check formats: a broken guid, url or time is caught."""
    doc = json.loads(schedule2_file(tmp_path).read_text("utf-8"))
    ev = doc["schedule"]["events"][0]
    ev.update(guid="nope", url="not a uri", start="yesterday")
    errors = " ".join(schema_errors(voc_json_validator("voc-schedule-schema2.json"), doc))
    assert "'nope' is not a 'uuid'" in errors
    assert "'not a uri' is not a 'uri'" in errors
    assert "'yesterday' is not a 'date-time'" in errors
    assert SCHEDULES.is_dir()


@pytest.mark.parametrize(
    "content",
    [
        b'{"schedule": {"version": "1", "conference": {"days": []}, "events": [{"start": 1'
        + b"9" * 5000
        + b"}]}}",
        b'{"schedule": {"version": "1", "conference": {}, "events": [{"title": "T", "start": "2026-12-03T09:00:00+08:00", "duration": "\\u00b2", "room": {"name": "A"}}]}}',
    ],
)
def test_hostile_json_is_one_line_or_read(tmp_path: Path, capsys, content: bytes) -> None:
    path = tmp_path / "odd.json"
    path.write_bytes(content)
    db = _store(tmp_path)
    code = main(["--db", str(db), "schedule", "import", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 2) and "Traceback" not in err
    if code == 2:
        assert len(err.strip().splitlines()) == 1
