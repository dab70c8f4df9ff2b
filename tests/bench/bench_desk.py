"""Registration desk: search and scan on a 100,000-attendee SQLite event; 4 desks on PostgreSQL.

Run: `.venv/bin/python -m tests.bench.bench_desk [--attendees N] [--db FILE] [--pg-scans N]`.

1. Search: median and p95 per query of `attendees.search()` over a mixed set of Latin and
   Chinese queries (what a volunteer types, including the 1- and 2-letter prefixes of
   search-as-you-type), against a naive baseline measured in the same run: a plain
   `LIKE '%word%'` scan over search_text with the same card loading.
2. Scan to result: verify the code, check in, write the log, commit; one transaction per scan.
3. PostgreSQL: 4 desk processes, 10,000 scans of overlapping codes in total; counts double
   check-ins (must be zero) and reports the p95 scan-to-result time per desk.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select, text

from db.engine import Store, open_store
from db.models import Attendee, CheckIn
from desktop.core import attendees as core
from desktop.core.checkin import Outcome, scan
from desktop.core.events import current_event
from desktop.core.text import fold

LATIN = [
    "c", "ch", "cha", "chan", "chan tai", "tai man chan", "wong ka", "li", "lee",
    "zoe muller", "muller", "uller", "smith", "garcia", "jason.chu", "robotics",
    "science park", "kelvin", "tsang", "hkust",
]  # fmt: skip
CHINESE = ["陳", "曾傑", "大文", "陳大文", "黃", "俊傑", "李", "家豪", "科技", "美玲"]


def pctl(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def ms(v: float) -> str:
    return f"{v * 1000:.2f} ms"


def build(path: Path, attendees: int) -> Store:
    """The lead's realistic demo event (names in English and Chinese, ticket codes)."""
    from desktop.core.demo import generate

    t = time.perf_counter()
    store = open_store(str(path), create=True)
    generate(store, attendees=attendees, seed=1)
    print(f"built {attendees:,} attendees (demo generator, search index included) in "
          f"{time.perf_counter() - t:.1f} s")  # fmt: skip
    return store


def naive_search(session, q: str, limit: int = 50) -> list:
    """The baseline: every word as LIKE '%word%' over every row, then the same cards."""
    words = fold(q).split()
    cond = " AND ".join(f"search_text LIKE :w{i}" for i in range(len(words)))
    ids = session.scalars(
        text(
            f"SELECT id FROM attendee WHERE merged_into_id IS NULL AND {cond} "
            "ORDER BY family_name, given_name, id LIMIT :limit"
        ),
        {**{f"w{i}": f"%{w}%" for i, w in enumerate(words)}, "limit": limit},
    ).all()
    return list(core.get_cards(session, ids).values())


def bench_search(store: Store, rounds: int) -> None:
    queries = LATIN + CHINESE
    with store.session() as s:
        for q in queries:  # warm the caches once
            core.search(s, q)
            naive_search(s, q)
        fast: dict[str, list[float]] = {q: [] for q in queries}
        slow: dict[str, list[float]] = {q: [] for q in queries}
        fast_cpu: list[float] = []
        slow_cpu: list[float] = []
        hits: dict[str, int] = {}
        for _ in range(rounds):
            for q in queries:
                t, c = time.perf_counter(), time.process_time()
                hits[q] = len(core.search(s, q))
                fast[q].append(time.perf_counter() - t)
                fast_cpu.append(time.process_time() - c)
                t, c = time.perf_counter(), time.process_time()
                naive_search(s, q)
                slow[q].append(time.perf_counter() - t)
                slow_cpu.append(time.process_time() - c)
    print(f"\nsearch ({rounds} rounds of {len(queries)} queries, 50 results max)")
    print(f"  {'query':<14} {'hits':>4}  {'median':>10} {'p95':>10}  {'naive LIKE':>10}  ratio")
    for q in queries:
        f, n = statistics.median(fast[q]), statistics.median(slow[q])
        print(
            f"  {q:<14} {hits[q]:>4}  {ms(f):>10} {ms(pctl(fast[q], 95)):>10}  {ms(n):>10}  {n / f:5.1f}x"
        )
    all_fast = [v for vs in fast.values() for v in vs]
    all_slow = [v for vs in slow.values() for v in vs]
    for label, sel in (("Latin", LATIN), ("Chinese", CHINESE), ("all", queries)):
        f = [v for q in sel for v in fast[q]]
        n = [v for q in sel for v in slow[q]]
        print(f"  {label:<8} median {ms(statistics.median(f))}  p95 {ms(pctl(f, 95))}   naive "
              f"median {ms(statistics.median(n))}  p95 {ms(pctl(n, 95))}   "
              f"ratio {statistics.median(n) / statistics.median(f):.1f}x (p95 "
              f"{pctl(n, 95) / pctl(f, 95):.1f}x)")  # fmt: skip
    assert all_fast and all_slow
    # CPU time of this process: less disturbed than wall time when the machine is shared.
    print(f"  CPU time   median {ms(statistics.median(fast_cpu))}  p95 {ms(pctl(fast_cpu, 95))}"
          f"   naive median {ms(statistics.median(slow_cpu))}  p95 {ms(pctl(slow_cpu, 95))}   "
          f"ratio {statistics.median(slow_cpu) / statistics.median(fast_cpu):.1f}x")  # fmt: skip


def bench_scan(store: Store, scans: int) -> None:
    with store.session() as s:
        event_id = current_event(s).id
        pool = (
            s.execute(
                select(Attendee.badge_code)
                .where(Attendee.event_id == event_id, Attendee.checked_in_at.is_(None))
                .limit(scans)
            )
            .scalars()
            .all()
        )
    rng = random.Random(3)
    codes = [rng.choice(pool) if rng.random() < 0.2 else c for c in pool[: int(scans * 0.8)]]
    codes += rng.sample(pool, scans - len(codes))
    times: list[float] = []
    cpu: list[float] = []
    outcomes: Counter[str] = Counter()
    for code in codes:
        t, c = time.perf_counter(), time.process_time()
        with store.session() as s:
            r = scan(s, code, "Bench desk")
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        outcomes[str(r.outcome)] += 1
    print(f"\nscan to result ({len(codes)} scans, one committed transaction each): "
          f"median {ms(statistics.median(times))}  p95 {ms(pctl(times, 95))}  "
          f"max {ms(max(times))}   outcomes {dict(outcomes)}")  # fmt: skip
    print(f"  CPU time: median {ms(statistics.median(cpu))}  p95 {ms(pctl(cpu, 95))}")


def _desk(url: str, desk: str, codes: list[str], barrier, out) -> None:
    store = open_store(url)
    times, cpu, results = [], [], []
    barrier.wait(timeout=120)
    for code in codes:
        t, c = time.perf_counter(), time.process_time()
        with store.session() as s:
            r = scan(s, code, desk)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        results.append((code, str(r.outcome)))
    store.close()
    out.put((desk, times, cpu, results))


def bench_pg(attendees: int, scans: int, desks: int = 4) -> None:
    from tests.pg import PgServer, create_database

    server = PgServer()
    server.start()
    try:
        url = create_database(server.admin_url)
        store = open_store(url, create=True)
        from desktop.core.events import create_event

        with store.session() as s:
            event = create_event(s, "Bench Conference")
            rows = [
                {"given_name": f"Given{i}", "family_name": f"Family{i}"} for i in range(attendees)
            ]
            ids = core.add_attendees(s, event, rows)
        with store.session() as s:
            codes = s.scalars(select(Attendee.badge_code).order_by(Attendee.id)).all()
        store.close()
        assert len(ids) == attendees
        # Desks work through overlapping slices of the same queue: most codes are scanned by
        # two desks at about the same moment.
        per = scans // desks
        distinct = int(scans * 0.6)
        queue = codes[:distinct]
        plans = []
        for d in range(desks):
            start = (d * distinct // desks) // 2
            plans.append([queue[(start + k) % distinct] for k in range(per)])
        ctx = mp.get_context("fork")
        barrier, out = ctx.Barrier(desks), ctx.Queue()
        procs = [
            ctx.Process(target=_desk, args=(url, f"Desk {d + 1}", plans[d], barrier, out))
            for d in range(desks)
        ]
        t = time.perf_counter()
        for p in procs:
            p.start()
        got = [out.get(timeout=600) for _ in procs]
        wall = time.perf_counter() - t
        for p in procs:
            p.join()
        per_code: dict[str, Counter[str]] = {}
        times: list[float] = []
        cpu: list[float] = []
        for _desk_name, desk_times, desk_cpu, results in got:
            times += desk_times
            cpu += desk_cpu
            for code, outcome in results:
                per_code.setdefault(code, Counter())[outcome] += 1
        doubles = sum(1 for c in per_code.values() if c[Outcome.CHECKED_IN] > 1)
        missing = sum(1 for c in per_code.values() if c[Outcome.CHECKED_IN] == 0)
        store = open_store(url)
        with store.session() as s:
            logged = s.execute(
                select(CheckIn.attendee_id, func.count())
                .where(CheckIn.result == "checked_in")
                .group_by(CheckIn.attendee_id)
                .having(func.count() > 1)
            ).all()
        store.close()
        total = sum(len(p) for p in plans)
        print(f"\nPostgreSQL, {desks} desk processes, {total:,} scans of {len(per_code):,} codes "
              f"({attendees:,} attendees) in {wall:.1f} s:")  # fmt: skip
        print(f"  double check-ins: {doubles} by outcome, {len(logged)} in the log; "
              f"codes never checked in: {missing}")  # fmt: skip
        print(f"  scan to result: median {ms(statistics.median(times))}  p95 {ms(pctl(times, 95))}"
              f"  max {ms(max(times))}")  # fmt: skip
        print(f"  desk process CPU time per scan: median {ms(statistics.median(cpu))}  "
              f"p95 {ms(pctl(cpu, 95))}")  # fmt: skip
    finally:
        server.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--attendees", type=int, default=100_000)
    ap.add_argument("--db", help="reuse (or create) this SQLite file instead of a temporary one")
    ap.add_argument("--rounds", type=int, default=15, help="search rounds over the query set")
    ap.add_argument("--scans", type=int, default=2000, help="SQLite scans")
    ap.add_argument("--pg-scans", type=int, default=10_000, help="0 to skip PostgreSQL")
    ap.add_argument("--pg-attendees", type=int, default=20_000)
    ap.add_argument("--skip-sqlite", action="store_true", help="only the PostgreSQL run")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.skip_sqlite:
            bench_pg(args.pg_attendees, args.pg_scans)
            return
        path = Path(args.db) if args.db else Path(tmp) / "desk.sqlite"
        store = open_store(str(path)) if path.exists() else build(path, args.attendees)
        with store.session() as s:
            n = s.scalar(select(func.count()).select_from(Attendee))
        print(f"SQLite event with {n:,} attendees: {path}")
        bench_search(store, args.rounds)
        bench_scan(store, args.scans)
        store.close()
    if args.pg_scans:
        bench_pg(args.pg_attendees, args.pg_scans)


if __name__ == "__main__":
    main()
