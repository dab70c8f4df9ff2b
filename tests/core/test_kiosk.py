"""The kiosk's decisions (desktop.core.kiosk) and the staff PIN (desktop.base.pins), on a real
store: who an e-mail and 4 characters name, and that nothing else is ever confirmed."""

from __future__ import annotations

from sqlalchemy import update

from db.models import Attendee, TicketCode
from desktop.base.pins import hash_pin, pin_matches, pin_problem
from desktop.core.checkin import check_in_attendee, scan
from desktop.core.events import current_event
from desktop.core.kiosk import FailureGate, KioskOutcome, answer_for, confirm_email
from tests.pdf.helpers import NAMES, add_people


def _people(store, *emails_phones: tuple[str, str]) -> list[tuple[int, str]]:
    rows = [
        {**NAMES[i], "email": email, "phone": phone}
        for i, (email, phone) in enumerate(emails_phones)
    ]
    ids = add_people(store, rows)
    with store.session() as s:
        return [(i, s.get(Attendee, i).badge_code) for i in ids]


def test_e_mail_and_the_last_four_of_the_badge_code_or_phone(backend_store) -> None:
    store = backend_store
    (a, code_a), (b, code_b) = _people(
        store, ("tai.man@example.hk", "+852 9123 4567"), ("zoe@example.de", "")
    )
    with store.session() as s:
        assert confirm_email(s, "tai.man@example.hk", code_a[-4:]) == a
        assert confirm_email(s, "  Tai.Man@Example.HK ", code_a[-4:].lower()) == a
        assert confirm_email(s, "tai.man@example.hk", "4567") == a  # the phone's digits
        # Full-width characters typed through a Chinese input method fold to the same.
        full = "".join(chr(ord(c) + 0xFEE0) for c in code_a[-4:])
        assert confirm_email(s, "tai.man@example.hk", full) == a
        assert confirm_email(s, "zoe@example.de", code_b[-4:]) == b
        # Another person's code, a wrong one, the wrong length, no e-mail: nobody.
        assert confirm_email(s, "tai.man@example.hk", code_b[-4:]) is None
        assert confirm_email(s, "tai.man@example.hk", "0000") is None
        assert confirm_email(s, "tai.man@example.hk", code_a[-3:]) is None
        assert confirm_email(s, "tai.man@example.hk", code_a[-5:]) is None
        assert confirm_email(s, "", code_a[-4:]) is None
        assert confirm_email(s, "zoe@example.de", "") is None  # no phone: not "any 4 digits"
        assert confirm_email(s, "x" * 400 + "@a.b", "1234") is None
        assert confirm_email(s, "tai.man@example.hk\x00", code_a[-4:]) is None


def test_a_ticket_code_confirms_too(store) -> None:
    ((a, _),) = _people(store, ("ticket@example.org", ""))
    with store.session() as s:
        event = current_event(s)
        s.add(TicketCode(event_id=event.id, attendee_id=a, code="PRETIX-9f3kQ7", source="pretix"))
    with store.session() as s:
        assert confirm_email(s, "ticket@example.org", "3kq7") == a  # case and all
        assert confirm_email(s, "ticket@example.org", "9F3K") is None


def test_only_one_registered_person_is_ever_confirmed(backend_store) -> None:
    store = backend_store
    # Two people share an e-mail (a family's registration) and a phone: each has their own
    # badge code; the shared phone names neither.
    (a, code_a), (b, code_b), (c, code_c) = _people(
        store,
        ("family@example.com", "61234567"),
        ("family@example.com", "61234567"),
        ("cancelled@example.com", ""),
    )
    with store.session() as s:
        s.execute(update(Attendee).where(Attendee.id == c).values(status="cancelled"))
    with store.session() as s:
        assert confirm_email(s, "family@example.com", code_a[-4:]) == a
        assert confirm_email(s, "family@example.com", code_b[-4:]) == b
        assert confirm_email(s, "family@example.com", "4567") is None
        assert confirm_email(s, "cancelled@example.com", code_c[-4:]) is None


def test_the_kiosk_answer_names_only_who_checked_in(store) -> None:
    ((a, code),) = _people(store, ("tai.man@example.hk", ""))
    with store.session() as s:
        first = answer_for(scan(s, code, "Kiosk 1", "kiosk"))
        again = answer_for(check_in_attendee(s, a, "Kiosk 1", "kiosk"))
        forged = answer_for(scan(s, code[:-1] + ("A" if code[-1] != "A" else "B"), "Kiosk 1"))
        unknown = answer_for(scan(s, "42", "Kiosk 1"))
    assert (first.outcome, first.attendee_id, first.name, first.name_local) == (
        KioskOutcome.WELCOME,
        a,
        "Tai Man Chan",
        "陳大文",
    )
    assert again.outcome is KioskOutcome.ALREADY and again.attendee_id == a
    assert forged == unknown  # the same words, nothing about anyone
    assert (forged.outcome, forged.attendee_id, forged.name) == (KioskOutcome.HELP_DESK, None, "")


def test_the_failure_gate_shuts_after_five_and_opens_after_the_pause() -> None:
    gate = FailureGate(5, 120)
    for t in range(4):
        gate.failed(float(t))
        assert gate.is_open(float(t))
    gate.failed(4.0)
    assert not gate.is_open(5.0) and not gate.is_open(123.9)
    assert gate.is_open(124.0) and gate.failures == 0
    gate.failed(130.0)
    gate.succeeded()
    assert gate.failures == 0


def test_a_growing_gate_doubles_each_pause_in_a_row() -> None:
    gate, t = FailureGate(5, 60, grow=True), 0.0
    pauses = []
    for _round in range(8):
        for _ in range(5):
            gate.failed(t)
        shut = t
        while not gate.is_open(t):
            t += 1
        pauses.append(t - shut)
    assert pauses == [60, 120, 240, 480, 960, 1920, 3600, 3600]  # up to an hour
    gate.succeeded()
    assert gate.pause == 60


def test_a_pin_is_kept_only_as_a_salted_hash() -> None:
    stored = hash_pin("2468")
    assert "2468" not in stored and stored != hash_pin("2468")  # salted
    assert pin_matches("2468", stored) and pin_matches("２４６８", stored)  # full-width digits
    assert not pin_matches("2469", stored) and not pin_matches("", stored)
    assert not pin_matches("2468", "") and not pin_matches("2468", "garbage$1$zz$yy")
    assert pin_problem("123") and pin_problem("12345678901234") and pin_problem("12a4")
    assert pin_problem("٢٤٦٨")  # other scripts' digits are not a keypad's
    assert not pin_problem("0000")


def test_the_cli_checks_in_by_e_mail_as_the_kiosk_does(store, event_db) -> None:
    from tests.tools import confdesk

    ((a, code), _zoe) = _people(store, ("tai.man@example.hk", ""), ("zoe@example.de", ""))
    db = ("--db", str(event_db))
    wrong = confdesk(*db, "checkin", "--email", "tai.man@example.hk", "--confirm", "0000")
    assert wrong.returncode == 4 and "no registration matches" in wrong.stderr
    assert "Tai" not in wrong.stderr + wrong.stdout and "Traceback" not in wrong.stderr
    args = ("checkin", "--email", "TAI.MAN@example.hk", "--confirm", code[-4:], "--desk", "K2")
    first = confdesk(*db, *args, "--operator", "kiosk")
    assert first.returncode == 0 and "Tai Man Chan" in first.stdout
    again = confdesk(*db, *args)
    assert again.returncode == 3
    half = confdesk(*db, "checkin", "--email", "zoe@example.de")
    assert half.returncode != 0 and "--confirm" in half.stderr
    with store.factory() as s:
        from db.models import CheckIn

        rows = s.query(CheckIn.attendee_id, CheckIn.result, CheckIn.desk, CheckIn.operator)
        assert sorted(tuple(r) for r in rows) == [
            (a, "already", "K2", ""),
            (a, "checked_in", "K2", "kiosk"),
        ]
