"""A desk on PostgreSQL goes on when the server dies: the mirror decides, the journal keeps,
and the replay sends every scan exactly once when the server is back.

The server is a real PostgreSQL that the test stops with `pg_ctl stop -m immediate` and starts
again; the desks are real stores with their own connections.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import open_store
from db.models import Attendee, CheckIn
from desktop.core import attendees as core
from desktop.core.checkin import Outcome
from desktop.core.desk_journal import DeskJournal, doubles, scan_or_journal, send_journal
from desktop.core.events import create_event, current_event
from desktop.core.mirror import Mirror
from tests.tools import confdesk

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(own_pg_server):  # type: ignore[no-untyped-def]
    return own_pg_server


def _codes(store, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    with store.factory() as s:
        ids = s.scalars(select(Attendee.id).order_by(Attendee.id).limit(n)).all()
        return [core.get_card(s, i).badge_code for i in ids]


def test_a_desk_checks_in_through_an_outage_and_sends_everything_once(
    server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url = server.url
    admin = open_store(url, create=True)
    with admin.session() as s:
        event = create_event(s, "Outage Test", "Asia/Hong_Kong")
        core.add_attendees(
            s, event, [{"given_name": f"P{i}", "family_name": "Lee"} for i in range(60)]
        )
    desk = open_store(url)
    journal = DeskJournal(tmp_path / "journal.sqlite")
    mirror = Mirror(tmp_path / "mirror.sqlite")
    with desk.factory() as s:
        mirror.refresh(s)
    codes = _codes(admin, 60)
    for code in codes[:10]:  # online
        answer = scan_or_journal(desk, journal, code, "Desk 1", mirror=mirror)
        assert not answer.journaled and answer.result.outcome is Outcome.CHECKED_IN
    # Someone registered just before the outage is known to the desk.
    with admin.session() as s:
        (late,) = core.add_attendees(
            s, current_event(s), [{"given_name": "Late", "family_name": "Comer"}]
        )
        late_code = core.get_card(s, late).badge_code
    with desk.factory() as s:
        assert mirror.refresh(s) >= 1
    admin.close()

    server.crash()
    t0 = time.monotonic()
    first = scan_or_journal(desk, journal, codes[10], "Desk 1", mirror=mirror)
    noticed = time.monotonic() - t0
    assert first.offline and first.journaled and first.result.outcome is Outcome.CHECKED_IN
    assert noticed < 3.0, f"took {noticed:.1f} s to notice the outage"
    offline_times = []
    for code in [*codes[11:30], late_code]:
        t0 = time.perf_counter()
        answer = scan_or_journal(desk, journal, code, "Desk 1", mirror=mirror)
        offline_times.append(time.perf_counter() - t0)
        assert answer.offline and answer.result.outcome is Outcome.CHECKED_IN, answer
    again = scan_or_journal(desk, journal, codes[12], "Desk 1", mirror=mirror)
    assert again.result.outcome is Outcome.ALREADY  # the mirror remembers offline check-ins
    assert (
        scan_or_journal(desk, journal, codes[3], "Desk 1", mirror=mirror).result.outcome
        is Outcome.ALREADY
    )
    assert send_journal(desk, journal) is None  # still down: nothing lost, nothing sent
    waiting = journal.count_waiting()
    assert waiting == 23

    server.resume()
    report = None
    for _ in range(50):
        report = send_journal(desk, journal, wait_ms=1000)
        if report is not None:
            break
        time.sleep(0.2)
    assert report is not None and report.sent == waiting and report.waiting == 0
    assert report.doubles == []
    assert send_journal(desk, journal).sent == 0  # type: ignore[union-attr]
    with desk.factory() as s:
        checked = s.scalar(select(func.count()).where(Attendee.checked_in_at.is_not(None)))
        admitted = s.scalar(select(func.count()).where(CheckIn.result == "checked_in"))
        assert doubles(s) == []
    assert checked == admitted == 31  # 10 online + 20 offline + the late comer
    desk.close()
    mirror.close()


def test_two_desks_admitting_one_person_offline_give_one_reported_double(
    server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url = server.url
    admin = open_store(url, create=True)
    with admin.session() as s:
        event = create_event(s, "Double Test", "Asia/Hong_Kong")
        core.add_attendees(s, event, [{"given_name": "Dana", "family_name": "Ho"}])
    (code,) = _codes(admin, 1)
    admin.close()
    desks = []
    for name in ("Desk 1", "Desk 2"):
        store = open_store(url)
        mirror = Mirror(tmp_path / f"{name}.mirror.sqlite")
        with store.factory() as s:
            mirror.refresh(s)
        desks.append((name, store, DeskJournal(tmp_path / f"{name}.journal.sqlite"), mirror))
    server.crash()
    for name, store, journal, mirror in desks:
        answer = scan_or_journal(store, journal, code, name, mirror=mirror)
        assert answer.offline and answer.result.outcome is Outcome.CHECKED_IN
    server.resume()
    reports = []
    for _name, store, journal, _ in desks:
        for _ in range(50):
            report = send_journal(store, journal, wait_ms=1000)
            if report is not None:
                break
            time.sleep(0.2)
        reports.append(report)
    assert [len(r.doubles) for r in reports] == [0, 1]  # type: ignore[union-attr]
    double = reports[1].doubles[0]  # type: ignore[union-attr]
    assert (double["first_desk"], double["second_desk"]) == ("Desk 1", "Desk 2")
    for _, store, _, mirror in desks:
        store.close()
        mirror.close()


def test_the_command_line_goes_offline_and_syncs_back(server) -> None:  # type: ignore[no-untyped-def]
    url = server.url
    admin = open_store(url, create=True)
    with admin.session() as s:
        event = create_event(s, "CLI Outage", "Asia/Hong_Kong")
        core.add_attendees(
            s, event, [{"given_name": f"C{i}", "family_name": "Yip"} for i in range(5)]
        )
    codes = _codes(admin, 5)
    admin.close()
    first = confdesk("--db", url, "checkin", codes[0], "--desk", "Gate A")
    assert first.returncode == 0, first.stderr  # online; the desk's mirror is made
    server.crash()
    t0 = time.monotonic()
    off = confdesk("--db", url, "checkin", codes[1], "--desk", "Gate A")
    assert off.returncode == 0, off.stderr
    assert "offline: saved, will be sent" in off.stderr
    assert time.monotonic() - t0 < 10
    status = confdesk("--db", url, "desk", "status", "--desk", "Gate A")
    assert "OFFLINE" in status.stdout and "1 waiting to be sent" in status.stdout, status.stdout
    assert confdesk("--db", url, "desk", "sync", "--desk", "Gate A").returncode == 1
    server.resume()
    synced = confdesk("--db", url, "desk", "sync", "--desk", "Gate A")
    assert synced.returncode == 0 and "sent 1 scan(s)" in synced.stdout, (
        synced.stdout + synced.stderr
    )
    store = open_store(url)
    with store.factory() as s:
        assert s.scalar(select(func.count()).where(Attendee.checked_in_at.is_not(None))) == 2
    store.close()
    assert "no double admissions" in confdesk("--db", url, "checkin", "--doubles").stdout
