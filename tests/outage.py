"""Desks scanning through PostgreSQL outages: the harness of the outage test and benchmark.

Each desk is its own process with its own store, journal and mirror (desktop.core.desk_link),
scanning its list of codes at a steady pace, sending its journal and refreshing its mirror
once a second while the server answers. The caller kills the server (`pg_ctl stop -m
immediate`) and starts it again while they scan. Every answer a desk showed is written to a
JSON file, so the test can check the database against what staff saw.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import random
import time
from pathlib import Path
from typing import Any


def desk_process(
    url: str, desk: str, codes: list[str], pace: float, folder: str, barrier: Any
) -> None:
    import os

    os.environ["CONFDESK_DATA_DIR"] = str(Path(folder) / desk)
    from desktop.core.desk_link import DeskLink

    link = DeskLink.open(url, desk)
    link.refresh_mirror()
    answers: list[dict[str, Any]] = []
    last_sync = time.monotonic()
    barrier.wait(timeout=60)
    for code in codes:
        t0 = time.perf_counter()
        answer = link.scan(code)
        took = time.perf_counter() - t0
        card = answer.result.attendee
        answers.append(
            {
                "code": code,
                "outcome": str(answer.result.outcome),
                "attendee": card.id if card else None,
                "offline": answer.offline,
                "journaled": answer.journaled,
                "seconds": took,
            }
        )
        if time.monotonic() - last_sync > 1.0:
            last_sync = time.monotonic()
            link.sync(wait_ms=200)
        time.sleep(max(0.0, pace - (time.perf_counter() - t0)))
    sends = []
    deadline = time.monotonic() + 120
    while link.journal.count_waiting() and time.monotonic() < deadline:
        t0 = time.perf_counter()
        report = link.sync(wait_ms=1000)
        if report is not None:
            sends.append({"sent": report.sent, "seconds": time.perf_counter() - t0})
        else:
            time.sleep(0.5)
    left = link.journal.count_waiting()
    link.close()
    Path(folder, f"{desk}.json").write_text(
        json.dumps({"answers": answers, "left": left, "sends": sends})
    )


def plans(codes: list[str], desks: int, scans: int, seed: int = 11) -> list[list[str]]:
    """Overlapping scan lists: every code is scanned by more than one desk, some twice."""
    rng = random.Random(seed)
    per_desk = scans // desks
    out = []
    for _ in range(desks):
        share = rng.sample(codes, min(len(codes), per_desk))
        while len(share) < per_desk:
            share.append(rng.choice(codes))
        out.append(share)
    return out


def run_desks(
    url: str,
    folder: Path,
    plan: list[list[str]],
    pace: float,
    outages: list[tuple[float, float]],
    crash: Any,
    resume: Any,
) -> dict[str, dict[str, Any]]:
    """Run one process per desk; call crash()/resume() at the (start, length) outages given
    in seconds from the desks' start. Returns each desk's answers."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(len(plan) + 1)
    procs = [
        ctx.Process(
            target=desk_process, args=(url, f"Desk {d + 1}", plan[d], pace, str(folder), barrier)
        )
        for d in range(len(plan))
    ]
    for p in procs:
        p.start()
    barrier.wait(timeout=120)
    start = time.monotonic()
    for at, length in outages:
        time.sleep(max(0.0, start + at - time.monotonic()))
        crash()
        time.sleep(length)
        resume()
    for p in procs:
        p.join(timeout=600)
        assert p.exitcode == 0, f"desk process failed ({p.exitcode})"
    return {
        f"Desk {d + 1}": json.loads((folder / f"Desk {d + 1}.json").read_text())
        for d in range(len(plan))
    }
