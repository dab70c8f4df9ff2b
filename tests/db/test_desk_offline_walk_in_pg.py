"""Search and walk-ins at a desk whose server is away: names found in the desk's mirror, a
walk-in registered there with a provisional number and code, merged into the server's
numbering when the journal is sent, and checked against the server's people there.

The server is a real PostgreSQL stopped with `pg_ctl stop -m immediate` and started again.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee, AuditLog, CheckIn, PrintLog, TicketCode
from desktop.core import attendees as core
from desktop.core.checkin import Outcome
from desktop.core.desk_journal import (
    ReplayReport,
    log_print_or_journal,
    scan_or_journal,
    send_journal,
    undo_or_journal,
)
from desktop.core.events import create_event
from desktop.core.offline_walk_in import walk_in_or_journal
from tests.db.desk_parts import desk_on
from tests.tools import confdesk

pytestmark = pytest.mark.postgres


def _send(store, journal, mirror) -> ReplayReport:  # type: ignore[no-untyped-def]
    for _ in range(100):
        report = send_journal(store, journal, wait_ms=1000, mirror=mirror)
        if report is not None:
            return report
        time.sleep(0.2)
    raise AssertionError("the journal was not sent after the server came back")


def test_the_mirror_answers_the_desk_search(own_pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin = open_store(own_pg_server.url, create=True)
    with admin.session() as s:
        event = create_event(s, "Search Outage", "Asia/Hong_Kong")
        core.add_attendees(
            s,
            event,
            [
                {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文"},
                {"given_name": "Zoë", "family_name": "Müller", "organization": "ETH Zürich"},
            ],
        )
    admin.close()
    with desk_on(own_pg_server.url, tmp_path) as (_store, _journal, mirror):
        own_pg_server.crash()
        with mirror.session() as s:
            assert [h.display_name for h in core.search(s, "chan tai")] == ["Tai Man Chan"]
            assert [h.display_name for h in core.search(s, "陳")] == ["Tai Man Chan"]
            assert [h.display_name for h in core.search(s, "uller")] == ["Zoë Müller"]
            assert [h.display_name for h in core.search(s, "zurich")] == ["Zoë Müller"]
        own_pg_server.resume()


def test_a_walk_in_registered_offline_gets_the_servers_number_and_keeps_its_badge(
    own_pg_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url = own_pg_server.url
    admin = open_store(url, create=True)
    with admin.session() as s:
        event = create_event(s, "Walk-in Outage", "Asia/Hong_Kong")
        (wing,) = core.add_attendees(
            s, event, [{"given_name": "Wing", "family_name": "Lo", "email": "wing@example.org"}]
        )
    admin.close()
    with desk_on(url, tmp_path) as (store, journal, mirror):
        own_pg_server.crash()
        fiona = {
            "given_name": "Fiona",
            "family_name": "Chan",
            "name_local": "陳敏儀",
            "organization": "Harbour AI Labs",
        }
        t0 = time.perf_counter()
        first = walk_in_or_journal(store, journal, fiona, "Desk 1", "tester", mirror=mirror)
        assert time.perf_counter() - t0 < 3.0
        assert first.offline and first.journaled
        card = first.result.attendee
        assert first.result.outcome is Outcome.CHECKED_IN and card is not None
        assert card.id < 0 and card.number == card.id and card.badge_code.startswith("WALKIN-")
        again = {"given_name": "Wing", "family_name": "Lo", "email": "WING@example.org"}
        second = walk_in_or_journal(store, journal, again, "Desk 1", mirror=mirror)
        twin = second.result.attendee
        assert twin is not None and twin.id == card.id - 1
        with mirror.session() as s:  # found at the desk, and its badge scans as already in
            assert [h.id for h in core.search(s, "fiona")] == [card.id]
        rescan = scan_or_journal(store, journal, card.badge_code, "Desk 1", mirror=mirror)
        assert rescan.result.outcome is Outcome.ALREADY and rescan.result.attendee.id == card.id
        assert log_print_or_journal(
            store,
            journal,
            card.id,
            "Desk 1",
            kind="desk",
            template="a6-conference",
            destination="Zebra",
            job="Zebra-3",
            mirror=mirror,
        ).journaled
        assert undo_or_journal(
            store, journal, twin.id, "already registered", "Desk 1", mirror=mirror
        ).journaled
        with pytest.raises(Exception, match="name"):
            walk_in_or_journal(store, journal, {"email": "x@example.org"}, "Desk 1", mirror=mirror)
        assert journal.count_waiting() == 5

        own_pg_server.resume()
        report = _send(store, journal, mirror)
        assert report.sent == 5 and report.waiting == 0
        (fid, fnew), (tid, tnew) = report.walk_ins
        assert (fid, tid) == (card.id, twin.id) and 0 < fnew < tnew
        assert [d["like"][0]["attendee_id"] for d in report.duplicates] == [str(wing)]
        with store.factory() as s:
            f = s.get(Attendee, fnew)
            assert f is not None and (f.given_name, f.name_local) == ("Fiona", "陳敏儀")
            assert f.number == fnew and f.checked_in_desk == "Desk 1" and f.print_count == 1
            assert (
                s.scalar(select(TicketCode.attendee_id).where(TicketCode.code == card.badge_code))
                == fnew
            )
            log = s.scalars(
                select(CheckIn.result).where(CheckIn.attendee_id == fnew).order_by(CheckIn.id)
            ).all()
            assert log == ["checked_in", "already"]
            assert s.scalars(select(PrintLog.job).where(PrintLog.attendee_id == fnew)).all() == [
                "Zebra-3"
            ]
            t = s.get(Attendee, tnew)
            assert t is not None and t.checked_in_at is None  # undone, as at the desk
            dup = s.scalars(
                select(AuditLog.entity_id).where(AuditLog.action == "walk_in.duplicate")
            ).all()
            assert dup == [tnew]
        # The badge printed offline scans online: its code is Fiona's ticket code now.
        online = scan_or_journal(store, journal, card.badge_code, "Gate B", mirror=mirror)
        assert not online.journaled and online.result.outcome is Outcome.ALREADY
        assert online.result.attendee.id == fnew
        with mirror.session() as s:  # until the next refresh, the mirror keeps its rows
            assert [h.id for h in core.search(s, "fiona")] == [card.id]
        with store.factory() as s:
            mirror.refresh(s)
        with mirror.session() as s:  # then the server's, and the badge scans there too
            assert s.scalar(select(Attendee.id).where(Attendee.id < 0)) is None
            assert [h.id for h in core.search(s, "fiona")] == [fnew]
            owner = select(TicketCode.attendee_id).where(TicketCode.code == card.badge_code)
            assert s.scalar(owner) == fnew
        assert _send(store, journal, mirror).sent == 0  # nothing twice


def test_the_command_line_registers_a_walk_in_offline(own_pg_server) -> None:  # type: ignore[no-untyped-def]
    url = own_pg_server.url
    admin = open_store(url, create=True)
    with admin.session() as s:
        event = create_event(s, "CLI Walk-in", "Asia/Hong_Kong")
        (first,) = core.add_attendees(s, event, [{"given_name": "Ann", "family_name": "Ho"}])
        code = core.get_card(s, first).badge_code
    admin.close()
    assert confdesk("--db", url, "checkin", code, "--desk", "Gate A").returncode == 0  # the mirror
    own_pg_server.crash()
    add = ("--db", url, "attendees", "add", "--given", "Ivy", "--family", "Ng", "--desk", "Gate A")
    off = confdesk(*add)
    assert off.returncode == 0, off.stderr
    assert "offline: saved, will be sent" in off.stderr
    assert off.stdout.startswith("Checked in: Ivy Ng (id -1, badge WALKIN-"), off.stdout
    again = confdesk(*add)
    assert again.returncode == 5
    assert "Ivy Ng (same name) is already registered (id -1)" in again.stderr
    bare = confdesk(*add[:4], "--given", "Joe", "--no-checkin", "--desk", "Gate A")
    assert bare.returncode != 0 and "cannot be reached" in bare.stderr
    assert "Traceback" not in again.stderr + bare.stderr
    own_pg_server.resume()
    synced = confdesk("--db", url, "desk", "sync", "--desk", "Gate A")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    store = open_store(url)
    try:
        with store.factory() as s:
            ivy = s.scalars(select(Attendee).where(Attendee.given_name == "Ivy")).all()
            assert len(ivy) == 1 and ivy[0].id > first and ivy[0].checked_in_desk == "Gate A"
        said = f"walk-in registered offline: provisional id -1 is attendee {ivy[0].id}"
        assert said in synced.stdout
    finally:
        store.close()


def test_two_outages_never_give_one_provisional_id_to_two_people(
    own_pg_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.desk_journal import replay

    url = own_pg_server.url
    admin = open_store(url, create=True)
    with admin.session() as s:
        core.add_attendees(
            s, create_event(s, "Two Outages", "Asia/Hong_Kong"), [{"given_name": "W"}]
        )
    admin.close()
    with desk_on(url, tmp_path) as (store, journal, mirror):

        def printed(attendee_id: int, job: str):  # type: ignore[no-untyped-def]
            return log_print_or_journal(
                store, journal, attendee_id, "Desk 1", kind="desk", template="a6-conference",
                destination="Zebra", job=job, mirror=mirror,
            )  # fmt: skip

        own_pg_server.crash()
        alice = walk_in_or_journal(store, journal, {"given_name": "Alice"}, "Desk 1", mirror=mirror)
        own_pg_server.resume()
        ((a_pid, a_id),) = _send(store, journal, mirror).walk_ins
        with store.factory() as s:
            mirror.refresh(s)  # the provisional row leaves the mirror
        own_pg_server.crash()
        bob = walk_in_or_journal(store, journal, {"given_name": "Bob"}, "Desk 1", mirror=mirror)
        b_pid = bob.result.attendee.id
        assert a_pid == alice.result.attendee.id and b_pid < a_pid  # never -1 again
        assert printed(b_pid, "Z-1").journaled
        own_pg_server.resume()
        for _ in range(100):  # the send is cut off after Bob's walk-in is committed
            try:
                with store.quick_write_session(1000) as s:
                    replay(s, journal, limit=1)
                break
            except Exception:  # the server is still starting
                time.sleep(0.2)
        report = _send(store, journal, mirror)
        assert report.already_sent == 1 and report.sent == 1
        ((pid, b_id),) = report.walk_ins
        assert pid == b_pid and b_id != a_id
        # Alice's badge printed again under her old provisional id: counted for her record,
        # written at once (the server is up), not a foreign-key error.
        assert not printed(a_pid, "Z-2").journaled
        with store.factory() as s:
            a, b = s.get(Attendee, a_id), s.get(Attendee, b_id)
            assert (a.given_name, a.print_count) == ("Alice", 1)
            assert (b.given_name, b.print_count) == ("Bob", 1)


def test_a_walk_ins_badge_waiting_to_be_sent_scans_from_the_mirror(
    own_pg_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url = own_pg_server.url
    admin = open_store(url, create=True)
    with admin.session() as s:
        create_event(s, "Waiting Walk-in", "Asia/Hong_Kong")
    admin.close()
    with desk_on(url, tmp_path) as (store, journal, mirror):
        own_pg_server.crash()
        kim = walk_in_or_journal(store, journal, {"given_name": "Kim"}, "Desk 1", mirror=mirror)
        card = kim.result.attendee
        own_pg_server.resume()
        for _ in range(100):  # the server answers again, the walk-in not yet sent
            try:
                with store.factory() as s:
                    s.execute(select(Attendee.id).limit(1))
                break
            except Exception:
                time.sleep(0.2)
        mirror.unreachable_at = -1e9
        again = scan_or_journal(store, journal, card.badge_code, "Desk 1", mirror=mirror)
        assert again.result.outcome is Outcome.ALREADY and again.result.attendee.id == card.id
        undone = undo_or_journal(store, journal, card.id, "wrong form", "Desk 1", mirror=mirror)
        assert undone.journaled and undone.card.checked_in_at is None
        report = _send(store, journal, mirror)
        assert report.sent == 3 and report.waiting == 0
        ((_pid, kim_id),) = report.walk_ins
        with store.factory() as s:
            k = s.get(Attendee, kim_id)
            assert k is not None and k.checked_in_at is None  # the undo followed the walk-in
            log = s.scalars(
                select(CheckIn.result).where(CheckIn.attendee_id == kim_id).order_by(CheckIn.id)
            ).all()
            assert log == ["checked_in", "already", "undo"]
