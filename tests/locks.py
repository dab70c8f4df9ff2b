"""SQLite's locks in the tests: what this process holds of the POSIX locks on a file
(Linux: /proc/locks), and the write lock held by another process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def held_locks(path: Path) -> list[str]:
    """This process's POSIX locks on `path` (its inode), from /proc/locks."""
    st = os.stat(path)
    dev = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    pid = str(os.getpid())
    # Each line starts with its place in the kernel's list ("12:"), which moves as other
    # processes take and drop locks: only the lock itself is returned.
    return sorted(
        ln.split(":", 1)[1].strip()
        for ln in Path("/proc/locks").read_text().splitlines()
        if pid in ln.split() and dev in ln
    )


HOLDER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA journal_mode=WAL")
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE event SET name = name")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
c.execute("COMMIT")
"""


@contextmanager
def write_lock_held(db: Path, seconds: float = 30) -> Iterator[subprocess.Popen]:
    """Another process holds the file's write lock (BEGIN IMMEDIATE, as an import does) for
    `seconds` or until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait()
