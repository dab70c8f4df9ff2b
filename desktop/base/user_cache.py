"""Files kept in the user's cache folder to save start-up time (parsed fonts, reading tables).

A cache can only save time, never change a result: every reader falls back to computing the
value when the file is missing, damaged, unreadable or in a folder another account could write
(mode 0700 and owned by this user, checked on every read), and every write is atomic (a
temporary file renamed over the old one) and silently skipped on a read-only or full disk.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs


def cache_dir() -> Path:
    """The cache folder (`CONFDESK_CACHE_DIR` overrides the user's cache folder)."""
    override = os.environ.get("CONFDESK_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("Confdesk", False))


def own_folder(folder: Path) -> bool:
    """Whether `folder` is this user's own (0700, owned by them): a cache another account
    could write would let it change what Confdesk prints or finds."""
    try:
        st = folder.stat()
    except OSError:
        return False
    return st.st_uid == os.geteuid() and not st.st_mode & 0o077


def read_cached(path: Path) -> bytes | None:
    """The bytes of a cache file, or None when it is missing, unreadable or not in an own folder."""
    if not own_folder(path.parent):
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_cached(path: Path, data: bytes, stale: str | None = None) -> None:
    """Write a cache file atomically (its folder made 0700); `stale`, a glob in the same folder,
    names older versions to remove. Any OSError (read-only, full disk) leaves no file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path.parent, 0o700)
        if not own_folder(path.parent):
            return
        if stale:
            for old in path.parent.glob(stale):
                if old != path:
                    old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cache-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # read-only or full cache folder: computed again next time
