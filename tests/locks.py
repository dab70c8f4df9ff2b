"""What this process holds of SQLite's POSIX locks on a file (Linux: /proc/locks)."""

from __future__ import annotations

import os
from pathlib import Path


def held_locks(path: Path) -> list[str]:
    """This process's POSIX locks on `path` (its inode), from /proc/locks."""
    st = os.stat(path)
    dev = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    pid = str(os.getpid())
    return [
        ln for ln in Path("/proc/locks").read_text().splitlines() if pid in ln.split() and dev in ln
    ]
