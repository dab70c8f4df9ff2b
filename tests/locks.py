"""What this process holds of SQLite's POSIX locks on a file (Linux: /proc/locks)."""

from __future__ import annotations

import os
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
