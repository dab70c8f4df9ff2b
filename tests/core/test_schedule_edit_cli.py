"""`confdesk schedule room|track|session|speaker ...` run as a process on a real SQLite file:
what it prints (times in the event's zone), and refusals that exit 2 with one line and
change nothing."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.tools import confdesk

# Each test starts the command line many times (half a minute in all): in the slow run.
pytestmark = pytest.mark.slow

TALK = "Mixture-of-Experts in Production"  # a demo talk: Main Hall, Thu 03 Dec 11:00-11:30


def sched(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return confdesk("--db", str(db), "schedule", *args)


def ok(db: Path, *args: str) -> str:
    """stdout of a command that must succeed without a word on stderr."""
    proc = sched(db, *args)
    assert (proc.returncode, proc.stderr) == (0, ""), (args, proc.stderr)
    return proc.stdout


def as_json(db: Path, *args: str) -> Any:
    return json.loads(ok(db, *args, "--json"))


def refused(db: Path, *args: str) -> str:
    """The one error line of a command that must be refused with exit 2 and no output."""
    proc = sched(db, *args)
    assert (proc.returncode, proc.stdout) == (2, ""), (args, proc.stdout, proc.stderr)
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("confdesk: error: "), args
    assert "Traceback" not in proc.stderr and "SQL" not in proc.stderr
    return proc.stderr


def row(table: str, ident: int | str) -> list[str]:
    """The words of the table line of record `ident`."""
    return next(line.split() for line in table.splitlines() if line.split()[0] == str(ident))


def talk_of(schedule: dict[str, Any]) -> dict[str, Any]:
    return next(x for x in schedule["sessions"] if x["title"] == TALK)


def test_the_cli_knows_the_models_types_and_statuses() -> None:
    from db.models import SESSION_STATUSES, SESSION_TYPES
    from desktop.cli import schedule_edit

    assert schedule_edit.SESSION_TYPES == SESSION_TYPES
    assert schedule_edit.SESSION_STATUSES == SESSION_STATUSES


def test_rooms_list_add_edit_remove(demo_db: Path) -> None:
    room = as_json(
        demo_db,
        *("room", "add", "Hall C", "--capacity", "80"),
        *("--available", "2026-12-03 09:00-12:00"),
        *("--available", "2026-12-04 18:00-2026-12-05 01:00"),
    )
    rid = room["id"]
    assert (room["name"], room["capacity"], room["position"], room["sessions"]) == (
        "Hall C",
        80,
        4,
        0,
    )
    assert room["availability"] == [
        ["2026-12-03T09:00:00+08:00", "2026-12-03T12:00:00+08:00"],
        ["2026-12-04T18:00:00+08:00", "2026-12-05T01:00:00+08:00"],
    ]
    table = ok(demo_db, "room", "list")
    assert table.splitlines()[0].split() == [
        *("ID", "NAME", "SEATS", "POS", "SESSIONS", "AVAILABLE", "(Asia/Hong_Kong)"),
    ]
    assert row(table, 1)[:5] == ["1", "Main", "Hall", "800", "0"]
    assert " ".join(row(table, rid)) == (
        f"{rid} Hall C 80 4 0 Thu 03 Dec 09:00-12:00, Fri 04 Dec 18:00-Sat 05 Dec 01:00"
    )

    # by name in any case; "none" clears the capacity
    out = ok(
        demo_db,
        *("room", "edit", "hall c", "--name", "Hall D", "--capacity", "none"),
        "--always-available",
    )
    assert out.strip() == f"changed room {rid}: name, capacity, availability"

    # removing a room unschedules its sessions
    talk = talk_of(as_json(demo_db, "show"))
    assert ok(demo_db, "session", "move", str(talk["id"]), "--room", "hall d").strip() == (
        f"moved session {talk['id']} to Hall D, Thu 03 Dec 11:00-11:30"
    )
    out = ok(demo_db, "room", "remove", "Hall D")
    assert out.strip() == f"removed room {rid}; its 1 session(s) are unscheduled now"
    after = as_json(demo_db, "show")
    assert (talk_of(after)["room_id"], talk_of(after)["start"]) == (None, None)
    assert [r["name"] for r in after["rooms"]] == [
        *("Main Hall", "Auditorium", "Breakout Room 1", "Breakout Room 2"),
    ]


def test_tracks_and_local_times_on_an_empty_event(event_db: Path) -> None:
    assert ok(event_db, "room", "list").startswith("no rooms yet")
    track = as_json(event_db, "track", "add", "Robotics", "--color", "#2EA86B")
    tid = track["id"]
    assert (track["name"], track["color"], track["sessions"]) == ("Robotics", "#2ea86b", 0)
    out = ok(event_db, "track", "edit", "robotics", "--name", "Robots", "--color", "#112233")
    assert out.strip() == f"changed track {tid}: name, color"
    assert ok(event_db, "track", "add", "Finance").strip() == f"added track {tid + 1}"
    assert [line.split() for line in ok(event_db, "track", "list").splitlines()] == [
        ["ID", "COLOUR", "SESSIONS", "NAME"],
        [str(tid + 1), "#888888", "0", "Finance"],
        [str(tid), "#112233", "0", "Robots"],
    ]
    assert "#rrggbb" in refused(event_db, "track", "edit", "Robots", "--color", "red")

    # Times are the event's local times: one the clocks skip does not exist.
    zone = confdesk("--db", str(event_db), "event", "set", "--tz", "Europe/Berlin")
    assert zone.returncode == 0, zone.stderr
    assert "2026-03-29 02:30 does not exist in Europe/Berlin" in refused(
        event_db, "room", "add", "Hall", "--available", "2026-03-29 02:30-04:00"
    )
    room = as_json(event_db, "room", "add", "Hall", "--available", "2026-03-29 01:30-04:00")
    assert room["availability"] == [["2026-03-29T01:30:00+01:00", "2026-03-29T04:00:00+02:00"]]
    x = as_json(
        event_db,
        *("session", "add", "Opening", "--room", "Hall", "--start", "2026-03-29 03:00"),
        *("--track", "robots"),
    )
    assert (x["start"], x["end"], x["track_id"], x["room_id"]) == (
        *("2026-03-29T03:00:00+02:00", "2026-03-29T03:30:00+02:00", tid, room["id"]),
    )

    # Removing a track keeps its sessions where they are, with no track.
    out = ok(event_db, "track", "remove", "Robots")
    assert out.strip() == f"removed track {tid}; its 1 session(s) have no track now"
    after = as_json(event_db, "show")
    assert [t["name"] for t in after["tracks"]] == ["Finance"]
    assert [(s["title"], s["track_id"], s["room_id"]) for s in after["sessions"]] == [
        ("Opening", None, room["id"])
    ]
    assert "no track" in refused(event_db, "track", "remove", "Robots")


def test_sessions_add_edit_move_speakers_remove(demo_db: Path) -> None:
    talk = talk_of(as_json(demo_db, "show"))
    x = as_json(
        demo_db,
        *("session", "add", "Soft Robots", "--room", "auditorium"),
        *("--start", "2026-12-04 17:00", "--track", "Robotics & Embodied AI", "--audience", "120"),
    )
    sid = str(x["id"])
    assert (x["room"], x["start"], x["end"], x["type"], x["status"]) == (
        *("Auditorium", "2026-12-04T17:00:00+08:00", "2026-12-04T17:30:00+08:00"),
        *("talk", "draft"),
    )
    assert (x["track"], x["expected_audience"], x["duration_min"]) == (
        *("Robotics & Embodied AI", 120, 30),
    )
    out = ok(
        demo_db,
        *("session", "edit", sid, "--type", "workshop", "--duration", "90"),
        *("--status", "confirmed"),
    )
    assert out.strip() == f"changed session {sid}: type, status, duration_min"
    out = ok(demo_db, "session", "move", sid, "--room", "Main Hall", "--start", "2026-12-04 18:00")
    assert out.strip() == f"moved session {sid} to Main Hall, Fri 04 Dec 18:00-19:30"
    shown = ok(demo_db, "show", "--day", "2026-12-04", "--room", "Main Hall")
    assert "18:00-19:30 Main Hall Soft Robots (workshop)" in [
        " ".join(line.split()) for line in shown.splitlines()
    ]
    table = ok(demo_db, "session", "list", "--day", "2026-12-04", "--room", "main hall")
    assert table.splitlines()[0].split()[:3] == ["ID", "WHEN", "(Asia/Hong_Kong)"]
    assert row(table, sid) == [
        *(sid, "Fri", "04", "Dec", "18:00-19:30", "Main", "Hall"),
        *("workshop", "confirmed", "-", "Soft", "Robots"),
    ]

    # Onto the talk's slot in room 1 (by id): done, with a warning (the core leaves the
    # clash to `schedule conflicts`).
    start = talk["start"][:16].replace("T", " ")  # 2026-12-03 11:00, its local time
    proc = sched(demo_db, "session", "move", sid, "--start", start, "--room", "1", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["start"] == talk["start"]
    assert proc.stderr.startswith("confdesk: warning: ") and "room booked twice" in proc.stderr

    proc = sched(demo_db, "session", "speakers", sid, "37", "19:moderator")
    assert proc.returncode == 0 and "room booked twice" not in proc.stderr  # told already
    assert proc.stdout.strip() == f"session {sid} has 2 speaker(s) now: 37 19:moderator"
    x = as_json(demo_db, "session", "move", sid, "--unschedule")
    assert (x["room_id"], x["start"], x["end"]) == (None, None, None)
    assert [(p["id"], p["role"]) for p in x["speakers"]] == [(37, "speaker"), (19, "moderator")]
    assert ok(demo_db, "session", "remove", sid).strip() == f"removed session {sid}"
    assert int(sid) not in [x["id"] for x in as_json(demo_db, "session", "list")]


def test_speakers_add_link_edit_remove(demo_db: Path) -> None:
    attendee = confdesk("--db", str(demo_db), "attendees", "show", "100", "--json")
    code = json.loads(attendee.stdout)["badge_code"]
    p = as_json(
        demo_db,
        *("speaker", "add", "Ada Lovelace", "--organization", "Analytical Engines"),
        *("--available", "2026-12-03 09:00-12:30"),
        *("--attendee", code.lower()),  # as a scanner types it in Caps Lock
    )
    pid = p["id"]
    assert (p["attendee_id"], p["organization"], p["session_ids"]) == (
        100,
        "Analytical Engines",
        [],
    )
    assert p["availability"] == [["2026-12-03T09:00:00+08:00", "2026-12-03T12:30:00+08:00"]]
    table = ok(demo_db, "speaker", "list")
    assert " ".join(row(table, pid)) == (
        f"{pid} Ada Lovelace Analytical Engines 100 - Thu 03 Dec 09:00-12:30"
    )
    out = ok(demo_db, "speaker", "edit", str(pid), "--name", "Ada King", "--no-attendee")
    assert out.strip() == f"changed speaker {pid}: name, attendee"

    talk = talk_of(as_json(demo_db, "show"))
    already = [str(i) if role == "speaker" else f"{i}:{role}" for i, role in talk["speakers"]]
    ok(demo_db, "session", "speakers", str(talk["id"]), *already, str(pid))
    # the talk is on Thursday at 11:00: a window that leaves it out is kept, with a warning
    proc = sched(
        demo_db,
        *("speaker", "edit", str(pid), "--available", "2026-12-04 09:00-10:00"),
        *("--attendee", "100", "--json"),
    )
    assert proc.returncode == 0 and "speaker not available" in proc.stderr
    p = json.loads(proc.stdout)
    assert (p["name"], p["attendee_id"], p["session_ids"]) == ("Ada King", 100, [talk["id"]])
    out = ok(demo_db, "speaker", "remove", str(pid))
    assert out.strip() == f"removed speaker {pid} from 1 session(s)"
    assert talk_of(as_json(demo_db, "show"))["speakers"] == talk["speakers"]


def test_refusals_change_nothing(demo_db: Path) -> None:
    # Two rooms whose names differ only in case, and a room named like another's id.
    for name in ("Hall X", "hall x", "1"):
        ok(demo_db, "room", "add", name)
    before = ok(demo_db, "show", "--json")
    talk = str(talk_of(json.loads(before))["id"])
    cases = [
        (("session", "move", "9999", "--room", "Main Hall"), "no session with id 9999"),
        (("session", "edit", "abc", "--title", "x"), "a session id is a whole number"),
        (("session", "move", talk, "--start", "2026-12-03 25:00"), "not a date and time"),
        (("session", "move", talk, "--start", "3 Dec 9am"), "'YYYY-MM-DD HH:MM' in the event's"),
        (("session", "move", talk, "--room", "Nowhere"), "no room 'Nowhere'"),
        (("session", "move", talk, "--room", "HALL X"), "'HALL X' is ambiguous"),
        (("room", "edit", "1", "--capacity", "5"), "the id of room 1 and the name of room"),
        (("room", "add", "Main Hall"), "already a room named 'Main Hall'"),
        (("track", "edit", "Plenary", "--name", "AI in Finance"), "already a track named"),
        (("session", "speakers", talk, "37", "9999"), "no speaker with id 9999"),
        (("speaker", "edit", "37", "--available", "2026-12-03 10:00-09:00"), "ends before"),
        (("speaker", "edit", "37", "--attendee", "B1L1-2S-AAAAAAAAAAAA"), "no attendee has"),
        (("speaker", "add", "Nobody", "--attendee", "99999"), "no attendee with id 99999"),
    ]
    names = {p["name"] for p in json.loads(before)["speakers"]}
    for args, words in cases:
        err = refused(demo_db, *args)
        assert words in err, (args, err)
        assert not any(name in err for name in names), err  # no person's data in errors
    assert ok(demo_db, "show", "--json") == before  # the speaker "Nobody" was not kept either
