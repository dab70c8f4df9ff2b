"""Backups are one snapshot, private, never partial under a good name; `confdesk restore`
brings an event back on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.backup import write_backup
from db.engine import open_store
from db.models import Attendee, CheckIn
from desktop.core import attendees as core
from desktop.core.checkin import Outcome, scan
from desktop.core.events import create_event, current_event

ROOT = Path(__file__).resolve().parents[2]


def confdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True, text=True
    )


def _fill(store, people: int = 60) -> list[str]:
    with store.session() as s:
        event = current_event(s) if s.scalar(select(func.count()).select_from(Attendee)) else None
        event = event or create_event(s, "Backup Test", "Asia/Hong_Kong")
        rows = [
            {"given_name": f"P{i}", "family_name": "陳", "email": f"p{i}@x.hk"}
            for i in range(people)
        ]
        ids = core.add_attendees(s, event, rows)
    with store.session() as s:
        return [core.get_card(s, i).badge_code for i in ids]


def _state(store) -> tuple:
    with store.factory() as s:
        people = s.execute(
            select(
                Attendee.id, Attendee.given_name, Attendee.family_name, Attendee.checked_in_at
            ).order_by(Attendee.id)
        ).all()
        log = s.execute(select(CheckIn.attendee_id, CheckIn.result).order_by(CheckIn.id)).all()
    return [tuple(r) for r in people], [tuple(r) for r in log]


def test_sqlite_backup_is_private_and_restores_in_place(tmp_path: Path) -> None:
    db = tmp_path / "event.sqlite"
    store = open_store(str(db), create=True)
    codes = _fill(store)
    with store.session() as s:
        scan(s, codes[0], "Desk 1")
    before = _state(store)
    backup = write_backup(store.engine, store.url, dest=tmp_path / "b.sqlite")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with store.session() as s:  # a later change the restore takes back
        scan(s, codes[1], "Desk 1")
    store.close()

    run = confdesk("--db", str(db), "restore", str(backup))
    assert run.returncode == 0, run.stderr
    assert "kept as" in run.stdout
    kept = [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    assert len(kept) == 1
    store = open_store(str(db))
    assert _state(store) == before
    store.close()
    aside = open_store(str(kept[0]))
    assert len(_state(aside)[1]) == 2  # the replaced file still holds both check-ins
    aside.close()


def test_restore_refuses_while_a_desk_has_the_event_open(tmp_path: Path) -> None:
    db = tmp_path / "event.sqlite"
    store = open_store(str(db), create=True)
    _fill(store, 5)
    backup = write_backup(store.engine, store.url, dest=tmp_path / "b.sqlite")
    with store.factory() as s:
        s.scalar(select(func.count()).select_from(Attendee))
        run = confdesk("--db", str(db), "restore", str(backup))
    assert run.returncode == 2
    assert "open at another desk" in run.stderr
    assert not [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    store.close()


def test_restore_refuses_damaged_and_foreign_files(tmp_path: Path) -> None:
    db = tmp_path / "event.sqlite"
    store = open_store(str(db), create=True)
    _fill(store, 5)
    backup = write_backup(store.engine, store.url, dest=tmp_path / "b.sqlite")
    store.close()
    data = bytearray(backup.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(bytes(data))
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    for bad in (damaged, notes, tmp_path / "missing.sqlite"):
        run = confdesk("--db", str(db), "restore", str(bad))
        assert run.returncode == 2, run.stderr
        assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


def test_a_backup_cut_short_leaves_no_file_under_its_name(tmp_path: Path) -> None:
    """A full disk (SQLite's max_page_count on the copy) leaves neither a 0-byte nor a
    partial backup behind."""
    import sqlite3

    from db import backup as backup_mod

    db = tmp_path / "event.sqlite"
    store = open_store(str(db), create=True)
    _fill(store, 400)
    real_connect = sqlite3.connect

    def small_disk(path, *a, **k):
        conn = real_connect(path, *a, **k)
        if str(path).endswith(".partial"):
            conn.execute("PRAGMA max_page_count=3")
        return conn

    dest = tmp_path / "out" / "b.sqlite"
    dest.parent.mkdir()
    backup_mod.sqlite3.connect = small_disk
    try:
        from db.errors import StoreError

        with pytest.raises(StoreError, match="disk is full"):
            write_backup(store.engine, store.url, dest=dest)
    finally:
        backup_mod.sqlite3.connect = real_connect
    assert list(dest.parent.iterdir()) == []
    store.close()


def _scanner(url: str, codes: list[str], out) -> None:
    store = open_store(url)
    for code in codes:
        with store.session() as s:
            scan(s, code, "Desk 9")
    store.close()
    out.put(len(codes))


@pytest.mark.postgres
def test_postgres_dump_is_one_snapshot_while_desks_scan(pg_url: str, tmp_path: Path) -> None:
    store = open_store(pg_url, create=True)
    codes = _fill(store, 1500)
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_scanner, args=(pg_url, codes[k::2], out)) for k in range(2)]
    for p in procs:
        p.start()
    dumps = []
    while any(p.is_alive() for p in procs) and len(dumps) < 6:
        dumps.append(write_backup(store.engine, store.url, dest=tmp_path / f"d{len(dumps)}.jsonl"))
    for p in procs:
        p.join(timeout=120)
    assert dumps
    for dump in dumps:
        assert stat.S_IMODE(dump.stat().st_mode) == 0o600
        lines = [json.loads(ln) for ln in dump.read_text(encoding="utf-8").splitlines()]
        assert lines[0]["format"] == "confdesk-dump"
        checked = {
            r["row"]["id"]
            for r in lines
            if r.get("table") == "attendee" and r["row"]["checked_in_at"]
        }
        admitted = {
            r["row"]["attendee_id"]
            for r in lines
            if r.get("table") == "checkin_log" and r["row"]["result"] == str(Outcome.CHECKED_IN)
        }
        assert checked == admitted, "check-in log and attendee state from different instants"
    store.close()


@pytest.mark.postgres
def test_postgres_dump_restores_into_an_empty_database_round_trip(
    pg_url: str, pg_server: str, tmp_path: Path
) -> None:
    from tests.pg import create_database

    store = open_store(pg_url, create=True)
    codes = _fill(store, 80)
    with store.session() as s:
        for code in codes[:30]:
            scan(s, code, "Desk 2")
    before = _state(store)
    dump = write_backup(store.engine, store.url, dest=tmp_path / "pg.jsonl")
    store.close()

    target = create_database(pg_server)
    run = confdesk("--db", target, "restore", str(dump))
    assert run.returncode == 0, run.stderr
    restored = open_store(target)
    assert _state(restored) == before
    with restored.session() as s:  # numbering goes on after the restored rows
        new = core.add_attendees(
            s, current_event(s), [{"given_name": "After", "family_name": "Restore"}]
        )
        assert new[0] > max(r[0] for r in before[0])
        assert scan(s, codes[40], "Desk 3").outcome == Outcome.CHECKED_IN
        assert scan(s, codes[0], "Desk 3").outcome == Outcome.ALREADY
    restored.close()
    again = confdesk("--db", target, "restore", str(dump))
    assert again.returncode == 2 and "not empty" in again.stderr

    # The same dump also brings the event onto a laptop's SQLite file.
    local = tmp_path / "laptop.sqlite"
    run = confdesk("--db", str(local), "restore", str(dump))
    assert run.returncode == 0, run.stderr
    laptop = open_store(str(local))
    assert _state(laptop)[0] == before[0]
    with laptop.factory() as s:
        assert [h.id for h in core.search(s, "陳", limit=5)]  # search index rebuilt
    laptop.close()
    assert os.path.exists(local)


@pytest.mark.slow  # many CLI starts (6 s): in the slow run
def test_cli_automatic_backups_keep_the_newest_and_never_one_made_by_hand(
    event_db: Path,
) -> None:
    import time

    manual = confdesk("--db", str(event_db), "backup")
    assert manual.returncode == 0, manual.stderr
    made = []
    for i in range(3):
        if i:
            time.sleep(1.05)  # backups are named to the second
        run = confdesk("--db", str(event_db), "backup", "--auto", "--keep", "2")
        assert run.returncode == 0, run.stderr
        made.append(Path(run.stdout.strip().removeprefix("backup written to ")))
    assert not made[0].exists() and made[1].exists() and made[2].exists()
    listed = confdesk("--db", str(event_db), "backup", "--list")
    lines = listed.stdout.splitlines()
    assert len(lines) == 3 and "automatic" in lines[0] and str(made[2]) in lines[0]
    assert "by hand" in lines[-1]
    for args, words in (
        (("--auto", "--keep", "0"), "--keep must be"),
        (("x.sqlite", "--list"), "no DEST"),
    ):
        bad = confdesk("--db", str(event_db), "backup", *args)
        assert bad.returncode == 2 and words in bad.stderr and "Traceback" not in bad.stderr
