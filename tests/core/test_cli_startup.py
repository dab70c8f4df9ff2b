"""A command loads only its own command group: `confdesk badges` does not import the
attendees, schedule or program parsers (their imports were a sixth of the command's time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules_after(*args: str) -> set[str]:
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"rc = main({list(args)!r})\n"
        "print(rc, *sorted(m for m in sys.modules if m.startswith('desktop.cli.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    last = out.stdout.strip().splitlines()[-1].split()  # the exit code, then the modules
    assert last[0].isdigit(), out.stdout + out.stderr
    return set(last[1:])


def test_a_command_loads_only_its_group() -> None:
    loaded = _modules_after("badges", "--help")
    assert "desktop.cli.badges" in loaded
    assert not loaded & {"desktop.cli.attendees", "desktop.cli.schedule", "desktop.cli.program"}


def test_help_still_lists_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    for word in ("attendees", "checkin", "desk", "dashboard", "program", "badges", "schedule"):
        assert f"    {word} " in out.stdout, word


def _env(tmp_path: Path) -> dict[str, str]:
    """A user's shell: output to a pipe is block-buffered (no PYTHONUNBUFFERED)."""
    env = {**os.environ, "CONFDESK_DATA_DIR": str(tmp_path / "data")}
    env.pop("PYTHONUNBUFFERED", None)
    return env


def _confdesk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = _env(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "e.sqlite"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_command_that_leaves_early_still_says_everything(tmp_path: Path) -> None:
    """`run` skips Python's teardown: the exit code and every line of a long output through
    a pipe must still be there, and the store be closed."""
    assert _confdesk(tmp_path, "demo", "--attendees", "400").returncode == 0
    found = _confdesk(tmp_path, "attendees", "search", "a", "--json", "--limit", "400")
    assert found.returncode == 0, found.stderr
    rows = json.loads(found.stdout)  # the whole document arrived: it parses
    assert len(rows) >= 100
    missing = _confdesk(tmp_path, "checkin", "NO-SUCH-CODE")
    assert missing.returncode == 4 and "Unknown code" in missing.stdout
    assert not _confdesk(tmp_path, "checkin", "NO-SUCH-CODE", "--json").stderr
    cancelled = _confdesk(tmp_path, "attendees", "cancel", "3", "--reason", "asked to")
    assert cancelled.returncode == 0, cancelled.stderr
    # The command closed its store: SQLite folded the write-ahead log back and removed it.
    assert not (tmp_path / "e.sqlite-wal").exists()


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    assert _confdesk(tmp_path, "demo", "--attendees", "400").returncode == 0
    env = _env(tmp_path)
    cmd = [sys.executable, "-m", "desktop", "--db", str(tmp_path / "e.sqlite")]
    proc = subprocess.Popen(
        [*cmd, "attendees", "search", "a", "--limit", "400"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # `confdesk ... | head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "Exception ignored" not in err, err
