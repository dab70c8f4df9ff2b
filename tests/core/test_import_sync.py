"""Re-import as sync, validation, bad input and the `attendees import` command."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Attendee, AuditLog, CheckIn, Event, utcnow
from desktop.base.errors import Cancelled
from desktop.base.progress import CancelFlag
from desktop.cli import main
from desktop.core.attendee_import import ImportOptions, import_file
from desktop.core.events import current_event
from tests.core.import_support import by_email, counts, people, run_import, write_csv

HEADER = ["Registration ID", "First Name", "Last Name", "中文姓名", "Email", "Company", "Category"]
ROWS = [
    ["R1", "Tai Man", "Chan", "陳大文", "tm@example.hk", "HKUST", "speaker"],
    ["R2", "Zoë", "Núñez", "", "zoe@example.es", "Café Zoë", ""],
    ["R3", "Wei", "Wang", "王伟", "wei@example.cn", "北京大学", "vip"],
]


def test_reimport_updates_without_duplicating_or_touching_checkins(backend_store, tmp_path):
    store = backend_store
    first = run_import(store, write_csv(tmp_path / "a.csv", HEADER, ROWS))
    assert (first.created, first.updated, first.unchanged) == (3, 0, 0)
    # The desk checks one person in and prints their badge between the two imports.
    checked = utcnow().replace(microsecond=0)
    with store.session() as s:
        a = s.scalars(select(Attendee).where(Attendee.external_id == "R1")).one()
        a.checked_in_at, a.checked_in_desk = checked, "Desk 2"
        a.badge_printed_at, a.print_count = checked, 1
        s.add(CheckIn(event_id=a.event_id, attendee_id=a.id, result="checked_in", desk="Desk 2"))
    before = counts(store)
    changed = [
        ["R1", "Tai Man", "Chan", "陳大文", "tm@example.hk", "HKUST Robotics", "speaker"],
        ROWS[1],
        ["R3", "Wei", "Wang", "王伟", "wei.wang@example.cn", "北京大学", "vip"],
        ["R4", "Priya", "Nair", "", "priya@example.in", "IISc", "press"],
    ]
    second = run_import(store, write_csv(tmp_path / "b.csv", HEADER, changed))
    assert (second.created, second.updated, second.unchanged, second.rejected) == (1, 2, 1, 0)
    after = counts(store)
    assert after["attendee"] == before["attendee"] + 1
    assert after["checkin_log"] == before["checkin_log"]
    chan = by_email(store, "tm@example.hk")
    assert chan.organization == "HKUST Robotics"
    assert (chan.checked_in_at, chan.checked_in_desk) == (checked, "Desk 2")
    assert (chan.badge_printed_at, chan.print_count) == (checked, 1)
    assert by_email(store, "wei.wang@example.cn").external_id == "R3"
    assert "hkust robotics" in chan.search_text
    # Same file a third time: nothing to do.
    third = run_import(store, tmp_path / "b.csv")
    assert (third.created, third.updated, third.unchanged) == (0, 0, 4)


def test_people_sharing_a_name_are_never_merged(store, tmp_path: Path) -> None:
    header = ["Name", "Email"]
    run_import(store, write_csv(tmp_path / "a.csv", header, [["Wei Chan", "wei1@example.hk"]]))
    rows = [["Wei Chan", "wei2@example.hk"], ["Wei Chan", "wei3@example.hk"]]
    result = run_import(store, write_csv(tmp_path / "b.csv", header, rows))
    assert result.created == 2
    assert sorted(p["email"] for p in people(store)) == [
        "wei1@example.hk",
        "wei2@example.hk",
        "wei3@example.hk",
    ]


def test_match_by_email_when_the_file_has_no_id(store, tmp_path: Path) -> None:
    header = ["Name", "E-mail", "Organisation"]
    run_import(store, write_csv(tmp_path / "a.csv", header, [["Ana Lima", "ana@x.org", "USP"]]))
    result = run_import(
        store, write_csv(tmp_path / "b.csv", header, [["Ana Lima", "ANA@x.org", "Unicamp"]])
    )
    assert (result.created, result.updated) == (0, 1)
    assert by_email(store, "ana@x.org").organization == "Unicamp"


def test_validation_report_rejects_and_writes_nothing(store, tmp_path: Path) -> None:
    rows = [
        ["R1", "Tai Man", "Chan", "", "tm@example.hk", "", ""],
        ["R2", "", "", "", "noname@example.hk", "", ""],
        ["R3", "Bad", "Mail", "", "not-an-email", "", ""],
        ["R1", "Tai Man", "Chan", "", "tm2@example.hk", "", ""],
        ["R5", "Cat", "Egory", "", "cat@example.hk", "", "astronaut"],
        ["R6", "Good", "Row", "", "good@example.hk", "", "貴賓"],
    ]
    path = write_csv(tmp_path / "bad.csv", HEADER, rows)
    before = counts(store)
    result = run_import(store, path)
    assert not result.applied and result.rejected == 4
    errors = {(p.line, p.message) for p in result.problems if p.level == "error"}
    assert errors == {
        (3, "no name"),
        (4, "malformed email 'not-an-email'"),
        (5, "duplicate of line 2 (same id 'R1')"),
        (
            6,
            "unknown category 'astronaut': give it a value rule"
            " (astronaut=attendee, speaker, vip...) or a default category",
        ),
    }
    assert counts(store) == before
    # Skipping the rejected rows imports the rest, and the rejects file re-imports once fixed.
    skipped = run_import(store, path, skip_invalid=True)
    assert skipped.applied and (skipped.created, skipped.rejected) == (2, 4)
    assert by_email(store, "good@example.hk").category == "vip"


def test_cli_import_rejects_file_fix_and_reimport(event_db: Path, tmp_path: Path, capsys):
    rows = [ROWS[0], ["R9", "No", "Mail", "", "nomail@", "", ""]]
    path = write_csv(tmp_path / "in.csv", HEADER, rows)
    rejects = tmp_path / "rejects.csv"
    db = ["--db", str(event_db)]
    code = main([*db, "attendees", "import", str(path), "--rejects", str(rejects)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "line 3: error: malformed email 'nomail@'" in out
    assert "NOT applied" in out and "nothing was written" in err
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        got = list(csv.reader(fh))
    assert got[0] == [*HEADER, "Import problem"]
    assert got[1] == [*rows[1], "malformed email 'nomail@'"]
    got[1][4] = "fixed@example.org"
    with rejects.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(got)
    assert main([*db, "attendees", "import", str(path), "--skip-invalid"]) == 1
    capsys.readouterr()
    assert main([*db, "attendees", "import", str(rejects), "--json"]) == 0
    assert '"created": 1' in capsys.readouterr().out
    assert main([*db, "attendees", "import", str(path), "--dry-run"]) == 1


def test_dry_run_writes_nothing_and_mapping_is_saved_and_reused(store, tmp_path: Path):
    header = ["Nom complet", "Courriel", "Société"]
    path = write_csv(tmp_path / "fr.csv", header, [["Chloé Dubois", "cd@example.fr", "ENS"]])
    before = counts(store)
    overrides = {"Nom complet": "full_name", "Courriel": "email", "Société": "organization"}
    dry = run_import(store, path, overrides=dict(overrides), dry_run=True)
    assert (dry.created, dry.applied) == (1, False)
    assert counts(store) == before
    done = run_import(store, path, overrides=dict(overrides))
    assert done.applied and done.created == 1
    with store.factory() as s:
        event = s.scalars(select(Event)).one()
        saved = event.settings["import_mappings"]
        audit = s.scalars(select(AuditLog).where(AuditLog.action == "attendee.import")).one()
    assert len(saved) == 1
    assert audit.details["created"] == 1 and audit.details["file"] == "fr.csv"
    path2 = write_csv(tmp_path / "fr2.csv", header, [["Chloé Dubois", "cd@example.fr", "CNRS"]])
    again = run_import(store, path2)
    assert again.mapping_source == "saved" and again.updated == 1
    assert by_email(store, "cd@example.fr").organization == "CNRS"


def test_emoji_and_right_to_left_names_are_kept_intact(store, tmp_path: Path) -> None:
    rows = [
        ["Zoë 🎉", "Ng", "zoe@example.org"],
        ["\u200fمحمد", "عبد الله", "m@example.sa"],
        ["נועה", "כהן", "noa@example.il"],
    ]
    result = run_import(
        store, write_csv(tmp_path / "x.csv", ["First name", "Surname", "Email"], rows)
    )
    assert result.created == 3
    got = {p["email"]: (p["given_name"], p["family_name"]) for p in people(store)}
    assert got["zoe@example.org"] == ("Zoë 🎉", "Ng")
    assert got["m@example.sa"] == ("\u200fمحمد", "عبد الله")
    assert got["noa@example.il"] == ("נועה", "כהן")


def _bad_files(tmp: Path) -> dict[str, tuple[Path, list[str], int, str]]:
    """name -> (file, extra CLI args, exit code, message expected on stderr)."""
    (tmp / "empty.csv").write_bytes(b"")
    write_csv(tmp / "header.csv", HEADER, [])
    (tmp / "binary.csv").write_bytes(bytes(range(256)) * 64)
    lines = "\n".join(["Name,Email"] + [f"陳大文{i},p{i}@example.hk" for i in range(30)])
    data = lines.encode()
    cut = data.index(b"\n\xe9\x99\xb3\xe5\xa4\xa7\xe6\x96\x8710,") + 1
    (tmp / "badbyte.csv").write_bytes(data[:cut] + b"\xfe" + data[cut:])
    write_csv(tmp / "dup.csv", ["Name", "Email", "Email"], [["A B", "a@x.org", "b@x.org"]])
    write_csv(tmp / "noname.csv", ["Email", "Company"], [["a@x.org", "X"]])
    write_csv(tmp / "long.csv", ["Name", "Email"], [["A" * 150 + " " + "B" * 149, "a@x.org"]])
    write_csv(tmp / "ok.csv", ["Name", "Email"], [["Ana Lima", "a@x.org"]])
    (tmp / "unclosed.csv").write_text('Name,Email\n"unterminated,a@b.c\nX Y,x@y.z\n')
    return {
        "empty": (tmp / "empty.csv", [], 2, "empty.csv is empty"),
        "header-only": (tmp / "header.csv", [], 2, "header.csv has a header but no rows"),
        "binary": (tmp / "binary.csv", [], 2, "binary.csv is not a text file"),
        "bad-byte": (tmp / "badbyte.csv", [], 2, "line 12: byte 0xfe is not valid utf-8"),
        "duplicate-columns": (tmp / "dup.csv", [], 2, "columns 2 and 3 are both named 'Email'"),
        "no-name": (tmp / "noname.csv", [], 2, "no column holds a name"),
        "300-characters": (tmp / "long.csv", [], 1, "name is 300 characters long (at most 150)"),
        "unknown-map-column": (
            tmp / "ok.csv",
            ["--map", "Nickname=given_name"],
            2,
            "the file has no column named 'Nickname'",
        ),
        "unknown-map-field": (tmp / "ok.csv", ["--map", "Name=nickname"], 2, "unknown field"),
        "unclosed-quote": (tmp / "unclosed.csv", [], 2, "unclosed.csv: line 2: unclosed quote"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "empty",
        "header-only",
        "binary",
        "bad-byte",
        "duplicate-columns",
        "no-name",
        "300-characters",
        "unknown-map-column",
        "unknown-map-field",
        "unclosed-quote",
    ],
)
def test_bad_input_gives_one_clear_line_and_changes_nothing(
    store, event_db: Path, tmp_path: Path, capsys, case: str
) -> None:
    path, args, code, message = _bad_files(tmp_path)[case]
    before = counts(store)
    assert main(["--db", str(event_db), "attendees", "import", str(path), *args]) == code
    out, err = capsys.readouterr()
    assert message in out + err
    assert "Traceback" not in out + err
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("confdesk: error: ")
    assert counts(store) == before


def test_300_character_name_is_rejected_with_its_length(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "n.csv", ["First name", "Last name"], [["X" * 300, "Y"]])
    result = run_import(store, path)
    assert [p.message for p in result.problems] == [
        "given name is 300 characters long (at most 150); shorten it"
    ]


def test_cancel_leaves_the_store_unchanged(store, tmp_path: Path) -> None:
    rows = [[f"Person {i}", f"p{i}@example.org"] for i in range(5000)]
    path = write_csv(tmp_path / "big.csv", ["Name", "Email"], rows)
    flag = CancelFlag()
    before = counts(store)

    def progress(done: int, total: int, message: str) -> None:
        if message == "adding attendees":
            flag.cancel()

    with pytest.raises(Cancelled), store.session() as s:
        import_file(s, current_event(s), path, ImportOptions(), progress=progress, cancel=flag)
    assert counts(store) == before


@pytest.mark.slow
def test_50_mb_file_with_one_bad_row_is_rejected_whole(store, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ID", "Name", "中文姓名", "Email", "Organization", "Notes"])
        i = 0
        while fh.tell() < 50_000_000:
            i += 1
            w.writerow([f"R{i}", f"Person Number{i}", "陳大文", f"p{i}@example.org",
                        "香港科技園 Example Labs", "x" * 40])  # fmt: skip
        w.writerow(["RX", "Last Person", "", "broken@", "", ""])
    before = counts(store)
    result = run_import(store, path)
    assert path.stat().st_size >= 50_000_000
    assert result.rejected == 1 and not result.applied
    assert [p.message for p in result.problems] == ["malformed email 'broken@'"]
    assert result.problems[0].line == i + 2
    assert counts(store) == before


def test_cli_overrides_encoding_delimiter_and_sheet(event_db: Path, tmp_path: Path, capsys):
    import openpyxl

    text = "名\t姓\t電郵\n大文\t陳\ttm@example.hk\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode("utf-16"))
    db = ["--db", str(event_db)]
    args = ["--encoding", "utf-16", "--delimiter", "tab", "--json"]
    assert main([*db, "attendees", "import", str(path), *args]) == 0
    assert '"created": 1' in capsys.readouterr().out
    book = tmp_path / "book.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["ignored"])
    ws = wb.create_sheet("Late")
    ws.append(["Full name", "Mail"])
    ws.append(["Zoë Núñez", "zoe@example.es"])
    wb.save(book)
    args = ["--sheet", "Late", "--map", "mail=email"]
    assert main([*db, "attendees", "import", str(book), *args]) == 0
    out = capsys.readouterr().out
    assert "book.xlsx: XLSX, sheet 'Late'" in out
    assert "created 1, updated 0, unchanged 0, rejected 0 of 1 rows; applied" in out


def test_columns_the_file_lacks_do_not_erase_stored_values(store, tmp_path: Path) -> None:
    run_import(store, write_csv(tmp_path / "a.csv", HEADER, ROWS))
    header = ["Registration ID", "First Name", "Phone"]
    result = run_import(
        store, write_csv(tmp_path / "b.csv", header, [["R1", "Tai-Man", "+852 9123 4567"]])
    )
    assert (result.updated, result.unchanged) == (1, 0)
    chan = by_email(store, "tm@example.hk")
    assert (chan.given_name, chan.family_name, chan.name_local) == ("Tai-Man", "Chan", "陳大文")
    assert (chan.organization, chan.category, chan.phone) == ("HKUST", "speaker", "+852 9123 4567")
