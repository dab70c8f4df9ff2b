"""One badge at the desk (desktop.core.desk_badge) and `confdesk desk print`: whether it prints,
the PDF it makes (checked with pdftoppm and zbarimg), a lost badge's new code, and what a real
CUPS queue said about it, logged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import Attendee, PrintLog
from desktop.base.errors import UserError
from desktop.cli import main
from desktop.core.desk_badge import (
    DeskBadge,
    DeskPrint,
    Skip,
    SkipReason,
    badge_printed,
    decide,
    make_desk_badge,
)
from tests import cups
from tests.pdf.helpers import NAMES, add_people, decode_qr, render_png

private_cups = cups.private_cups  # the fixture: a private cupsd


def _attendee(store: Any, aid: int) -> Attendee:
    with store.factory() as s:
        a = s.get(Attendee, aid)
        s.expunge(a)
        return a


def _logs(store: Any) -> list[tuple[str, str, str, str]]:
    with store.factory() as s:
        rows = s.scalars(select(PrintLog).order_by(PrintLog.id))
        return [(p.kind, p.status, p.destination, p.reason) for p in rows]


def _qr(pdf: str) -> list[str]:
    (png,) = render_png(Path(pdf), dpi=150, last=1)
    return decode_qr(png)


def test_whether_a_badge_prints(store: Any, tmp_path: Path) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    with store.session() as s:
        assert decide(s, DeskPrint(aid)) is None
        assert decide(s, DeskPrint(aid, policy="never")) == Skip(SkipReason.POLICY_NEVER)
        assert decide(s, DeskPrint(10**9)) == Skip(SkipReason.UNKNOWN_ATTENDEE)
        with pytest.raises(UserError, match="unknown desk print"):
            decide(s, DeskPrint(aid, kind="batch"))
        s.get(Attendee, aid).badge_printed_at = s.get(Attendee, aid).created_at
    with store.session() as s:
        assert badge_printed(s, aid) and not badge_printed(s, 10**9)
        assert decide(s, DeskPrint(aid)) == Skip(SkipReason.ALREADY_PRINTED)
        assert decide(s, DeskPrint(aid, policy="always")) is None
        assert decide(s, DeskPrint(aid, force=True)) is None
        # A reprint always prints; a lost badge's new code needs the server.
        assert decide(s, DeskPrint(aid, "reprint", "damaged badge"), offline=True) is None
        lost = DeskPrint(aid, "reprint", "Lost badge ")
        assert decide(s, lost, offline=True) == Skip(SkipReason.LOST_BADGE_OFFLINE)
        assert decide(s, lost) is None


def test_the_badge_pdf_is_kept_in_the_badge_folder_with_the_persons_code(
    store: Any, tmp_path: Path
) -> None:
    (aid,) = add_people(store, [NAMES[0]])
    code = _attendee(store, aid).badge_code
    with store.session() as s:
        made = make_desk_badge(s, DeskPrint(aid, folder=tmp_path / "badges"))
    assert isinstance(made, DeskBadge) and not made.reissued
    path = Path(made.path)
    number = _attendee(store, aid).number
    assert path.parent == tmp_path / "badges" and path.name.startswith(f"badge-{number}-")
    assert made.person == "Tai Man Chan" and made.layouts is None
    assert _qr(made.path) == [code]
    # Made is not printed: that waits for the spooler.
    a = _attendee(store, aid)
    assert a.badge_printed_at is None and a.print_count == 0 and _logs(store) == []


def test_a_lost_badge_gets_a_new_code_and_the_old_one_is_refused(
    store: Any, tmp_path: Path
) -> None:
    from desktop.core.checkin import Outcome, scan

    (aid,) = add_people(store, [NAMES[2]])
    old = _attendee(store, aid).badge_code
    with store.session() as s:
        made = make_desk_badge(
            s, DeskPrint(aid, "reprint", "lost badge", folder=tmp_path, desk="Desk 2")
        )
    assert isinstance(made, DeskBadge) and made.reissued
    new = _attendee(store, aid).badge_code
    assert new != old and _qr(made.path) == [new]
    with store.session() as s:
        refused = scan(s, old, "Desk 1", "tester")
    assert refused.outcome is Outcome.REVOKED and "at Desk 2" in refused.message
    # Sent again after a failure: the same new code, no second reissue.
    with store.session() as s:
        again = make_desk_badge(
            s, DeskPrint(aid, "reprint", "lost badge", folder=tmp_path, reissue=False)
        )
    assert isinstance(again, DeskBadge) and not again.reissued
    assert _attendee(store, aid).badge_code == new


def test_the_layout_to_paint_is_made_on_request(store: Any, tmp_path: Path) -> None:
    (aid,) = add_people(store, [NAMES[3]])
    with store.session() as s:
        made = make_desk_badge(s, DeskPrint(aid, folder=tmp_path, layouts=True))
    assert isinstance(made, DeskBadge) and made.layouts is not None and len(made.layouts) == 1


def test_desk_print_without_a_printer_keeps_the_pdf_and_counts_nothing(
    store: Any, event_db: Path, tmp_path: Path, capsys: Any
) -> None:
    (aid,) = add_people(store, [NAMES[1]])
    db = ["--db", str(event_db)]
    folder = str(tmp_path / "out")
    assert main([*db, "desk", "print", str(aid), "--folder", folder]) == 0
    line = capsys.readouterr().out
    assert "not counted as printed" in line
    (pdf,) = Path(folder).glob("badge-*.pdf")
    assert _qr(str(pdf)) == [_attendee(store, aid).badge_code]
    assert _logs(store) == [("desk", "pdf_only", str(pdf), "")]
    assert not _attendee(store, aid).badge_printed_at
    # The policy says never: exit 3, nothing made.
    assert main([*db, "desk", "print", str(aid), "--policy", "never", "--folder", folder]) == 3
    assert "check-in printing is off" in capsys.readouterr().out
    assert len(list(Path(folder).glob("badge-*.pdf"))) == 1
    # Nobody with that id: one line, exit 3.
    assert main([*db, "desk", "print", "99999", "--folder", folder, "--json"]) == 3
    assert json.loads(capsys.readouterr().out)["skipped"] == "unknown attendee"


def test_desk_print_through_a_real_cups_pool(
    store: Any, event_db: Path, tmp_path: Path, capsys: Any, private_cups: Any
) -> None:
    """A broken queue first in the pool: the badge goes to the next, both attempts are
    logged with the spooler's words, the person counts as printed once; the next check-in
    prints nothing; a pool of broken queues only: exit 1, failed, not printed."""
    q = private_cups
    broken = q.add("Broken", "fail", "-o", "printer-error-policy=abort-job")
    good = q.add("Good")
    (aid, other) = add_people(store, [NAMES[4], NAMES[5]])
    db = ["--db", str(event_db)]
    pool = ["--printer", broken, "--printer", good]
    folder = ["--folder", str(tmp_path / "badges")]
    assert main([*db, "desk", "print", str(aid), *pool, *folder, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "printed" and out["printer"] == good
    assert [(a["printer"], a["status"]) for a in out["attempts"]] == [
        (broken, "failed"),
        (good, "printed"),
    ]
    assert "paper jam" in out["attempts"][0]["error"]
    (paper,) = q.printed(good)
    assert _qr(str(paper)) == [_attendee(store, aid).badge_code]
    assert [(k, st, d) for k, st, d, _ in _logs(store)] == [
        ("desk", "failed", broken),
        ("desk", "printed", good),
    ]
    a = _attendee(store, aid)
    assert a.print_count == 1 and a.badge_printed_at is not None
    assert main([*db, "desk", "print", str(aid), *pool, *folder]) == 3
    assert "badge already printed" in capsys.readouterr().out
    assert main([*db, "desk", "print", str(other), "--printer", broken, *folder]) == 1
    assert "badge not printed" in capsys.readouterr().out
    b = _attendee(store, other)
    assert b.print_count == 0 and b.badge_printed_at is None
