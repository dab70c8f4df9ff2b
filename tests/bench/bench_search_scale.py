"""Desk search at 100,000 and 1,000,000 attendees: today's index (romanized names, prefix
indexes of 1 to 4 letters) against the index before (no romanizations, prefix indexes of 1
and 2 letters, as migration 0002_search made it), in one run.

Run: `.venv/bin/python -m tests.bench.bench_search_scale [--sizes 100000,1000000] [--rounds 5]`.

For each size the demo event is built (names in English and Chinese, the generator the desk
benchmark uses), then copied, and the copy's romanizations removed (its search texts as a
Confdesk without them wrote them) and its word index made again as it was (prefix='1 2'). The desk's 30 queries of tests/bench/bench_desk.py, plus
romanized ones (what a volunteer types for a Chinese-only name), run `rounds` times on both
files, interleaved. Printed: p50/p95 per size and index, the 1,000,000 / 100,000 ratio, and
the build time and file size each index costs.
Goals (the Hong Kong issue): p95 <= 10 ms at 100,000; at 1,000,000 <= 2x that.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from db.engine import Store, open_store
from db.search import ROMAN_MARK
from desktop.core import attendees as core
from tests.bench.bench_desk import CHINESE, LATIN, ms, pctl

ROMANIZED = ["chan tai man", "chen dawen", "cheung hok", "tsang chi wai", "wong ka yan", "lau"]


def build(path: Path, attendees: int) -> float:
    from desktop.core.demo import generate

    t = time.perf_counter()
    store = open_store(str(path), create=True)
    generate(store, attendees=attendees, seed=1)
    store.close()
    return time.perf_counter() - t


def strip_romanizations(source: Path, target: Path) -> float:
    """A copy of `source` as the index was before: search texts with the fields as written
    only, the word table with 1- and 2-letter prefix indexes."""
    shutil.copyfile(source, target)
    t = time.perf_counter()
    store = open_store(str(target))
    with store.write_session() as s:
        s.execute(
            text(
                "UPDATE attendee SET search_text = substr(search_text, 1, "
                "instr(search_text, :mark) - 1) WHERE instr(search_text, :mark) > 0"
            ),
            {"mark": ROMAN_MARK},
        )
    store.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("DROP TABLE attendee_words")
    conn.execute(
        "CREATE VIRTUAL TABLE attendee_words USING fts5(search_text, content='attendee', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2')"
    )
    conn.execute("INSERT INTO attendee_words(attendee_words) VALUES ('rebuild')")
    conn.execute("VACUUM")
    conn.close()
    return time.perf_counter() - t


def measure(stores: dict[str, Store], queries: list[str], rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {k: [] for k in stores}
    sessions = {k: st.factory() for k, st in stores.items()}
    try:
        for s in sessions.values():
            for q in queries:  # warm the page cache and the statement cache once
                core.search(s, q)
        for _ in range(rounds):
            for q in queries:
                for k, s in sessions.items():
                    t = time.perf_counter()
                    core.search(s, q)
                    times[k].append(time.perf_counter() - t)
    finally:
        for s in sessions.values():
            s.close()
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    sizes = [int(x) for x in a.sizes.split(",")]
    queries = LATIN + CHINESE + ROMANIZED
    p95: dict[tuple[int, str], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            full, bare = Path(tmp) / f"r{n}.sqlite", Path(tmp) / f"b{n}.sqlite"
            built = build(full, n)
            stripped = strip_romanizations(full, bare)
            print(
                f"\n{n:,} attendees: built in {built:.1f} s ({full.stat().st_size / 1e6:.0f} MB "
                f"today, {bare.stat().st_size / 1e6:.0f} MB as before; "
                f"making the one before took {stripped:.1f} s)"
            )
            stores = {"today": open_store(str(full)), "before": open_store(str(bare))}
            try:
                times = measure(stores, queries, a.rounds)
            finally:
                for st in stores.values():
                    st.close()
            per = len(queries)
            for k, vs in times.items():
                roman = [v for i, v in enumerate(vs) if queries[i % per] in ROMANIZED]
                desk = [v for i, v in enumerate(vs) if queries[i % per] not in ROMANIZED]
                p95[(n, k)] = pctl(desk, 95)
                print(
                    f"  {k:<9}  desk's 30 queries: p50 {ms(statistics.median(desk))}  p95 "
                    f"{ms(pctl(desk, 95))}   romanized queries: p50 {ms(statistics.median(roman))}"
                    f"  p95 {ms(pctl(roman, 95))}"
                )
            full.unlink()
            bare.unlink()
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        for k in ("today", "before"):
            print(
                f"{k:<9}: p95 at {hi:,} / at {lo:,} = {p95[(hi, k)] / p95[(lo, k)]:.2f}x "
                "(goal <= 2x)"
            )
    print("goal: p95 <= 10 ms at 100,000 attendees")


if __name__ == "__main__":
    main()
