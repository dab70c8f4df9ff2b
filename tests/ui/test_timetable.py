"""The timetable screen offscreen on a real SQLite store: drops, undo/redo, conflicts, keys.

The schedule is built through the core editing functions; every assertion reads either the
stored row (what was really written) or what the grid and the panels show.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from db.engine import Store
from db.models import Session as SessionRow
from desktop.core.schedule import editing
from desktop.ui.context import AppContext
from desktop.ui.schedule import ScheduleScreen
from desktop.ui.schedule.blocks import SessionItem, session_mime
from desktop.ui.schedule.unscheduled import ID_ROLE
from desktop.ui.worker import DbWorker
from tests.ui.schedule_support import close_screen, hover_tooltip

HK = zoneinfo.ZoneInfo("Asia/Hong_Kong")
DAY = dt.date(2026, 12, 3)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), HK)


def utc(local: dt.datetime) -> dt.datetime:
    return local.astimezone(dt.UTC).replace(tzinfo=None)


@dataclass
class Plan:
    hall: int
    room_b: int
    keynote: int
    talk: int  # unscheduled at first
    lunch: int  # plenary


@pytest.fixture
def plan(store: Store) -> Plan:
    with store.session() as s:
        hall = editing.create_room(s, "Main Hall", capacity=500)
        room_b = editing.create_room(s, "Room B", capacity=60)
        ai = editing.create_track(s, "AI Safety", "#2563eb")
        ada = editing.create_speaker(s, "Ada Chan", name_local="陳愛達", organization="HKU")
        keynote = editing.create_session(
            s, "Opening Keynote", "keynote", status="confirmed", track_id=ai
        )
        editing.move_session(s, keynote, hall, at(9))
        editing.set_session_speakers(s, keynote, [(ada, "speaker")])
        talk = editing.create_session(
            s, "大型語言模型的評測", "talk", status="confirmed", duration_min=30, track_id=ai
        )
        lunch = editing.create_session(s, "Lunch", "plenary", status="confirmed")
        editing.move_session(s, lunch, hall, at(12), duration_min=60)
    return Plan(hall, room_b, keynote, talk, lunch)


@pytest.fixture
def screen(qtbot, store: Store, plan: Plan) -> Iterator[ScheduleScreen]:
    worker = DbWorker(store)
    ctx = AppContext(store=store, worker=worker, event_id=1)
    w = ScheduleScreen(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.on_shown()
    yield w
    close_screen(w)
    worker.shutdown()


def row(store: Store, session_id: int) -> SessionRow:
    with store.factory() as s:
        r = s.get(SessionRow, session_id)
        assert r is not None
        s.expunge(r)
        return r


def stored(w: ScheduleScreen, store: Store, session_id: int) -> SessionRow:
    """The session as stored once every edit shown on the screen has been written (grid
    edits are shown at once and written behind)."""
    deadline = time.monotonic() + 10
    while w.controller.pending and time.monotonic() < deadline:
        QTest.qWait(5)
    assert w.controller.pending == 0, "an edit was never written"
    return row(store, session_id)


def item(w: ScheduleScreen, session_id: int) -> SessionItem | None:
    return w.view.timetable.items_by_id.get(session_id)


def viewport_point(w: ScheduleScreen, room_index: int, when: dt.datetime) -> QPoint:
    """Where in the viewport a drop lands in a room column at a time (a little below it)."""
    lay = w.view.timetable.layout
    assert lay is not None
    scene = QPointF((room_index + 0.5) * lay.col_w, lay.y_of(when) + 3)
    return w.view.mapFromScene(scene)


def drop_from_list(w: ScheduleScreen, session_id: int, pos: QPoint) -> None:
    """Drop what the unscheduled list drags (its mime data) onto the grid's viewport."""
    lst = w.unscheduled.list
    found = [lst.item(i) for i in range(lst.count()) if lst.item(i).data(ID_ROLE) == session_id]
    assert found, "the session is not in the unscheduled list"
    mime = session_mime(int(found[0].data(ID_ROLE)))
    vp = w.view.viewport()
    args = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # Qt delivers a drop only to the widget the drag entered, as a real drag does.
    enter = QDragEnterEvent(QPointF(pos), Qt.DropAction.MoveAction, mime, *args)
    QApplication.sendEvent(vp, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(QPointF(pos), Qt.DropAction.MoveAction, mime, *args)
    QApplication.sendEvent(vp, move)
    assert move.isAccepted() and w.view.timetable.ghost.isVisible()
    drop = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, mime, *args)
    QApplication.sendEvent(vp, drop)
    assert drop.isAccepted() and not w.view.timetable.ghost.isVisible()


def unscheduled_titles(w: ScheduleScreen) -> list[str]:
    lst = w.unscheduled.list
    return [lst.item(i).text().split("\n")[0] for i in range(lst.count())]


def test_drop_from_unscheduled_list_then_undo_and_redo(
    qtbot, screen: ScheduleScreen, store: Store, plan: Plan
) -> None:
    w = screen
    assert unscheduled_titles(w) == ["大型語言模型的評測"]
    assert item(w, plan.talk) is None

    drop_from_list(w, plan.talk, viewport_point(w, 1, at(10, 30)))

    r = stored(w, store, plan.talk)
    assert (r.room_id, r.start) == (plan.room_b, utc(at(10, 30)))
    block = item(w, plan.talk)
    assert block is not None and block.sd.room is not None and block.sd.room.name == "Room B"
    assert unscheduled_titles(w) == []
    assert w.undo_action.isEnabled()

    QTest.keyClick(w.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    r = stored(w, store, plan.talk)
    assert (r.room_id, r.start) == (None, None)
    assert item(w, plan.talk) is None
    assert unscheduled_titles(w) == ["大型語言模型的評測"]

    QTest.keyClick(
        w.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    r = stored(w, store, plan.talk)
    assert (r.room_id, r.start) == (plan.room_b, utc(at(10, 30)))
    assert item(w, plan.talk) is not None


def test_drop_snaps_to_the_chosen_step(screen: ScheduleScreen, store: Store, plan: Plan) -> None:
    w = screen
    w.snap.setCurrentIndex(w.snap.findData(30))
    drop_from_list(w, plan.talk, viewport_point(w, 0, at(10, 40)))
    assert stored(w, store, plan.talk).start == utc(at(10, 30))


def test_overlap_shows_on_the_block_and_in_the_panel_until_moved_away(
    screen: ScheduleScreen, store: Store, plan: Plan
) -> None:
    w = screen
    assert w.conflicts.count() == 0
    assert not item(w, plan.keynote).in_conflict

    # The talk dropped into the Main Hall at 09:15 overlaps the keynote (09:00-09:45).
    drop_from_list(w, plan.talk, viewport_point(w, 0, at(9, 15)))
    keynote, talk = item(w, plan.keynote), item(w, plan.talk)
    assert keynote.in_conflict and talk.in_conflict
    tip = hover_tooltip(w, keynote)
    assert "Opening Keynote" in tip and "Conflicts" in tip and "overlaps" in tip
    assert any(c.kind == "room_double_booked" for c in talk.conflicts)
    assert w.conflicts.count() == 1
    assert "Opening Keynote" in w.conflicts.messages()[0]
    assert "conflict" in w.conflicts.heading.text()

    # A click in the panel selects the session on the grid.
    w.view.timetable.clearSelection()
    first = w.conflicts.tree.item(0)
    rect = w.conflicts.tree.visualItemRect(first)
    QTest.mouseClick(w.conflicts.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.view.timetable.selected_id() in (plan.keynote, plan.talk)

    # Move the talk to Room B with the keyboard: the conflict is gone everywhere.
    w.view.show_session(plan.talk)
    QTest.keyClick(w.view, Qt.Key.Key_Right)
    assert stored(w, store, plan.talk).room_id == plan.room_b
    assert w.conflicts.count() == 0
    assert not item(w, plan.keynote).in_conflict
    assert not item(w, plan.talk).in_conflict
    assert "No conflicts" in w.conflicts.heading.text()


def test_keyboard_selects_moves_resizes_and_unschedules(
    screen: ScheduleScreen, store: Store, plan: Plan
) -> None:
    w = screen
    w.view.setFocus()
    QTest.keyClick(w.view, Qt.Key.Key_Tab)
    assert w.view.timetable.selected_id() == plan.keynote  # first in reading order

    QTest.keyClick(w.view, Qt.Key.Key_Down)  # one 15-minute step later
    assert stored(w, store, plan.keynote).start == utc(at(9, 15))
    QTest.keyClick(w.view, Qt.Key.Key_Right)  # next room
    assert stored(w, store, plan.keynote).room_id == plan.room_b
    QTest.keyClick(w.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # longer
    assert stored(w, store, plan.keynote).duration_min == 60
    assert w.view.timetable.selected_id() == plan.keynote  # still selected after each edit

    QTest.keyClick(w.view, Qt.Key.Key_Delete)
    assert stored(w, store, plan.keynote).start is None
    assert "Opening Keynote" in unscheduled_titles(w)

    # U places the session selected in the unscheduled list at the first free slot:
    # the Main Hall at 08:00, the top of the day.
    w.unscheduled.select(plan.keynote)
    QTest.keyClick(w.unscheduled.list, Qt.Key.Key_U)
    r = stored(w, store, plan.keynote)
    assert (r.room_id, r.start, r.duration_min) == (plan.hall, utc(at(8)), 60)

    # Five undos walk every step back, to 09:00 in the Main Hall for 45 minutes.
    for _ in range(5):
        w.undo_action.trigger()
    r = stored(w, store, plan.keynote)
    assert (r.room_id, r.start, r.duration_min) == (plan.hall, utc(at(9)), 45)


def test_mouse_drag_moves_a_block_to_another_room_and_time(
    qtbot, screen: ScheduleScreen, store: Store, plan: Plan
) -> None:
    w = screen
    vp = w.view.viewport()
    start = viewport_point(w, 0, at(9, 10))
    end = viewport_point(w, 1, at(10, 10))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + (end - start) * (i / 5))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    qtbot.waitUntil(lambda: row(store, plan.keynote).room_id == plan.room_b)
    r = stored(w, store, plan.keynote)
    # The block moved by one hour (its top follows the pointer) into Room B.
    assert (r.room_id, r.start) == (plan.room_b, utc(at(10)))


def test_plenary_spans_every_room(screen: ScheduleScreen, plan: Plan) -> None:
    w = screen
    lay = w.view.timetable.layout
    lunch = item(w, plan.lunch).sceneBoundingRect()
    keynote = item(w, plan.keynote).sceneBoundingRect()
    assert lunch.left() < lay.col_w * 0.1 and lunch.right() > lay.col_w * 1.9
    assert keynote.width() <= lay.col_w
    # Dropping the talk beside the plenary in Room B clashes with it.
    drop_from_list(w, plan.talk, viewport_point(w, 1, at(12, 15)))
    assert item(w, plan.lunch).in_conflict
    assert any("plenary" in m for m in w.conflicts.messages())


def test_dragging_a_block_onto_the_unscheduled_list_unschedules_it(
    qtbot, screen: ScheduleScreen, store: Store, plan: Plan
) -> None:
    w = screen
    vp = w.view.viewport()
    start = viewport_point(w, 0, at(9, 10))
    over_list = vp.mapFromGlobal(w.global_point_of_unscheduled())
    assert over_list.x() < 0  # the list is left of the grid
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + (over_list - start) * (i / 5))
    assert item(w, plan.keynote).over_unscheduled  # the block shows it will leave the grid
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, over_list)
    qtbot.waitUntil(lambda: row(store, plan.keynote).start is None)
    r = stored(w, store, plan.keynote)
    assert (r.room_id, r.start) == (None, None)
    assert "Opening Keynote" in unscheduled_titles(w)
    assert item(w, plan.keynote) is None
    w.undo_action.trigger()
    assert stored(w, store, plan.keynote).start == utc(at(9))


def test_the_screen_after_edits_matches_a_fresh_load(
    screen: ScheduleScreen, store: Store, plan: Plan
) -> None:
    """Moves update the snapshot in place; it must equal what the store now holds."""
    from desktop.core.schedule.conflicts import check
    from desktop.core.schedule.data import load_schedule

    w = screen
    drop_from_list(w, plan.talk, viewport_point(w, 0, at(9, 15)))  # a clash
    w.view.show_session(plan.keynote)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Left):
        QTest.keyClick(w.view, key)
    QTest.keyClick(w.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    w.undo_action.trigger()
    stored(w, store, plan.keynote)
    with store.factory() as s:
        fresh = load_schedule(s)
    assert w.controller.data.sessions == fresh.sessions
    assert sorted(w.controller.conflicts, key=repr) == sorted(check(fresh), key=repr)
    assert len(w.controller.conflicts) == 1 == w.conflicts.count()
    assert {i for i, it in w.view.timetable.items_by_id.items() if it.in_conflict} == {
        plan.keynote,
        plan.talk,
    }


def test_resize_from_the_bottom_edge_changes_the_duration(
    qtbot, screen: ScheduleScreen, store: Store, plan: Plan
) -> None:
    w = screen
    vp = w.view.viewport()
    block = item(w, plan.keynote).sceneBoundingRect()  # 09:00-09:45
    bottom = w.view.mapFromScene(QPointF(block.center().x(), block.bottom() - 4))
    target = viewport_point(w, 0, at(10, 15))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bottom)
    for i in range(1, 5):
        QTest.mouseMove(vp, bottom + (target - bottom) * (i / 4))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    qtbot.waitUntil(lambda: row(store, plan.keynote).duration_min != 45)
    r = stored(w, store, plan.keynote)
    assert (r.start, r.duration_min, r.room_id) == (utc(at(9)), 75, plan.hall)
    assert w.undo_action.toolTip().startswith("Undo Resize")


def test_ctrl_wheel_zooms_and_enter_opens_the_session_form(
    qtbot, screen: ScheduleScreen, plan: Plan
) -> None:
    w = screen
    ppm = w.view.timetable.layout.ppm
    pos = QPointF(viewport_point(w, 0, at(10)))
    wheel = QWheelEvent(
        pos,
        QPointF(w.view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(w.view.viewport(), wheel)
    assert w.view.timetable.layout.ppm > ppm * 1.2
    # The block keeps its time under the zoom: 10:00 is still where the pointer was.
    assert abs(w.view.mapToScene(pos.toPoint()).y() / w.view.timetable.layout.ppm - 120) < 3

    seen: list[str] = []

    def close_form() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle() if dialog else "")
        if dialog:
            dialog.reject()

    w.view.show_session(plan.keynote)
    QTimer.singleShot(200, close_form)
    QTest.keyClick(w.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["Session: Opening Keynote"]


def test_the_main_window_registry_opens_this_screen() -> None:
    from desktop.ui.screens import SCREENS

    spec = next(s for s in SCREENS if s.key == "schedule")
    assert spec.load() is ScheduleScreen


def test_night_sessions_stay_on_their_event_day(qtbot, tmp_path, tmp_path_factory) -> None:
    """31C3 changes day at 04:00: the 00:15 Fnord News Show is on the Sunday tab, as in
    `schedule show`, and that day's grid runs past midnight to show it."""
    import shutil

    from db.engine import open_store
    from desktop.core.schedule.data import load_schedule
    from tests.core.schedule_support import imported_store

    src, _report = imported_store("31c3-schedule.xml", tmp_path_factory.getbasetemp())
    path = tmp_path / "31c3.sqlite"
    shutil.copy(src, path)
    store = open_store(str(path))
    with store.session() as s:
        data = load_schedule(s)
    expected = [f"{d:%a %d %b} ({len(data.sessions_on(d))})" for d in data.days]
    worker = DbWorker(store)
    w = ScheduleScreen(AppContext(store=store, worker=worker, event_id=1))
    w.resize(1090, 760)
    w.show()
    w.on_shown()
    try:
        tabs = [w.day_tabs.tabText(i) for i in range(w.day_tabs.count())]
        assert tabs == expected
        fnord = next(x for x in data.sessions if x.title.startswith("Fnord News Show"))
        assert fnord.start is not None and fnord.start.time() < dt.time(4)
        w.show_session(fnord.id)
        assert w.day_tabs.tabText(w.day_tabs.currentIndex()).startswith(
            f"{fnord.start.date() - dt.timedelta(days=1):%a %d %b}"
        )
        assert item(w, fnord.id) is not None
        lay = w.view.timetable.layout
        assert lay is not None and lay.day_end >= fnord.end > lay.day_start
        assert lay.day_end.date() == fnord.start.date()  # past midnight, not to the next noon
    finally:
        close_screen(w)
        worker.shutdown()
        store.close()


@pytest.fixture
def demo_screen(qtbot, demo_store: Store) -> Iterator[ScheduleScreen]:
    """The Schedule screen on the demo event at the size a 1280x800 main window gives it."""
    worker = DbWorker(demo_store)
    w = ScheduleScreen(AppContext(store=demo_store, worker=worker, event_id=1))
    w.resize(1090, 740)
    w.show()
    qtbot.waitExposed(w)
    w.on_shown()
    yield w
    close_screen(w)
    worker.shutdown()


def test_demo_day_shows_every_room_at_1280x800(demo_screen: ScheduleScreen) -> None:
    w = demo_screen
    lay = w.view.timetable.layout
    assert lay is not None and len(lay.rooms) == 4
    assert w.conflicts.heading.text().endswith("No conflicts</b>")
    assert w.conflicts.width() <= 250  # the panel keeps one width, conflicts or not
    assert lay.width <= w.view.viewport().width()  # all four rooms side by side
    assert w.view.horizontalScrollBar().maximum() == 0
    names = [r.name for r in lay.rooms]
    assert names[-2:] == ["Breakout Room 1", "Breakout Room 2"]


def test_fit_day_keeps_titles_of_short_talks(demo_screen: ScheduleScreen) -> None:
    w = demo_screen
    w.fit_action.trigger()
    lay = w.view.timetable.layout
    assert lay is not None
    assert lay.height + 20 <= w.view.viewport().height() + 2  # the whole day, 08:00 included
    bar = w.view.verticalScrollBar()
    assert bar.value() == bar.minimum()
    w.view.viewport().grab()  # paint every block as the user sees it
    short = [it for it in w.view.timetable.items_by_id.values() if it.sd.duration_min == 30]
    assert short
    for it in short:
        assert it.painted_text, it.sd.title
        first = it.painted_text[0]
        assert first.startswith(f"{it.sd.start:%H:%M}  {it.sd.title[:2]}"), first


def test_day_change_starts_at_the_first_room(demo_screen: ScheduleScreen) -> None:
    w = demo_screen
    w.resize(700, 740)  # too narrow for four rooms: the grid scrolls sideways
    QApplication.processEvents()
    bar = w.view.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    w.day_tabs.setCurrentIndex(1)
    assert bar.value() == 0


def test_a_conflict_is_read_whole_and_the_grid_does_not_reflow(
    screen: ScheduleScreen, plan: Plan
) -> None:
    assert not screen.conflicts.tree.isVisible()
    grid_width = screen.view.viewport().width()
    panel_width = screen.conflicts.width()
    drop_from_list(screen, plan.talk, viewport_point(screen, 0, at(9, 15)))  # on the keynote
    QApplication.processEvents()
    tree = screen.conflicts.tree
    assert screen.conflicts.count() >= 1 and tree.isVisible()
    assert screen.conflicts.width() == panel_width >= 230
    assert screen.view.viewport().width() == grid_width  # the rooms stay where they were
    fm = tree.fontMetrics()
    for i in range(tree.count()):  # every line of every entry has room: nothing cut
        item = tree.item(i)
        rect = tree.visualItemRect(item)
        text_width = rect.width() - tree.iconSize().width() - 24
        needed = fm.boundingRect(
            QRect(0, 0, text_width, 100_000), int(Qt.TextFlag.TextWordWrap), item.text()
        )
        assert rect.height() >= needed.height(), (item.text(), rect, needed)


def hold_write_lock(path: str) -> subprocess.Popen:
    """Another process on the event file takes SQLite's write lock (as an import does) and
    keeps it until a line arrives on its stdin."""
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
        "c.execute('COMMIT')\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_a_drop_shows_at_once_while_another_process_holds_the_write_lock(
    screen: ScheduleScreen, store: Store, plan: Plan
) -> None:
    w = screen
    path = store.engine.url.database
    assert path
    holder = hold_write_lock(path)
    try:
        drop_from_list(w, plan.talk, viewport_point(w, 1, at(10, 30)))
        # The window answered while the write still waits for the lock: the block is on
        # the grid, the list is empty, and the store does not have it yet.
        block = item(w, plan.talk)
        assert block is not None and block.sd.room is not None and block.sd.room.name == "Room B"
        assert unscheduled_titles(w) == []
        assert w.controller.pending == 1
        assert row(store, plan.talk).start is None
        QTest.keyClick(w.view, Qt.Key.Key_Right)  # the next edit answers too, and queues
        assert item(w, plan.talk).sd.room.name == "Room B"  # no room right of the last one
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(10)
    r = stored(w, store, plan.talk)
    assert (r.room_id, r.start) == (plan.room_b, utc(at(10, 30)))
    assert w.undo_action.isEnabled()


def test_a_failed_write_takes_the_edit_back_with_a_message(
    qtbot, screen: ScheduleScreen, store: Store, plan: Plan
) -> None:
    """Another window deletes the keynote; this screen, not yet refreshed, moves it. The
    move showed at once, its write fails: the screen shows the store again, the edit is not
    on the undo stack, and staff read what was not saved."""
    w = screen
    # Another process deletes the session (a second organizer's window).
    path = store.engine.url.database
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1])\n"
            "c.execute('PRAGMA foreign_keys=ON')\n"
            "c.execute('DELETE FROM session_speaker WHERE session_id=?', (int(sys.argv[2]),))\n"
            "c.execute('DELETE FROM session WHERE id=?', (int(sys.argv[2]),))\n"
            "c.commit()\n",
            str(path),
            str(plan.keynote),
        ],
        check=True,
    )
    boxes: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            box.accept()
        elif not boxes:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(20, close_box)
    messages: list[str] = []
    w.controller.message.connect(messages.append)
    w.view.show_session(plan.keynote)
    QTest.keyClick(w.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: w.controller.pending == 0 and bool(boxes), timeout=10_000)
    assert any(m.startswith("Not saved: ") for m in messages), messages
    assert boxes and boxes[0].startswith("Not saved: Move") and "SQL" not in boxes[0]
    assert "No session with id" in boxes[0] and "deleted in another window" in boxes[0]
    assert item(w, plan.keynote) is None  # the screen shows the store: the keynote is gone
    assert not w.undo_action.isEnabled()  # nothing to undo: the move never happened
    assert "Opening Keynote" not in unscheduled_titles(w)
