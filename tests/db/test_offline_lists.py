"""Check-in lists through a server outage: two desks on a real PostgreSQL that dies
(`pg_ctl stop -m immediate`) go on checking in on a day list and at a door from their
mirrors, and when the server is back their journals land exactly once: the door's count is
what happened, a person admitted at both desks is one admission and a reported double."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import open_store
from db.models import ListScan
from desktop.core import checkin_lists as cl
from desktop.core.checkin import Outcome
from desktop.core.desk_journal import send_journal
from desktop.core.events import current_event
from desktop.core.offline_lists import list_scan_or_journal
from tests.db.desk_parts import desk_on, pg_event

pytestmark = pytest.mark.postgres
DOOR = "Round table A"


def _today_list(url: str) -> str:
    """Give the event today as its only day and a door of 2 seats with exits; the day list."""
    store = open_store(url)
    try:
        with store.session() as s:
            event = current_event(s)
            # Today where the event is (Hong Kong is a day ahead of UTC after 16:00 UTC).
            today = dt.datetime.now(zoneinfo.ZoneInfo(event.timezone)).date()
            event.start_date = event.end_date = today
            s.flush()
            cl.ensure_lists(s)
            cl.add_list(s, DOOR, capacity=2, exits=True)
            return next(n for n in cl.list_names(s) if n.startswith("Day 1"))
    finally:
        store.close()


def _scan(desk, code: str, ref: str, name: str, leaving: bool = False):  # type: ignore[no-untyped-def]
    store, journal, mirror = desk
    answer = list_scan_or_journal(
        store,
        journal,
        mirror,
        lambda s: cl.scan_list(s, code, ref, name, "amy", leaving),
        name,
        "amy",
        code,
    )
    return answer


def test_two_desks_on_lists_through_an_outage(own_pg_server, tmp_path: Path) -> None:
    url = own_pg_server.url
    ids, codes = pg_event(
        url, "List Outage", [{"given_name": f"P{i}", "family_name": "Lau"} for i in range(4)]
    )
    day = _today_list(url)
    with desk_on(url, tmp_path / "a") as a, desk_on(url, tmp_path / "b") as b:
        online = _scan(a, codes[3], day, "Desk A")
        assert not online.journaled and online.done.result.outcome is Outcome.CHECKED_IN
        own_pg_server.crash()
        # Desk A: the day list and the door, from its mirror.
        first = _scan(a, codes[0], day, "Desk A")
        assert first.offline and first.journaled
        assert first.done.result.outcome is Outcome.CHECKED_IN
        assert _scan(a, codes[0], day, "Desk A").done.result.outcome is Outcome.ALREADY
        assert _scan(a, codes[3], day, "Desk A").done.result.outcome is Outcome.ALREADY
        assert _scan(a, codes[0], DOOR, "Desk A").done.door.inside == 1
        assert _scan(a, codes[1], DOOR, "Desk A").done.door.inside == 2
        full = _scan(a, codes[2], DOOR, "Desk A").done
        assert full.result.outcome is Outcome.FULL and full.door.inside == 2
        out = _scan(a, codes[0], DOOR, "Desk A", leaving=True).done
        assert out.result.outcome is Outcome.EXITED and out.door.inside == 1
        assert _scan(a, codes[2], DOOR, "Desk A").done.result.outcome is Outcome.CHECKED_IN
        # Desk B does not know what A did offline: it admits P0 on the day list too.
        again = _scan(b, codes[0], day, "Desk B")
        assert again.offline and again.done.result.outcome is Outcome.CHECKED_IN

        own_pg_server.resume()
        sent_a = send_journal(a[0], a[1], wait_ms=2000, mirror=a[2])
        sent_b = send_journal(b[0], b[1], wait_ms=2000, mirror=b[2])
        assert sent_a is not None and sent_a.sent == 8 and not sent_a.doubles
        assert sent_b is not None and sent_b.sent == 1
        (double,) = sent_b.doubles
        assert (double["list"], double["first_desk"], double["second_desk"]) == (
            day,
            "Desk A",
            "Desk B",
        )
        # Sent once: a second send has nothing to do.
        assert send_journal(a[0], a[1], wait_ms=2000, mirror=a[2]).sent == 0
        store = a[0]
        with store.factory() as s:
            door = cl.door(s, DOOR)
            assert door is not None and door.inside == 2  # P1 and P2: P0 went out
            on_day = s.scalar(
                select(func.count())
                .select_from(ListScan)
                .where(ListScan.result == "checked_in", ListScan.code.in_(codes))
            )
            door_log = s.execute(
                select(ListScan.attendee_id, ListScan.result)
                .join(cl.CheckinList, cl.CheckinList.id == ListScan.list_id)
                .where(cl.CheckinList.name == DOOR)
                .order_by(ListScan.id)
            ).all()
        assert [tuple(r) for r in door_log] == [
            (ids[0], "checked_in"),
            (ids[1], "checked_in"),
            (ids[2], "full"),
            (ids[0], "exit"),
            (ids[2], "checked_in"),
        ]
        assert on_day == 5  # P3 online and P0 by A on the day, P0, P1, P2 at the door (B: a double)
        # The mirrors take the server's word again at their next refresh.
        with b[0].factory() as s:
            b[2].refresh(s)
        assert _scan(b, codes[0], day, "Desk B").done.result.outcome is Outcome.ALREADY


def test_the_cli_checks_in_on_a_list_offline_and_sends_it_later(own_pg_server) -> None:
    from tests.tools import confdesk

    url = own_pg_server.url
    ids, codes = pg_event(url, "List CLI", [{"given_name": "Wing", "family_name": "Lo"}])
    day = _today_list(url)
    db, desk = ("--db", url), ("--desk", "Door 1")
    assert confdesk(*db, "desk", "sync", *desk).returncode == 0  # the desk's copy, online
    own_pg_server.crash()
    first = confdesk(*db, "checkin", codes[0], "--list", day, *desk)
    assert first.returncode == 0, first.stderr
    assert "offline: saved, will be sent" in first.stderr and day in first.stdout
    again = confdesk(*db, "checkin", codes[0], "--list", day, *desk)
    assert again.returncode == 3 and "Already checked in" in again.stdout
    own_pg_server.resume()
    assert confdesk(*db, "desk", "sync", *desk).returncode == 0
    store = open_store(url)
    try:
        with store.factory() as s:
            rows = s.execute(
                select(ListScan.attendee_id, ListScan.result, ListScan.desk).order_by(ListScan.id)
            ).all()
    finally:
        store.close()
    assert [tuple(r) for r in rows] == [
        (ids[0], "checked_in", "Door 1"),
        (ids[0], "already", "Door 1"),
    ]


def test_undos_on_a_list_through_an_outage(own_pg_server, tmp_path: Path) -> None:
    """Undos on a list while the server is away: shown at once (scanned again, in again),
    sent after the admission they take back, and applied only to the admission the desk saw:
    one another desk made first stands, and the undo is noted."""
    from db.models import AuditLog, ListPresence
    from desktop.core.offline_lists import list_undo_or_journal

    url = own_pg_server.url
    ids, codes = pg_event(
        url, "Undo Outage", [{"given_name": f"P{i}", "family_name": "Ho"} for i in range(3)]
    )
    day = _today_list(url)

    def undo(desk, who: int, reason: str):  # type: ignore[no-untyped-def]
        store, journal, mirror = desk
        return list_undo_or_journal(store, journal, mirror, who, day, "Desk A", "amy", reason)

    with desk_on(url, tmp_path / "a") as a, desk_on(url, tmp_path / "b") as b:
        assert _scan(a, codes[1], day, "Desk A").done.result.outcome is Outcome.CHECKED_IN
        with a[0].factory() as s:
            a[2].refresh(s)
        own_pg_server.crash()
        # P0: in, taken back, in again, all at Desk A offline.
        assert _scan(a, codes[0], day, "Desk A").offline
        first = undo(a, ids[0], "scanned the wrong badge")
        assert first.journaled and first.offline and "undone" in first.said
        assert _scan(a, codes[0], day, "Desk A").done.result.outcome is Outcome.CHECKED_IN
        # P1, admitted online before the outage: taken back offline.
        assert undo(a, ids[1], "left at once").journaled
        # P2: Desk B lets them in; Desk A too (it does not know), then takes its own back.
        assert _scan(b, codes[2], day, "Desk B").done.result.outcome is Outcome.CHECKED_IN
        assert _scan(a, codes[2], day, "Desk A").done.result.outcome is Outcome.CHECKED_IN
        undo(a, ids[2], "a double scan")
        own_pg_server.resume()
        assert send_journal(b[0], b[1], wait_ms=2000, mirror=b[2]).sent == 1
        sent = send_journal(a[0], a[1], wait_ms=2000, mirror=a[2])
        assert sent is not None and sent.sent == 6 and sent.waiting == 0
        with a[0].factory() as s:
            on = dict(
                s.execute(
                    select(ListPresence.attendee_id, ListPresence.desk)
                    .join(cl.CheckinList, cl.CheckinList.id == ListPresence.list_id)
                    .where(cl.CheckinList.name == day)
                ).all()
            )
            kept = s.execute(
                select(AuditLog.entity_id, AuditLog.details).where(
                    AuditLog.action == "checkin.undo_not_applied"
                )
            ).all()
        assert on == {ids[0]: "Desk A", ids[2]: "Desk B"}  # P1 off; P2 by Desk B stands
        ((who, details),) = kept
        assert who == ids[2] and details["list"] == day and "Desk B" in details["why"]


def test_the_badge_pickup_named_as_a_list_is_the_desks_own_check_in(
    own_pg_server, tmp_path: Path
) -> None:
    """Found in review: `checkin CODE --list "Badge pickup"` during an outage was journaled as
    a list's scan and never checked the person in on the server."""
    from db.models import Attendee
    from desktop.base.errors import UserError
    from tests.tools import confdesk

    url = own_pg_server.url
    ids, codes = pg_event(url, "Pickup As List", [{"given_name": "A", "family_name": "Bo"}] * 2)
    _today_list(url)
    db, desk = ("--db", url), ("--desk", "Door 2")
    assert confdesk(*db, "desk", "sync", *desk).returncode == 0
    with desk_on(url, tmp_path / "core") as a:
        own_pg_server.crash()
        done = confdesk(*db, "checkin", codes[0], "--list", cl.PICKUP, *desk)
        assert done.returncode == 0, done.stderr
        assert "offline: saved, will be sent" in done.stderr
        with pytest.raises(UserError, match="Badge pickup"):
            _scan(a, codes[1], cl.PICKUP, "Desk A")  # the core refuses to journal it as a list
        assert a[1].count_waiting() == 0
        own_pg_server.resume()
    assert confdesk(*db, "desk", "sync", *desk).returncode == 0
    store = open_store(url)
    try:
        with store.factory() as s:
            row = s.execute(
                select(Attendee.checked_in_at, Attendee.checked_in_desk).where(
                    Attendee.id == ids[0]
                )
            ).one()
    finally:
        store.close()
    assert row[0] is not None and row[1] == "Door 2"


def test_a_door_added_since_the_mirror_was_refreshed(own_pg_server, tmp_path: Path) -> None:
    """Found in review: the online admission at a door the mirror did not know yet committed,
    then the note to the mirror failed and the desk showed an error."""
    url = own_pg_server.url
    _ids, codes = pg_event(url, "Late Door", [{"given_name": "A", "family_name": "Bo"}])
    with desk_on(url, tmp_path / "a") as a:
        with a[0].session() as s:
            cl.add_list(s, "Late door")
        got = _scan(a, codes[0], "Late door", "Desk A")
        assert not got.journaled and got.done.result.outcome is Outcome.CHECKED_IN


def test_an_admission_older_than_the_exit_already_sent_is_a_double(
    own_pg_server, tmp_path: Path
) -> None:
    """Found in review: Desk A admits P at a door and lets them out; Desk B had admitted P
    between the two while both were offline. A's journal lands first: B's admission must be a
    reported double, not a new entry that counts P inside."""
    url = own_pg_server.url
    _ids, codes = pg_event(url, "Door Order", [{"given_name": "P", "family_name": "Lau"}])
    _today_list(url)
    with desk_on(url, tmp_path / "a") as a, desk_on(url, tmp_path / "b") as b:
        own_pg_server.crash()
        assert _scan(a, codes[0], DOOR, "Desk A").done.result.outcome is Outcome.CHECKED_IN
        assert _scan(b, codes[0], DOOR, "Desk B").done.result.outcome is Outcome.CHECKED_IN
        out = _scan(a, codes[0], DOOR, "Desk A", leaving=True).done
        assert out.result.outcome is Outcome.EXITED
        own_pg_server.resume()
        assert send_journal(a[0], a[1], wait_ms=2000, mirror=a[2]).sent == 2
        sent_b = send_journal(b[0], b[1], wait_ms=2000, mirror=b[2])
        (double,) = sent_b.doubles
        assert (double["first_desk"], double["second_desk"]) == ("Desk A", "Desk B")
        with a[0].factory() as s:
            assert cl.door(s, DOOR).inside == 0  # P went out at Desk A, after both
