"""The demo event a benchmark runs on: the --db file when it exists, else one generated (into
--db when given, so the next run reuses it)."""

from __future__ import annotations

import time
from pathlib import Path


def demo_event(path: str | None, attendees: int, folder: str) -> str:
    """The path of a demo store of `attendees` people (generated, timed, when missing)."""
    if path and Path(path).exists():
        return path
    from db.engine import open_store
    from desktop.core.demo import generate

    path = path or str(Path(folder) / "bench.sqlite")
    t = time.perf_counter()
    store = open_store(path, create=True)
    generate(store, attendees=attendees, seed=1)
    store.close()
    print(f"generated {attendees:,} attendees in {time.perf_counter() - t:.0f} s")
    return path
