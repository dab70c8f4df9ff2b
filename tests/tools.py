"""External programs the tests use (poppler, zbar, CUPS, PostgreSQL, Xvfb, xdotool).

A test that needs a program the machine lacks is skipped with the reason shown, never an
error. CI installs them all and sets CONFDESK_REQUIRE_TOOLS=1, which turns such a skip into a
failure, so nothing is silently skipped there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from typing import Any

import pytest

# Debian package that brings each program (named in the skip reason).
PACKAGES = {
    "pdftoppm": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdfimages": "poppler-utils",
    "zbarimg": "zbar-tools",
    "cupsd": "cups",
    "lpadmin": "cups",
    "lpstat": "cups",
    "lp": "cups-client",
    "pg_ctl": "postgresql",
    "initdb": "postgresql",
    "xmllint": "libxml2-utils",
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "openbox": "openbox",
}


def missing(*tools: str) -> list[str]:
    """The programs among `tools` that are not on PATH."""
    return [t for t in tools if shutil.which(t) is None]


def need(*tools: str) -> None:
    """Skip the calling test (fail it under CONFDESK_REQUIRE_TOOLS=1) when a program is absent."""
    absent = missing(*tools)
    if not absent:
        return
    pkgs = sorted({PACKAGES.get(t, t) for t in absent})
    reason = f"needs {', '.join(absent)} (apt-get install {' '.join(pkgs)})"
    if os.environ.get("CONFDESK_REQUIRE_TOOLS") == "1":
        pytest.fail(f"{reason}: required here (CONFDESK_REQUIRE_TOOLS=1)")
    pytest.skip(reason)


def run_tool(cmd: Sequence[str], **kwargs: Any) -> subprocess.CompletedProcess:
    """subprocess.run for an external program, skipping the test when it is not installed."""
    need(cmd[0])
    return subprocess.run(list(cmd), **kwargs)


def confdesk(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m desktop ARGS` as its own process, from the repository (the CLI as a user
    runs it: its exit code, stdout and stderr)."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def gui_paints(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m desktop ARGS` (a `gui` command) offscreen, quitting after its first frame
    (CONFDESK_EXIT_AFTER_PAINT): stdout says "painted ... window NAME"."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "QT_QPA_PLATFORM": "offscreen",
        "CONFDESK_EXIT_AFTER_PAINT": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def python_on_x11(
    script: str, *args: str, screen: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`python -c SCRIPT ARGS` from the repository on a private X server (xvfb-run, Qt on xcb;
    `screen` as Xvfb's "WxHxD"), skipping the test when Xvfb is not installed."""
    import sys
    from pathlib import Path

    need("Xvfb", "xvfb-run")
    root = Path(__file__).resolve().parents[1]
    server = ["-s", f"-screen 0 {screen}"] if screen else []
    return subprocess.run(
        ["xvfb-run", "-a", *server, sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(root)},
        timeout=timeout,
    )
