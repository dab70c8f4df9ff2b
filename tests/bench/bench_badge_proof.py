"""The badge proof at 100,000 attendees (goal: under 30 s, with progress), against the batch
render of the same people as the floor it is compared to.

Run: `.venv/bin/python -m tests.bench.bench_badge_proof [--attendees 100000] [--db FILE]`.
Each measure is the core function in this process, the median of --runs; the proof checks
every badge (its layout as printing does, fonts, controls, name order) and writes the problem
badges; the floor lays out and writes every badge (`render_badges`), the work a proof must not
be much more than.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tests.bench.demo_event import demo_event


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--attendees", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--db")
    a = ap.parse_args()
    from db.engine import open_store
    from desktop.core import badges
    from desktop.core.badge_proof import proof_badges

    with tempfile.TemporaryDirectory() as tmp:
        db = demo_event(a.db, a.attendees, tmp)
        store = open_store(db)
        proof, floor = [], []
        report = None
        for _ in range(a.runs):
            with store.factory() as s:
                t = time.perf_counter()
                report = proof_badges(s, Path(tmp) / "proof.pdf")
                proof.append(time.perf_counter() - t)
            with store.factory() as s:
                t = time.perf_counter()
                badges.render_badges(s, Path(tmp) / "all.pdf", sheet="a4-4xa6")
                floor.append(time.perf_counter() - t)
        store.close()
    assert report is not None
    p, f = statistics.median(proof), statistics.median(floor)
    print(f"badge proof, {report.checked:,} attendees ({len(report.problems):,} with problems)")
    print(f"proof   median {p:6.2f} s  ({a.runs} runs; goal < 30 s)")
    print(f"render  median {f:6.2f} s  (every badge to PDF, the floor)")
    print(f"proof / render: {p / f:.2f}x")


if __name__ == "__main__":
    main()
