"""Four desk processes, 10,000 scans with overlapping codes, the PostgreSQL server killed twice
for 20 s and started again: no scan lost, the database equals what the desks did, and every
double admission is reported, and no other."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import open_store
from db.models import Attendee, AuditLog, CheckIn
from desktop.core import attendees as core
from desktop.core.desk_journal import doubles
from desktop.core.events import create_event
from tests.outage import plans, run_desks

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

PEOPLE = 3000
SCANS = 10_000
DESKS = 4


@pytest.fixture
def server(own_pg_server):
    return own_pg_server


def test_four_desks_through_two_outages_lose_nothing_and_report_every_double(
    server, tmp_path: Path
) -> None:
    store = open_store(server.url, create=True)
    with store.session() as s:
        event = create_event(s, "Outage Day", "Asia/Hong_Kong")
        ids = core.add_attendees(
            s, event, [{"given_name": f"G{i}", "family_name": "Tam"} for i in range(PEOPLE)]
        )
    with store.factory() as s:
        code_of = {core.get_card(s, i).badge_code: i for i in ids}
    store.close()
    plan = plans(list(code_of), DESKS, SCANS)
    results = run_desks(
        server.url,
        tmp_path,
        plan,
        pace=0.024,  # 2,500 scans a desk in about 60 s
        outages=[(5.0, 20.0), (32.0, 20.0)],
        crash=server.crash,
        resume=server.resume,
    )
    answers = [a for r in results.values() for a in r["answers"]]
    assert len(answers) == SCANS
    assert all(r["left"] == 0 for r in results.values()), "a desk still holds unsent scans"
    assert sum(a["offline"] for a in answers) > 500, "the outages did not happen during scans"

    admitted = Counter(a["attendee"] for a in answers if a["outcome"] == "checked_in")
    store = open_store(server.url)
    with store.factory() as s:
        in_db = set(s.scalars(select(Attendee.id).where(Attendee.checked_in_at.is_not(None))))
        logged_in = s.scalar(select(func.count()).where(CheckIn.result == "checked_in"))
        reported = Counter(int(d["attendee_id"]) for d in doubles(s))
        applied = s.scalar(select(func.count()).where(AuditLog.action == "journal.applied"))
    store.close()
    # Every person shown green at some desk is checked in, and nobody else.
    assert in_db == set(admitted)
    assert logged_in == len(in_db)
    # Each green beyond the first for a person is a reported double admission, and only those.
    assert reported == Counter({p: n - 1 for p, n in admitted.items() if n > 1})
    assert applied == sum(a["journaled"] for a in answers)
