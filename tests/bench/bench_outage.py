"""Benchmark: a desk on PostgreSQL through an outage.

Run: `.venv/bin/python -m tests.bench.bench_outage [--people N] [--scans N]`

On a real PostgreSQL server of its own (killed with `pg_ctl stop -m immediate`, then started):
- online scan p50/p95 (the baseline: the same desk while the server answers);
- time to notice the outage (the first scan after the kill, to its answer);
- offline scan p50/p95 from the desk's mirror and journal (target p95 <= 5 ms);
- offline door scans (a check-in list with 300 seats and exits, decided from the mirror and
  journaled) p50/p95, against the offline badge-pickup scans of the same run;
- replay of every journaled scan once the server is back (target: 10,000 in <= 10 s).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=12_000)
    ap.add_argument("--scans", type=int, default=10_000)
    ap.add_argument("--door-scans", type=int, default=1_000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CONFDESK_DATA_DIR"] = tmp
        from db.engine import open_store
        from desktop.core import attendees as core
        from desktop.core import checkin_lists as cl
        from desktop.core.desk_link import DeskLink
        from desktop.core.events import create_event
        from tests.pg import PgServer, create_database

        pg = PgServer()
        pg.start()
        try:
            url = create_database(pg.admin_url)
            store = open_store(url, create=True)
            with store.session() as s:
                event = create_event(s, "Bench Outage", "Asia/Hong_Kong")
                ids = core.add_attendees(
                    s,
                    event,
                    [{"given_name": f"B{i}", "family_name": "Lau"} for i in range(a.people)],
                )
            with store.factory() as s:
                codes = [core.get_card(s, i).badge_code for i in ids]
            with store.session() as s:
                cl.add_list(s, "Bench door", capacity=300, exits=True)
            store.close()
            link = DeskLink.open(url, "Bench desk")
            t0 = time.perf_counter()
            link.refresh_mirror()
            first_mirror = time.perf_counter() - t0
            online = []
            for code in codes[:500]:
                t0 = time.perf_counter()
                link.scan(code)
                online.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            link.refresh_mirror()
            refresh = (time.perf_counter() - t0) * 1000
            pg.crash()
            t0 = time.perf_counter()
            answer = link.scan(codes[500])
            notice = time.perf_counter() - t0
            assert answer.offline
            offline = []
            for code in codes[501 : 501 + a.scans - 1]:
                t0 = time.perf_counter()
                link.scan(code)
                offline.append((time.perf_counter() - t0) * 1000)
            door = []
            start = 501 + a.scans - 1
            for k, code in enumerate(codes[start : start + a.door_scans]):
                leaving = k % 3 == 2  # one in three goes out again
                who = codes[start + k - 1] if leaving else code
                t0 = time.perf_counter()
                link.list_scan(
                    lambda s, c=who, out=leaving: cl.scan_list(
                        s, c, "Bench door", "Bench desk", "", out
                    ),
                    code=who,
                )
                door.append((time.perf_counter() - t0) * 1000)
            waiting = link.journal.count_waiting()
            pg.resume()
            t0 = time.perf_counter()
            report = None
            while report is None:
                report = link.sync(wait_ms=2000)
            replay = time.perf_counter() - t0
            link.close()
        finally:
            pg.stop()
    print(
        f"{a.people} attendees; first mirror copy {first_mirror:.2f} s; refresh after 500 online scans {refresh:.1f} ms"
    )
    print(
        f"online scan (baseline): p50 {statistics.median(online):.2f} ms, p95 {_pct(online, 0.95):.2f} ms"
    )
    print(f"outage noticed by the first scan after the kill in {notice:.2f} s (target <= 3 s)")
    print(
        f"offline scan: p50 {statistics.median(offline):.2f} ms, p95 {_pct(offline, 0.95):.2f} ms (target p95 <= 5 ms)"
    )
    print(
        f"offline door scan ({len(door)}, counted): p50 {statistics.median(door):.2f} ms, "
        f"p95 {_pct(door, 0.95):.2f} ms ({_pct(door, 0.95) / _pct(offline, 0.95):.1f}x the "
        "offline pickup scan's p95; target p95 <= 5 ms)"
    )
    print(f"replay of {waiting} journaled scans: {replay:.1f} s, sent {report.sent} (target 10,000 in <= 10 s)")  # fmt: skip


if __name__ == "__main__":
    main()
