"""`confdesk init | demo | version | --help` and bad input, through `python -m desktop`."""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import head_revision, open_store
from db.models import Attendee, Event
from desktop import __version__
from desktop.cli import build_parser, main
from tests.tools import confdesk, gui_paints


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith(("confdesk: error:", "confdesk"))]
    assert errors, proc.stderr
    for word in words:
        assert word in proc.stderr, proc.stderr


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    proc = confdesk("version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"confdesk {__version__} (schema {head_revision()})"


def test_init_creates_the_event_and_refuses_a_second(tmp_path: Path) -> None:
    db = tmp_path / "summit.sqlite"
    proc = confdesk("--db", str(db), "init", "--name", "Harbour Summit", "--tz", "Asia/Tokyo")
    assert proc.returncode == 0, proc.stderr
    assert "Harbour Summit" in proc.stdout
    store = open_store(str(db))
    with store.factory() as s:
        event = s.scalars(select(Event)).one()
        assert (event.name, event.timezone) == ("Harbour Summit", "Asia/Tokyo")
    store.close()
    before = digest(db)
    again = confdesk("--db", str(db), "init", "--name", "Other")
    assert_one_line_error(again, "already holds an event")
    assert digest(db) == before


def test_init_with_an_unknown_time_zone(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    proc = confdesk("--db", str(db), "init", "--name", "X", "--tz", "Mars/Olympus")
    assert_one_line_error(proc, "unknown time zone")


def test_demo_small(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    proc = confdesk("--db", str(db), "demo", "--attendees", "150", "--seed", "3")
    assert proc.returncode == 0, proc.stderr
    assert "150 attendees" in proc.stdout
    store = open_store(str(db))
    with store.factory() as s:
        assert s.scalar(select(func.count()).select_from(Attendee)) == 150
        assert "Hong Kong" in s.scalar(select(Event.name))
    store.close()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["demo", "--attendees", "many"], ["invalid int value"]),
        (["demo", "--attendees", "-5"], ["--attendees must be between"]),
        (["init"], ["--name"]),
        (["init", "--name", "X", "--start", "2026-13-40"], ["not a date"]),
        (["no-such-command"], ["invalid choice"]),
    ],
)
def test_bad_arguments(tmp_path: Path, args: list[str], words: list[str]) -> None:
    db = tmp_path / "x.sqlite"
    proc = confdesk("--db", str(db), *args)
    assert_one_line_error(proc, *words)
    assert not db.exists()


def test_unwritable_database_path(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    proc = confdesk("--db", str(blocker / "events" / "x.sqlite"), "init", "--name", "X")
    assert_one_line_error(proc, "cannot create", "does not exist")
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize(
    "content",
    [b"name,email\nChan Tai Man,tm@example.org\n" * 50, b"SQLite format 3\x00" + b"\x07" * 4000],
    ids=["csv-file", "damaged-sqlite"],
)
def test_corrupt_database_file(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "event.sqlite"
    db.write_bytes(content)
    before = digest(db)
    for args in (["backup"], ["demo", "--attendees", "5"], ["init", "--name", "X"]):
        proc = confdesk("--db", str(db), *args)
        assert_one_line_error(proc, str(db))
        assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event.sqlite"]


def test_missing_database_file(tmp_path: Path) -> None:
    db = tmp_path / "nowhere.sqlite"
    proc = confdesk("--db", str(db), "backup")
    assert_one_line_error(proc, "no database at", "confdesk init")
    assert not db.exists()


def test_postgresql_that_cannot_connect_says_where_and_why_quickly() -> None:
    t0 = time.monotonic()
    proc = confdesk("--db", "postgresql+psycopg://desk:secret@127.0.0.1:9/confdesk", "backup")
    assert time.monotonic() - t0 < 15  # interpreter start included; the connect limit is 5 s
    assert_one_line_error(proc, "127.0.0.1:9")
    assert "secret" not in proc.stderr


def _subcommand_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list:
    paths = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths.append((*prefix, name))
                paths.extend(_subcommand_paths(sub, (*prefix, name)))
    return paths


def test_help_for_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    paths = _subcommand_paths(build_parser())
    assert {("gui",), ("init",), ("demo",), ("version",), ("backup",)} <= set(paths)
    for path in paths:
        assert main([*path, "--help"]) == 0, path
        out = capsys.readouterr().out
        assert out.startswith("usage: confdesk"), path
        assert " ".join(path) in out.splitlines()[0] + out, path
    top = confdesk("--help")
    assert top.returncode == 0
    for (name,) in [p for p in paths if len(p) == 1]:
        assert name in top.stdout


def test_gui_starts_offscreen_and_paints(demo_db: Path) -> None:
    proc = gui_paints("--db", str(demo_db), "gui", "--desk", "Desk 7")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("painted ")
    assert "Traceback" not in proc.stderr
    from desktop.ui.settings import Settings

    assert Settings().desk == "Desk 7"  # --desk is remembered
