"""The Dashboard screen on the demo event: tiles show the database's numbers, check-ins from two
desks appear on the next refresh, the chart and tables fill, CSV export writes the numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import open_store
from db.models import Attendee
from desktop.core.checkin import scan
from desktop.core.demo import FIRST_DAY
from desktop.core.events import current_event, to_utc
from desktop.ui.context import AppContext
from desktop.ui.dashboard import DashboardScreen
from desktop.ui.worker import DbWorker


@pytest.fixture
def screen(qtbot, demo_db: Path) -> Iterator[DashboardScreen]:
    store = open_store(str(demo_db))
    worker = DbWorker(store)
    ctx = AppContext(store=store, worker=worker, event_id=1, desk="Desk 1")
    w = DashboardScreen(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    yield w
    w.timer.stop()
    worker.shutdown()
    store.close()


def _refresh(qtbot, w: DashboardScreen) -> None:
    before = w.stats
    w.refresh()
    qtbot.waitUntil(lambda: w.stats is not before and not w._pending, timeout=10_000)


def test_tiles_show_the_numbers_and_follow_two_desks(qtbot, screen: DashboardScreen) -> None:
    # On the demo's first morning (its dates are fixed), before anyone arrived.
    with screen.ctx.store.factory() as s:
        screen.at = to_utc(current_event(s), dt.datetime.combine(FIRST_DAY, dt.time(9)))
    screen.on_shown()
    qtbot.waitUntil(lambda: screen.stats is not None, timeout=10_000)
    store = screen.ctx.store
    with store.factory() as s:
        registered = s.scalar(
            select(func.count()).where(
                Attendee.status == "registered", Attendee.merged_into_id.is_(None)
            )
        )
    assert screen.tiles["registered"].value.text() == f"{registered:,}"
    assert screen.tiles["checked_in"].value.text() == "0"
    assert screen.chart.buckets == []
    assert screen.sessions.rowCount() == 8
    screen.at = None  # and now
    # Two desks check people in (another laptop would do exactly this on the shared database).
    with store.session() as s:
        codes = s.scalars(
            select(Attendee.badge_code).where(Attendee.status == "registered").limit(25)
        ).all()
        for i, code in enumerate(codes):
            scan(s, code, "Desk A" if i < 15 else "Desk B")
    _refresh(qtbot, screen)
    assert screen.tiles["checked_in"].value.text() == "25"
    assert "%" in screen.tiles["checked_in"].note.text()
    desks = {
        screen.desks.item(r, 0).text(): screen.desks.item(r, 2).text()
        for r in range(screen.desks.rowCount())
    }
    assert desks == {"Desk A": "15", "Desk B": "10"}
    cats = sum(
        int(screen.categories.item(r, 2).text()) for r in range(screen.categories.rowCount())
    )
    assert cats == 25
    assert sum(b.count for b in screen.chart.buckets) == 25
    assert screen.timer.isActive() and screen.timer.interval() <= 10_000


def test_export_csv(qtbot, screen: DashboardScreen, tmp_path: Path) -> None:
    screen.on_shown()
    qtbot.waitUntil(lambda: screen.stats is not None, timeout=10_000)
    out = tmp_path / "dash.csv"
    screen.export_csv(out)
    text = out.read_text(encoding="utf-8-sig")
    assert f"registered,{screen.stats.registered}" in text
    assert "next session,start,end,room,room capacity,expected audience" in text


def test_one_check_in_is_a_short_bar_on_an_hours_wide_axis(qtbot, event_db: Path) -> None:
    from desktop.core.attendees import add_attendees
    from desktop.core.events import current_event

    store = open_store(str(event_db))
    with store.session() as s:
        ids = add_attendees(s, current_event(s), [{"given_name": "Ann", "family_name": "Lee"}])
        code = s.get(Attendee, ids[0]).badge_code
    with store.session() as s:
        scan(s, code, "Desk 1")
    worker = DbWorker(store)
    w = DashboardScreen(AppContext(store=store, worker=worker, event_id=1, desk="Desk 1"))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    try:
        w.on_shown()
        qtbot.waitUntil(lambda: w.stats is not None, timeout=10_000)
        buckets = w.chart.buckets
        assert len(buckets) >= 12 and sum(b.count for b in buckets) == 1
        assert buckets[0].start.minute == 0
        img = w.chart.grab().toImage()
        bar_rows = {
            y
            for y in range(img.height())
            for x in range(0, img.width(), 2)
            if img.pixelColor(x, y).name() in ("#e07b24", "#2f6fb0")
        }
        # The single bar is a quarter of the plot (axis 0-4), far from filling the chart.
        assert bar_rows and len(bar_rows) < img.height() * 0.3
        bar_cols = [
            x
            for x in range(img.width())
            if img.pixelColor(x, max(bar_rows)).name() in ("#e07b24", "#2f6fb0")
        ]
        assert len(bar_cols) < img.width() / 8
    finally:
        w.timer.stop()
        worker.shutdown()
        store.close()


def test_categories_read_as_words_not_codes(qtbot, screen: DashboardScreen) -> None:
    _refresh(qtbot, screen)
    table = screen.categories
    shown = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert {"Attendee", "Speaker", "VIP"} <= shown
    assert not shown & {"attendee", "speaker", "vip"}


def test_sessions_by_attendance_and_who_came_today(
    qtbot, screen: DashboardScreen, tmp_path: Path
) -> None:
    """A round table with two sign-ups, one of whom came: the dashboard lists it by
    attendance with its no-shows, and the day's tile says who came today."""
    from desktop.core import checkin_lists as cl
    from desktop.core.signups import sign_up

    store = screen.ctx.store
    with store.write_session() as s:
        at = to_utc(current_event(s), dt.datetime.combine(FIRST_DAY, dt.time(9)))
        cl.add_list(s, "Round table: AI in finance", capacity=12, admit="signed_first")
        ann, bo = s.scalars(
            select(Attendee).where(Attendee.status == "registered").order_by(Attendee.id).limit(2)
        )
        sign_up(s, "Round table: AI in finance", ann.id)
        sign_up(s, "Round table: AI in finance", bo.id)
        code = ann.badge_code
    with store.write_session() as s:
        assert cl.scan_list(s, code, "Round table: AI in finance", "Door", now=at).result.ok
    screen.at = at
    screen.on_shown()
    _refresh(qtbot, screen)
    assert screen.attendance_box.isVisibleTo(screen)
    row = [screen.attendance.item(0, c).text() for c in range(screen.attendance.columnCount())]
    assert row == ["Round table: AI in finance", "1", "1", "1", "12", "1 of 2"]
    today = screen.tiles["today"]
    assert today.isVisibleTo(screen) and today.caption.text() == "Came today"
    assert screen.stats is not None and screen.stats.today_list.startswith("Day 1 - ")
    screen.grab().save(str(tmp_path / "dashboard-attendance.png"))
