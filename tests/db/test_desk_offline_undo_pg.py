"""Undo at a desk whose server is away: kept in the desk journal, sent in order, and never
taking back another desk's check-in.

The server is a real PostgreSQL stopped with `pg_ctl stop -m immediate` and started again.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Store, open_store
from db.models import Attendee, AuditLog, CheckIn
from desktop.base.errors import UserError
from desktop.core import attendees as core
from desktop.core.checkin import Outcome
from desktop.core.desk_journal import (
    DeskJournal,
    ReplayReport,
    doubles,
    scan_or_journal,
    send_journal,
    undo_or_journal,
)
from desktop.core.events import create_event
from desktop.core.mirror import Mirror
from tests.tools import confdesk

pytestmark = pytest.mark.postgres


def _event(url: str, names: list[str]) -> list[tuple[int, str]]:
    admin = open_store(url, create=True)
    with admin.session() as s:
        event = create_event(s, "Undo Test", "Asia/Hong_Kong")
        ids = core.add_attendees(s, event, [{"given_name": n, "family_name": "Lee"} for n in names])
        people = [(i, core.get_card(s, i).badge_code) for i in ids]
    admin.close()
    return people


class _Desk:
    def __init__(self, url: str, name: str, folder: Path) -> None:
        self.name = name
        self.store: Store = open_store(url)
        self.journal = DeskJournal(folder / f"{name}.journal.sqlite")
        self.mirror = Mirror(folder / f"{name}.mirror.sqlite")
        with self.store.factory() as s:
            self.mirror.refresh(s)

    def scan(self, code: str):  # type: ignore[no-untyped-def]
        return scan_or_journal(self.store, self.journal, code, self.name, mirror=self.mirror)

    def undo(self, attendee_id: int, reason: str = "wrong person"):  # type: ignore[no-untyped-def]
        return undo_or_journal(
            self.store, self.journal, attendee_id, reason, self.name, mirror=self.mirror
        )

    def send(self) -> ReplayReport:
        for _ in range(100):
            report = send_journal(self.store, self.journal, wait_ms=1000)
            if report is not None:
                return report
            time.sleep(0.2)
        raise AssertionError("the journal was not sent after the server came back")

    def close(self) -> None:
        self.store.close()
        self.journal.close()
        self.mirror.close()


def _state(url: str, attendee_id: int) -> tuple[object, object, list[str], list[str]]:
    store = open_store(url)
    try:
        with store.factory() as s:
            a = s.get(Attendee, attendee_id)
            assert a is not None
            log = s.scalars(
                select(CheckIn.result)
                .where(CheckIn.attendee_id == attendee_id)
                .order_by(CheckIn.id)
            ).all()
            audit = s.scalars(
                select(AuditLog.action)
                .where(AuditLog.entity_id == attendee_id, AuditLog.action != "journal.applied")
                .order_by(AuditLog.id)
            ).all()
            return a.checked_in_at, a.checked_in_desk, list(log), list(audit)
    finally:
        store.close()


def test_an_undo_while_the_server_is_away_is_kept_and_sent_in_order(
    own_pg_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (ana, ana_code), (ben, ben_code), _ = _event(own_pg_server.url, ["Ana", "Ben", "Cy"])
    desk = _Desk(own_pg_server.url, "Desk 1", tmp_path)
    try:
        assert desk.scan(ana_code).result.outcome is Outcome.CHECKED_IN  # online
        own_pg_server.crash()
        assert desk.scan(ben_code).offline  # admitted offline
        undone = desk.undo(ana)
        assert undone.offline and undone.journaled
        assert undone.card.id == ana and undone.card.checked_in_at is None
        assert desk.undo(ben).offline  # an offline check-in is undone offline too
        with pytest.raises(UserError, match="not checked in") as again:
            desk.undo(ana)
        assert again.value.exit_code == 3
        # The mirror follows: Ben scanned again is checked in again, not "already".
        assert desk.scan(ben_code).result.outcome is Outcome.CHECKED_IN
        assert desk.journal.count_waiting() == 4

        own_pg_server.resume()
        report = desk.send()
        assert report.sent == 4 and report.waiting == 0 and report.doubles == []
    finally:
        desk.close()
    at, where, log, audit = _state(own_pg_server.url, ana)
    assert at is None and where is None
    assert log == ["checked_in", "undo"] and audit == ["checkin.undo"]
    at, where, log, audit = _state(own_pg_server.url, ben)
    assert at is not None and where == "Desk 1"
    assert log == ["checked_in", "undo", "checked_in"] and audit == ["checkin.undo"]


def test_an_offline_undo_never_takes_back_another_desks_check_in(
    own_pg_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ((dana, code),) = _event(own_pg_server.url, ["Dana"])
    one = _Desk(own_pg_server.url, "Desk 1", tmp_path)
    two = _Desk(own_pg_server.url, "Gate B", tmp_path)
    try:
        own_pg_server.crash()
        assert one.scan(code).result.outcome is Outcome.CHECKED_IN
        assert two.scan(code).result.outcome is Outcome.CHECKED_IN  # neither knows the other
        assert two.undo(dana, "scanned the wrong badge").offline
        own_pg_server.resume()
        assert one.send().sent == 1
        report = two.send()
        assert report.sent == 2 and len(report.doubles) == 1
    finally:
        one.close()
        two.close()
    at, where, log, audit = _state(own_pg_server.url, dana)
    assert at is not None and where == "Desk 1"  # Desk 1's check-in stands
    assert log == ["checked_in", "already"]  # Gate B's admission, sent second
    assert audit == ["checkin.double_admission", "checkin.undo_not_applied"]
    store = open_store(own_pg_server.url)
    try:
        with store.factory() as s:
            assert len(doubles(s)) == 1
    finally:
        store.close()


def test_an_offline_undo_of_a_check_in_made_elsewhere_before_the_outage_is_applied(
    own_pg_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ((eve, code),) = _event(own_pg_server.url, ["Eve"])
    one = _Desk(own_pg_server.url, "Desk 1", tmp_path)
    two = _Desk(own_pg_server.url, "Gate B", tmp_path)
    try:
        assert one.scan(code).result.outcome is Outcome.CHECKED_IN  # online, at Desk 1
        with two.store.factory() as s:
            two.mirror.refresh(s)  # Gate B's mirror is current, as its timer keeps it
        own_pg_server.crash()
        assert two.undo(eve, "Desk 1 scanned the wrong badge").offline
        own_pg_server.resume()
        assert two.send().sent == 1
    finally:
        one.close()
        two.close()
    at, where, log, audit = _state(own_pg_server.url, eve)
    assert at is None and where is None
    assert log == ["checked_in", "undo"] and audit == ["checkin.undo"]


def test_the_command_line_undoes_offline_and_sends_it_back(own_pg_server) -> None:  # type: ignore[no-untyped-def]
    url = own_pg_server.url
    (fay, code), (gus, _) = _event(url, ["Fay", "Gus"])
    assert confdesk("--db", url, "checkin", code, "--desk", "Gate A").returncode == 0
    own_pg_server.crash()
    off = confdesk(
        "--db", url, "checkin", "--undo", str(fay), "--reason", "wrong", "--desk", "Gate A"
    )
    assert off.returncode == 0, off.stderr
    assert "offline: saved, will be sent" in off.stderr
    assert off.stdout.strip() == f"check-in undone: Fay Lee (id {fay})"
    twice = confdesk(
        "--db", url, "checkin", "--undo", str(fay), "--reason", "x", "--desk", "Gate A"
    )
    assert twice.returncode == 3 and "Fay Lee is not checked in" in twice.stderr
    never = confdesk(
        "--db", url, "checkin", "--undo", str(gus), "--reason", "x", "--desk", "Gate A"
    )
    assert never.returncode == 3 and "Traceback" not in never.stderr
    own_pg_server.resume()
    synced = confdesk("--db", url, "desk", "sync", "--desk", "Gate A")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    at, _where, log, audit = _state(url, fay)
    assert at is None and log == ["checked_in", "undo"] and audit == ["checkin.undo"]


def test_an_undo_and_a_rescan_sent_together_keep_the_journals_order(
    own_pg_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.checkin import undo_checkin

    ((ana, code),) = _event(own_pg_server.url, ["Ana"])
    desk = _Desk(own_pg_server.url, "Desk 1", tmp_path)
    try:
        assert desk.scan(code).result.outcome is Outcome.CHECKED_IN  # online
        own_pg_server.crash()
        assert desk.undo(ana, "wrong badge").offline
        assert desk.scan(code).result.outcome is Outcome.CHECKED_IN  # the right one, offline
        own_pg_server.resume()
        office = open_store(own_pg_server.url)  # meanwhile the office took Ana's check-in back
        with office.write_session() as s:
            undo_checkin(s, ana, "office correction", "Office")
        office.close()
        assert desk.send().sent == 2
    finally:
        desk.close()
    at, where, log, audit = _state(own_pg_server.url, ana)
    # In the journal's order: the undo finds nothing to take back, the rescan checks Ana in.
    assert at is not None and where == "Desk 1"
    assert log == ["checked_in", "undo", "checked_in"]
    assert audit == ["checkin.undo", "checkin.undo_not_applied"]
