"""Scanning at the desk: each outcome's message, exit code and exactly what gets written."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import func, select, text

from db.models import Attendee, AuditLog, CheckIn, TicketCode, utcnow
from desktop.base.errors import UserError
from desktop.cli import main
from desktop.core import attendees as core
from desktop.core.checkin import (
    Outcome,
    activity_marker,
    check_in_attendee,
    counters,
    scan,
    undo_checkin,
)
from desktop.core.events import current_event, to_local, to_utc
from desktop.core.tickets import badge_code_for

PEOPLE = [
    {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文", "category": "speaker"},
    {
        "given_name": "Mei Ling",
        "family_name": "Ho",
        "category": "vip",
        "staff_note": "Wheelchair access",
    },
    {"given_name": "Zoë", "family_name": "Müller", "external_id": "IND-2026-77"},
    {"given_name": "Cancelled", "family_name": "Person", "status": "cancelled"},
]


@pytest.fixture
def ids(store) -> list[int]:
    with store.session() as s:
        return core.add_attendees(
            s, current_event(s), PEOPLE, [[], [], [("pretix-SECRET-abc123", "pretix")], []]
        )


def code_of(store, attendee_id: int) -> str:
    with store.session() as s:
        return core.get_card(s, attendee_id).badge_code


def snapshot(store) -> dict[str, Any]:
    """Every row a scan could touch, to prove what changed and what did not."""
    with store.engine.connect() as c:
        return {
            "attendee": c.execute(text("SELECT * FROM attendee ORDER BY id")).all(),
            "ticket": c.execute(text("SELECT * FROM ticket_code ORDER BY id")).all(),
            "checkin": c.execute(
                text("SELECT id, attendee_id, result, desk FROM checkin_log")
            ).all(),
            "audit": c.execute(text("SELECT id, action, entity_id FROM audit_log")).all(),
            "print": c.execute(text("SELECT count(*) FROM print_log")).scalar(),
        }


def set_checked_in_at(store, attendee_id: int, local: dt.datetime) -> None:
    """Put the attendee's check-in at `local` (naive: the event's time) in the row."""
    with store.session() as s:
        s.get(Attendee, attendee_id).checked_in_at = to_utc(current_event(s), local)


def event_today(session) -> dt.date:
    return to_local(current_event(session), utcnow()).date()


def test_check_in_then_already(store, ids) -> None:
    code = code_of(store, ids[0])
    with store.session() as s:
        first = scan(s, code, "Desk 1", "Ann")
    assert (first.outcome, first.message, first.exit_code) == (Outcome.CHECKED_IN, "Checked in", 0)
    assert first.attendee and first.attendee.name_local == "陳大文"
    assert first.staff_note == "Speaker: hand over speaker pack"
    # Checked in today at 07:05 in Hong Kong (23:05 the day before in UTC), whatever the time
    # now: the message gives the time only.
    for _attempt in range(3):
        with store.factory() as s:
            today = event_today(s)
        set_checked_in_at(store, ids[0], dt.datetime.combine(today, dt.time(7, 5)))
        with store.factory() as s:
            second = scan(s, code.lower() + "\r\n", "Desk 2")  # a scanner in lower case, CR LF
            if event_today(s) == today:
                s.commit()
                break
            s.rollback()  # midnight came during the scan: again, on the new day
    else:
        pytest.fail("the day changed during every scan")
    assert second.outcome is Outcome.ALREADY and second.exit_code == 3
    assert second.message == "Already checked in at 07:05 at Desk 1"
    with store.session() as s:
        rows = s.execute(select(CheckIn.result, CheckIn.desk, CheckIn.operator)).all()
        assert rows == [("checked_in", "Desk 1", "Ann"), ("already", "Desk 2", "")]
        a = s.get(Attendee, ids[0])
        assert (a.checked_in_desk, a.checked_in_at is not None) == ("Desk 1", True)


def test_already_checked_in_on_another_day_says_the_date(store, ids) -> None:
    code = code_of(store, ids[0])
    with store.session() as s:
        assert scan(s, code, "Desk 1").outcome is Outcome.CHECKED_IN
    # 06:30 in Hong Kong on 14 March 2025 (22:30 on the 13th in UTC): a day long gone.
    set_checked_in_at(store, ids[0], dt.datetime(2025, 3, 14, 6, 30))
    with store.session() as s:
        again = scan(s, code, "Desk 2")
    assert (again.outcome, again.exit_code) == (Outcome.ALREADY, 3)
    assert again.message == "Already checked in on 14 Mar at 06:30 at Desk 1"


def test_vip_note_joins_category_and_own_note(store, ids) -> None:
    with store.session() as s:
        result = scan(s, code_of(store, ids[1]), "Desk 1")
    assert result.staff_note == "VIP: call host · Wheelchair access"


def test_ticketing_codes_and_external_ids_check_in(store, ids) -> None:
    with store.session() as s:
        r = scan(s, "pretix-SECRET-abc123", "Desk 1")
    assert (r.outcome, r.attendee.display_name) == (Outcome.CHECKED_IN, "Zoë Müller")
    with store.session() as s:
        assert scan(s, "IND-2026-77", "Desk 1").outcome is Outcome.ALREADY


def test_ticket_codes_scanned_with_caps_lock_check_in(backend_store) -> None:
    people = [{"given_name": n, "family_name": "Lee"} for n in ("Ann", "Bo", "Cy", "Di")]
    tickets = [
        [("k7x2mqp9r4tz", "pretix")],  # pretix secrets are lower case
        [("Eb3dEf-0042", "eventbrite")],  # mixed case
        [("dup-code", "pretix")],  # two codes differing only in case: exact only
        [("DUP-CODE", "pretix")],
    ]
    with backend_store.session() as s:
        ann, bo, cy, di = core.add_attendees(s, current_event(s), people, tickets)
    with backend_store.session() as s:
        r = scan(s, "K7X2MQP9R4TZ", "Desk 1")  # Caps Lock on: the scanner's letters come upper
        assert (r.outcome, r.attendee.id) == (Outcome.CHECKED_IN, ann)
        r = scan(s, "eB3DeF-0042", "Desk 1")  # Caps Lock inverts a mixed-case code
        assert (r.outcome, r.attendee.id) == (Outcome.CHECKED_IN, bo)
        assert scan(s, "k7x2mqp9r4tz", "Desk 1").outcome is Outcome.ALREADY
        assert scan(s, "DUP-CODE", "Desk 1").attendee.id == di  # the exact code wins
        assert scan(s, "dup-code", "Desk 1").attendee.id == cy
        r = scan(s, "Dup-Code", "Desk 1")  # both people would fit: refused, not guessed
        assert (r.outcome, r.message) == (Outcome.UNKNOWN, "Unknown code")


def _other_event_code(store) -> str:
    return badge_code_for("ab" * 32, "ZZZZ", 99, 1)


def _forged(code: str) -> str:
    return code[:-1] + ("A" if code[-1] != "A" else "B")


REFUSALS = [
    ("forged", lambda c, s: _forged(c), Outcome.FORGED, "Forged code"),
    ("truncated", lambda c, s: c[:-4], Outcome.INVALID, "Incomplete badge code: scan again"),
    ("empty", lambda c, s: "", Outcome.INVALID, "Nothing scanned"),
    ("blank", lambda c, s: " \r\n", Outcome.INVALID, "Nothing scanned"),
    ("4 KB", lambda c, s: "A" * 4096, Outcome.INVALID, "Not a badge code (too long)"),
    (
        "binary",
        lambda c, s: "\x00\xff\xfe\x01\x02PK\x03\x04",
        Outcome.INVALID,
        "Not a badge code (unreadable characters)",
    ),
    (
        "other event",
        lambda c, s: _other_event_code(s),
        Outcome.OTHER_EVENT,
        "Badge of another event",
    ),
    ("unknown", lambda c, s: "HELLO-WORLD", Outcome.UNKNOWN, "Unknown code"),
]


@pytest.mark.parametrize(
    ("label", "make", "outcome", "message"), REFUSALS, ids=[r[0] for r in REFUSALS]
)
def test_refused_scan_writes_only_its_log_and_audit_entry(
    store, ids, label, make, outcome, message
) -> None:
    raw = make(code_of(store, ids[0]), store)
    before = snapshot(store)
    with store.session() as s:
        result = scan(s, raw, "Desk 1", "Ann")
    assert (result.outcome, result.message, result.exit_code, result.attendee) == (
        outcome,
        message,
        4,
        None,
    )
    after = snapshot(store)
    assert after["attendee"] == before["attendee"] and after["ticket"] == before["ticket"]
    assert after["print"] == before["print"]
    (new_log,) = after["checkin"][len(before["checkin"]) :]
    assert new_log[1:] == (None, str(outcome), "Desk 1")
    (new_audit,) = after["audit"][len(before["audit"]) :]
    assert new_audit[1:] == ("checkin.refused", None)


def test_cancelled_registration_refused(store, ids) -> None:
    before = snapshot(store)
    with store.session() as s:
        r = scan(s, code_of(store, ids[3]), "Desk 1")
    assert (r.outcome, r.message, r.exit_code) == (Outcome.CANCELLED, "Registration cancelled", 4)
    after = snapshot(store)
    assert after["attendee"] == before["attendee"]
    assert [row[1:] for row in after["checkin"]] == [(ids[3], "cancelled", "Desk 1")]
    assert [row[1:] for row in after["audit"]] == [("checkin.refused", ids[3])]


def test_check_in_from_search_and_undo(store, ids) -> None:
    with store.session() as s:
        assert check_in_attendee(s, ids[0], "Desk 2").outcome is Outcome.CHECKED_IN
        assert check_in_attendee(s, ids[0], "Desk 1").outcome is Outcome.ALREADY
        assert counters(s, "Desk 2") == counters(s, "Desk 2").__class__(3, 1, 1)
        marker = activity_marker(s)
    with store.session() as s, pytest.raises(UserError, match="reason"):
        undo_checkin(s, ids[0], "  ", "Desk 2")
    with store.session() as s:
        card = undo_checkin(s, ids[0], "wrong person", "Desk 2", "Ann")
        assert card.checked_in_at is None
        assert activity_marker(s) != marker
        assert counters(s, "Desk 2").checked_in == 0
    with store.session() as s, pytest.raises(UserError, match="not checked in"):
        undo_checkin(s, ids[0], "again", "Desk 2")
    with store.session() as s:
        assert scan(s, code_of(store, ids[0]), "Desk 3").outcome is Outcome.CHECKED_IN
        kinds = [(h["kind"], h["desk"]) for h in core.history(s, ids[0])]
        assert kinds == [
            ("checkin", "Desk 3"),
            ("undo", "Desk 2"),
            ("refused", "Desk 1"),
            ("checkin", "Desk 2"),
        ]
        assert (
            s.scalar(
                select(func.count()).select_from(AuditLog).where(AuditLog.action == "checkin.undo")
            )
            == 1
        )


def test_merged_records_badge_checks_in_the_kept_record(store, ids) -> None:
    with store.session() as s:
        core.merge_attendees(s, ids[0], ids[2], "Desk 1")
        r = scan(s, code_of(store, ids[2]), "Desk 1")
        assert (r.outcome, r.attendee.id) == (Outcome.CHECKED_IN, ids[0])
        assert s.scalar(select(TicketCode.attendee_id)) == ids[0]


def test_cli_exit_codes(store, ids, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store.url)
    code = code_of(store, ids[0])
    assert main(["--db", db, "checkin", code, "--desk", "Desk 4"]) == 0
    assert "Checked in: Tai Man Chan 陳大文" in capsys.readouterr().out
    assert main(["--db", db, "checkin", code, "--json"]) == 3
    out = json.loads(capsys.readouterr().out)
    assert out["outcome"] == "already" and out["message"].endswith("at Desk 4")
    assert out["attendee"]["id"] == ids[0]
    for raw in (_forged(code), "nonsense", code_of(store, ids[3])):
        assert main(["--db", db, "checkin", raw]) == 4
    assert main(["--db", db, "checkin", "--undo", str(ids[0])]) == 2
    assert "needs --reason" in capsys.readouterr().err
    assert main(["--db", db, "checkin", "--undo", str(ids[0]), "--reason", "mistake"]) == 0
    assert main(["--db", db, "checkin", "--undo", str(ids[0]), "--reason", "mistake"]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["confdesk: error: Tai Man Chan is not checked in"]


def test_same_outcomes_and_logs_on_both_backends(backend_store) -> None:
    with backend_store.session() as s:
        event = current_event(s)
        ids = core.add_attendees(
            s, event, PEOPLE, [[], [], [("pretix-SECRET-abc123", "pretix")], []]
        )
        core.merge_attendees(s, ids[1], ids[2], "Desk 1")
        codes = [core.get_card(s, i).badge_code for i in ids]
    got = []
    for raw in (codes[0], codes[0], "pretix-SECRET-abc123", codes[1], codes[3], _forged(codes[0])):
        with backend_store.session() as s:
            r = scan(s, raw, "Desk 1", "Ann")
            got.append((r.outcome, r.attendee.id if r.attendee else None, r.exit_code))
    assert got == [
        (Outcome.CHECKED_IN, ids[0], 0),
        (Outcome.ALREADY, ids[0], 3),
        (Outcome.CHECKED_IN, ids[1], 0),  # ticket code of the merged record: the kept one
        (Outcome.ALREADY, ids[1], 3),
        (Outcome.CANCELLED, ids[3], 4),
        (Outcome.FORGED, None, 4),
    ]
    with backend_store.session() as s:
        log = s.execute(
            select(CheckIn.attendee_id, CheckIn.result, CheckIn.operator).order_by(CheckIn.id)
        ).all()
        assert log == [
            (ids[0], "checked_in", "Ann"),
            (ids[0], "already", "Ann"),
            (ids[1], "checked_in", "Ann"),
            (ids[1], "already", "Ann"),
            (ids[3], "cancelled", "Ann"),
            (None, "forged", "Ann"),
        ]
        assert undo_checkin(s, ids[1], "wrong person", "Desk 1").checked_in_at is None
        assert check_in_attendee(s, ids[1], "Desk 2").attendee.checked_in_desk == "Desk 2"
        assert counters(s, "Desk 2").desk_checked_in == 1
