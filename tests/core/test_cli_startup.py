"""A command loads only its own command group: `confdesk badges` does not import the
attendees, schedule or program parsers (their imports were a sixth of the command's time)."""

from __future__ import annotations

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
