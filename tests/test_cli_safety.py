"""The command line never prints a password, a terminal escape from people's data, or a
traceback for a huge id or a malformed URL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
HUGE = str(2**63 + 5)


def confdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True, text=True
    )


def _one_line(run: subprocess.CompletedProcess) -> None:
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    assert len([ln for ln in run.stderr.splitlines() if "error" in ln]) == 1, run.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["attendees", "show", HUGE],
        ["attendees", "cancel", HUGE, "--reason", "x"],
        ["attendees", "merge", HUGE, "1"],
        ["checkin", "--undo", HUGE, "--reason", "x"],
        ["attendees", "search", "chan", "--limit", HUGE],
    ],
)
def test_ids_beyond_any_column_are_refused_in_one_line(demo_db: Path, args: list[str]) -> None:
    run = confdesk("--db", str(demo_db), *args)
    if args[-1] == HUGE and args[1] == "search":
        assert run.returncode == 0, run.stderr  # a huge limit is simply "all"
        return
    _one_line(run)


def test_a_url_with_a_bad_port_is_one_line_without_the_password() -> None:
    for port in ("notaport", "99999"):
        run = confdesk(
            "--db",
            f"postgresql+psycopg://desk:s3cret@127.0.0.1:{port}/ev",
            "attendees",
            "search",
            "a",
        )
        _one_line(run)
        assert "s3cret" not in run.stderr


def test_notes_with_terminal_escapes_print_harmlessly(demo_db: Path) -> None:
    evil = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x9b31m"
    run = confdesk("--db", str(demo_db), "attendees", "edit", "1", "--set", f"notes=call {evil}")
    assert run.returncode == 0, run.stderr
    shown = confdesk("--db", str(demo_db), "attendees", "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert "call" in shown.stdout
    assert not any(ch in shown.stdout for ch in "\x1b\x07\x9b")


@pytest.mark.postgres
def test_init_on_postgres_never_prints_the_password(pg_url: str) -> None:
    u = make_url(pg_url).set(password="Very-Secret-42")
    url = u.render_as_string(hide_password=False)
    run = confdesk("--db", url, "init", "--name", "Password Test")
    assert run.returncode == 0, run.stderr
    assert "Very-Secret-42" not in run.stdout + run.stderr
    assert "***" in run.stdout
