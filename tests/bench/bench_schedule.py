"""Benchmark: schedule import, load, conflict checks and export on the FOSDEM 2020 schedule.

Run: `.venv/bin/python -m tests.bench.bench_schedule [--repeat R]`

Measured in the same run (medians and p95 over R repeats):
- import:      `confdesk schedule import fosdem-2020.xml` core (parse + checks + one
               transaction) into a fresh SQLite store; baseline: the defusedxml parse alone;
- load:        `load_schedule` of the 872 sessions;
- conflicts:   `check` (sweep line per room and speaker) vs `naive_check`, the O(n^2)
               pairwise comparison; also on a synthetic 3,000-session schedule;
- incremental: `check_sessions` after moving one session vs a full `check`;
- export:      frab XML, JSON and iCalendar.
Targets from the issue: import <= 2 s, full check <= 50 ms, incremental <= 5 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from db.engine import open_store
from desktop.base.schedule import RoomData, ScheduleData, SessionData, SpeakerData
from desktop.core.events import create_event
from desktop.core.schedule.conflicts import check, check_sessions, naive_check
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.frab_json import export_json
from desktop.core.schedule.interchange.frab_xml import export_xml, parse_xml
from desktop.core.schedule.interchange.ical import export_ical
from desktop.core.schedule.interchange.importing import import_schedule

ROOT = Path(__file__).resolve().parents[2]
FOSDEM = ROOT / "tests" / "data" / "schedules" / "fosdem-2020.xml"


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def line(label: str, xs: list[float], unit: str = "ms", base: list[float] | None = None) -> None:
    scale = 1000 if unit == "ms" else 1
    med = statistics.median(xs)
    ratio = f"   {statistics.median(base) / med:6.1f}x faster than baseline" if base else ""
    print(
        f"{label:<44} median {med * scale:9.2f} {unit}   p95 {p95(xs) * scale:9.2f} {unit}{ratio}"
    )


def fresh_import(tmp: Path, n: int) -> Path:
    path = tmp / f"s{n}.sqlite"
    store = open_store(str(path), create=True)
    with store.session() as s:
        create_event(s, "FOSDEM 2020", "Europe/Brussels")
    with store.session() as s:
        import_schedule(s, FOSDEM)
    store.close()
    return path


def synthetic(n: int, seed: int = 3) -> ScheduleData:
    """n sessions over 3 days and n/25 rooms with n/2 speakers: a big in-memory schedule."""
    rnd = random.Random(seed)
    zone = dt.timezone(dt.timedelta(hours=8))
    rooms = [RoomData(i, f"Room {i}", 100, i) for i in range(1, n // 25 + 2)]
    people = [SpeakerData(i, f"Speaker {i}") for i in range(1, n // 2 + 2)]
    sessions = []
    for i in range(1, n + 1):
        day = dt.datetime(2026, 9, 27, 9, tzinfo=zone) + dt.timedelta(days=rnd.randrange(3))
        start = day + dt.timedelta(minutes=5 * rnd.randrange(100))
        dur = rnd.choice((20, 30, 45, 60))
        sessions.append(
            SessionData(
                i, f"g{i}", f"Session {i}", "", "", "talk", "confirmed", "en", None,
                rnd.choice(rooms), start, start + dt.timedelta(minutes=dur), dur, False, None,
                tuple(rnd.sample(people, rnd.choice((1, 1, 2, 3)))),
            )
        )  # fmt: skip
    sessions.sort(key=lambda x: (x.start, x.room.position, x.id))
    return ScheduleData("Synthetic", "Asia/Hong_Kong", [], rooms, [], sessions, people)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    r = max(3, args.repeat)
    tmp = Path(tempfile.mkdtemp(prefix="bench_schedule_"))
    raw = FOSDEM.read_bytes()
    print(f"FOSDEM 2020: {len(raw) / 1e6:.1f} MB, repeat {r}\n")

    counter = iter(range(10_000))
    imports = timed(lambda: fresh_import(tmp, next(counter)), r)
    parse = timed(lambda: parse_xml(raw, FOSDEM.name), r)
    line("import FOSDEM (872 events, 35 rooms)", imports, "s")
    line("  baseline: defusedxml parse only", parse, "s")
    print(f"  import / parse-only: {statistics.median(imports) / statistics.median(parse):.1f}x")

    store = open_store(str(tmp / "s0.sqlite"))
    with store.session() as s:
        loads = timed(lambda: load_schedule(s), r)
        data = load_schedule(s)
    store.close()
    line("load_schedule", loads)

    full = timed(lambda: check(data), r * 3)
    naive = timed(lambda: naive_check(data), r)
    line("full conflict check (sweep line)", full, base=naive)
    line("  baseline: naive O(n^2) pairwise", naive)
    print(f"  conflicts found: {len(check(data))}")

    rnd = random.Random(1)
    placed = [x for x in data.sessions if x.start is not None]

    def moved_one() -> tuple[ScheduleData, int]:
        x = rnd.choice(placed)
        shift = dt.timedelta(minutes=5 * rnd.randint(-12, 12))
        moved = dataclasses.replace(x, start=x.start + shift, end=x.end + shift)
        sessions = [moved if y.id == x.id else y for y in data.sessions]
        return dataclasses.replace(data, sessions=sessions, _by_id={}), x.id

    rebuild = timed(moved_one, r * 5)
    edits = iter([moved_one() for _ in range(r * 5)])

    def recheck() -> None:
        edited, sid = next(edits)
        check_sessions(edited, [sid])

    inc = timed(recheck, r * 5)
    line("incremental check after moving one session", inc, base=full)
    print("  (baseline: the full check)")
    line("  the screen's in-memory edit (list rebuild)", rebuild)

    big = synthetic(3000)
    naive_big = timed(lambda: naive_check(big), 3)
    line("full check, synthetic 3,000 sessions", timed(lambda: check(big), r), base=naive_big)
    line("  baseline: naive O(n^2) on it", naive_big)

    line("export frab XML", timed(lambda: export_xml(data), r))
    line("export JSON", timed(lambda: export_json(data), r))
    line("export iCalendar", timed(lambda: export_ical(data), r))


if __name__ == "__main__":
    main()
