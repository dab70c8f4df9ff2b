"""pretix exports as pretix writes them (tests/data/attendees, provenance in its README): the
default options (no QR secret, one order's attendees sharing the order's e-mail) and German
headers import; re-importing changes nothing; people sharing an e-mail stay apart."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee
from tests.conftest import TEST_DATA
from tests.tools import confdesk

FILES = TEST_DATA / "attendees"


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return confdesk("--db", str(db), *args)


def _people(db: Path) -> list[tuple[str, str, str]]:
    store = open_store(str(db))
    with store.factory() as s:
        rows = s.execute(
            select(Attendee.given_name, Attendee.family_name, Attendee.email).order_by(Attendee.id)
        ).all()
    store.close()
    return [tuple(r) for r in rows]


@pytest.mark.parametrize(
    "name",
    [
        "pretix_checkinlist_test_csv_simple.csv",
        "pretix_checkinlist_default_options.csv",
        "pretix_checkinlist_de.csv",
    ],
)
def test_each_pretix_export_is_detected_and_imports_both_people(event_db: Path, name: str) -> None:
    run = _cli(event_db, "attendees", "import", str(FILES / name))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "preset pretix" in run.stdout
    assert _people(event_db) == [
        ("Peter", "Jones", "dummy@dummy.test"),
        ("Andrea", "Zulu", "dummy@dummy.test"),
    ]
    again = _cli(event_db, "attendees", "import", str(FILES / name))
    assert "created 0, updated 0, unchanged 2, rejected 0 of 2 rows" in again.stdout
    assert len(_people(event_db)) == 2


def test_a_shared_email_with_the_same_name_is_still_a_duplicate(
    event_db: Path, tmp_path: Path
) -> None:
    text = (FILES / "pretix_checkinlist_default_options.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    twice = tmp_path / "twice.csv"
    twice.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    run = _cli(event_db, "attendees", "import", str(twice))
    assert run.returncode == 1
    assert "duplicate of line 2 (same email and name 'dummy@dummy.test')" in run.stdout
    assert _people(event_db) == []


def test_a_name_fixed_upstream_updates_the_one_person_with_that_email(
    event_db: Path, tmp_path: Path
) -> None:
    one = tmp_path / "one.csv"
    one.write_text("First Name,Last Name,Email\nPeter,Jnoes,peter@example.org\n", encoding="utf-8")
    assert _cli(event_db, "attendees", "import", str(one)).returncode == 0
    one.write_text("First Name,Last Name,Email\nPeter,Jones,peter@example.org\n", encoding="utf-8")
    fixed = _cli(event_db, "attendees", "import", str(one))
    assert "updated 1" in fixed.stdout
    assert _people(event_db) == [("Peter", "Jones", "peter@example.org")]


def test_a_new_name_on_a_shared_email_is_added_and_said(event_db: Path, tmp_path: Path) -> None:
    path = FILES / "pretix_checkinlist_default_options.csv"
    assert _cli(event_db, "attendees", "import", str(path)).returncode == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    third = lines[1].replace(
        '"Mr Peter A Jones","Mr","Peter","A","Jones"', '"Ms Pat B Kim","Ms","Pat","B","Kim"'
    )
    bigger = tmp_path / "bigger.csv"
    bigger.write_text("\n".join([*lines, third]) + "\n", encoding="utf-8")
    run = _cli(event_db, "attendees", "import", str(bigger))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "created 1, updated 0, unchanged 2" in run.stdout
    assert "is shared by 2 attendee(s) and this name is new" in run.stdout
    assert [p[0] for p in _people(event_db)] == ["Peter", "Andrea", "Pat"]
