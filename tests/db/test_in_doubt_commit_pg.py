"""The LAN drops between a desk's COMMIT reaching the server and the server's answer getting
back: the write landed, but the desk cannot know. The desk answers from its mirror and keeps
the scan in its journal; when the journal is sent, the server is asked whether the attempt's
desk_attempt row committed, so nothing is applied twice and no double admission is reported
that never happened, and none that did happen is hidden."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from db.engine import open_store
from db.models import Attendee, AuditLog, CheckIn, PrintLog
from desktop.core.checkin import scan
from desktop.core.desk_journal import PROBE_EVERY_S, log_print_or_journal
from desktop.core.desk_link import DeskLink
from tests.db.desk_parts import pg_event
from tests.lan_proxy import LanProxy

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxy(own_pg_server: Any) -> Iterator[LanProxy]:
    relay = LanProxy(own_pg_server.port)
    yield relay
    relay.close()


def _through(url: str, proxy: LanProxy) -> str:
    return make_url(url).set(host="127.0.0.1", port=proxy.port).render_as_string(False)


def _count(url: str, query: Any) -> int:
    store = open_store(url)
    try:
        with store.factory() as s:
            return int(s.scalar(query) or 0)
    finally:
        store.close()


def _desk(url: str, proxy: LanProxy, desk: str) -> DeskLink:
    link = DeskLink.open(_through(url, proxy), desk)
    assert link.refresh_mirror()
    return link


def _send(link: DeskLink) -> Any:
    """Send the journal as the desk does: asking again every second until the server takes it."""
    deadline = time.monotonic() + 15
    while True:
        time.sleep(PROBE_EVERY_S + 0.1)
        report = link.sync()
        if report is not None or time.monotonic() > deadline:
            break
    assert report is not None and link.status().waiting == 0
    return report


def test_a_scan_whose_commit_answer_is_lost_is_applied_once(
    own_pg_server: Any, proxy: LanProxy
) -> None:
    url = own_pg_server.url
    ids, codes = pg_event(url, "In Doubt", [{"given_name": "Mei", "family_name": "Ho"}])
    link = _desk(url, proxy, "Desk Doubt")
    try:
        proxy.drop_after_next_commit()
        answer = link.scan(codes[0])
        assert proxy.dropped.is_set(), "the link did not drop after the COMMIT"
        assert str(answer.result.outcome) == "checked_in" and answer.journaled
        report = _send(link)
        assert report.doubles == []
    finally:
        link.close()
    checked_in = select(func.count()).where(
        CheckIn.attendee_id == ids[0], CheckIn.result == "checked_in"
    )
    assert _count(url, checked_in) == 1
    assert _count(url, select(func.count()).where(CheckIn.attendee_id == ids[0])) == 1
    doubles = select(func.count()).where(AuditLog.action == "checkin.double_admission")
    assert _count(url, doubles) == 0


def test_a_scan_whose_commit_never_reached_the_server_is_applied_from_the_journal(
    own_pg_server: Any, proxy: LanProxy
) -> None:
    """The other side of the doubt: the server rolled the transaction back (it crashed
    before committing), so the journal's check-in is applied."""
    url = own_pg_server.url
    ids, codes = pg_event(url, "Rolled Back", [{"given_name": "Siu", "family_name": "Ming"}])
    link = _desk(url, proxy, "Desk Crash")
    try:
        own_pg_server.crash()
        answer = link.scan(codes[0])
        assert answer.offline and answer.journaled
        own_pg_server.resume()
        _send(link)
    finally:
        link.close()
    checked_in = select(func.count()).where(
        CheckIn.attendee_id == ids[0], CheckIn.result == "checked_in"
    )
    assert _count(url, checked_in) == 1


def test_an_undo_and_a_print_whose_commit_answers_are_lost_count_once(
    own_pg_server: Any, proxy: LanProxy
) -> None:
    url = own_pg_server.url
    ids, codes = pg_event(url, "Doubt Undo", [{"given_name": "Ka", "family_name": "Wai"}])
    link = _desk(url, proxy, "Desk Undo")
    try:
        assert not link.scan(codes[0]).journaled
        proxy.drop_after_next_commit()
        undone = link.undo(ids[0], "wrong person")
        assert proxy.dropped.is_set() and undone.journaled
        _send(link)
        assert not link.scan(codes[0]).journaled  # checked in again, online
        proxy.drop_after_next_commit()
        logged = log_print_or_journal(
            link.store,
            link.journal,
            ids[0],
            link.desk,
            kind="desk",
            template="Default",
            destination="Badges",
            mirror=link.mirror,
        )
        assert proxy.dropped.is_set() and logged.journaled
        _send(link)
    finally:
        link.close()
    undos = select(func.count()).where(CheckIn.attendee_id == ids[0], CheckIn.result == "undo")
    assert _count(url, undos) == 1
    prints = select(func.count()).where(PrintLog.attendee_id == ids[0])
    assert _count(url, prints) == 1


def test_a_walk_in_whose_commit_answer_is_lost_is_registered_once(
    own_pg_server: Any, proxy: LanProxy
) -> None:
    """Registered on the server although the desk printed a provisional badge: one person,
    no reported duplicate, and the provisional badge scans as that person."""
    url = own_pg_server.url
    pg_event(url, "Doubt Walk-in", [{"given_name": "Tai", "family_name": "Chan"}])
    link = _desk(url, proxy, "Desk Walk-in")
    try:
        proxy.drop_after_next_commit()
        answer = link.walk_in(
            {"given_name": "Fiona", "family_name": "Lam", "email": "f@hk.example"}
        )
        assert proxy.dropped.is_set() and answer.journaled
        provisional = answer.result.attendee.badge_code
        report = _send(link)
        assert report.duplicates == []
        again = link.scan(provisional)
        assert not again.journaled and str(again.result.outcome) == "already"
    finally:
        link.close()
    assert _count(url, select(func.count()).where(Attendee.family_name == "Lam")) == 1
    dup = select(func.count()).where(AuditLog.action == "walk_in.duplicate")
    assert _count(url, dup) == 0


def test_a_scan_whose_session_lingers_on_the_server_is_sent_without_waiting_for_it(
    own_pg_server: Any, proxy: LanProxy
) -> None:
    """The link broke before the COMMIT arrived, and the server still holds that session's
    transaction and the person's row lock: the replay ends the lingering session and applies
    the check-in from the journal, instead of waiting hours for TCP keepalive."""
    url = own_pg_server.url
    ids, codes = pg_event(url, "Lingering", [{"given_name": "Yan", "family_name": "Ng"}])
    link = _desk(url, proxy, "Desk Linger")
    try:
        proxy.cut_before_next_commit()
        answer = link.scan(codes[0])
        assert proxy.dropped.is_set() and answer.journaled
        _send(link)
    finally:
        link.close()
    checked_in = select(func.count()).where(
        CheckIn.attendee_id == ids[0], CheckIn.result == "checked_in"
    )
    assert _count(url, checked_in) == 1


def test_a_lost_answer_that_said_already_in_still_reports_the_double(
    own_pg_server: Any, proxy: LanProxy
) -> None:
    """Another desk had just let the person in: the server logged this desk's scan as
    "already" and committed, but the answer was lost and this desk, deciding from its older
    mirror, showed green. That is a double admission, and it is reported."""
    url = own_pg_server.url
    _ids, codes = pg_event(url, "Doubt Double", [{"given_name": "Chi", "family_name": "Kwok"}])
    link = _desk(url, proxy, "Desk Late")
    try:
        other = open_store(url)
        with other.write_session() as s:
            assert str(scan(s, codes[0], "Desk Early").outcome) == "checked_in"
        other.close()
        proxy.drop_after_next_commit()
        answer = link.scan(codes[0])
        assert proxy.dropped.is_set() and answer.journaled
        assert str(answer.result.outcome) == "checked_in"  # from the mirror, which had not heard
        report = _send(link)
        assert len(report.doubles) == 1
        assert report.doubles[0]["first_desk"] == "Desk Early"
    finally:
        link.close()
    doubles = select(func.count()).where(AuditLog.action == "checkin.double_admission")
    assert _count(url, doubles) == 1


def test_a_scan_lost_in_a_server_crash_is_not_mistaken_for_a_later_write(
    own_pg_server: Any, proxy: LanProxy
) -> None:
    """The server crashed while a desk's scan was on its way: the transaction had its id but
    nothing of it reached the disk, so after the restart the server hands the same id to
    another desk's write, which checks the same person in. The first desk showed green from
    its mirror: that is a double admission, not a write of its own that landed."""
    url = own_pg_server.url
    _ids, codes = pg_event(url, "Reused Id", [{"given_name": "Wing", "family_name": "Lee"}])
    link = _desk(url, proxy, "Desk Lost")
    try:
        proxy.cut_after_next(b"desk_attempt")  # the statement noting the attempt
        answer = link.scan(codes[0])
        assert proxy.dropped.is_set() and answer.journaled and answer.offline
        assert str(answer.result.outcome) == "checked_in"  # from the mirror
        (lost,) = {e.detail.get("xid") for e in link.journal.waiting()}
        own_pg_server.crash()
        own_pg_server.resume()
        other = open_store(url)
        try:
            for _ in range(1000):  # the ids the crash forgot are handed out again, in order
                with other.write_session() as s:
                    if int(s.scalar(text("SELECT txid_current()"))) >= int(lost or 0):
                        assert str(scan(s, codes[0], "Desk Other").outcome) == "checked_in"
                        break
            else:
                raise AssertionError("the server never reached the lost transaction's id")
        finally:
            other.close()
        report = _send(link)
        assert len(report.doubles) == 1
        assert report.doubles[0]["first_desk"] == "Desk Other"
    finally:
        link.close()
    doubles = select(func.count()).where(AuditLog.action == "checkin.double_admission")
    assert _count(url, doubles) == 1


def test_a_list_scan_whose_commit_answer_is_lost_is_applied_once(
    own_pg_server: Any, proxy: LanProxy
) -> None:
    """A door's admission and exit whose COMMIT answers are lost: one admission and one exit
    on the server, no second "already" in the door's log."""
    from db.models import ListScan
    from desktop.core import checkin_lists as cl

    url = own_pg_server.url
    ids, codes = pg_event(url, "List In Doubt", [{"given_name": "Mei", "family_name": "Ho"}])
    admin = open_store(url)
    with admin.session() as s:
        cl.add_list(s, "Door", capacity=20, exits=True)
    admin.close()
    link = _desk(url, proxy, "Desk Door")
    try:
        for leaving in (False, True):
            proxy.drop_after_next_commit()
            answer = link.list_scan(
                lambda s, out=leaving: cl.scan_list(s, codes[0], "Door", "Desk Door", "", out),
                code=codes[0],
            )
            assert proxy.dropped.is_set(), "the link did not drop after the COMMIT"
            assert answer.journaled
            assert str(answer.done.result.outcome) == ("exited" if leaving else "checked_in")
            _send(link)
    finally:
        link.close()
    rows = select(ListScan.result).where(ListScan.attendee_id == ids[0]).order_by(ListScan.id)
    store = open_store(url)
    try:
        with store.factory() as s:
            assert list(s.scalars(rows)) == ["checked_in", "exit"]
    finally:
        store.close()
