"""Check-in lists (desktop.core.checkin_lists) on SQLite and PostgreSQL: the badge pickup and
the day lists every event gets, organizers' lists with categories, hours and doors, what each
rule says, exactly once per list (also with several desks at once on one server), undo per
list, and the CLI with its exit codes."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import ListScan
from desktop.base.errors import UserError
from desktop.cli import main
from desktop.core import checkin_lists as cl
from desktop.core.attendees import add_attendees
from desktop.core.checkin import Outcome
from desktop.core.events import current_event, to_utc

DAY1, DAY2 = dt.date(2027, 1, 16), dt.date(2027, 1, 17)


def _at(day: dt.date, clock: str, store: Any) -> dt.datetime:
    """Naive UTC of a local time of the event (Hong Kong)."""
    with store.factory() as s:
        local = dt.datetime.combine(day, dt.time.fromisoformat(clock))
        return to_utc(current_event(s), local)


@pytest.fixture
def event(backend_store: Any) -> Any:
    with backend_store.session() as s:
        ev = current_event(s)
        ev.start_date, ev.end_date = DAY1, DAY2
        ids = add_attendees(
            s,
            ev,
            [
                {"given_name": "Tai Man", "family_name": "Chan", "category": "press"},
                {"given_name": "Mei", "family_name": "Wong", "category": "vip"},
                {"given_name": "Ana", "family_name": "Silva", "category": "attendee"},
            ],
        )
        from db.models import Attendee

        codes = {i: s.get(Attendee, i).badge_code for i in ids}
    return backend_store, ids, codes


def _outcome(store: Any, code: str, ref: str | int, at: dt.datetime, **kw: Any) -> tuple[str, str]:
    with store.session() as s:
        done = cl.scan_list(s, code, ref, "Desk 1", "amy", now=at, **kw)
    return str(done.result.outcome), done.result.message


def test_every_event_has_its_pickup_and_day_lists(event: Any) -> None:
    store, _, _ = event
    with store.session() as s:
        got = [(x.name, x.kind, x.day) for x in cl.lists(s)]
        cl.ensure_lists(s)  # again: nothing doubles
        assert len(cl.lists(s)) == 3
    assert got == [
        ("Badge pickup", "pickup", None),
        ("Day 1 - 16 Jan", "day", DAY1),
        ("Day 2 - 17 Jan", "day", DAY2),
    ]


def test_a_day_list_admits_once_on_its_day(event: Any) -> None:
    store, (tai, *_), codes = event
    morning = _at(DAY2, "08:30", store)
    assert _outcome(store, codes[tai], "Day 1 - 16 Jan", morning) == (
        "outside_hours",
        "Not today: this list is for 16 Jan",
    )
    assert _outcome(store, codes[tai], "day 2 - 17 JAN", morning) == (
        "checked_in",
        "Checked in for Day 2 - 17 Jan",
    )
    kind, message = _outcome(store, codes[tai], "Day 2 - 17 Jan", morning)
    assert (
        kind == "already" and message == "Already checked in for Day 2 - 17 Jan at 08:30 at Desk 1"
    )
    with store.factory() as s:
        rows = s.scalars(select(ListScan.result).order_by(ListScan.id)).all()
    assert rows == ["outside_hours", "checked_in", "already"]


def test_categories_hours_and_a_door_with_exits(event: Any) -> None:
    store, (tai, mei, ana), codes = event
    with store.session() as s:
        cl.add_list(
            s, "Press room", categories=["press"], opens="08:00", closes="18:00", exits=True
        )
    early, noon, late = (_at(DAY1, t, store) for t in ("07:59", "12:00", "18:00"))
    assert _outcome(store, codes[tai], "Press room", early)[1] == (
        "Outside this list's hours (opens 08:00)"
    )
    assert _outcome(store, codes[tai], "Press room", late)[1] == (
        "Outside this list's hours (closed at 18:00)"
    )
    assert _outcome(store, codes[ana], "Press room", noon) == (
        "not_on_list",
        "Not on this list: press only",
    )
    assert _outcome(store, codes[tai], "Press room", noon)[0] == "checked_in"
    assert _outcome(store, codes[tai], "Press room", noon)[1].endswith("(inside)")
    assert _outcome(store, codes[tai], "Press room", noon, exit_scan=True) == (
        "exited",
        "Checked out of Press room",
    )
    assert _outcome(store, codes[tai], "Press room", noon, exit_scan=True)[0] == "already"
    assert _outcome(store, codes[tai], "Press room", noon) == ("checked_in", "In again: Press room")
    with store.session() as s:
        room = next(x for x in cl.lists(s) if x.name == "Press room")
        # A list without exits refuses an exit scan; the pickup has none either.
        assert _outcome(store, codes[mei], "Day 1 - 16 Jan", noon, exit_scan=True)[0] == "invalid"
        with pytest.raises(UserError, match="no exit scans"):
            cl.scan_list(s, codes[mei], "Badge pickup", "Desk 1", exit_scan=True)
    assert (room.checked_in, room.inside) == (1, 1)


def test_the_pickup_on_a_later_day_checks_in_for_that_day(event: Any) -> None:
    store, (tai, *_), codes = event
    with store.session() as s:
        first = cl.scan_list(s, codes[tai], "Badge pickup", "Desk 1")
    assert first.result.outcome is Outcome.CHECKED_IN and first.list_name == "Badge pickup"
    # Say the badge was picked up at 09:00 on the 16th: on the 17th the pickup desk checks
    # the person in for day 2 instead of saying "already", and prints nothing.
    picked = _at(DAY1, "09:00", store)
    with store.session() as s:
        from db.models import Attendee

        s.get(Attendee, tai).checked_in_at = picked
    kind, message = _outcome(store, codes[tai], "Badge pickup", _at(DAY2, "08:45", store))
    assert kind == "checked_in"
    assert message == "Checked in for Day 2 - 17 Jan (badge picked up on 16 Jan)"
    kind, message = _outcome(store, codes[tai], "Badge pickup", _at(DAY2, "09:00", store))
    assert kind == "already" and message.startswith("Already checked in for Day 2 - 17 Jan")


def test_undo_takes_a_person_off_one_list(event: Any) -> None:
    store, (tai, mei, _), codes = event
    noon = _at(DAY1, "12:00", store)
    assert _outcome(store, codes[tai], "Day 1 - 16 Jan", noon)[0] == "checked_in"
    with store.session() as s:
        with pytest.raises(UserError, match="give a reason"):
            cl.undo_list_checkin(s, tai, "Day 1 - 16 Jan", "Desk 1")
        assert "undone" in cl.undo_list_checkin(s, tai, "Day 1 - 16 Jan", "Desk 1", "", "wrong")
    with store.session() as s, pytest.raises(UserError, match="not checked in for Day 1"):
        cl.undo_list_checkin(s, mei, "Day 1 - 16 Jan", "Desk 1", "", "wrong")
    assert _outcome(store, codes[tai], "Day 1 - 16 Jan", noon)[0] == "checked_in"


def test_undo_on_the_badge_pickup_keeps_its_reason_desk_and_operator(event: Any) -> None:
    from db.models import AuditLog, CheckIn

    store, (tai, _, _), codes = event
    with store.session() as s:
        assert str(cl.scan_list(s, codes[tai], cl.PICKUP, "Desk 2", "amy").result.outcome) == (
            "checked_in"
        )
    with store.session() as s:
        cl.undo_list_checkin(s, tai, cl.PICKUP, "Desk 2", "amy", "scanned by mistake")
    with store.factory() as s:
        undo = s.execute(
            select(CheckIn.desk, CheckIn.operator, CheckIn.reason).where(CheckIn.result == "undo")
        ).one()
        audit = s.execute(
            select(AuditLog.desk, AuditLog.operator, AuditLog.details).where(
                AuditLog.action == "checkin.undo"
            )
        ).one()
    assert tuple(undo) == ("Desk 2", "amy", "scanned by mistake")
    assert audit[:2] == ("Desk 2", "amy") and audit[2]["reason"] == "scanned by mistake"


def test_bad_lists_are_refused_and_change_nothing(event: Any) -> None:
    store, _, _ = event
    with store.session() as s:
        for kw, why in [
            ({"categories": ["journalists"]}, "unknown category"),
            ({"opens": "25:00"}, "time of day"),
            ({"opens": "14:00", "closes": "13:00"}, "closes"),
            ({"day": dt.date(2030, 1, 1)}, "not one of the event's days"),
            ({"room": "Nowhere"}, "no room named"),
            ({"session_id": 999}, "no session"),
        ]:
            with pytest.raises(UserError, match=why):
                cl.add_list(s, "X", **kw)
        with pytest.raises(UserError, match="already"):
            cl.add_list(s, "badge PICKUP")
        with pytest.raises(UserError, match="stays"):
            cl.remove_list(s, "Day 1 - 16 Jan")
        assert [x.name for x in cl.lists(s)] == ["Badge pickup", "Day 1 - 16 Jan", "Day 2 - 17 Jan"]


@pytest.mark.postgres
def test_exactly_one_of_four_desks_admits_at_once(pg_url: str) -> None:
    """Four desks scan the same badge on one list at the same moment, on one PostgreSQL
    server: one admits, three say already."""
    from db.engine import open_store
    from db.models import Attendee
    from desktop.core.events import create_event

    store = open_store(pg_url, create=True)
    try:
        with store.session() as s:
            ev = create_event(s, "Doors", start_date=DAY1)
            (aid,) = add_attendees(s, ev, [{"given_name": "Kit", "family_name": "Man"}])
            code = s.get(Attendee, aid).badge_code
            cl.add_list(s, "Hall A door")
        at = _at(DAY1, "10:00", store)
        start = threading.Barrier(4)
        got: list[str] = []

        def desk(n: int) -> None:
            start.wait()
            with store.session() as s:
                got.append(
                    str(cl.scan_list(s, code, "Hall A door", f"Desk {n}", now=at).result.outcome)
                )

        threads = [threading.Thread(target=desk, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(got) == ["already", "already", "already", "checked_in"]
    finally:
        store.close()


def test_the_cli_lists_adds_and_checks_in(event_db: Path, capsys: Any) -> None:
    db = ["--db", str(event_db)]
    assert main([*db, "event", "set", "--start", "2027-01-16", "--end", "2027-01-17"]) == 0
    capsys.readouterr()
    assert main([*db, "attendees", "add", "--given", "Tai", "--category", "press", "--json"]) == 0
    code = json.loads(capsys.readouterr().out)["badge_code"]
    assert main([*db, "lists", "add", "VIP lounge", "--categories", "vip", "--day", "2"]) == 0
    assert "17 Jan; vip only" in capsys.readouterr().out
    assert main([*db, "lists", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(x["name"], x["checked_in"]) for x in shown] == [
        ("Badge pickup", 1),  # `attendees add` checks the walk-in in
        ("Day 1 - 16 Jan", 0),
        ("Day 2 - 17 Jan", 0),
        ("VIP lounge", 0),
    ]
    assert main([*db, "checkin", code, "--list", "VIP lounge"]) == 4
    assert "Not on this list: vip only" in capsys.readouterr().out
    assert main([*db, "checkin", code, "--list", "Badge pickup"]) == 3
    assert main([*db, "checkin", code, "--list", "Nowhere"]) == 2
    err = capsys.readouterr().err
    assert "no check-in list 'Nowhere'" in err and "VIP lounge" in err
    assert main([*db, "checkin", code, "--exit"]) == 2
    assert "--exit and --override go with --list" in capsys.readouterr().err
    assert main([*db, "lists", "remove", "VIP lounge"]) == 0
    assert main([*db, "lists", "remove", "Badge pickup"]) == 2


def test_a_door_admits_up_to_its_seats(event: Any) -> None:
    store, (tai, mei, ana), codes = event
    with store.session() as s:
        door = cl.add_list(s, "Round table", exits=True, capacity=2)
    noon = _at(DAY1, "12:00", store)
    assert _outcome(store, codes[tai], door, noon) == (
        "checked_in",
        "Checked in for Round table · 1 / 2",
    )
    assert _outcome(store, codes[mei], door, noon) == (
        "checked_in",
        "Checked in for Round table · 2 / 2, nearly full",
    )
    with store.session() as s:
        full = cl.scan_list(s, codes[ana], door, "Desk 1", now=noon)
    assert str(full.result.outcome) == "full" and full.exit_code == 5
    assert full.result.message == "Full: 2 / 2 (Round table)"
    assert _outcome(store, codes[tai], door, noon, exit_scan=True)[0] == "exited"
    assert _outcome(store, codes[ana], door, noon)[0] == "checked_in"
    assert _outcome(store, codes[tai], door, noon) == ("full", "Full: 2 / 2 (Round table)")
    # Staff let one more in, saying why: admitted, and the audit log keeps the reason.
    kind, message = _outcome(store, codes[tai], door, noon, override="the speaker's assistant")
    assert (kind, message) == ("checked_in", "In again: Round table over capacity: 3 / 2")
    with store.factory() as s:
        from db.models import AuditLog

        over = s.scalars(select(AuditLog).where(AuditLog.action == "list.over_capacity")).one()
        assert over.details["reason"] == "the speaker's assistant" and over.desk == "Desk 1"
        assert [x.capacity for x in cl.lists(s) if x.name == "Round table"] == [2]


def test_a_room_door_has_the_rooms_seats(event: Any) -> None:
    store, (tai, mei, _), codes = event
    from desktop.core.schedule import editing

    with store.session() as s:
        editing.create_room(s, "Hall A", 1)
        cl.add_list(s, "Hall A door", room="Hall A", exits=True)
    noon = _at(DAY1, "12:00", store)
    assert _outcome(store, codes[tai], "Hall A door", noon)[1].endswith("1 / 1, nearly full")
    assert _outcome(store, codes[mei], "Hall A door", noon)[0] == "full"


@pytest.mark.postgres
def test_six_people_at_a_door_of_three_seats_at_once(pg_url: str) -> None:
    """Six desks admit six people to three seats at the same moment on one server: three
    are in, three are told it is full, and the door counts three."""
    from db.engine import open_store
    from db.models import Attendee
    from desktop.core.events import create_event

    store = open_store(pg_url, create=True)
    try:
        with store.session() as s:
            ev = create_event(s, "Seats", start_date=DAY1)
            ids = add_attendees(s, ev, [{"given_name": f"P{i}"} for i in range(6)])
            codes = [s.get(Attendee, i).badge_code for i in ids]
            cl.add_list(s, "Workshop", capacity=3)
        at = _at(DAY1, "10:00", store)
        start = threading.Barrier(6)
        got: list[str] = []

        def desk(n: int) -> None:
            start.wait()
            with store.session() as s:
                done = cl.scan_list(s, codes[n], "Workshop", f"Desk {n}", now=at)
                got.append(str(done.result.outcome))

        threads = [threading.Thread(target=desk, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(got) == ["checked_in"] * 3 + ["full"] * 3
        with store.factory() as s:
            assert [x.checked_in for x in cl.lists(s) if x.name == "Workshop"] == [3]
    finally:
        store.close()


def test_occupancy_never_drifts_from_the_log(backend_store: Any) -> None:
    """Four desks scan people in and out of a door with seats at random, at once, with a few
    undos: replaying the scan log gives exactly the people the door counts inside, and the
    door never had more inside than its seats."""
    import random

    from db.models import Attendee, ListPresence

    store = backend_store
    with store.session() as s:
        ev = current_event(s)
        ev.start_date = ev.end_date = DAY1
        ids = add_attendees(s, ev, [{"given_name": f"Guest {i}"} for i in range(24)])
        codes = {i: s.get(Attendee, i).badge_code for i in ids}
        door = cl.add_list(s, "Round table door", capacity=10, exits=True)
    at = _at(DAY1, "11:00", store)
    start = threading.Barrier(4)
    errors: list[BaseException] = []
    answers: list[str] = []

    def desk(n: int) -> None:
        rng = random.Random(n)  # each desk its own, repeatable, sequence
        start.wait()
        try:
            for _ in range(60):
                aid = rng.choice(ids)
                with store.write_session() as s:  # as the desk's and the CLI's scans
                    if rng.random() < 0.05:
                        try:
                            cl.undo_list_checkin(s, aid, door, f"Desk {n}", reason="wrong door")
                            answers.append("undo")
                        except UserError:
                            answers.append("not in")
                        continue
                    done = cl.scan_list(
                        s, codes[aid], door, f"Desk {n}", exit_scan=rng.random() < 0.4, now=at
                    )
                    answers.append(str(done.result.outcome))
        except BaseException as exc:  # the assertion below names it
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == [] and len(answers) == 240
    assert {"checked_in", "exited", "full"} <= set(answers)  # the door was busy and full

    with store.factory() as s:
        log = s.execute(
            select(ListScan.attendee_id, ListScan.result)
            .where(ListScan.list_id == door)
            .order_by(ListScan.id)
        ).all()
        inside_now = set(
            s.scalars(
                select(ListPresence.attendee_id).where(
                    ListPresence.list_id == door, ListPresence.inside.is_(True)
                )
            )
        )
        counted = cl.occupancy(s, door)
    replayed: set[int] = set()
    most = 0
    for aid, result in log:
        if result == "checked_in":
            assert aid not in replayed, "admitted twice without leaving"
            replayed.add(aid)
        elif result == "exit":
            assert aid in replayed, "left without being inside"
            replayed.discard(aid)
        elif result == "undo":  # off the list, whether inside or gone out since
            replayed.discard(aid)
        most = max(most, len(replayed))
    assert len(log) == 240 - answers.count("not in")  # a refused undo changes nothing
    assert replayed == inside_now and counted == len(inside_now)
    assert most <= 10


def test_the_dashboard_counts_admissions_per_list_per_quarter_hour(event: Any) -> None:
    """On the arrivals' quarters: the day list's admissions where they happened (a refusal,
    an "already" and the other day's list not counted), on SQLite and PostgreSQL."""
    from desktop.core import checkin as ck
    from desktop.core.dashboard import dashboard_stats

    store, (tai, mei, ana), codes = event
    with store.session() as s:
        ck.scan(s, codes[tai], "Desk 1")  # a badge pickup: the arrivals' window is today's
    for who, clock in ((tai, "09:05"), (mei, "09:20"), (ana, "09:29"), (tai, "09:31")):
        _outcome(store, codes[who], "Day 1 - 16 Jan", _at(DAY1, clock, store))
    with store.factory() as s:
        from sqlalchemy import update

        from db.models import Attendee

        s.execute(
            update(Attendee)
            .where(Attendee.id == tai)
            .values(checked_in_at=_at(DAY1, "09:01", store))
        )
        s.commit()
        stats = dashboard_stats(s, now=_at(DAY1, "10:00", store))
    assert list(stats.list_arrivals) == ["Day 1 - 16 Jan"]
    buckets = {f"{b.start:%H:%M}": b.count for b in stats.arrivals_on("Day 1 - 16 Jan")}
    assert len(stats.list_arrivals["Day 1 - 16 Jan"]) == len(stats.arrivals)
    assert (buckets["09:00"], buckets["09:15"], buckets["09:30"]) == (1, 2, 0)
    assert sum(buckets.values()) == 3
    data = json.loads(json.dumps(stats.as_dict()))  # `confdesk dashboard --json` carries it
    assert sum(data["list_arrivals"]["Day 1 - 16 Jan"]) == 3
