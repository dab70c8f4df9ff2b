"""The dashboard's numbers against the database, after check-ins from two desks (SQLite and
PostgreSQL), and its CSV and CLI forms."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys

from sqlalchemy import func, select

from db.models import Attendee, CheckIn, utcnow
from desktop.core.attendees import add_attendees
from desktop.core.checkin import scan, undo_checkin
from desktop.core.dashboard import dashboard_stats, naive_dashboard_stats, to_csv
from desktop.core.demo import FIRST_DAY
from desktop.core.events import current_event
from tests.conftest import ROOT

CATS = ["attendee", "speaker", "vip", "press"]


def _people(store, n: int = 60) -> list[tuple[int, str]]:
    with store.session() as s:
        event = current_event(s)
        rows = [
            {"given_name": f"Given{i}", "family_name": f"Family{i}", "category": CATS[i % 4]}
            for i in range(n)
        ]
        ids = add_attendees(s, event, rows)
        codes = dict(
            s.execute(select(Attendee.id, Attendee.badge_code).where(Attendee.id.in_(ids))).all()
        )
        s.get(Attendee, ids[-1]).status = "cancelled"
    return [(i, codes[i]) for i in ids]


def _db_counts(s) -> dict:
    live = (Attendee.status == "registered") & Attendee.merged_into_id.is_(None)
    registered = s.scalar(select(func.count()).where(live))
    checked = s.scalar(select(func.count()).where(live, Attendee.checked_in_at.is_not(None)))
    by_cat = dict(
        s.execute(
            select(Attendee.category, func.count())
            .where(live, Attendee.checked_in_at.is_not(None))
            .group_by(Attendee.category)
        ).all()
    )
    by_desk = dict(
        s.execute(
            select(Attendee.checked_in_desk, func.count())
            .where(live, Attendee.checked_in_at.is_not(None))
            .group_by(Attendee.checked_in_desk)
        ).all()
    )
    return {"registered": registered, "checked_in": checked, "by_cat": by_cat, "by_desk": by_desk}


def test_counts_match_the_database_after_two_desks(backend_store) -> None:
    people = _people(backend_store)
    # Desk A scans 20, desk B scans 15 (3 of them already in at desk A), then one undo and a
    # scan of the cancelled attendee (refused).
    with backend_store.session() as s:
        results_a = [scan(s, code, "Desk A").outcome.value for _i, code in people[:20]]
    with backend_store.session() as s:
        results_b = [scan(s, code, "Desk B").outcome.value for _i, code in people[17:32]]
        scan(s, people[-1][1], "Desk B")
        undo_checkin(s, people[0][0], "scanned the wrong badge", "Desk A")
    assert results_a.count(results_a[0]) == 20
    assert results_b.count(results_b[-1]) == 12  # 3 "already" at desk B
    with backend_store.factory() as s:
        stats = dashboard_stats(s)
        db = _db_counts(s)
    assert stats.registered == db["registered"] == 59
    assert stats.checked_in == db["checked_in"] == 19 + 12
    assert stats.cancelled == 1
    assert {c.category: c.checked_in for c in stats.by_category if c.checked_in} == db["by_cat"]
    assert sum(c.registered for c in stats.by_category) == stats.registered
    assert {d.desk: d.total for d in stats.desks} == db["by_desk"] == {"Desk A": 19, "Desk B": 12}
    # All of it happened just now: the last 15 minutes hold every check-in.
    assert {d.desk: d.last_15_min for d in stats.desks} == {"Desk A": 19, "Desk B": 12}
    assert sum(a.count for a in stats.arrivals) == stats.checked_in
    assert stats.arrivals_day == stats.now.date()
    # An hour later nothing is recent any more.
    with backend_store.factory() as s:
        later = dashboard_stats(s, utcnow() + dt.timedelta(hours=1))
    assert {d.desk: d.last_15_min for d in later.desks} == {"Desk A": 0, "Desk B": 0}
    assert later.checked_in == stats.checked_in


def test_arrivals_per_quarter_hour_in_event_time(store) -> None:
    people = _people(store, 12)
    base = dt.datetime(2026, 11, 26, 0, 50)  # 08:50 in Hong Kong
    offsets = [0, 5, 9, 10, 14, 31, 32, 33, 61, 62, 75]  # minutes after 00:50 UTC
    with store.session() as s:
        for (aid, _code), m in zip(people, offsets, strict=False):
            s.get(Attendee, aid).checked_in_at = base + dt.timedelta(minutes=m)
            s.get(Attendee, aid).checked_in_desk = "Desk 1"
    with store.factory() as s:
        stats = dashboard_stats(s, base + dt.timedelta(minutes=80))
    got = [(a.start.strftime("%H:%M"), a.count) for a in stats.arrivals]
    # 08:50, 08:55, 08:59 | 09:00, 09:04 | - | 09:21..23 | - | 09:51, 09:52 | 10:05, shown
    # from an hour before the first arrival (on the hour) to the hour after "now" (10:10).
    assert got[0] == ("07:00", 0) and got[-1] == ("10:45", 0) and len(got) == 16
    assert [g for g in got if g[0] >= "08:45" and g[0] <= "10:00"] == [
        ("08:45", 3),
        ("09:00", 2),
        ("09:15", 3),
        ("09:30", 0),
        ("09:45", 2),
        ("10:00", 1),
    ]
    assert sum(n for _t, n in got) == 11
    assert stats.arrivals_day == dt.date(2026, 11, 26)
    # The last 15 minutes before 10:10 hold only the 10:05 arrival.
    assert {d.desk: d.last_15_min for d in stats.desks} == {"Desk 1": 1}


def test_one_check_in_is_one_bar_in_a_window_of_hours(store) -> None:
    people = _people(store, 3)
    arrival = dt.datetime(2026, 11, 26, 1, 7)  # 09:07 in Hong Kong
    with store.session() as s:
        s.get(Attendee, people[0][0]).checked_in_at = arrival
    with store.factory() as s:
        stats = dashboard_stats(s, arrival + dt.timedelta(minutes=2))
        later = dashboard_stats(s, arrival + dt.timedelta(hours=5))
    got = [(a.start.strftime("%H:%M"), a.count) for a in stats.arrivals]
    # At least three hours of quarter-hours, from an hour before on the hour.
    assert got[0][0] == "08:00" and len(got) == 12
    assert [t for t, n in got if n] == ["09:00"] and sum(n for _t, n in got) == 1
    steps = {(b.start - a.start) for a, b in zip(stats.arrivals, stats.arrivals[1:], strict=False)}
    assert steps == {dt.timedelta(minutes=15)}
    # Later the same day the window reaches "now" (14:07 -> up to 15:00).
    assert later.arrivals[0].start.strftime("%H:%M") == "08:00"
    assert later.arrivals[-1].start.strftime("%H:%M") == "14:45"


def test_no_shows_and_next_sessions_on_the_demo(demo_store) -> None:
    with demo_store.factory() as s:
        before = dashboard_stats(s, dt.datetime(2020, 1, 1))
        first = min(x.start for x in before.next_sessions)
        during = dashboard_stats(s, first + dt.timedelta(minutes=10))
    assert not before.event_started and before.no_shows == 0
    assert len(before.next_sessions) == 8
    assert during.event_started and during.no_shows == during.registered - during.checked_in
    running = [x for x in during.next_sessions if x.running]
    assert running and all(x.start <= during.now < x.end for x in running)
    assert all(x.room and x.capacity for x in during.next_sessions)


def test_naive_baseline_agrees(demo_store) -> None:
    with demo_store.session() as s:
        codes = s.scalars(select(Attendee.badge_code).limit(30)).all()
        for i, code in enumerate(codes):
            scan(s, code, f"Desk {i % 2 + 1}")
    with demo_store.factory() as s:
        fast = dashboard_stats(s)
        slow = naive_dashboard_stats(s)
        logged = s.scalar(select(func.count()).where(CheckIn.result == "checked_in"))
    assert fast.registered == slow["registered"]
    assert fast.checked_in == slow["checked_in"] == logged
    assert {c.category: [c.registered, c.checked_in] for c in fast.by_category} == slow[
        "by_category"
    ]
    assert {d.desk: [d.last_15_min, d.total] for d in fast.desks} == slow["desks"]


def test_csv_holds_every_number(demo_store) -> None:
    with demo_store.session() as s:
        for code in s.scalars(select(Attendee.badge_code).limit(7)).all():
            scan(s, code, "Desk 9")
    with demo_store.factory() as s:
        stats = dashboard_stats(s)
    blocks = [list(csv.reader(io.StringIO(b))) for b in to_csv(stats).strip().split("\n\n")]
    metrics = dict(blocks[0][1:])
    assert metrics["registered"] == str(stats.registered)
    assert metrics["checked in"] == "7"
    assert blocks[1][0] == ["category", "registered", "checked in"]
    assert sum(int(r[1]) for r in blocks[1][1:]) == stats.registered
    assert blocks[3][1:] == [["Desk 9", "7", "7"]]
    assert len(blocks[4]) == 1 + len(stats.next_sessions)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_cli_json_and_csv(demo_db, tmp_path) -> None:
    out = tmp_path / "numbers.csv"
    r = _cli("--db", str(demo_db), "dashboard", "--json", "--csv", str(out))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["registered"] > 300 and data["checked_in"] == 0
    assert out.read_text(encoding="utf-8-sig").startswith("metric,value\n")
    # On the demo's first morning (its dates are fixed), the next sessions are listed.
    r = _cli("--db", str(demo_db), "dashboard", "--at", f"{FIRST_DAY} 09:00")
    assert r.returncode == 0 and "registered" in r.stdout and "next sessions" in r.stdout
    assert f"{FIRST_DAY} 09:00" in r.stdout
    r = _cli("--db", str(demo_db), "dashboard", "--at", "yesterday")
    assert r.returncode == 2 and "--at takes a date" in r.stderr and r.stdout == ""
    r = _cli("--db", str(tmp_path / "missing.sqlite"), "dashboard")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    r = _cli("--db", str(demo_db), "dashboard", "--csv", str(tmp_path / "no" / "x.csv"))
    assert r.returncode == 2 and "cannot write" in r.stderr


def test_badges_printed_and_reprints(demo_store) -> None:
    from db.models import PrintLog
    from desktop.core.badges import log_prints

    with demo_store.session() as s:
        event = current_event(s)
        ids = s.scalars(select(Attendee.id).where(Attendee.status == "registered").limit(12)).all()
        log_prints(s, event, list(ids), "batch", "default", "batch.pdf")
        log_prints(s, event, list(ids[:3]), "reprint", "default", "PDF", reason="lost badge")
    with demo_store.factory() as s:
        stats = dashboard_stats(s)
        logged = s.scalar(select(func.count()).select_from(PrintLog))
    assert stats.badges_printed == 12
    assert stats.prints_total == logged == 15


def test_the_second_day_counts_who_came_today(backend_store) -> None:
    """Day 2 of two: who came today is who scanned in today (the day list, after a pickup
    yesterday) or picked up their badge today, once each; the rest have not come today."""
    from desktop.core import checkin_lists as cl
    from desktop.core.events import to_local

    store = backend_store
    now = utcnow()
    with store.session() as s:
        event = current_event(s)
        today = to_local(event, now).date()
        event.start_date, event.end_date = today - dt.timedelta(days=1), today
        ids = add_attendees(s, event, [{"given_name": n} for n in ("Ann", "Bo", "Cy", "Di")])
        codes = [s.get(Attendee, i).badge_code for i in ids]
        cl.ensure_lists(s)
    ann, bo, cy, _di = codes
    for code in (ann, bo):  # picked up their badges yesterday
        with store.session() as s:
            scan(s, code, "Desk 1")
    yesterday = now - dt.timedelta(days=1)
    with store.session() as s:
        for a in s.scalars(select(Attendee).where(Attendee.id.in_(ids[:2]))):
            a.checked_in_at = yesterday
    with store.write_session() as s:  # Ann is back today; Cy picks up today; Bo, Di not yet
        assert cl.scan_list(s, ann, "Badge pickup", "Desk 1", now=now).result.ok
        assert cl.scan_list(s, cy, "Badge pickup", "Desk 1", now=now).result.ok
    with store.factory() as s:
        stats = dashboard_stats(s, now)
    assert stats.today_list.startswith("Day 2 - ")
    assert (stats.today_in, stats.today_no_shows) == (2, 2)
    assert json.loads(json.dumps(stats.as_dict()))["today_no_shows"] == 2
