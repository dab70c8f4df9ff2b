"""`confdesk badges` for 1,000 badges, the whole command (start-up included), against the naive
loop as a whole command too.

Run: `.venv/bin/python -m tests.bench.bench_badges_cli [--attendees N] [--runs N]`.
Each measure is one child process, timed by `wait4` (wall seconds and CPU = user + system);
the three are interleaved run by run so a noisy machine slows all of them alike:
- command: `python -m desktop --db DEMO badges OUT.pdf --sheet a4-4xa6` with the parsed-font
  cache warm (every start after the first on a machine);
- cold: the same with an empty font cache (the first start: fonts parsed, cache written);
- naive: the same process and badges with a `qrcode` PIL image per badge placed with
  drawImage (automatic mask selection), the loop the issue names as the baseline;
- floor: a process that only imports the stack every badge command needs (SQLAlchemy with
  its ORM and SQLite dialect, reportlab's canvas and TrueType fonts, Confdesk's models) and
  leaves as the command does: no command on this stack starts in less.
Goal: command >= 10x faster than naive (CPU and wall medians). The floor bounds what any
command can reach (naive / floor); the work Confdesk controls (command - floor: its own
modules, fonts, query, layout, QR codes and PDF) is compared with the naive loop's the same way.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FLOOR = (
    "import os, sqlalchemy.orm, sqlalchemy.dialects.sqlite, reportlab.pdfgen.canvas, "
    "reportlab.pdfbase.ttfonts, db.models; os._exit(0)"
)


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {err}")
    return wall, usage.ru_utime + usage.ru_stime


def naive(db: str, out: str) -> None:
    """(child) The badges of `confdesk badges`, each QR drawn as a PIL image."""
    from db.engine import open_store
    from desktop.core import badges
    from desktop.pdf import layout, qr

    layout.draw_qr = lambda c, x, y, size, data, color="#000000": qr.draw_qr_slow(  # type: ignore[assignment]
        c, x, y, size, data
    )
    store = open_store(db)
    with store.session() as s:
        badges.render_badges(s, out, badges.DEFAULT_TEMPLATE, "a4-4xa6", badges.Selection())
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--attendees", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--naive-runs", type=int, default=3)
    ap.add_argument("--naive", nargs=2, metavar=("DB", "OUT"))
    a = ap.parse_args()
    if a.naive:
        naive(*a.naive)
        return
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        db = t / "demo.sqlite"
        env = {**os.environ, "CONFDESK_DATA_DIR": str(t / "data")}
        # An installed Confdesk runs from compiled bytecode (pip compiles at install): let the
        # warm-up run write it here too, for the command and the naive loop alike.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [py, "-m", "desktop", "--db", str(db), "demo", "--attendees", str(a.attendees)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        warm = {**env, "CONFDESK_CACHE_DIR": str(t / "warm")}
        cold = {**env, "CONFDESK_CACHE_DIR": str(t / "cold")}
        command = [py, "-m", "desktop", "--db", str(db), "badges", str(t / "out.pdf")]
        command += ["--sheet", "a4-4xa6"]
        _run(command, warm)  # fills the warm cache (and the OS file cache)
        times: dict[str, list[tuple[float, float]]] = {
            "command": [],
            "cold": [],
            "naive": [],
            "floor": [],
        }
        for i in range(a.runs):
            times["floor"].append(_run([py, "-c", FLOOR], warm))
            times["command"].append(_run(command, warm))
            shutil.rmtree(t / "cold", ignore_errors=True)
            times["cold"].append(_run(command, cold))
            if i < a.naive_runs:
                naive_cmd = [py, "-m", "tests.bench.bench_badges_cli", "--naive", str(db)]
                times["naive"].append(_run([*naive_cmd, str(t / "naive.pdf")], env))
        badges = subprocess.run(
            ["pdfinfo", str(t / "out.pdf")], capture_output=True, text=True, check=False
        ).stdout
        pages = next((ln.split()[-1] for ln in badges.splitlines() if ln.startswith("Pages")), "?")
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in times.items()}  # fmt: skip
    print(f"confdesk badges, {a.attendees} demo attendees, A6 4-up on A4 ({pages} pages)")
    for k, (w, c) in med.items():
        print(f"{k:8} median {w:6.3f} s wall  {c:6.3f} s CPU  ({len(times[k])} runs)")
    nw, nc = med["naive"]
    for k in ("command", "cold"):
        w, c = med[k]
        print(f"naive / {k}: {nw / w:4.1f}x wall, {nc / c:4.1f}x CPU (goal >= 10x)")
    fw, fc = med["floor"]
    print(
        f"naive / floor: {nw / fw:4.1f}x wall, {nc / fc:4.1f}x CPU (the most any command here reaches)"
    )
    cw, cc = med["command"]
    print(
        f"beyond the floor, naive / command: {(nw - fw) / (cw - fw):4.1f}x wall, "
        f"{(nc - fc) / (cc - fc):4.1f}x CPU ({cc - fc:.3f} s CPU against {nc - fc:.3f} s)"
    )


if __name__ == "__main__":
    main()
