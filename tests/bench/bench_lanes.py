"""Benchmark: desk scans while long jobs run in the same app, on the job runner vs one lane.

Run: `.venv/bin/python -m tests.bench.bench_lanes [--attendees N] [--rows N]`

One Qt process (offscreen) on a demo event with N attendees and the FOSDEM 2020 schedule. While a
1,000-badge batch, the FOSDEM program book and a 100,000-row import check (dry run) run, the
desk scans a badge every 100 ms through its lane (DbWorker.submit_scan); a 10 ms heartbeat
timer measures how late the GUI thread's event loop runs (the longest stall). Two runs:
- "runner":   the long jobs on the job runner (desktop.ui.jobs), as the app now does;
- "one lane": the same jobs submitted to the desk's lane (DbWorker.submit), as before.
Targets: scan-to-result p99 <= 30 ms; longest GUI stall <= 100 ms.
BENCH_TIMES=1 prints every scan's time too (the slowest is usually the first, on a cold lane).
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def _batch(out: Path, ids: list[int], s, progress, cancel):
    from desktop.core.badges import Selection, render_badges

    return render_badges(s, out, selection=Selection(ids=ids), progress=progress)


def _book(out: Path, s, progress, cancel):
    from desktop.core.program import build_program

    return build_program(s, out, "book", None, "live", progress, cancel)


def _check(csv_path: Path, s, progress, cancel):
    from desktop.core.attendee_import import import_file
    from desktop.core.attendee_import.sync import ImportOptions
    from desktop.core.events import current_event

    return import_file(
        s, current_event(s), csv_path, ImportOptions(dry_run=True), progress=progress
    )


def run(mode: str, db: Path, csv_path: Path, tmp: Path) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from db.engine import open_store
    from db.models import Attendee
    from desktop.ui.worker import DbWorker

    app = QApplication.instance() or QApplication([])
    if os.environ.get("BENCH_SWITCH_MS"):
        sys.setswitchinterval(float(os.environ["BENCH_SWITCH_MS"]) / 1000)
    store = open_store(str(db))
    lane = DbWorker(store)
    lane.prepare_desk("Bench desk")  # as the Desk screen does when it opens
    with store.factory() as s:
        ids = s.scalars(
            select(Attendee.id)
            .where(Attendee.status == "registered", Attendee.merged_into_id.is_(None))
            .order_by(Attendee.id)
            .limit(1000)
        ).all()
        codes = s.scalars(select(Attendee.badge_code).order_by(Attendee.id.desc())).all()

    jobs = [
        functools.partial(_batch, tmp / f"{mode}-batch.pdf", list(ids)),
        functools.partial(_book, tmp / f"{mode}-book.pdf"),
        functools.partial(_check, csv_path),
    ]
    remaining = [len(jobs)]

    errors: list[str] = []

    def finished(_result: object) -> None:
        remaining[0] -= 1
        if isinstance(_result, Exception):
            errors.append(f"{type(_result).__name__}: {str(_result)[:120]}")

    owner = QTimer()
    for job in jobs:
        if mode == "runner":
            lane.jobs.start(owner, job.func.__name__, job, finished, lambda e: finished(e))
        else:
            lane.submit(
                lambda s, job=job: job(s, lambda *a: None, None), finished, lambda e: finished(e)
            )

    scan_times: list[float] = []
    stalls: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        stalls.append(now - last[0] - 10)
        last[0] = now

    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(beat)
    heart.start()
    next_code = iter(codes)
    t0s: dict[int, float] = {}

    def scan() -> None:
        code = next(next_code)
        k = len(t0s)
        t0s[k] = time.perf_counter()
        lane.submit_scan(
            code,
            "Bench desk",
            "",
            lambda _a, k=k: scan_times.append((time.perf_counter() - t0s[k]) * 1000),
        )

    scanner = QTimer()
    scanner.setInterval(100)
    scanner.timeout.connect(scan)
    scanner.start()
    start = time.monotonic()
    while (remaining[0] > 0 or len(scan_times) < 20) and time.monotonic() - start < 600:
        app.processEvents()
        time.sleep(0.001)
    took = time.monotonic() - start
    scanner.stop()
    heart.stop()
    lane.shutdown()
    store.close()
    return {
        "seconds": took,
        "scans": len(scan_times),
        "p50": statistics.median(scan_times),
        "p99": _pct(scan_times, 0.99),
        "max": max(scan_times),
        "stall": max(stalls) if stalls else 0.0,
        "errors": errors,
        "times": [round(t, 1) for t in scan_times],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attendees", type=int, default=5000)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--mode")
    ap.add_argument("--paths", nargs=3)
    a = ap.parse_args()
    if a.mode:
        import json

        db, csv_path, tmp = map(Path, a.paths)
        print(json.dumps(run(a.mode, db, csv_path, tmp)))
        return
    import json

    from tests.bench.bench_import import make_rows, write_csv

    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        base = tmp / "event.sqlite"
        py = sys.executable
        subprocess.run(
            [py, "-m", "desktop", "--db", str(base), "demo", "--attendees", str(a.attendees)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                py,
                "-m",
                "desktop",
                "--db",
                str(base),
                "schedule",
                "import",
                str(ROOT / "tests/data/schedules/fosdem-2020.xml"),
                "--other-days",
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        csv_path = tmp / "check.csv"
        write_csv(csv_path, make_rows(a.rows, seed=5))
        results = {}
        for mode in ("runner", "one lane"):
            db = tmp / f"{mode.replace(' ', '-')}.sqlite"
            db.write_bytes(base.read_bytes())
            out = subprocess.run(
                [
                    py,
                    "-m",
                    "tests.bench.bench_lanes",
                    "--mode",
                    mode,
                    "--paths",
                    str(db),
                    str(csv_path),
                    str(tmp),
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            if out.returncode != 0:
                print(out.stderr[-2000:])
                raise SystemExit(1)
            results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
        for mode, r in results.items():
            print(
                f"{mode:9}: jobs done in {r['seconds']:5.1f} s; {r['scans']} scans: p50 {r['p50']:6.1f} ms, "
                f"p99 {r['p99']:7.1f} ms, max {r['max']:7.1f} ms; longest GUI stall {r['stall']:6.1f} ms"
                + (f"; job errors: {r['errors']}" if r["errors"] else "")
            )  # fmt: skip
        print("targets: scan p99 <= 30 ms; longest GUI stall <= 100 ms")
        if os.environ.get("BENCH_TIMES"):
            for mode, r in results.items():
                worst = sorted(range(r["scans"]), key=lambda i: -r["times"][i])[:3]
                print(mode, "slowest scans (by number)", worst, r["times"])


if __name__ == "__main__":
    main()
