"""Attendance per session and door (desktop.core.attendance): entries, people, the most
inside at once and inside now, replayed from the doors' scan log, best-attended first; the
same figures in `confdesk lists attendance` (text, JSON) and in its CSV and XLSX export."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from db.models import Attendee
from desktop.cli import main
from desktop.core import checkin_lists as cl
from desktop.core.attendance import attendance
from desktop.core.attendees import add_attendees
from desktop.core.events import current_event, to_utc
from desktop.core.schedule import editing

DAY = dt.date(2027, 1, 16)


def _event(store: Any) -> tuple[list[str], int, int]:
    with store.session() as s:
        ev = current_event(s)
        ev.start_date = ev.end_date = DAY
        ids = add_attendees(s, ev, [{"given_name": n} for n in ("Ann", "Bo", "Cy", "Di")])
        codes = [s.get(Attendee, i).badge_code for i in ids]
        hall = editing.create_room(s, "Hall A", 80)
        talk = editing.create_session(
            s, "Keynote: AI in Hong Kong", room_id=hall, start=dt.datetime(2027, 1, 16, 10, 0)
        )
        keynote = cl.add_list(s, "Keynote door", session_id=talk, exits=True)
        table = cl.add_list(s, "Round table", capacity=8)
    return codes, keynote, table


def _scan(store: Any, code: str, ref: int, exit_scan: bool = False) -> str:
    with store.write_session() as s:
        at = to_utc(current_event(s), dt.datetime(2027, 1, 16, 10, 5))
        return str(cl.scan_list(s, code, ref, "Door", exit_scan=exit_scan, now=at).result.outcome)


def test_attendance_is_replayed_from_the_doors_log(backend_store: Any) -> None:
    store = backend_store
    (ann, bo, cy, di), keynote, table = _event(store)
    steps = [(ann, keynote, False), (bo, keynote, False), (ann, keynote, True),
             (ann, keynote, False), (cy, keynote, False), (cy, keynote, True),
             (ann, keynote, False), (di, table, False)]  # fmt: skip
    got = [_scan(store, code, ref, leaving) for code, ref, leaving in steps]
    assert got == ["checked_in", "checked_in", "exited", "checked_in", "checked_in", "exited",
                   "already", "checked_in"]  # fmt: skip
    with store.session() as s:  # a mistaken scan at the round table is taken back
        table_guest = s.scalar(select(Attendee.id).where(Attendee.badge_code == di))
        assert table_guest is not None
        cl.undo_list_checkin(s, table_guest, table, "Door", reason="wrong table")
    with store.factory() as s:
        found = attendance(s)
    assert [a.name for a in found] == ["Keynote door", "Round table"]  # most people first
    key, tab = found
    assert (key.session_title, key.room, key.capacity) == ("Keynote: AI in Hong Kong", "Hall A", 80)
    assert key.starts is not None and key.starts.strftime("%H:%M") == "10:00"  # event time
    # Ann came in twice, Bo once, Cy once; at most three inside (Ann, Bo, Cy); two now.
    assert (key.entries, key.people, key.peak, key.inside) == (4, 3, 3, 2)
    assert (tab.entries, tab.people, tab.inside, tab.capacity) == (0, 0, 0, 8)
    # The dashboard shows the same rows, and its JSON carries them.
    from desktop.core.dashboard import dashboard_stats

    with store.factory() as s:
        stats = dashboard_stats(s)
    assert stats.attendance == found
    row = json.loads(json.dumps(stats.as_dict()))["attendance"][0]
    assert (row["name"], row["people"], row["peak"]) == ("Keynote door", 3, 3)


def test_the_cli_shows_and_exports_attendance(event_db: Path, tmp_path: Path, capsys: Any) -> None:
    from db.engine import open_store

    store = open_store(str(event_db))
    try:
        (ann, bo, _cy, _di), keynote, _table = _event(store)
        _scan(store, ann, keynote)
        _scan(store, bo, keynote)
    finally:
        store.close()
    db = ["--db", str(event_db)]
    assert main([*db, "lists", "attendance"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[1].split() == ["Keynote", "door", "2", "2", "2", "2", "80"]
    assert main([*db, "lists", "attendance", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["people"] == 2 and rows[0]["starts"].startswith("2027-01-16T10:00")
    out_csv, out_xlsx = tmp_path / "attendance.csv", tmp_path / "attendance.xlsx"
    assert main([*db, "lists", "attendance", "--out", str(out_csv)]) == 0
    assert main([*db, "lists", "attendance", "--out", str(out_xlsx)]) == 0
    capsys.readouterr()
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["List", "Session", "Room", "Starts", "Seats", "Entries", "People",
                        "Peak", "Inside", "Signed up", "No-shows"]  # fmt: skip
    assert table[1][:2] == ["Keynote door", "Keynote: AI in Hong Kong"] and table[1][6] == "2"
    sheet = openpyxl.load_workbook(out_xlsx).active
    assert sheet is not None
    assert [c.value for c in sheet[2]][:3] == ["Keynote door", "Keynote: AI in Hong Kong", "Hall A"]
    assert sheet["D2"].value == dt.datetime(2027, 1, 16, 10, 0) and sheet["G2"].value == 2
    assert main([*db, "dashboard"]) == 0  # the dashboard's text has the same row
    board = capsys.readouterr().out.splitlines()
    head = board.index(next(x for x in board if x.startswith("sessions by attendance")))
    assert board[head + 1].split() == ["Keynote", "door", "2", "2", "2", "80"]
    # A bad file name is one line, and nothing is written.
    assert main([*db, "lists", "attendance", "--out", str(tmp_path / "a.pdf")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "a.pdf").exists()


def _fresh(store: Any) -> list[Any]:
    """Attendance replayed from the start (as by a process that never asked before)."""
    from desktop.core import attendance as att

    with att._REPLAYS_LOCK:
        att._REPLAYS.clear()
    with store.factory() as s:
        return attendance(s)


def test_each_call_reads_only_new_scans_and_agrees_with_a_full_replay(backend_store: Any) -> None:
    """The dashboard asks every few seconds: the replay goes on from where it stopped, and
    always equals one from the start, through new scans, undos and a list removed."""
    import random

    store = backend_store
    codes, keynote, table = _event(store)
    rng = random.Random(7)
    for step in range(40):
        code = rng.choice(codes)
        ref = rng.choice((keynote, table))
        _scan(store, code, ref, exit_scan=ref == keynote and rng.random() < 0.4)
        if step % 5 == 4:
            with store.factory() as s:
                going_on = attendance(s)
            assert going_on == _fresh(store)
    with store.factory() as s:
        attendance(s)  # the replay remembers the round table
    with store.session() as s:
        cl.remove_list(s, table)
    with store.factory() as s:
        after = attendance(s)
    assert [a.name for a in after] == ["Keynote door"] and after == _fresh(store)
    with store.session() as s:  # a new list (on SQLite it may get the removed rows' ids)
        again = cl.add_list(s, "Round table", capacity=8)
    _scan(store, codes[0], again)
    with store.factory() as s:
        got = {a.name: (a.entries, a.people) for a in attendance(s)}
    assert got["Round table"] == (1, 1) and got == {
        a.name: (a.entries, a.people) for a in _fresh(store)
    }


def test_a_scan_committed_after_a_later_one_is_counted(pg_url: str) -> None:
    """On PostgreSQL a scan can commit after one with a higher id (two desks at once): the
    replay that already went past it still counts it."""
    from db.engine import open_store
    from desktop.core.events import create_event

    store = open_store(pg_url, create=True)
    try:
        with store.session() as s:
            create_event(s, "Two desks at once", "Asia/Hong_Kong")
        codes, keynote, table = _event(store)
        slow = store.factory()
        with store.factory() as s:
            at = to_utc(current_event(s), dt.datetime(2027, 1, 16, 10, 5))
        cl.scan_list(slow, codes[0], keynote, "Door A", now=at)  # not committed yet
        slow.flush()
        _scan(store, codes[1], table)  # a higher id, committed first
        with store.factory() as s:
            first = {a.name: a.people for a in attendance(s)}
        assert first == {"Round table": 1, "Keynote door": 0}
        slow.commit()
        slow.close()
        with store.factory() as s:
            second = {a.name: a.people for a in attendance(s)}
        assert second == {"Round table": 1, "Keynote door": 1}
    finally:
        store.close()


def test_a_list_added_in_a_removed_ones_place_starts_at_nothing(store: Any) -> None:
    """Found in review: SQLite gives a new list the id of the newest one removed; the replay
    kept between calls must not give it the removed list's figures."""
    (ann, bo, cy, di), keynote, _table = _event(store)
    with store.session() as s:
        other = cl.add_list(s, "Workshop B", capacity=20)
    for code in (ann, bo, cy):
        assert _scan(store, code, other) == "checked_in"
    assert _scan(store, di, keynote) == "checked_in"  # a later scan elsewhere: the top id stays
    with store.factory() as s:
        assert {a.name: a.people for a in attendance(s)}["Workshop B"] == 3
    with store.session() as s:
        cl.remove_list(s, other)
        again = cl.add_list(s, "Workshop C", capacity=20)
    assert again == other  # the id is the removed list's
    with store.factory() as s:
        assert {a.name: a.people for a in attendance(s)}["Workshop C"] == 0
