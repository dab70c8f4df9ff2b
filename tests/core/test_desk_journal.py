"""Scans while another process holds the event's write lock: answered at once, kept in the
desk journal, sent exactly once when the event is free, doubles reported.

The lock is held by a real second process (BEGIN IMMEDIATE, as an import does), and the
interrupted replay is a real commit without the journal being told.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Attendee, AuditLog, CheckIn
from desktop.base.errors import UserError
from desktop.core import attendees as core
from desktop.core.checkin import Outcome, scan
from desktop.core.desk_journal import (
    DeskJournal,
    check_in_or_journal,
    doubles,
    replay,
    scan_or_journal,
    send_journal,
    undo_or_journal,
)
from tests.locks import write_lock_held


def _codes(store, n: int) -> list[str]:
    with store.factory() as s:
        ids = s.scalars(
            select(Attendee.id)
            .where(Attendee.status == "registered", Attendee.checked_in_at.is_(None))
            .order_by(Attendee.id)
            .limit(n)
        ).all()
        return [core.get_card(s, i).badge_code for i in ids]


def _checked_in(store) -> int:
    with store.factory() as s:
        return s.scalar(select(func.count()).where(Attendee.checked_in_at.is_not(None))) or 0


def test_scans_during_a_held_write_lock_answer_at_once_and_are_sent_once(
    demo_store, tmp_path: Path
) -> None:
    journal = DeskJournal(tmp_path / "journal.sqlite")
    codes = _codes(demo_store, 6)
    before = _checked_in(demo_store)
    with write_lock_held(demo_store.sqlite_path):
        answers = []
        for code in codes:
            t0 = time.perf_counter()
            answers.append(scan_or_journal(demo_store, journal, code, "Desk 1"))
            assert time.perf_counter() - t0 < 1.0
        assert all(a.journaled and a.result.outcome is Outcome.CHECKED_IN for a in answers)
        assert journal.count_waiting() == 6
        assert send_journal(demo_store, journal) is None  # still busy: nothing sent
    report = send_journal(demo_store, journal)
    assert report is not None and report.sent == 6 and report.waiting == 0
    assert _checked_in(demo_store) == before + 6
    again = send_journal(demo_store, journal)
    assert again is not None and again.sent == 0
    assert _checked_in(demo_store) == before + 6
    with demo_store.factory() as s:
        logged = s.scalar(
            select(func.count()).where(CheckIn.result == "checked_in", CheckIn.desk == "Desk 1")
        )
    assert logged == 6


def test_a_person_admitted_at_two_desks_while_busy_is_one_check_in_and_one_double(
    demo_store, tmp_path: Path
) -> None:
    one = DeskJournal(tmp_path / "one.sqlite")
    two = DeskJournal(tmp_path / "two.sqlite")
    (code,) = _codes(demo_store, 1)
    with write_lock_held(demo_store.sqlite_path):
        a = scan_or_journal(demo_store, one, code, "Desk 1")
        b = scan_or_journal(demo_store, two, code, "Desk 2")
    assert a.result.outcome is b.result.outcome is Outcome.CHECKED_IN  # both admitted
    assert send_journal(demo_store, one).sent == 1
    report = send_journal(demo_store, two)
    assert report is not None and len(report.doubles) == 1
    double = report.doubles[0]
    assert (double["first_desk"], double["second_desk"]) == ("Desk 1", "Desk 2")
    with demo_store.factory() as s:
        assert len(doubles(s)) == 1
        person = s.scalars(select(Attendee).where(Attendee.badge_code == code)).one()
        assert person.checked_in_desk == "Desk 1"  # the first check-in is kept


def test_an_interrupted_replay_resumes_without_doubling(demo_store, tmp_path: Path) -> None:
    journal = DeskJournal(tmp_path / "journal.sqlite")
    codes = _codes(demo_store, 3)
    with write_lock_held(demo_store.sqlite_path):
        for code in codes:
            scan_or_journal(demo_store, journal, code, "Desk 3")
    # Sent and committed, but the desk died before marking the entries sent.
    with demo_store.write_session() as s:
        replay(s, journal)
    assert journal.count_waiting() == 3
    report = send_journal(demo_store, journal)
    assert report is not None and (report.sent, report.already_sent) == (0, 3)
    with demo_store.factory() as s:
        logged = s.scalar(select(func.count()).where(CheckIn.desk == "Desk 3"))
        applied = s.scalar(select(func.count()).where(AuditLog.action == "journal.applied"))
    assert (logged, applied) == (3, 3)


def test_refusals_while_busy_are_red_at_once_and_logged_later(demo_store, tmp_path: Path) -> None:
    journal = DeskJournal(tmp_path / "journal.sqlite")
    with write_lock_held(demo_store.sqlite_path):
        answer = scan_or_journal(demo_store, journal, "NOT-A-REAL-CODE", "Desk 4")
    assert answer.journaled and answer.result.outcome is Outcome.UNKNOWN
    send_journal(demo_store, journal)
    with demo_store.factory() as s:
        assert s.scalar(select(CheckIn.result).where(CheckIn.desk == "Desk 4")) == "unknown"


def test_a_free_event_is_written_directly(demo_store, tmp_path: Path) -> None:
    journal = DeskJournal(tmp_path / "journal.sqlite")
    (code,) = _codes(demo_store, 1)
    answer = scan_or_journal(demo_store, journal, code, "Desk 5")
    assert not answer.journaled and answer.result.outcome is Outcome.CHECKED_IN
    with demo_store.session() as s:
        assert scan(s, code, "Desk 5").outcome is Outcome.ALREADY
    assert journal.count_waiting() == 0


def test_a_revoked_badge_is_refused_while_busy_too(demo_store, tmp_path: Path) -> None:
    from desktop.core.tickets import reissue_badge

    journal = DeskJournal(tmp_path / "journal.sqlite")
    (old_code,) = _codes(demo_store, 1)
    with demo_store.write_session() as s:
        person = s.scalars(select(Attendee).where(Attendee.badge_code == old_code)).one()
        reissue_badge(s, person.id, "Desk 2", "", "lost badge")
    with write_lock_held(demo_store.sqlite_path):
        answer = scan_or_journal(demo_store, journal, old_code, "Desk 1")
    assert answer.journaled and answer.result.outcome is Outcome.REVOKED
    assert answer.result.message.startswith("Revoked badge")


def test_an_undo_while_busy_waits_behind_the_check_in_it_takes_back(
    demo_store, tmp_path: Path
) -> None:
    journal = DeskJournal(tmp_path / "journal.sqlite")
    (code,) = _codes(demo_store, 1)
    before = _checked_in(demo_store)
    with write_lock_held(demo_store.sqlite_path):
        admitted = scan_or_journal(demo_store, journal, code, "Desk 1")
        assert admitted.journaled and admitted.result.outcome is Outcome.CHECKED_IN
        person = admitted.result.attendee.id
        t0 = time.perf_counter()
        undone = undo_or_journal(demo_store, journal, person, "wrong person", "Desk 1")
        assert time.perf_counter() - t0 < 1.0
        assert undone.journaled and not undone.offline and undone.card.checked_in_at is None
        with pytest.raises(UserError, match="not checked in"):
            undo_or_journal(demo_store, journal, person, "twice", "Desk 1")
    report = send_journal(demo_store, journal)
    assert report is not None and report.sent == 2 and report.doubles == []
    assert _checked_in(demo_store) == before
    with demo_store.factory() as s:
        log = s.scalars(
            select(CheckIn.result).where(CheckIn.attendee_id == person).order_by(CheckIn.id)
        ).all()
        reasons = s.scalars(
            select(CheckIn.reason).where(CheckIn.attendee_id == person, CheckIn.result == "undo")
        ).all()
    assert log == ["checked_in", "undo"] and reasons == ["wrong person"]


def test_an_undo_without_a_reason_or_of_someone_not_in_saves_nothing(
    demo_store, tmp_path: Path
) -> None:
    journal = DeskJournal(tmp_path / "journal.sqlite")
    with demo_store.factory() as s:
        person = s.scalar(select(Attendee.id).where(Attendee.checked_in_at.is_(None)))
    with pytest.raises(UserError, match="reason"):
        undo_or_journal(demo_store, journal, person, "  \x00 ", "Desk 1")
    with pytest.raises(UserError, match="not checked in") as refused:
        undo_or_journal(demo_store, journal, person, "mistake", "Desk 1")
    assert refused.value.exit_code == 3
    with pytest.raises(UserError, match="no attendee with id 99999999"):
        undo_or_journal(demo_store, journal, 99_999_999, "mistake", "Desk 1")
    assert journal.count_waiting() == 0


def test_a_note_to_a_mirror_busy_with_a_refresh_never_holds_up_the_scan(tmp_path: Path) -> None:
    from desktop.core.mirror import NOTE_WAIT_MS, Mirror

    mirror = Mirror(tmp_path / "mirror.sqlite")
    try:
        with write_lock_held(tmp_path / "mirror.sqlite"):  # another connection writing
            t0 = time.perf_counter()
            mirror.note_check_in(1, "Desk 1", dt.datetime(2026, 1, 16, 9, 0))
            mirror.note_undo(1)
            waited = time.perf_counter() - t0
        assert waited < 2 * NOTE_WAIT_MS / 1000 + 1.0  # not the mirror's 10 s busy wait
    finally:
        mirror.close()


def test_the_same_badge_twice_at_one_desk_while_busy_is_already_in_the_second_time(
    demo_store, tmp_path: Path
) -> None:
    journal = DeskJournal(tmp_path / "journal.sqlite")
    (code,) = _codes(demo_store, 1)
    with write_lock_held(demo_store.sqlite_path):
        first = scan_or_journal(demo_store, journal, code, "Desk 1")
        second = scan_or_journal(demo_store, journal, code, "Desk 1")
    assert first.result.outcome is Outcome.CHECKED_IN
    assert second.result.outcome is Outcome.ALREADY and second.journaled
    assert second.result.attendee is not None
    assert second.result.attendee.checked_in_desk == "Desk 1"
    report = send_journal(demo_store, journal)
    assert report is not None and report.doubles == []


def test_a_person_chosen_by_name_while_busy_is_checked_in_at_once(
    demo_store, tmp_path: Path
) -> None:
    """Enter on a search hit, while an import holds the event: green at once, from the
    journal, sent once the event is free; the same person again is already in."""
    journal = DeskJournal(tmp_path / "journal.sqlite")
    (code,) = _codes(demo_store, 1)
    with demo_store.factory() as s:
        person = s.scalars(select(Attendee.id).where(Attendee.badge_code == code)).one()
    before = _checked_in(demo_store)
    with write_lock_held(demo_store.sqlite_path):
        t0 = time.perf_counter()
        first = check_in_or_journal(demo_store, journal, person, "Desk 1")
        assert time.perf_counter() - t0 < 1.0
        again = check_in_or_journal(demo_store, journal, person, "Desk 1")
    assert first.result.outcome is Outcome.CHECKED_IN and first.journaled
    assert again.result.outcome is Outcome.ALREADY
    report = send_journal(demo_store, journal)
    assert report is not None and report.sent == 2 and report.doubles == []
    assert _checked_in(demo_store) == before + 1
    free = check_in_or_journal(demo_store, journal, person, "Desk 2")
    assert free.result.outcome is Outcome.ALREADY and not free.journaled
