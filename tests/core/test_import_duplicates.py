"""Likely duplicates at import (issue 12, section 4): a new row with the same e-mail and name
as someone already here, or the same name (either script) and organization, is listed in
the check report, and merged, added or skipped as the user chooses, per row and for all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Attendee, AuditLog
from desktop.cli import main
from desktop.core.checkin import scan
from tests.core.import_support import run_import, write_csv

HEADER = [
    "Registration ID",
    "First Name",
    "Last Name",
    "中文姓名",
    "Email",
    "Company",
    "Ticket code",
]
FIRST = [
    ["R1", "Tai Man", "Chan", "陳大文", "tm@example.hk", "HKUST", "T-R1"],
    ["R2", "Wei", "Wang", "王伟", "wei@example.cn", "北京大学", "T-R2"],
    ["R3", "Ada", "Lovelace", "", "ada@example.org", "", "T-R3"],
]
# The ticketing system's next export: Chan bought a second ticket (a new registration id and
# code, his e-mail and name); 王伟 registered again with another e-mail, same organization;
# another Wei Wang works elsewhere (not a duplicate); a new person.
SECOND = [
    *FIRST,
    ["R5", "Tai Man", "Chan", "陳大文", "tm@example.hk", "HKUST", "T-R5"],
    ["R6", "", "", "王伟", "wangwei@pku.example.cn", "北京大学", "T-R6"],
    ["R7", "Wei", "Wang", "", "wei.wang@tsinghua.example.cn", "Tsinghua", "T-R7"],
    ["R8", "Priya", "Nair", "", "priya@example.in", "IISc", "T-R8"],
]


def _live(store) -> int:
    with store.session() as s:
        return int(
            s.scalar(
                select(func.count()).select_from(Attendee).where(Attendee.merged_into_id.is_(None))
            )
            or 0
        )


def _first(store, tmp_path: Path) -> Path:
    run_import(store, write_csv(tmp_path / "first.csv", HEADER, FIRST))
    return write_csv(tmp_path / "second.csv", HEADER, SECOND)


def test_the_check_lists_likely_duplicates(store, tmp_path: Path) -> None:
    second = _first(store, tmp_path)
    result = run_import(store, second, dry_run=True)
    found = [(d.line, d.attendee, d.reason, d.action) for d in result.duplicates]
    assert found == [
        (5, "Tai Man Chan", "email_and_name", "add"),
        (6, "Wei Wang", "name_and_organization", "add"),
    ]
    assert (result.created, result.unchanged, result.applied) == (4, 3, False)


def test_by_default_they_are_added_and_said(store, event_db, tmp_path: Path, capsys) -> None:
    second = _first(store, tmp_path)
    code = main(["--db", str(event_db), "attendees", "import", str(second)])
    out = capsys.readouterr().out
    assert code == 0
    chan_id = next(d.split("#")[1].split()[0] for d in out.splitlines() if d.startswith("line 5:"))
    assert (
        f"line 5: likely duplicate of attendee #{chan_id} Tai Man Chan (the same e-mail and "
        "name): added as a new person"
    ) in out
    assert "(the same name and organization): added as a new person" in out
    assert "choose with --duplicates merge|skip" in out
    assert _live(store) == 3 + 4


def test_merged_they_are_one_person_and_stay_one(store, tmp_path: Path, capsys) -> None:
    second = _first(store, tmp_path)
    result = run_import(store, second, duplicates="merge", desk="Desk 1")
    assert (result.created, result.merged, result.skipped) == (2, 2, 0)
    assert _live(store) == 3 + 2
    with store.session() as s:
        chan = s.scalars(select(Attendee).where(Attendee.external_id == "R1")).one()
        # his second ticket scans as him
        found = scan(s, "T-R5", "Desk 1")
        assert found.attendee is not None and found.attendee.id == chan.id
        wang = s.scalars(select(Attendee).where(Attendee.external_id == "R2")).one()
        assert wang.email == "wei@example.cn"  # merged: his own fields are never overwritten
        merges = s.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.action == "attendee.merge")
        )
        assert merges == 2
    # The same export again: the merged tickets are known; nothing doubled, nothing asked.
    again = run_import(store, second)
    assert (again.created, again.rejected, again.duplicates) == (0, 0, [])
    assert _live(store) == 3 + 2


def test_each_line_its_own_choice(store, event_db, tmp_path: Path, capsys) -> None:
    second = _first(store, tmp_path)
    code = main(
        [
            "--db",
            str(event_db),
            "attendees",
            "import",
            str(second),
            "--duplicates",
            "skip",
            "--duplicate",
            "6=merge",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "(the same e-mail and name): skipped" in out
    assert "(the same name and organization): merged into them" in out
    assert "merged 1, skipped 1" in out
    assert _live(store) == 3 + 2  # R7 and R8 added; R5 skipped; R6 merged


@pytest.mark.parametrize("value", ["5=keep", "five=merge", "5"])
def test_a_choice_that_is_none_is_one_line(
    store, event_db, tmp_path: Path, capsys, value: str
) -> None:
    second = _first(store, tmp_path)
    before = _live(store)
    code = main(["--db", str(event_db), "attendees", "import", str(second), "--duplicate", value])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().endswith("write it as LINE=merge, LINE=add or LINE=skip")
    assert _live(store) == before
