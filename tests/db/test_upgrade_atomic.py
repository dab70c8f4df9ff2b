"""A schema upgrade is all or nothing: killed at any point, the file opens afterwards.

The real condition: an older event file with tens of thousands of attendees is opened by a
real `confdesk` process, which is killed with SIGKILL while it upgrades; and three desks
open the same old file at the same instant.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.engine import head_revision, open_store
from db.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]
OLD = "0001"


def _cli(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", str(db), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command

    from db.engine import _alembic_config

    store = open_store(str(path))
    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


@pytest.fixture(scope="module")
def old_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An event file at schema 0001 (before the search index) with 40,000 attendees."""
    path = tmp_path_factory.mktemp("old") / "old.sqlite"
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "demo", "--attendees", "40000"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    _downgrade(path, OLD)
    return path


def _revision_and_tables(path: Path) -> tuple[str, set[str]]:
    conn = sqlite3.connect(path)
    try:
        rev = conn.execute("select version_num from alembic_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        return rev, tables
    finally:
        conn.close()


def _backups(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".before-" in p.name)


def _upgrade_seconds(old_event: Path, tmp_path: Path) -> float:
    probe = Path(shutil.copyfile(old_event, tmp_path / "probe.sqlite"))
    t0 = time.monotonic()
    proc = _cli(probe, "attendees", "search", "chan")
    proc.communicate(timeout=300)
    assert proc.returncode == 0
    return time.monotonic() - t0


@pytest.mark.slow
def test_an_upgrade_killed_at_any_point_leaves_a_file_that_opens(
    old_event: Path, tmp_path: Path
) -> None:
    total = _upgrade_seconds(old_event, tmp_path)
    seen_old = seen_new = 0
    for share in (0.35, 0.5, 0.6, 0.7, 0.8, 0.9):
        work = tmp_path / f"kill-{share}"
        work.mkdir()
        db = Path(shutil.copyfile(old_event, work / "event.sqlite"))
        proc = _cli(db, "attendees", "search", "chan")
        time.sleep(total * share)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        rev, tables = _revision_and_tables(db)
        if rev == OLD:
            seen_old += 1
            # Nothing of the new schema may be left behind a revision that says 0001.
            assert not any(t.startswith("attendee_words") for t in tables), (share, tables)
        else:
            seen_new += 1
            assert rev == head_revision()
        # A partial backup never carries a good backup's name.
        for backup in _backups(work):
            check = sqlite3.connect(backup)
            assert check.execute("pragma integrity_check").fetchone()[0] == "ok"
            check.close()
        after = _cli(db, "attendees", "search", "chan")
        _out, err = after.communicate(timeout=300)
        assert after.returncode == 0, (share, err)
        assert _revision_and_tables(db)[0] == head_revision()
    assert seen_old, "no kill landed during the upgrade (the test did not test anything)"


@pytest.mark.slow
def test_three_desks_opening_an_old_file_at_once_all_open_it(
    old_event: Path, tmp_path: Path
) -> None:
    db = Path(shutil.copyfile(old_event, tmp_path / "event.sqlite"))
    procs = [_cli(db, "attendees", "search", "chan") for _ in range(3)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in results]
    assert _revision_and_tables(db)[0] == head_revision()
    assert len(_backups(tmp_path)) == 1, "one desk upgraded, after one backup"
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from attendee").fetchone()[0] == 40000
    conn.close()


def test_upgrade_from_an_old_file_is_one_transaction(tmp_path: Path, event_db: Path) -> None:
    """Quick form of the kill test: an error inside the last migration step rolls back the
    steps before it (DDL included) and leaves the old revision whole."""
    db = Path(shutil.copyfile(event_db, tmp_path / "old.sqlite"))
    _downgrade(db, OLD)
    conn = sqlite3.connect(db)
    # An index in the way of the 0003 step makes the upgrade fail after 0002 has run.
    conn.execute("create index ix_attendee_dashboard on attendee(id)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError):
        open_store(str(db))
    rev, tables = _revision_and_tables(db)
    assert rev == OLD
    assert not any(t.startswith("attendee_words") for t in tables)
    os.remove(db)
