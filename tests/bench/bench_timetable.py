"""The timetable grid with 1,000 sessions on one day (40 rooms x 25 half-hour talks).

Run: `.venv/bin/python -m tests.bench.bench_timetable [--sessions N] [--runs N] [--frames N]`.
Offscreen (QT_QPA_PLATFORM=offscreen), a 1600x1000 screen, a real SQLite store. Measured:
- open: constructing the Schedule screen, loading the schedule, the conflict check, building
  the blocks and the first full paint (targets: <= 1 s);
- drag frame: one mouse move of a block being dragged plus the synchronous repaint it causes
  (target: <= 16 ms), as shipped (per-item device cache, smart viewport updates) and naive
  (no item cache, full viewport repaint per frame), same run, same frames;
- edit: one keyboard move of a block, written through the undo stack, then the recheck of
  its conflicts and the update of its block (what the user waits for after a drop).
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
import zoneinfo
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView

from db.engine import Store, open_store
from db.models import Room, SessionSpeaker, Speaker, Track
from db.models import Session as SessionRow
from desktop.core.events import create_event
from desktop.ui.context import AppContext
from desktop.ui.schedule import ScheduleScreen
from desktop.ui.schedule.commands import MoveSessionCommand
from desktop.ui.worker import DbWorker

HK = zoneinfo.ZoneInfo("Asia/Hong_Kong")
DAY = dt.date(2026, 12, 3)
TRACKS = ("#2563eb", "#16a34a", "#ea580c", "#9333ea", "#db2777", "#0891b2")


def build(path: Path, sessions: int) -> Store:
    """A store with `sessions` talks on one day, 25 per room, 6 tracks, one speaker each.

    Written as plain rows in bulk (the editing functions would take ~30 s for this; what is
    measured here is the screen, not the setup). No conflicts, as in a finished programme.
    """
    store = open_store(str(path), create=True)
    rooms_needed = -(-sessions // 25)
    with store.session() as s:
        event = create_event(s, "Bench Conference", "Asia/Hong_Kong", DAY, DAY)
        tracks = [
            Track(event_id=event.id, name=f"Track {i + 1}", color=c) for i, c in enumerate(TRACKS)
        ]
        rooms = [
            Room(event_id=event.id, name=f"Room {i + 1:02d}", capacity=100, position=i)
            for i in range(rooms_needed)
        ]
        people = [
            Speaker(
                event_id=event.id, name=f"Speaker {i}", name_local="陳大文" if i % 5 == 0 else ""
            )
            for i in range(sessions)
        ]
        s.add_all([*tracks, *rooms, *people])
        s.flush()
        day_start = dt.datetime.combine(DAY, dt.time(8), HK).astimezone(dt.UTC).replace(tzinfo=None)
        rows = [
            SessionRow(
                event_id=event.id,
                guid=str(uuid.uuid4()),
                title=f"Talk {n}: scaling evaluation of multilingual models 多語言模型",
                type="talk",
                status="confirmed",
                track_id=tracks[n % len(tracks)].id,
                room_id=rooms[n // 25].id,
                start=day_start + dt.timedelta(minutes=30 * (n % 25)),
                duration_min=30,
            )
            for n in range(sessions)
        ]
        s.add_all(rows)
        s.flush()
        s.add_all(
            SessionSpeaker(session_id=r.id, speaker_id=p.id, role="speaker", position=0)
            for r, p in zip(rows, people, strict=True)
        )
    return store


def open_screen(app: QApplication, ctx: AppContext) -> tuple[ScheduleScreen, float]:
    t0 = time.perf_counter()
    w = ScheduleScreen(ctx)
    w.resize(1600, 1000)
    w.show()
    w.on_shown()
    app.processEvents()
    w.view.viewport().grab()  # the first full paint of the grid
    return w, time.perf_counter() - t0


def close(app: QApplication, w: ScheduleScreen) -> None:
    """Close and really delete a screen (its controller stops listening to the context)."""
    w.close()
    w.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def drag_frames(app: QApplication, w: ScheduleScreen, frames: int, naive: bool) -> list[float]:
    """Per-frame time of dragging one block down and across, each frame painted at once."""
    view = w.view
    items = list(view.timetable.items_by_id.values())
    if naive:
        view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        for it in items:
            it.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    vp = view.viewport()
    target = items[len(items) // 40 * 3 + 2]  # a block in the 4th column, near the top
    start = view.mapFromScene(target.sceneBoundingRect().center())
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    app.processEvents()
    vp.repaint()
    times = []
    for i in range(1, frames + 1):
        pos = start + QPoint((i * 7) % 300, (i * 5) % 250)
        t0 = time.perf_counter()
        QTest.mouseMove(vp, pos)
        vp.repaint()
        times.append(time.perf_counter() - t0)
    # Release where it started: no edit is written.
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    app.processEvents()
    if naive:
        view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        for it in items:
            it.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return times


def edit_times(
    app: QApplication, w: ScheduleScreen, runs: int, saved: list[float] | None = None
) -> list[float]:
    """Per keyboard move: the time until the grid shows it (returned) and, in `saved`, until
    its write behind has answered (a grid edit is shown first, then written)."""
    view = w.view
    first = min(view.timetable.items_by_id.values(), key=lambda it: it.pos().x() + it.pos().y())
    view.show_session(first.session_id)
    out = []
    for i in range(runs):
        key = Qt.Key.Key_Right if i % 2 == 0 else Qt.Key.Key_Left
        t0 = time.perf_counter()
        QTest.keyClick(view, key)
        app.processEvents()
        vp = view.viewport()
        vp.repaint()
        out.append(time.perf_counter() - t0)
        while w.controller.pending:
            app.processEvents()
        if saved is not None:
            saved.append(time.perf_counter() - t0)
    return out


def stats(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs), xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def _guard_none_refcount() -> None:
    """PySide6 6.12.0 on Python < 3.12 drops a reference to None on every void call (measured:
    1,000 `QWidget.update()` calls lower `sys.getrefcount(None)` by 1,000; 6.11.3 does not).
    True and False lose references the same way. Thousands of paint calls here would deallocate
    them and abort the benchmark, so give them spare references first. Python 3.12+ makes None immortal; the app itself needs a fixed
    PySide6 (see the schedule section of the report), not this.
    """
    if sys.version_info < (3, 12):
        # Permanent extra references (never given back, also not at interpreter exit).
        for obj in (None, True, False):
            ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


def main() -> None:
    _guard_none_refcount()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--frames", type=int, default=120)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = build(Path(tmp) / "bench.sqlite", args.sessions)
        print(f"built {args.sessions} sessions (bulk rows) in {time.perf_counter() - t0:.1f} s")
        worker = DbWorker(store)
        ctx = AppContext(store=store, worker=worker, event_id=1)
        opens = []
        w = None
        for _ in range(args.runs):
            if w is not None:
                close(app, w)
            w, took = open_screen(app, ctx)
            opens.append(took)
        assert w is not None
        shown = len(w.view.timetable.items_by_id)
        med, p95 = stats(opens)
        print(
            f"open screen ({shown} blocks on the day): median {med * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms (target <= 1000 ms)"
        )
        fast = drag_frames(app, w, args.frames, naive=False)
        naive = drag_frames(app, w, args.frames, naive=True)
        fm, fp = stats(fast)
        nm, np_ = stats(naive)
        print(
            f"drag frame, shipped: median {fm * 1000:.2f} ms, p95 {fp * 1000:.2f} ms (target <= 16 ms)"
        )
        print(
            f"drag frame, naive (no item cache, full repaint): median {nm * 1000:.2f} ms, p95 {np_ * 1000:.2f} ms"
        )
        print(f"ratio naive/shipped (median): {nm / fm:.1f}x")
        written: list[float] = []
        edits = edit_times(app, w, max(10, args.runs * 4), written)
        em, ep = stats(edits)
        wm, wp = stats(written)
        print(
            f"keyboard move shown (conflict recheck, block update; written behind): median"
            f" {em * 1000:.0f} ms, p95 {ep * 1000:.0f} ms; until written: median"
            f" {wm * 1000:.0f} ms, p95 {wp * 1000:.0f} ms"
        )
        # Naive: after each move read the whole schedule again and run the full check.
        patched = MoveSessionCommand.patched
        MoveSessionCommand.patched = lambda self, forward: None  # type: ignore[method-assign]
        try:
            slow = edit_times(app, w, max(10, args.runs * 4))
        finally:
            MoveSessionCommand.patched = patched  # type: ignore[method-assign]
        sm, sp = stats(slow)
        print(
            f"keyboard move, naive (full reload + full check): median {sm * 1000:.0f} ms,"
            f" p95 {sp * 1000:.0f} ms; ratio {sm / em:.1f}x"
        )
        close(app, w)
        worker.shutdown()
        store.close()


if __name__ == "__main__":
    main()
