"""Dashboard refresh on a 100,000-attendee event with 50,000 check-ins (SQLite file).

Run: `.venv/bin/python -m tests.bench.bench_dashboard [--attendees N] [--checkins N] [--runs N]`.
Prints the median and p95 of the database time of `dashboard_stats()` against a naive baseline
(load every attendee and check-in row into Python and count there), measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from db.engine import Store, open_store
from db.models import CATEGORIES, Attendee, CheckIn
from desktop.core.dashboard import dashboard_stats, naive_dashboard_stats
from desktop.core.events import create_event

NOW = dt.datetime(2026, 11, 26, 3, 30)  # 11:30 in Hong Kong, as the three-hour rush ends
DESKS = ("Desk 1", "Desk 2", "Desk 3", "Desk 4", "Desk 5")


def build(path: Path, attendees: int, checkins: int, seed: int = 1) -> tuple[Store, dt.datetime]:
    """A store with `attendees` people, `checkins` of them checked in over a 3-hour morning."""
    rng = random.Random(seed)
    store = open_store(str(path), create=True)
    opening = dt.datetime(2026, 11, 26, 0, 30)  # 08:30 in Hong Kong, naive UTC
    with store.session() as s:
        event = create_event(s, "Bench Conference", "Asia/Hong_Kong", opening.date())
        eid = event.id
    checked = set(rng.sample(range(attendees), checkins))
    people, log = [], []
    for i in range(attendees):
        row = {
            "id": i + 1,
            "event_id": eid,
            "number": i + 1,
            "given_name": f"Given{i}",
            "family_name": f"Family{i}",
            "category": rng.choice(CATEGORIES),
            "status": "cancelled" if rng.random() < 0.02 else "registered",
            "badge_code": f"B{i:07d}",
            "extra": {},
            "print_count": 0,
        }
        if i in checked and row["status"] == "registered":
            at = opening + dt.timedelta(seconds=int(rng.triangular(0, 3 * 3600, 1800)))
            desk = rng.choice(DESKS)
            row |= {"checked_in_at": at, "checked_in_desk": desk, "badge_printed_at": at}
            log.append(
                {
                    "event_id": eid,
                    "attendee_id": i + 1,
                    "result": "checked_in",
                    "desk": desk,
                    "at": at,
                }
            )
        else:
            row |= {"checked_in_at": None, "checked_in_desk": None, "badge_printed_at": None}
        people.append(row)
    with store.session() as s:
        for k in range(0, len(people), 20_000):
            s.execute(insert(Attendee), people[k : k + 20_000])
        for k in range(0, len(log), 20_000):
            s.execute(insert(CheckIn), log[k : k + 20_000])
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return store, NOW


def _stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--attendees", type=int, default=100_000)
    ap.add_argument("--checkins", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--db", type=Path, help="keep the bench database here (reused if it exists)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        path = args.db or Path(tmp) / "bench.sqlite"
        if path.exists():
            store, now = open_store(str(path)), NOW
        else:
            store, now = build(path, args.attendees, args.checkins)
        print(
            f"built {args.attendees} attendees / {args.checkins} check-ins in {time.perf_counter() - t0:.1f} s"
        )
        fast_db, fast_total, fast_cpu, naive_db, naive_cpu = [], [], [], [], []
        for _ in range(args.runs):
            with store.factory() as s:
                t, c = time.perf_counter(), time.process_time()
                st = dashboard_stats(s, now)
                fast_cpu.append((time.process_time() - c) * 1000)
                fast_total.append((time.perf_counter() - t) * 1000)
                fast_db.append(st.db_ms)
        for _ in range(max(3, args.runs // 5)):
            with store.factory() as s:
                c = time.process_time()
                naive = naive_dashboard_stats(s, now)
                naive_cpu.append((time.process_time() - c) * 1000)
                naive_db.append(naive["db_ms"])
        assert st.registered == naive["registered"] and st.checked_in == naive["checked_in"]
        fm, fp = _stats(fast_db)
        tm, tp = _stats(fast_total)
        nm, np_ = _stats(naive_db)
        print(
            f"dashboard_stats database time: median {fm:.1f} ms, p95 {fp:.1f} ms (target <= 50 ms)"
        )
        print(f"dashboard_stats whole refresh: median {tm:.1f} ms, p95 {tp:.1f} ms")
        print(f"naive baseline (rows into Python): median {nm:.1f} ms, p95 {np_:.1f} ms")
        cm, cp = _stats(fast_cpu)
        ncm, _ = _stats(naive_cpu)
        print(
            f"CPU time of the refresh (SQLite runs in this process; what the wall clock would "
            f"show on an idle machine): median {cm:.1f} ms, p95 {cp:.1f} ms; naive {ncm:.0f} ms"
        )
        print(f"speed-up (database time): {nm / fm:.0f}x")
        store.close()


if __name__ == "__main__":
    main()
