"""Sign-ups for round tables and workshops (desktop.core.signups) on SQLite and PostgreSQL:
seats while they last, then a waiting list that moves up when a seat holder cancels; the
door's rule (anyone, signed-up people first, signed-up only); no-shows in the attendance;
the CLI with its exit codes; and two desks signing up for the last seat at once."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import Attendee, AuditLog
from desktop.base.errors import UserError
from desktop.cli import main
from desktop.core import checkin_lists as cl
from desktop.core.attendance import attendance
from desktop.core.attendees import add_attendees
from desktop.core.events import current_event, to_utc
from desktop.core.signups import cancel_signup, sign_up, signups

DAY = dt.date(2027, 1, 16)
NAMES = ("Ann Lee", "Bo Chan", "Cy Wong", "Di Ho", "Ed Lam")


def _people(store: Any, n: int = 5) -> tuple[list[int], list[str]]:
    with store.session() as s:
        ev = current_event(s)
        ev.start_date = ev.end_date = DAY
        rows = [{"given_name": g, "family_name": f} for g, f in (x.split() for x in NAMES[:n])]
        ids = add_attendees(s, ev, rows)
        return ids, [s.get(Attendee, i).badge_code for i in ids]


def _scan(store: Any, code: str, ref: str) -> tuple[str, str]:
    with store.write_session() as s:
        at = to_utc(current_event(s), dt.datetime(2027, 1, 16, 14, 0))
        done = cl.scan_list(s, code, ref, "Door", now=at)
    return str(done.result.outcome), done.result.message


def test_seats_then_a_waiting_list_that_moves_up(backend_store: Any) -> None:
    store = backend_store
    (ann, bo, cy, di, _ed), _codes = _people(store)
    with store.session() as s:
        cl.add_list(s, "Round table: AI safety", capacity=2)
    got = []
    for who in (ann, bo, cy, di):
        with store.session() as s:
            got.append(sign_up(s, "Round table: AI safety", who, "Desk 1").message)
    assert got == [
        "Ann Lee holds seat 1 at Round table: AI safety",
        "Bo Chan holds seat 2 at Round table: AI safety",
        "Cy Wong is number 1 on the waiting list for Round table: AI safety",
        "Di Ho is number 2 on the waiting list for Round table: AI safety",
    ]
    with store.session() as s, pytest.raises(UserError, match="already") as err:
        sign_up(s, "Round table: AI safety", ann)
    assert err.value.exit_code == 3
    with store.session() as s:  # a waiting person cancels: nobody moves
        assert cancel_signup(s, "Round table: AI safety", di).moved_up == ""
    with store.session() as s:  # a seat holder cancels: the first waiting takes the seat
        done = cancel_signup(s, "Round table: AI safety", ann, reason="flight moved")
    assert done.message == "Ann Lee is off Round table: AI safety; Cy Wong moved up into the seat"
    with store.factory() as s:
        now = [(x.name, x.waiting, x.place) for x in signups(s, "Round table: AI safety")]
        actions = list(s.scalars(select(AuditLog.action).order_by(AuditLog.id)))
    assert now == [("Bo Chan", False, 1), ("Cy Wong", False, 2)]
    assert actions.count("signup.add") == 4 and actions.count("signup.move_up") == 1
    with store.session() as s, pytest.raises(UserError, match="takes no sign-ups"):
        sign_up(s, "Badge pickup", bo)


def test_the_door_admits_the_signed_up_first(backend_store: Any) -> None:
    store = backend_store
    (ann, bo, *_others), codes = _people(store)
    ann_code, bo_code, cy_code, di_code, ed_code = codes
    with store.session() as s:
        cl.add_list(s, "Workshop", capacity=3, admit="signed_first")
        cl.add_list(s, "Masterclass", capacity=10, admit="signed_only")
        for who in (ann, bo):
            sign_up(s, "Workshop", who)
        sign_up(s, "Masterclass", ann)
    # Two seats are held for Ann and Bo: one walk-up gets the third, the next is turned away
    # though the room is not full, and Bo still gets in.
    assert _scan(store, cy_code, "Workshop")[0] == "checked_in"
    outcome, words = _scan(store, di_code, "Workshop")
    assert outcome == "full"
    assert words == ("Full for walk-ups: 2 of the 3 seats are held for signed-up people (Workshop)")
    assert _scan(store, bo_code, "Workshop")[0] == "checked_in"
    assert _scan(store, ann_code, "Workshop")[0] == "checked_in"
    assert _scan(store, ed_code, "Workshop")[0] == "full"
    # Signed-up only: others are told why.
    assert _scan(store, bo_code, "Masterclass") == ("not_on_list", "Not signed up for Masterclass")
    with store.factory() as s:
        rows = {a.name: a for a in attendance(s)}
        info = {x.name: x for x in cl.lists(s, ensure=False)}
    assert (rows["Workshop"].signed, rows["Workshop"].no_shows) == (2, 0)
    assert (rows["Masterclass"].signed, rows["Masterclass"].no_shows) == (1, 1)
    assert info["Workshop"].rule.endswith("3 seats; signed-up people first")


def test_two_desks_and_the_last_seat(pg_url: str) -> None:
    """Two desks sign two people up for the last seat at the same moment on one server:
    one seat, one waiting place."""
    from db.engine import open_store
    from desktop.core.events import create_event

    store = open_store(pg_url, create=True)
    try:
        with store.session() as s:
            ev = create_event(s, "Tables", start_date=DAY)
            ids = add_attendees(s, ev, [{"given_name": "P1"}, {"given_name": "P2"}])
            cl.add_list(s, "Table 1", capacity=1)
        start = threading.Barrier(2)
        got: list[bool] = []

        def desk(n: int) -> None:
            start.wait()
            with store.session() as s:
                got.append(sign_up(s, "Table 1", ids[n], f"Desk {n}").waiting)

        threads = [threading.Thread(target=desk, args=(n,)) for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(got) == [False, True]
    finally:
        store.close()


def test_the_cli_signs_up_and_cancels(event_db: Path, capsys: Any) -> None:
    from db.engine import open_store

    store = open_store(str(event_db))
    try:
        (ann, bo, *_rest), _codes = _people(store, 2)
    finally:
        store.close()
    db = ["--db", str(event_db)]
    assert main([*db, "lists", "add", "Table 2", "--capacity", "1", "--admit", "signed_only"]) == 0
    assert "signed-up people only" in capsys.readouterr().out
    assert main([*db, "lists", "signup", "Table 2", str(ann)]) == 0
    assert main([*db, "lists", "signup", "Table 2", str(bo), "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Ann Lee holds seat 1 at Table 2"
    assert json.loads("\n".join(out[1:]))["waiting"] is True
    assert main([*db, "lists", "signup", "Table 2", str(ann)]) == 3  # already
    assert main([*db, "lists", "signup", "Table 2", "99999"]) == 4  # no such attendee
    capsys.readouterr()
    assert main([*db, "lists", "signup", "Table 2", str(ann), "--cancel", "--reason", "ill"]) == 0
    assert "Bo Chan moved up" in capsys.readouterr().out
    assert main([*db, "lists", "signups", "Table 2"]) == 0
    assert capsys.readouterr().out.split() == ["seat", "1", str(bo), "Bo", "Chan"]
    assert main([*db, "lists", "add", "Table 3", "--admit", "everyone"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_sign_ups_come_from_a_column_of_the_registrations(
    event_db: Path, tmp_path: Path, capsys: Any
) -> None:
    """A registration export with a Workshops column: imported, then each value signs its
    person up (the first to register hold the seats); a value naming no list refuses the
    whole column in one line; a dry run and a re-run change nothing."""
    sheet = tmp_path / "registrations.csv"
    sheet.write_text(
        "First name,Last name,Email,Workshops\n"
        "Ann,Lee,ann@x.example,AI safety; Prompt security\n"
        "Bo,Chan,bo@x.example,ai safety\n"
        "Cy,Wong,cy@x.example,\n"
        "Di,Ho,di@x.example,AI Safety|Data\n",
        encoding="utf-8",
    )
    db = ["--db", str(event_db)]
    assert main([*db, "attendees", "import", str(sheet)]) == 0
    assert main([*db, "lists", "add", "Round table: AI safety", "--capacity", "2"]) == 0
    assert main([*db, "lists", "add", "Prompt security", "--capacity", "30"]) == 0
    capsys.readouterr()
    rule = ["--value", "AI safety=Round table: AI safety"]
    assert main([*db, "lists", "signups-import", "Workshops", *rule]) == 2  # "Data": no list
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "names no list for 'Data'" in err
    assert "nobody was signed up" in err and "ann@" not in err
    rule += ["--value", "data=Prompt security"]
    assert main([*db, "lists", "signups-import", "Workshops", *rule, "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("would sign up 5 ")
    from db.engine import open_store

    store = open_store(str(event_db))
    try:
        with store.factory() as s:
            assert signups(s, "Round table: AI safety") == []  # the dry run changed nothing
    finally:
        store.close()
    assert main([*db, "lists", "signups-import", "Workshops", *rule, "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert (done["people"], done["signed"], done["waiting"]) == (3, 4, 1)
    assert done["by_list"] == {"Round table: AI safety": 3, "Prompt security": 2}
    assert main([*db, "lists", "signups", "Round table: AI safety"]) == 0
    table = [line.split()[:2] + line.split()[3:] for line in capsys.readouterr().out.splitlines()]
    assert table == [["seat", "1", "Ann", "Lee"], ["seat", "2", "Bo", "Chan"],
                     ["waiting", "1", "Di", "Ho"]]  # fmt: skip
    assert main([*db, "lists", "signups-import", "Workshops", *rule, "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["signed"], again["waiting"], again["already"]) == (0, 0, 5)
    assert main([*db, "lists", "signups-import", "Sessions"]) == 2
    assert "no registration has a column 'Sessions'" in capsys.readouterr().err
