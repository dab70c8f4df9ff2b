"""Four desks registering walk-ins on one SQLite file at the same moment: none fails.

Each desk is a real process with the desk's own write lane (desktop.ui.worker.DbWorker, the
path the Desk screen uses); they start together at a barrier. Before the fix the next id was
read before the write lock was taken and about a quarter of the walk-ins failed with
"UNIQUE constraint failed: attendee.id".
"""

from __future__ import annotations

import multiprocessing as mp
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from db.engine import open_store
from db.models import Attendee

ROOT = Path(__file__).resolve().parents[2]
DESKS = 4
EACH = 40


def desk(path: str, name: str, barrier, out) -> None:
    from desktop.core.attendees import register_walk_in
    from desktop.ui.worker import DbWorker

    store = open_store(path)
    lane = DbWorker(store)
    failures = []
    barrier.wait(timeout=60)
    for i in range(EACH):
        fields = {"given_name": f"Walk {i}", "family_name": name, "email": f"{name}.{i}@x.hk"}
        future = lane.submit(lambda s, f=fields: register_walk_in(s, f, name))
        try:
            future.result(timeout=60)
        except Exception as exc:
            failures.append(f"{type(exc).__name__}: {str(exc)[:80]}")
    lane.shutdown()
    store.close()
    out.put((name, failures))


def test_four_desks_adding_walk_ins_at_once_all_succeed(event_db: Path) -> None:
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(DESKS), ctx.Queue()
    procs = [
        ctx.Process(target=desk, args=(str(event_db), f"desk{d}", barrier, out))
        for d in range(DESKS)
    ]
    for p in procs:
        p.start()
    results = dict(out.get(timeout=180) for _ in procs)
    for p in procs:
        p.join(timeout=30)
    assert {name: f for name, f in results.items() if f} == {}
    store = open_store(str(event_db))
    with store.factory() as s:
        assert s.scalar(select(func.count()).select_from(Attendee)) == DESKS * EACH
        numbers = s.scalars(select(Attendee.number)).all()
        assert len(set(numbers)) == len(numbers), "every walk-in has its own number"
    store.close()


def test_walk_ins_from_the_command_line_at_once_all_succeed(event_db: Path) -> None:
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from desktop.cli import main\n"
                "for i in range(4):\n"
                "    rc = main(['--db', sys.argv[1], 'attendees', 'add', '--given', f'W{i}',"
                " '--family', sys.argv[2], '--force'])\n"
                "    assert rc == 0, rc",
                str(event_db),
                f"cli{d}",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for d in range(DESKS)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * DESKS, [err for _, err in outs]
    store = open_store(str(event_db))
    with store.factory() as s:
        assert s.scalar(select(func.count()).select_from(Attendee)) == DESKS * 4
    store.close()
