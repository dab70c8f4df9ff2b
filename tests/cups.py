"""A private CUPS scheduler for the tests: its own cupsd on a temporary folder, reached on a
unix socket there (CUPS_SERVER), with queues that really print, really fail, or are paused.

`PrivateCups` starts `cupsd -f` as root with its own cupsd.conf and cups-files.conf (no
network port, no browsing, every operation allowed on its socket) and a private ServerBin:
the system's filters and drivers linked in, and one backend of its own, `confdesk`, whose
device URI says what the "printer" does:
- `confdesk:/DIR` keeps each job's file as DIR/job-N.pdf (the paper, to look at);
- `confdesk:/fail` fails every job the way a broken printer does (exit 1, "ERROR: the
  printer reports a paper jam"); the queue's printer-error-policy decides what CUPS does then
  (abort-job: the job is aborted; stop-printer: the queue stops; retry-job: held);
- `confdesk:/slow` takes 20 s per job and prints nothing (a job to cancel while it prints).
Paused and rejecting queues are made with `cupsdisable` and `cupsreject`, as staff would.

`private_cups` is the pytest fixture (import it into a test module); `running_cups()` is the
same as a context manager for the benchmarks. Needs cupsd, lpadmin, lp, lpstat, cancel,
cupsdisable and cupsreject (apt-get install cups cups-client) and root, else the test is
skipped (failed under CONFDESK_REQUIRE_TOOLS=1).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.tools import need

TOOLS = ("cupsd", "lpadmin", "lp", "lpstat", "cancel", "cupsdisable", "cupsreject")
SYSTEM_SERVERBIN = Path("/usr/lib/cups")

BACKEND = """#!/bin/sh
# Confdesk's test backend (tests/cups.py): the device URI says what the printer does.
if [ $# -eq 0 ]; then
  echo 'direct confdesk "Confdesk test printer" "Confdesk test backend"'
  exit 0
fi
where="${DEVICE_URI#confdesk:}"
case "$where" in
  /fail)
    echo "ERROR: the printer reports a paper jam" >&2
    exit 1 ;;
  /slow)
    echo "INFO: printing slowly" >&2
    sleep 20
    exit 0 ;;
esac
if [ $# -ge 6 ]; then cp "$6" "$where/job-$1.pdf"; else cat > "$where/job-$1.pdf"; fi
echo "INFO: printed" >&2
exit 0
"""


class PrivateCups:
    """One private cupsd and its queues (see the module doc)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = str(root / "cups.sock")
        self.proc: subprocess.Popen[bytes] | None = None
        self.out: dict[str, Path] = {}

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": self.socket}

    def run(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(cmd), env=self.env, capture_output=True, text=True, check=check, timeout=30
        )

    def start(self) -> None:
        r = self.root
        for d in ("spool", "spool/tmp", "cache", "state", "log", "tmp", "bin/backend"):
            (r / d).mkdir(parents=True, exist_ok=True)
        for d in ("filter", "daemon", "cgi-bin", "notifier", "monitor", "driver"):
            if (SYSTEM_SERVERBIN / d).exists():
                (r / "bin" / d).symlink_to(SYSTEM_SERVERBIN / d)
        backend = r / "bin" / "backend" / "confdesk"
        backend.write_text(BACKEND)
        backend.chmod(0o700)  # mode 0700: CUPS runs it as root, so it can write the jobs
        (r / "cups-files.conf").write_text(
            f"ServerRoot {r}\nRequestRoot {r}/spool\nCacheDir {r}/cache\nStateDir {r}/state\n"
            f"TempDir {r}/tmp\nServerBin {r}/bin\nErrorLog {r}/log/error_log\n"
            f"AccessLog {r}/log/access_log\nPageLog {r}/log/page_log\n"
        )
        (r / "cupsd.conf").write_text(
            f"LogLevel info\nListen {self.socket}\nBrowsing No\nWebInterface No\n"
            "DefaultAuthType None\nJobRetryInterval 1\nMaxJobTime 60\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        self.proc = subprocess.Popen(
            ["cupsd", "-f", "-c", str(r / "cupsd.conf"), "-s", str(r / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=(r / "log" / "cupsd.out").open("wb"),
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"cupsd ended at once: {self.log()[-2000:]}")
            res = self.run("lpstat", "-r", check=False)
            if "scheduler is running" in res.stdout:
                return
            time.sleep(0.05)
        raise RuntimeError(f"the private cupsd did not start: {self.log()[-2000:]}")

    def log(self) -> str:
        parts = []
        for name in ("cupsd.out", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                parts.append(path.read_text(errors="replace"))
        return "\n".join(parts)

    def add(self, name: str, does: str = "print", *options: str) -> str:
        """Add an enabled queue: does = print | fail | slow (see the module doc)."""
        if does == "print":
            out = self.root / "out" / name
            out.mkdir(parents=True)
            self.out[name] = out
            uri = f"confdesk:{out}"
        else:
            uri = f"confdesk:/{does}"
        self.run("lpadmin", "-p", name, "-v", uri, *options, "-E")
        return name

    def disable(self, name: str) -> None:
        self.run("cupsdisable", name)

    def reject(self, name: str) -> None:
        self.run("cupsreject", name)

    def printed(self, name: str, count: int = 1, timeout: float = 10) -> list[Path]:
        """The files the working queue `name` printed, once there are `count` of them."""
        deadline = time.monotonic() + timeout
        while True:
            files = sorted(self.out[name].glob("job-*.pdf"))
            if len(files) >= count or time.monotonic() > deadline:
                return files
            time.sleep(0.05)

    def jobs(self, name: str, which: str = "all") -> list[str]:
        """Job ids of a queue (`which`: all | not-completed | completed)."""
        res = self.run("lpstat", "-W", which, "-o", name, check=False)
        return [line.split()[0] for line in res.stdout.splitlines() if line.strip()]

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def unavailable() -> str:
    """Why a private cupsd cannot run here ("" when it can)."""
    absent = [t for t in TOOLS if shutil.which(t) is None]
    if absent:
        return f"needs {', '.join(absent)}"
    if os.geteuid() != 0:
        return "needs root to run a private cupsd"
    return ""


@contextmanager
def running_cups() -> Iterator[PrivateCups]:
    """A private cupsd for the duration of the block (its folder removed afterwards). The
    folder is short and under /tmp: a unix socket's path must stay under 108 bytes."""
    root = Path(tempfile.mkdtemp(prefix="confdesk-cups-", dir="/tmp"))
    cups = PrivateCups(root)
    try:
        cups.start()
        yield cups
    finally:
        cups.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def private_cups(monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateCups]:
    """A private cupsd, with CUPS_SERVER pointing to it for lp, lpstat and the IPP client."""
    need(*TOOLS)
    if os.geteuid() != 0:
        reason = "needs root to run a private cupsd"
        if os.environ.get("CONFDESK_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{reason}: required here (CONFDESK_REQUIRE_TOOLS=1)")
        pytest.skip(reason)
    with running_cups() as cups:
        monkeypatch.setenv("CUPS_SERVER", cups.socket)
        yield cups
