"""Bad input around the store, through the real `confdesk` command: one line, nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def confdesk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], text: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and text in result.stderr


def test_refused_init_leaves_no_file(tmp_path: Path) -> None:
    db = tmp_path / "event.sqlite"
    for args, text in (
        (["--name", ""], "needs a name"),
        (["--name", "X", "--tz", "Mars/Phobos"], "unknown time zone"),
        (["--name", "X", "--start", "2026-12-05", "--end", "2026-12-01"], "ends before it starts"),
    ):
        assert_one_line_error(confdesk("--db", str(db), "init", *args), text)
    assert list(tmp_path.iterdir()) == []


def test_empty_file_is_refused_by_read_commands_and_left_empty(tmp_path: Path) -> None:
    db = tmp_path / "zero.sqlite"
    db.touch()
    assert_one_line_error(confdesk("--db", str(db), "backup"), "is empty, not a Confdesk database")
    assert db.stat().st_size == 0
    assert confdesk("--db", str(db), "init", "--name", "Now it is one").returncode == 0


def test_mistyped_folder_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder"
    result = confdesk("--db", str(missing / "x.sqlite"), "init", "--name", "X")
    assert_one_line_error(result, "does not exist")
    assert not (tmp_path / "no").exists()


def test_backup_destination_errors(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert confdesk("--db", str(db), "init", "--name", "X").returncode == 0
    dest = tmp_path / "copy.sqlite"
    assert confdesk("--db", str(db), "backup", str(dest)).returncode == 0
    before = dest.read_bytes()
    assert_one_line_error(confdesk("--db", str(db), "backup", str(dest)), "already exists")
    assert dest.read_bytes() == before
    assert_one_line_error(
        confdesk("--db", str(db), "backup", str(tmp_path / "missing" / "b.sqlite")),
        "cannot write the backup",
    )


def test_unknown_screen_is_a_usage_error() -> None:
    result = confdesk("gui", "--screen", "nosuch")
    assert result.returncode == 2 and "invalid choice: 'nosuch'" in result.stderr
