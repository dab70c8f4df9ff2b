"""Walk-ins, duplicates, edits, cancel/restore and merges: validated, audit-logged, reversible."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from db.models import Attendee, AuditLog, CheckIn, PrintLog
from desktop.base.errors import UserError
from desktop.cli import main
from desktop.core import attendees as core
from desktop.core.attendee_list import filtered_ids
from desktop.core.checkin import Outcome, counters, scan
from desktop.core.events import current_event

CHAN = {
    "given_name": "Tai Man",
    "family_name": "Chan",
    "name_local": "陳大文",
    "email": "chan@example.com",
    "organization": "Kowloon Robotics",
}


@pytest.fixture
def chan(store) -> int:
    with store.session() as s:
        (i,) = core.add_attendees(s, current_event(s), [CHAN])
    return i


def count(store, model) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"organization": "Nobody Inc"}, "enter a name"),
        ({"given_name": "  ", "family_name": "\t"}, "enter a name"),
        ({"given_name": "Ann", "email": "ann-at-example.com"}, "not an e-mail address"),
        ({"given_name": "Ann", "email": "ann@example"}, "not an e-mail address"),
        ({"given_name": "Ann", "category": "astronaut"}, "unknown category 'astronaut'"),
    ],
)
def test_walk_in_validation_changes_nothing(store, chan, fields, message) -> None:
    before = (count(store, Attendee), count(store, AuditLog), count(store, CheckIn))
    with store.session() as s, pytest.raises(UserError, match=message):
        core.register_walk_in(s, fields, "Desk 1")
    assert (count(store, Attendee), count(store, AuditLog), count(store, CheckIn)) == before


def test_walk_in_registers_and_checks_in(store, chan) -> None:
    with store.session() as s:
        result = core.register_walk_in(
            s,
            {
                "given_name": "Ann",
                "family_name": "Lee",
                "email": "Ann.Lee@Example.com",
                "category": "Press",
            },
            "Desk 2",
            "Bo",
        )
    card = result.attendee
    assert (result.outcome, result.message, result.exit_code) == (
        Outcome.CHECKED_IN,
        "Checked in",
        0,
    )
    assert (card.display_name, card.email, card.category, card.checked_in_desk) == (
        "Ann Lee",
        "ann.lee@example.com",
        "press",
        "Desk 2",
    )
    assert result.staff_note == "Press: hand over press kit"
    with store.session() as s:
        assert [h.id for h in core.search(s, "ann lee")] == [card.id]
        assert scan(s, card.badge_code, "Desk 1").outcome is Outcome.ALREADY
        assert [h["kind"] for h in core.history(s, card.id)] == ["refused", "checkin", "register"]
        only = core.register_walk_in(s, {"name_local": "李安"}, "Desk 2", check_in=False)
        assert only.outcome is Outcome.REGISTERED and only.attendee.checked_in_at is None


@pytest.mark.parametrize(
    "fields",
    [
        {"given_name": "Someone", "email": "CHAN@example.com"},
        {"given_name": "Chan", "family_name": "Tai Man"},  # family name first
        {"given_name": "tai man", "family_name": "CHAN"},
        {"name_local": "陳大文"},
    ],
)
def test_duplicates_found(store, chan, fields) -> None:
    with store.session() as s:
        assert [c.id for c in core.find_duplicates(s, fields)] == [chan]


def test_no_duplicate_for_a_different_person(store, chan) -> None:
    with store.session() as s:
        assert core.find_duplicates(s, {"given_name": "Tai", "family_name": "Chan"}) == []
        assert core.find_duplicates(s, {"name_local": "陳大"}) == []


def test_edit_is_audited_and_validated(store, chan) -> None:
    with store.session() as s:
        changes = core.edit_attendee(
            s, chan, {"organization": "HKUST", "email": "TM.Chan@hkust.example"}, "Desk 1", "Bo"
        )
    assert changes == {
        "organization": ("Kowloon Robotics", "HKUST"),
        "email": ("chan@example.com", "tm.chan@hkust.example"),
    }
    with store.session() as s:
        (h,) = core.history(s, chan)
        assert (h["kind"], h["desk"], h["operator"]) == ("edit", "Desk 1", "Bo")
        assert "Kowloon Robotics" in h["detail"] and "HKUST" in h["detail"]
        assert core.edit_attendee(s, chan, {"organization": "HKUST"}, "Desk 1") == {}
    for values, message in (
        ({"email": "broken"}, "not an e-mail"),
        ({"category": "king"}, "unknown category"),
        ({"status": "cancelled"}, "cannot edit status"),
        ({"given_name": "", "family_name": "", "name_local": ""}, "needs a name"),
    ):
        with store.session() as s, pytest.raises(UserError, match=message):
            core.edit_attendee(s, chan, values, "Desk 1")
    assert count(store, AuditLog) == 1


def test_cancel_and_restore(store, chan) -> None:
    with store.session() as s, pytest.raises(UserError, match="reason"):
        core.cancel_attendee(s, chan, "", "Desk 1")
    with store.session() as s:
        assert core.cancel_attendee(s, chan, "refund", "Desk 1").status == "cancelled"
        assert counters(s, "Desk 1").registered == 0
        assert (
            scan(s, core.get_card(s, chan).badge_code, "Desk 1").message == "Registration cancelled"
        )
    with store.session() as s, pytest.raises(UserError, match="already cancelled"):
        core.cancel_attendee(s, chan, "again", "Desk 1")
    with store.session() as s:
        assert core.restore_attendee(s, chan, "Desk 1").status == "registered"
        assert scan(s, core.get_card(s, chan).badge_code, "Desk 1").outcome is Outcome.CHECKED_IN
        kinds = [h["kind"] for h in core.history(s, chan)]
    assert kinds == ["checkin", "restore", "refused", "cancel"]


def test_merge_keeps_both_logs_and_the_earliest_check_in(store, chan) -> None:
    with store.session() as s:
        (dup,) = core.add_attendees(
            s,
            current_event(s),
            [{"given_name": "Tai-Man", "family_name": "Chan", "phone": "+852 5555 0000"}],
            [[("EB-1", "eventbrite")]],
        )
        first = scan(s, core.get_card(s, dup).badge_code, "Desk 3")  # the duplicate came first
    with store.session() as s:
        scan(s, core.get_card(s, chan).badge_code, "Desk 1")
        s.add(PrintLog(event_id=current_event(s).id, attendee_id=dup, kind="desk"))
    with store.session() as s:
        kept = core.merge_attendees(s, chan, dup, "Desk 1", "Bo")
    assert kept.checked_in_at == first.attendee.checked_in_at and kept.checked_in_desk == "Desk 3"
    assert kept.phone == "+852 5555 0000" and kept.name_local == "陳大文"
    with store.session() as s:
        assert [h.id for h in core.search(s, "chan")] == [chan]
        assert [h.id for h in core.search(s, "EB-1")] == [chan]
        assert scan(s, "EB-1", "Desk 1").attendee.id == chan
        assert filtered_ids(s) == [chan]
        kinds = [h["kind"] for h in core.history(s, chan)]
        assert sorted(kinds) == sorted(["checkin", "checkin", "print", "merge", "merge", "refused"])
        assert (
            s.scalar(select(func.count()).select_from(CheckIn).where(CheckIn.attendee_id == dup))
            == 0
        )
        assert s.get(Attendee, dup).merged_into_id == chan
    with store.session() as s, pytest.raises(UserError, match="merged into"):
        core.merge_attendees(s, chan, dup, "Desk 1")
    with store.session() as s, pytest.raises(UserError, match="two different"):
        core.merge_attendees(s, chan, chan, "Desk 1")


def test_cli_walk_in_duplicate_and_cancel(store, chan, capsys: pytest.CaptureFixture[str]) -> None:
    db = store.url
    args = ["--db", db, "attendees", "add", "--given", "Chan", "--family", "Tai Man"]
    assert main(args) == 5
    assert (
        "Tai Man Chan, 陳大文, chan@example.com (same name) is already registered"
        in capsys.readouterr().err
    )
    assert main([*args, "--force", "--category", "vip", "--desk", "Desk 9"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Checked in: Chan Tai Man") and "VIP: call host" in out
    assert main(["--db", db, "attendees", "add", "--org", "X"]) == 2
    assert "enter a name" in capsys.readouterr().err
    assert main(["--db", db, "attendees", "cancel", str(chan), "--reason", "duplicate"]) == 0
    assert main(["--db", db, "attendees", "show", str(chan)]) == 0
    assert "cancel" in capsys.readouterr().out
    assert main(["--db", db, "attendees", "restore", str(chan)]) == 0
    assert main(["--db", db, "attendees", "edit", str(chan), "--set", "title=CTO"]) == 0
    assert "title: '' -> 'CTO'" in capsys.readouterr().out
    # Bad input exits 2 (0, 3 and 4 are check-in outcomes), with one line and nothing changed.
    assert main(["--db", db, "attendees", "show", "999"]) == 2
    assert "no attendee with id 999" in capsys.readouterr().err
    assert main(["--db", db, "attendees", "edit", "999", "--set", "title=CTO"]) == 2
    assert main(["--db", db, "attendees", "cancel", str(chan), "--reason", "refund"]) == 0
    assert main(["--db", db, "attendees", "cancel", str(chan), "--reason", "again"]) == 2
    assert "is already cancelled" in capsys.readouterr().err
    assert main(["--db", db, "attendees", "restore", str(chan)]) == 0
    assert main(["--db", db, "attendees", "restore", str(chan)]) == 2
    assert "is not cancelled" in capsys.readouterr().err
    with store.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM attendee")).scalar() == 2


def test_cli_merge_refuses_two_different_people_without_force(
    store, chan, capsys: pytest.CaptureFixture[str]
) -> None:
    other = {
        "given_name": "Eddie",
        "family_name": "Wong",
        "email": "eddie@example.com",
        "organization": "HKU",
        "title": "Professor",
    }
    same = {"given_name": "CHAN", "family_name": "Tai-Man", "email": "tm@example.org"}
    with store.session() as s:
        eddie, twin = core.add_attendees(s, current_event(s), [other, same])
    db = store.url
    assert main(["--db", db, "attendees", "merge", str(chan), str(eddie)]) == 2
    err = capsys.readouterr().err
    assert "different names and e-mail addresses" in err and "--force" in err
    with store.session() as s:
        assert s.get(Attendee, eddie).merged_into_id is None
        assert s.get(Attendee, chan).title == ""
    # The same name in the other order (case, hyphen aside): one person, no --force needed.
    assert main(["--db", db, "attendees", "merge", str(chan), str(twin)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "attendees", "merge", str(chan), str(eddie), "--force"]) == 0
    out = capsys.readouterr().out
    assert f"title filled from {eddie}: 'Professor'" in out and "organization" not in out
    with store.session() as s:
        kept = s.get(Attendee, chan)
        # Filled where empty, never overwritten.
        assert (kept.title, kept.organization, kept.email) == (
            "Professor",
            "Kowloon Robotics",
            "chan@example.com",
        )
        merge = s.scalars(
            select(AuditLog).where(AuditLog.action == "attendee.merge").order_by(AuditLog.id.desc())
        ).first()
        assert merge.details["filled"] == {"title": "Professor"}
