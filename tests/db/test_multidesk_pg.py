"""Four desk processes scanning the same badges at once on a real PostgreSQL server.

Each process opens its own store (its own connections), waits at a barrier, then scans an
overlapping share of the codes in its own order. Every attendee must end up checked in exactly
once, and every other scan of that attendee must report "already checked in".
"""

from __future__ import annotations

import multiprocessing as mp
import random
from collections import Counter

import pytest
from sqlalchemy import func, select

from db.engine import open_store
from db.models import Attendee, CheckIn
from desktop.core import attendees as core
from desktop.core.checkin import Outcome, counters, scan
from desktop.core.events import create_event

pytestmark = pytest.mark.postgres

DESKS = 4
PEOPLE = 120


def desk_worker(url: str, desk: str, codes: list[str], barrier, out) -> None:
    """One desk: scan each code in its own transaction, report (code, outcome) pairs."""
    store = open_store(url)
    results = []
    barrier.wait(timeout=60)
    for code in codes:
        with store.session() as s:
            results.append((code, str(scan(s, code, desk).outcome)))
    store.close()
    out.put((desk, results))


def test_four_desks_check_in_each_attendee_exactly_once(pg_url: str) -> None:
    store = open_store(pg_url, create=True)
    with store.session() as s:
        event = create_event(s, "Multi-desk Test")
        rows = [{"given_name": f"Person{i}", "family_name": "Desk"} for i in range(PEOPLE)]
        ids = core.add_attendees(s, event, rows)
    with store.session() as s:
        code_of = {core.get_card(s, i).badge_code: i for i in ids}
    store.close()

    codes = list(code_of)
    rng = random.Random(5)
    plans = []
    for d in range(DESKS):
        # Each desk gets three quarters of the codes in the same order, so desks collide on the
        # same badge at the same moment (every code is scanned by 3 desks), plus ten rescans.
        share = [c for k, c in enumerate(codes) if k % DESKS != d]
        for again in rng.sample(share, 10):
            share.insert(rng.randrange(len(share) + 1), again)
        plans.append(share)

    ctx = mp.get_context("fork")
    barrier, out = ctx.Barrier(DESKS), ctx.Queue()
    procs = [
        ctx.Process(target=desk_worker, args=(pg_url, f"Desk {d + 1}", plans[d], barrier, out))
        for d in range(DESKS)
    ]
    for p in procs:
        p.start()
    results = dict(out.get(timeout=180) for _ in procs)
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0

    outcomes: dict[str, Counter[str]] = {c: Counter() for c in codes}
    for desk_results in results.values():
        for code, outcome in desk_results:
            outcomes[code][outcome] += 1
    scans_per_code = Counter()
    for plan in plans:
        scans_per_code.update(plan)
    for code in codes:
        assert outcomes[code][Outcome.CHECKED_IN] == 1, (code, outcomes[code])
        assert outcomes[code][Outcome.ALREADY] == scans_per_code[code] - 1, (code, outcomes[code])

    store = open_store(pg_url)
    with store.session() as s:
        assert s.scalar(select(func.count()).where(Attendee.checked_in_at.is_not(None))) == PEOPLE
        per_attendee = s.execute(
            select(CheckIn.attendee_id, func.count())
            .where(CheckIn.result == "checked_in")
            .group_by(CheckIn.attendee_id)
        ).all()
        assert sorted(per_attendee) == sorted((i, 1) for i in ids)
        assert s.scalar(select(func.count()).select_from(CheckIn)) == sum(map(len, plans))
        # Where each attendee was checked in is the desk that got "Checked in" for them.
        winner = {
            code_of[code]: desk
            for desk, res in results.items()
            for code, outcome in res
            if outcome == Outcome.CHECKED_IN
        }
        stored = dict(s.execute(select(Attendee.id, Attendee.checked_in_desk)).all())
        assert stored == winner
        assert sum(counters(s, f"Desk {d + 1}").desk_checked_in for d in range(DESKS)) == PEOPLE
    store.close()
