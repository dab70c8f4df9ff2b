"""A lost badge is revoked: its reprint carries a new code and the old code is refused.

Real stores, the core scan and the real command line (`confdesk attendees reissue`,
`confdesk checkin OLDCODE` with exit 4).
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee, AuditLog, CheckIn
from desktop.base.errors import UserError
from desktop.core import tickets
from desktop.core.attendees import add_attendees
from desktop.core.checkin import Outcome, scan
from desktop.core.events import create_event, current_event
from tests.pdf.helpers import NAMES, add_people

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True, text=True
    )


def _code(store, aid: int) -> str:
    with store.factory() as s:
        return s.get(Attendee, aid).badge_code


def test_reissued_code_checks_in_and_the_old_one_is_refused_as_revoked(store) -> None:
    aid, other = add_people(store, NAMES[:2])
    old = _code(store, aid)
    with store.session() as s:
        assert str(scan(s, old, "Desk 1").outcome) == "checked_in"
    at = dt.datetime(2026, 9, 27, 2, 12)  # 10:12 in Hong Kong
    with store.session() as s:
        new = tickets.reissue_badge(s, aid, "Desk 2", "amy", "lost badge", at=at)
    assert new != old and new.startswith(old.rsplit("-", 1)[0] + "-")
    with store.factory() as s:
        assert s.get(Attendee, aid).badge_code == new
        assert tickets.verify(current_event(s), new) == tickets.Parsed(
            tickets.Verdict.VALID, aid, 1
        )
    # The old code: a red refusal naming when and where the badge was reprinted.
    with store.session() as s:
        refused = scan(s, old, "Desk 3", "bob")
    assert refused.outcome is Outcome.REVOKED
    assert refused.message.startswith("Revoked badge (reprinted ")
    assert "at Desk 2" in refused.message and "10:12" in refused.message
    assert refused.exit_code == 4 and refused.attendee is not None
    assert refused.attendee.id == aid
    # The new badge is the person's badge: already checked in, like the old one was.
    with store.session() as s:
        assert scan(s, new, "Desk 3").outcome is Outcome.ALREADY
    # Someone else's badge is untouched.
    with store.session() as s:
        assert scan(s, _code(store, other), "Desk 3").outcome is Outcome.CHECKED_IN
    with store.factory() as s:
        logged = s.scalars(select(CheckIn.result).order_by(CheckIn.id)).all()
        assert logged == ["checked_in", "revoked", "already", "checked_in"]
        audit = s.scalars(select(AuditLog.action).where(AuditLog.entity_id == aid)).all()
        assert "badge.reissue" in audit and "checkin.refused" in audit


def test_a_second_loss_revokes_the_second_code_too(store) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    first = _code(store, aid)
    with store.session() as s:
        second = tickets.reissue_badge(s, aid, "Desk 1", "", "lost badge")
    with store.session() as s:
        third = tickets.reissue_badge(s, aid, "Desk 1", "", "lost badge")
    assert len({first, second, third}) == 3
    with store.session() as s:
        ev = current_event(s)
        assert tickets.verify(ev, third).generation == 2
        assert [str(scan(s, c, "Desk 1").outcome) for c in (first, second, third)] == [
            "revoked",
            "revoked",
            "checked_in",
        ]


def test_a_badge_carried_from_an_earlier_store_is_revoked_with_it(tmp_path: Path) -> None:
    laptop = open_store(str(tmp_path / "laptop.sqlite"), create=True)
    venue = open_store(str(tmp_path / "venue.sqlite"), create=True)
    try:
        with laptop.session() as s:
            (lid,) = add_attendees(s, create_event(s, "Summit"), [{"given_name": "Ana"}])
        carried = _code(laptop, lid)
        with venue.session() as s:
            ev = create_event(s, "Summit")
            (vid,) = add_attendees(s, ev, [{"given_name": "Ana"}], [[(carried, "confdesk")]])
        with venue.session() as s:
            tickets.reissue_badge(s, vid, "Desk 2", "", "lost badge")
        with venue.session() as s:
            result = scan(s, carried, "Desk 1")
        assert result.outcome is Outcome.REVOKED and result.attendee.id == vid
    finally:
        laptop.close()
        venue.close()


def test_carried_badges_are_found_by_the_importer_s_source_name() -> None:
    from desktop.core.attendee_import.validate import BADGE_SOURCE

    assert tickets.CARRIED_BADGE_SOURCE == BADGE_SOURCE


def test_reissue_refusals(store) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    with store.session() as s, pytest.raises(UserError, match="no attendee with id 999"):
        tickets.reissue_badge(s, 999, "Desk 1", "", "lost badge")
    with store.session() as s, pytest.raises(UserError, match="reason"):
        tickets.reissue_badge(s, aid, "Desk 1", "", "  ")


def test_codes_of_generation_zero_are_unchanged() -> None:
    class Ev:
        id, code_prefix, signing_key = 3, "AB12", "00" * 32

    code = tickets.badge_code(Ev, 41)  # type: ignore[arg-type]
    assert code.count("-") == 2
    assert tickets.badge_code_for(Ev.signing_key, "AB12", 3, 41) == code
    assert tickets.verify(Ev, code) == tickets.Parsed(tickets.Verdict.VALID, 41, 0)  # type: ignore[arg-type]
    again = tickets.badge_code(Ev, 41, generation=1)  # type: ignore[arg-type]
    assert again.count("-") == 3 and tickets.verify(Ev, again).generation == 1  # type: ignore[arg-type]
    # A generation cannot be made up: the signature covers it.
    prefix, id36, _gen, mac = again.split("-")
    assert tickets.verify(Ev, f"{prefix}-{id36}-2-{mac}").verdict is tickets.Verdict.FORGED  # type: ignore[arg-type]
    assert tickets.verify(Ev, f"{prefix}-{id36}-{mac}").verdict is tickets.Verdict.FORGED  # type: ignore[arg-type]


def test_cli_reissue_then_checkin_of_the_old_code_exits_4(store, event_db: Path) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    old = _code(store, aid)
    db = ["--db", str(event_db)]
    r = _cli(*db, "attendees", "reissue", str(aid), "--desk", "Desk 2")
    assert r.returncode == 2 and "--reason" in r.stderr
    r = _cli(*db, "attendees", "reissue", str(aid), "--reason", "lost badge", "--desk", "Desk 2")
    assert r.returncode == 0, r.stderr
    new = _code(store, aid)
    assert new in r.stdout and old not in r.stdout
    r = _cli(*db, "checkin", old)
    assert r.returncode == 4
    # Today "at HH:MM"; a reissue just before midnight reads "on D Mon at HH:MM" after it.
    assert re.search(r"Revoked badge \(reprinted (on \d+ \w+ )?at \d\d:\d\d at Desk 2\)", r.stdout)
    r = _cli(*db, "checkin", new)
    assert r.returncode == 0 and r.stdout.startswith("Checked in")
    r = _cli(*db, "attendees", "reissue", "999", "--reason", "lost badge")
    assert r.returncode == 4 and "no attendee with id 999" in r.stderr
    r = _cli(*db, "attendees", "reissue", "--help")
    assert r.returncode == 0 and "refused" in r.stdout
