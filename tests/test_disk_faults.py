"""A full disk, a read-only disk and a damaged file: one clear line, nothing claimed, nothing lost.

The real conditions: the event lives on a small real filesystem (a tmpfs mounted for the
test) that is then filled to the last byte, or remounted read-only; a damaged file has a page
of its attendee table overwritten. Every command is the real `confdesk` in its own process.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.damage import damage_attendee_pages

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("Traceback", "[SQL", "[parameters", "sqlalchemy", "internal error")


def confdesk(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def one_clear_line(run: subprocess.CompletedProcess, *words: str) -> None:
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    assert len(lines) == 1, run.stderr
    assert not any(f in run.stderr for f in FORBIDDEN), run.stderr
    for word in words:
        assert word in lines[0], lines[0]


def _demo(folder: Path) -> Path:
    db = folder / "event.sqlite"
    run = confdesk(db, "demo", "--attendees", "300")
    assert run.returncode == 0, run.stderr
    return db


def _fill(folder: Path) -> None:
    """Fill the filesystem to its last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (65536, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                pass
    finally:
        os.close(fd)


def _state(db: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    try:
        return (
            conn.execute("select count(*) from attendee").fetchone()[0],
            conn.execute(
                "select count(*) from attendee where checked_in_at is not null"
            ).fetchone()[0],
            conn.execute("select count(*) from checkin_log").fetchone()[0],
        )
    finally:
        conn.close()


def _a_code(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "select badge_code from attendee where checked_in_at is null and status='registered'"
            " order by id limit 1"
        ).fetchone()[0]
    finally:
        conn.close()


def test_a_full_disk_says_so_and_writes_nothing(small_disk: Path, tmp_path: Path) -> None:
    db = _demo(small_disk)
    code = _a_code(db)
    csv = tmp_path / "people.csv"
    csv.write_text("First Name,Last Name,Email\nAda,Full,ada@x.hk\n", encoding="utf-8")
    before = _state(db)
    _fill(small_disk)

    one_clear_line(confdesk(db, "checkin", code), "disk is full")
    add = confdesk(db, "attendees", "add", "--given", "Full", "--family", "Disk")
    one_clear_line(add, "disk is full")
    assert "Checked in" not in add.stdout and add.stdout == ""
    one_clear_line(confdesk(db, "attendees", "import", str(csv)), "disk is full")
    one_clear_line(confdesk(db, "backup"), "disk is full")
    assert not [p for p in small_disk.iterdir() if ".manual." in p.name or p.suffix == ".partial"]

    (small_disk / "filler").unlink()
    assert _state(db) == before
    ok = confdesk(db, "checkin", code)
    assert ok.returncode == 0, ok.stderr  # with room again, the same scan goes through


def test_a_read_only_disk_says_so_and_still_reads(small_disk: Path) -> None:
    db = _demo(small_disk)
    code = _a_code(db)
    before = _state(db)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    one_clear_line(confdesk(db, "checkin", code), "read-only")
    one_clear_line(
        confdesk(db, "attendees", "add", "--given", "Read", "--family", "Only"), "read-only"
    )
    assert _state(db) == before


def test_a_damaged_file_is_noticed_and_stops_writing(tmp_path: Path) -> None:
    db = tmp_path / "event.sqlite"
    assert confdesk(db, "demo", "--attendees", "300").returncode == 0
    code = _a_code(db)
    backup = confdesk(db, "backup")
    assert backup.returncode == 0
    damage_attendee_pages(db)

    scan = confdesk(db, "checkin", code)
    one_clear_line(scan, "damaged", "confdesk restore")
    assert ".manual." in scan.stderr, "the message names the newest backup"
    check = confdesk(db, "check")
    assert check.returncode == 1
    assert "damaged" in check.stdout and "confdesk restore" in check.stdout
    assert "Traceback" not in check.stdout + check.stderr


def test_check_says_ok_on_a_sound_file(demo_db: Path) -> None:
    run = confdesk(demo_db, "check")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("ok:")


def test_the_desk_stops_writing_once_damage_is_read(tmp_path: Path) -> None:
    """In one process (a desk): after one damaged read, writes are refused, even ones that
    would land on sound pages."""
    from db.engine import open_store
    from db.errors import DamagedStoreError, StoreError
    from desktop.core.checkin import scan

    db = tmp_path / "event.sqlite"
    assert confdesk(db, "demo", "--attendees", "300").returncode == 0
    code = _a_code(db)
    damage_attendee_pages(db)
    store = open_store(str(db))
    with pytest.raises(StoreError, match="damaged"), store.write_session() as s:
        scan(s, code, "Desk 1")
    with pytest.raises(DamagedStoreError), store.write_session() as s:
        pass
    store.close()
