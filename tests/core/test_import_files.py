"""Which files an import reads and writes: the rejects file and the sheet's real size.

`--rejects` once overwrote whatever it was given: the source CSV (the good rows gone
everywhere), the event database (a 130-byte CSV), any existing file; and a rejects path that
could not be written failed after the import had committed. An XLSX whose `<dimension>`
declared fewer rows than it holds imported only the declared ones and said "applied". Every
case runs the real `confdesk` in its own process on a real SQLite file.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl

from tests.conftest import ROOT
from tests.locks import held_locks

FORBIDDEN = ("Traceback", "[SQL", "[parameters", "internal error")
GOOD_AND_BAD = (
    "Given name,Family name,Email\r\n"
    "Ana,Lima,ana@example.org\r\n"
    "Bo,Chen,not-an-email\r\n"
    "Cy,Dee,cy@example.org\r\n"
)


def confdesk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def attendees(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM attendee").fetchone()[0])
    finally:
        conn.close()


def refused(run: subprocess.CompletedProcess[str], *words: str) -> None:
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    assert len(lines) == 1, run.stderr
    assert not any(f in run.stderr for f in FORBIDDEN), run.stderr
    for word in words:
        assert word in lines[0], lines[0]


def source(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    return path


def test_rejects_never_replace_the_file_being_imported(demo_db: Path, tmp_path: Path) -> None:
    src = source(tmp_path)
    before, count = digest(src), attendees(demo_db)
    for spelling in (str(src), str(tmp_path / "." / "people.csv")):
        run = confdesk(demo_db, "attendees", "import", str(src), "--skip-invalid",
                       "--rejects", spelling, "--overwrite")  # fmt: skip
        refused(run, "the file being imported")
    link = tmp_path / "link.csv"
    os.link(src, link)  # another name for the same file
    run = confdesk(demo_db, "attendees", "import", str(src), "--rejects", str(link),
                   "--overwrite")  # fmt: skip
    refused(run, "the file being imported")
    assert digest(src) == before
    assert attendees(demo_db) == count


def test_rejects_never_replace_the_event_database(demo_db: Path, tmp_path: Path) -> None:
    src = source(tmp_path)
    count = attendees(demo_db)
    for target in (demo_db, Path(f"{demo_db}-wal"), Path(f"{demo_db}-journal")):
        run = confdesk(demo_db, "attendees", "import", str(src), "--skip-invalid",
                       "--rejects", str(target), "--overwrite")  # fmt: skip
        refused(run, "this event's database")
    assert attendees(demo_db) == count
    assert confdesk(demo_db, "check").returncode == 0


def test_an_existing_rejects_file_is_kept_unless_overwrite(demo_db: Path, tmp_path: Path) -> None:
    src = source(tmp_path)
    old = tmp_path / "rejected.csv"
    old.write_text("yesterday's rejects\n", encoding="utf-8")
    count = attendees(demo_db)
    run = confdesk(demo_db, "attendees", "import", str(src), "--skip-invalid",
                   "--rejects", str(old))  # fmt: skip
    refused(run, "already exists", "--overwrite")
    assert old.read_text(encoding="utf-8") == "yesterday's rejects\n"
    assert attendees(demo_db) == count

    run = confdesk(demo_db, "attendees", "import", str(src), "--skip-invalid",
                   "--rejects", str(old), "--overwrite")  # fmt: skip
    assert run.returncode == 1, run.stderr  # one row rejected, the others applied
    assert attendees(demo_db) == count + 2
    text = old.read_text(encoding="utf-8-sig")
    assert "not-an-email" in text and "Import problem" in text
    assert "Ana" not in text
    assert not list(tmp_path.glob(".rejected.csv.*"))  # no temporary file left


def test_a_rejects_path_that_cannot_be_written_changes_nothing(
    demo_db: Path, tmp_path: Path, small_disk: Path
) -> None:
    src = source(tmp_path)
    count = attendees(demo_db)
    run = confdesk(demo_db, "attendees", "import", str(src), "--skip-invalid",
                   "--rejects", str(tmp_path / "no-such-folder" / "r.csv"))  # fmt: skip
    refused(run, "no such folder")
    run = confdesk(demo_db, "attendees", "import", str(src), "--skip-invalid",
                   "--rejects", str(tmp_path))  # fmt: skip
    refused(run, "is a folder")
    # A device is not a file to replace (as root, a rename would put a CSV in its place).
    run = confdesk(demo_db, "attendees", "import", str(src), "--skip-invalid",
                   "--rejects", "/dev/full", "--overwrite")  # fmt: skip
    refused(run, "not a regular file")
    assert Path("/dev/full").is_char_device()
    # A real read-only filesystem: refused before the import, which is not applied.
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    run = confdesk(demo_db, "attendees", "import", str(src), "--skip-invalid",
                   "--rejects", str(small_disk / "r.csv"))  # fmt: skip
    refused(run, "read-only")
    assert attendees(demo_db) == count


def test_the_event_database_is_refused_as_an_import_source(demo_db: Path) -> None:
    """Refused by identity before it is read: reading and closing the live file in the
    process that has it open would drop that process's SQLite locks."""
    from db.engine import open_store
    from desktop.base.errors import UserError
    from desktop.core.attendee_import import import_file
    from desktop.core.events import current_event

    store = open_store(str(demo_db))
    try:
        with store.session() as s:
            current_event(s)  # the file is open and read: this process holds its locks
            locks = held_locks(demo_db)
            assert locks
            try:
                import_file(s, current_event(s), demo_db)
            except UserError as exc:
                assert "this event's database" in str(exc)
            else:
                raise AssertionError("the event database was imported")
            assert held_locks(demo_db) == locks
    finally:
        store.close()
    run = confdesk(demo_db, "attendees", "import", str(demo_db))
    refused(run, "this event's database")


def test_rows_past_the_sheets_declared_dimension_are_imported(
    event_db: Path, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Given name", "Family name", "Email"])
    for n in range(100):
        ws.append([f"Given{n}", f"Family{n}", f"p{n}@example.org"])
    path = tmp_path / "written.xlsx"
    wb.save(path)
    # Rewrite the sheet as some exporters write it: <dimension> says A1:C11.
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:C101"/>' in data
                data = data.replace(b'<dimension ref="A1:C101"/>', b'<dimension ref="A1:C11"/>')
            zout.writestr(item, data)
    run = confdesk(event_db, "attendees", "import", str(lying))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "created 100" in run.stdout, run.stdout
    assert attendees(event_db) == 100
