"""Order codes at the desk (issue 12, section 4): pretix's order code and Eventbrite's
Order # are kept, searchable and scannable; a scanned order code of one person checks them
in, of several shows them to pick from (nobody checked in until one is chosen)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from db.models import Attendee
from desktop.cli import main
from desktop.core import attendees
from desktop.core.checkin import Outcome, scan
from desktop.core.desk_journal import decide_scan
from desktop.core.events import current_event
from desktop.core.mirror import Mirror
from tests.conftest import TEST_DATA
from tests.core.import_support import run_import, write_csv

PRETIX = TEST_DATA / "attendees" / "pretix_checkinlist_default_options.csv"  # order FOO: 2


def _pretix(store, tmp_path: Path) -> Path:
    path = Path(shutil.copyfile(PRETIX, tmp_path / "pretix.csv"))
    result = run_import(store, path)
    assert (result.preset, result.created, result.rejected) == ("pretix", 2, 0)
    return path


def test_the_order_code_is_kept_and_found_by_search(store, tmp_path: Path) -> None:
    _pretix(store, tmp_path)
    with store.session() as s:
        orders = s.execute(select(Attendee.family_name, Attendee.order_code)).all()
        assert sorted(orders) == [("Jones", "FOO"), ("Zulu", "FOO")]
        found = attendees.search(s, "foo", limit=10)
        assert sorted(h.family_name for h in found) == ["Jones", "Zulu"]


def test_an_order_of_two_is_a_choice_not_a_check_in(store, tmp_path: Path) -> None:
    _pretix(store, tmp_path)
    with store.session() as s:
        result = scan(s, "FOO", "Desk 1")
        assert result.outcome is Outcome.PICK and result.attendee is None
        assert [c.family_name for c in result.choices] == ["Jones", "Zulu"]
        assert str(result.message) == "Order FOO: 2 people - choose who is here"
        lower = scan(s, "foo", "Desk 1")  # a scanner with Caps Lock on
        assert lower.outcome is Outcome.PICK
        assert s.scalar(select(Attendee.id).where(Attendee.checked_in_at.is_not(None))) is None


def test_an_order_of_one_checks_them_in(store, tmp_path: Path) -> None:
    header = ["Order #", "Attendee #", "First Name", "Last Name", "Email", "Ticket Type",
              "Barcode #", "Attendee Status"]  # fmt: skip
    rows = [
        ["1111111111", "901", "Mei", "Wong", "mei@example.hk", "General Admission", "B901", ""],
        ["2222222222", "902", "Ka Yan", "Lee", "ky@example.hk", "General Admission", "B902", ""],
        ["2222222222", "903", "Ho", "Lee", "ho@example.hk", "General Admission", "B903", ""],
    ]
    result = run_import(store, write_csv(tmp_path / "eventbrite.csv", header, rows))
    assert (result.preset, result.created) == ("eventbrite", 3)
    with store.session() as s:
        one = scan(s, "1111111111", "Desk 1")
        assert one.outcome is Outcome.CHECKED_IN
        assert one.attendee is not None and one.attendee.given_name == "Mei"
        two = scan(s, "2222222222", "Desk 1")
        assert two.outcome is Outcome.PICK
        assert [c.given_name for c in two.choices] == ["Ka Yan", "Ho"]


def test_the_command_line_lists_the_order(store, event_db: Path, tmp_path: Path, capsys) -> None:
    _pretix(store, tmp_path)
    store.close()
    code = main(["--db", str(event_db), "checkin", "FOO", "--desk", "Desk 1"])
    out = capsys.readouterr().out.splitlines()
    assert code == 5
    assert out[0] == "Order FOO: 2 people - choose who is here"
    assert [line.split(" (id")[0].strip() for line in out[1:]] == [
        "Peter Jones",
        "Andrea Zulu",
    ]
    code = main(["--db", str(event_db), "checkin", "FOO", "--desk", "Desk 1", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert (code, doc["outcome"], len(doc["choices"])) == (5, "pick", 2)


def test_export_and_import_again_keep_the_order(store, tmp_path: Path, capsys) -> None:
    _pretix(store, tmp_path)
    out = tmp_path / "attendees.csv"
    with store.session() as s:
        from desktop.core.attendee_export import export

        export(s, current_event(s), out, "attendees")
    assert "Order code" in out.read_text("utf-8-sig").splitlines()[0]
    again = run_import(store, out)
    assert (again.preset, again.updated, again.created) == ("confdesk", 0, 0)


def test_a_mirror_from_before_the_order_code_keeps_its_rows_and_learns_it(
    store, tmp_path: Path
) -> None:
    """A desk's mirror written by the Confdesk before this column: opened while the server is
    away it still admits from its rows; at the next refresh it learns the order codes, and
    its search index goes on working (a new person is found by name)."""
    _pretix(store, tmp_path)
    path = tmp_path / "mirror.sqlite"
    mirror = Mirror(path)
    with store.session() as s:
        mirror.refresh(s)
        badge = s.scalar(select(Attendee.badge_code).where(Attendee.family_name == "Jones"))
    mirror.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX IF EXISTS ix_attendee_event_order")
    conn.execute("ALTER TABLE attendee DROP COLUMN order_code")
    conn.commit()
    conn.close()
    mirror = Mirror(path)  # the old file, opened before the server answers
    try:
        with mirror.session() as m:
            result, admit = decide_scan(m, badge, "Desk 1")
        assert result.outcome is Outcome.CHECKED_IN and admit is not None  # rows kept
        run_import(
            store,
            write_csv(tmp_path / "more.csv", ["Given name", "Family name", "Email"],
                      [["Quasimodo", "Notre-Dame", "q@example.fr"]]),
        )  # fmt: skip
        with store.session() as s:
            assert mirror.refresh(s) == 3  # the whole event again, with its order codes
        with mirror.session() as m:
            result, admit = decide_scan(m, "FOO", "Desk 1")
            assert (result.outcome, admit) == (Outcome.PICK, None)
            assert [c.family_name for c in result.choices] == ["Jones", "Zulu"]
            assert [h.family_name for h in attendees.search(m, "quasimodo", limit=5)] == [
                "Notre-Dame"
            ]
    finally:
        mirror.close()


def test_an_order_larger_than_the_list_says_how_many_it_holds(store, tmp_path: Path) -> None:
    """A whole school's order (60 pupils): the first 50 to pick from, the count said."""
    header = ["Order code", "Attendee name", "Email", "Product", "Checked in"]
    rows = [["CLASS1", f"Pupil {n:02d}", f"p{n}@school.example", "Student", ""] for n in range(60)]
    run_import(store, write_csv(tmp_path / "class.csv", header, rows))
    with store.session() as s:
        result = scan(s, "CLASS1", "Desk 1")
    assert result.outcome is Outcome.PICK and len(result.choices) == 50
    assert (
        str(result.message) == "Order CLASS1: 60 people, the first 50 listed - choose who is here"
    )


def test_an_order_code_longer_than_its_column_is_cut_not_a_crash(store, tmp_path: Path) -> None:
    header = ["Order code", "Attendee name", "Email", "Product", "Checked in"]
    result = run_import(
        store, write_csv(tmp_path / "long.csv", header, [["X" * 300, "Ada Lovelace", "", "", ""]])
    )
    assert (result.created, result.rejected) == (1, 0)
    with store.session() as s:
        assert s.scalar(select(Attendee.order_code)) == "X" * 64
