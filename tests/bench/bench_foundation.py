"""Benchmark: the demo generator, the GUI's cold start and scrolling the attendee table.

Run: `.venv/bin/python -m tests.bench.bench_foundation [--attendees N] [--repeat R]`

Measured in the same run, each part in fresh subprocesses:
- demo:   `confdesk demo --attendees 100000` wall time (target <= 15 s) against a naive
          baseline: ORM `add()` + flush per row (badge code and search text included) on
          10,000 rows, extrapolated x10;
- start:  `confdesk gui` on the 100,000-attendee database until the main window's first
          paint (CONFDESK_EXIT_AFTER_PAINT), offscreen; wall time and peak RSS (targets
          1.5 s, 250 MB), against the floor of a bare Qt window with an empty table;
- scroll: the attendee table scrolled page by page from top to bottom, painting every
          page; the lazy model's largest cache against the rows, against a naive model that
          loads every row first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "CONFDESK_DATA_DIR": str(home),
        "CONFDESK_SETTINGS_DIR": str(home / "settings"),
    }


def _p95(values: list[float]) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]


# --- demo ------------------------------------------------------------------------------
def bench_demo(tmp: Path, attendees: int, repeat: int) -> tuple[list[float], Path]:
    times, db = [], tmp / "demo-0.sqlite"
    for i in range(repeat):
        db = tmp / f"demo-{i}.sqlite"
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "--db",
                str(db),
                "demo",
                "--attendees",
                str(attendees),
            ],
            check=True,
            env=_env(tmp / "home"),
            cwd=ROOT,
            capture_output=True,
        )
        times.append(time.perf_counter() - t0)
        if i:
            for p in tmp.glob(f"demo-{i}.sqlite*"):
                p.unlink()
    return times, tmp / "demo-0.sqlite"


def naive_orm_insert(db: Path, rows: int) -> float:
    """ORM add() and flush per attendee row (what a first draft would do)."""
    from db.engine import open_store
    from db.models import Attendee
    from desktop.core.attendees import search_text_for
    from desktop.core.events import create_event
    from desktop.core.tickets import badge_code_for

    store = open_store(str(db), create=True)
    rng = random.Random(1)
    t0 = time.perf_counter()
    with store.session() as s:
        event = create_event(s, "Naive", "Asia/Hong_Kong")
        for i in range(1, rows + 1):
            rec = {
                "given_name": rng.choice(["Tai Man", "Mei", "Anna", "Hiro"]),
                "family_name": rng.choice(["Chan", "Wong", "Müller", "Sato"]),
                "name_local": "陳大文",
                "organization": "Example Labs",
                "email": f"p{i}@example.org",
                "number": i,
            }
            rec["badge_code"] = badge_code_for(event.signing_key, event.code_prefix, event.id, i)
            a = Attendee(event_id=event.id, search_text=search_text_for(rec), **rec)
            s.add(a)
            s.flush()
    took = time.perf_counter() - t0
    store.close()
    return took


# --- cold start ------------------------------------------------------------------------
def _start_once(args: list[str], home: Path) -> tuple[float, float, float, float]:
    """(wall seconds to the paint line, child's own process age, peak RSS MB, CPU seconds)."""
    env = {**_env(home), "CONFDESK_EXIT_AFTER_PAINT": "1"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        args, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    wall, age, rss, cpu = float("nan"), float("nan"), float("nan"), float("nan")
    for line in proc.stdout:
        if line.startswith("painted"):
            wall = time.perf_counter() - t0
            parts = line.split()
            age, rss, cpu = float(parts[1]), float(parts[4]), float(parts[6])
    proc.wait(timeout=60)
    return wall, age, rss, cpu


_FLOOR = """
import os, resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1280, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            u = resource.getrusage(resource.RUSAGE_SELF)
            QTimer.singleShot(0, lambda: (print("painted 0 s peak_rss_mb %.1f cpu_s %.3f" % (
                u.ru_maxrss / 1024, u.ru_utime + u.ru_stime), flush=True), app.quit()))
            app.removeEventFilter(self)
        return False
f = F(); app.installEventFilter(f); w.show(); app.exec()
"""


def bench_start(
    db: Path, tmp: Path, repeat: int
) -> dict[str, list[tuple[float, float, float, float]]]:
    out: dict[str, list[tuple[float, float, float, float]]] = {"confdesk": [], "floor": []}
    for i in range(repeat):
        home = tmp / f"start-{i}"
        out["confdesk"].append(
            _start_once([sys.executable, "-m", "desktop", "--db", str(db), "gui"], home)
        )
        out["floor"].append(_start_once([sys.executable, "-c", _FLOOR], home))
    return out


# --- scrolling (runs inside a subprocess: --scroll-worker lazy|naive DB) -----------------
def scroll_worker(kind: str, db: Path) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
    from sqlalchemy import select

    from db.engine import open_store
    from db.models import Attendee
    from desktop.core.attendee_list import FIELDS
    from desktop.ui.attendees.model import COLUMNS, AttendeeTableModel

    app = QApplication([])
    store = open_store(str(db))

    def read(fn):
        with store.factory() as s:
            return fn(s)

    class NaiveModel(QAbstractTableModel):
        """Every row loaded up front (what the lazy model avoids)."""

        def __init__(self) -> None:
            super().__init__()
            fetched = [getattr(Attendee, f) for f in FIELDS]
            q = select(*fetched).where(Attendee.merged_into_id.is_(None)).order_by(Attendee.number)
            self.rows = read(lambda s: s.execute(q).all())

        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return len(COLUMNS)

        def data(self, index: QModelIndex, role: int = 0) -> object:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            v = self.rows[index.row()][index.column()]
            return None if v is None else str(v)

    t0 = time.perf_counter()
    event_id = read(lambda s: s.scalar(select(Attendee.event_id).limit(1)))
    if kind == "lazy":
        model = AttendeeTableModel(read, event_id, "Asia/Hong_Kong")
        model.reload()
    else:
        model = NaiveModel()
    view = QTableView()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setModel(model)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    open_s = time.perf_counter() - t0
    bar = view.verticalScrollBar()
    steps, per_page, cpu_page, max_cache = 0, [], [], 0
    t_scroll = time.perf_counter()
    value = 0
    while True:
        t, c = time.perf_counter(), time.process_time()
        bar.setValue(value)
        view.viewport().repaint()
        per_page.append(time.perf_counter() - t)
        cpu_page.append(time.process_time() - c)
        steps += 1
        if kind == "lazy":
            max_cache = max(max_cache, model.cache_size)
        if value >= bar.maximum():
            break
        value = min(bar.maximum(), value + bar.pageStep())
    scroll_s = time.perf_counter() - t_scroll
    last = view.rowAt(view.viewport().height() - 1)
    print(
        json.dumps(
            {
                "rows": model.rowCount(),
                "open_s": open_s,
                "scroll_s": scroll_s,
                "pages": steps,
                "page_ms_median": statistics.median(per_page) * 1000,
                "page_ms_p95": _p95(per_page) * 1000,
                "page_cpu_ms_median": statistics.median(cpu_page) * 1000,
                "max_cache": max_cache if kind == "lazy" else model.rowCount(),
                "last_row_shown": last,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
    store.close()


def bench_scroll(db: Path, tmp: Path) -> dict[str, dict[str, float]]:
    out = {}
    for kind in ("lazy", "naive"):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.bench.bench_foundation",
                "--scroll-worker",
                kind,
                str(db),
            ],
            env=_env(tmp / "home"),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        out[kind] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def report_demo(tmp: Path, n: int, repeat: int, naive_rows: int) -> Path:
    print(f"== demo: confdesk demo --attendees {n:,} (x{repeat})")
    times, db = bench_demo(tmp, n, repeat)
    med = statistics.median(times)
    print(
        f"demo        median {med:6.2f} s  min {min(times):.2f}  max {max(times):.2f}  (target <= 15 s)"
    )
    if naive_rows:
        naive = naive_orm_insert(tmp / "naive.sqlite", naive_rows)
        full = naive * n / naive_rows
        print(
            f"naive ORM   {naive:6.2f} s for {naive_rows:,} rows -> {full:.1f} s for {n:,}"
            f"  (demo is {full / med:.1f}x faster, and makes sessions and speakers too)"
        )
    return db


def report_start(db: Path, tmp: Path, n: int, count: int) -> None:
    print(f"\n== cold start: confdesk gui on {n:,} attendees to the first paint (x{count})")
    starts = bench_start(db, tmp, count)
    for name, runs in starts.items():
        walls = [r[0] for r in runs]
        rss = [r[2] for r in runs]
        print(
            f"{name:10}  wall median {statistics.median(walls):.3f} s  p95 {_p95(walls):.3f}"
            f"  process age median {statistics.median(r[1] for r in runs):.3f} s"
            f"  CPU median {statistics.median(r[3] for r in runs):.3f} s"
            f"  peak RSS median {statistics.median(rss):.0f} MB max {max(rss):.0f} MB"
        )
    c = statistics.median(r[0] for r in starts["confdesk"])
    f = statistics.median(r[0] for r in starts["floor"])
    print(f"confdesk / bare Qt window = {c / f:.2f}x  (targets: <= 1.5 s, <= 250 MB)")


def report_scroll(db: Path, tmp: Path, n: int) -> None:
    print(f"\n== scrolling the attendee table top to bottom ({n:,} rows, 1280x800)")
    sc = bench_scroll(db, tmp)
    for kind, r in sc.items():
        print(
            f"{kind:6} open {r['open_s']:.2f} s  scroll {r['scroll_s']:.2f} s over {r['pages']} pages"
            f"  page median {r['page_ms_median']:.1f} ms p95 {r['page_ms_p95']:.1f} ms"
            f" (CPU median {r['page_cpu_ms_median']:.1f} ms)"
            f"  rows in memory max {r['max_cache']:,} of {r['rows']:,}"
            f"  peak RSS {r['peak_rss_mb']:.0f} MB  last row shown {r['last_row_shown']:,}"
        )
    lazy, nv = sc["lazy"], sc["naive"]
    print(
        f"lazy opens {nv['open_s'] / lazy['open_s']:.1f}x faster, holds "
        f"{lazy['max_cache'] / lazy['rows']:.1%} of the rows, "
        f"uses {nv['peak_rss_mb'] - lazy['peak_rss_mb']:.0f} MB less"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attendees", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs of the demo (default 3)")
    ap.add_argument("--starts", type=int, default=7, help="cold starts (default 7)")
    ap.add_argument("--naive-rows", type=int, default=10_000)
    ap.add_argument("--parts", default="demo,start,scroll", help="default: demo,start,scroll")
    ap.add_argument("--db", type=Path, help="a demo database to reuse for start and scroll")
    ap.add_argument("--scroll-worker", nargs=2, metavar=("KIND", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.scroll_worker:
        scroll_worker(args.scroll_worker[0], Path(args.scroll_worker[1]))
        return
    parts = set(args.parts.split(","))
    with tempfile.TemporaryDirectory(prefix="confdesk-bench-") as d:
        tmp = Path(d)
        n = args.attendees
        db = args.db
        if "demo" in parts:
            made = report_demo(tmp, n, args.repeat, args.naive_rows)
            db = db or made
        elif db is None:
            db = report_demo(tmp, n, 1, 0)
        if "start" in parts:
            report_start(db, tmp, n, args.starts)
        if "scroll" in parts:
            report_scroll(db, tmp, n)


if __name__ == "__main__":
    main()
