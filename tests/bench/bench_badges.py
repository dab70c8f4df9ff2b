"""Batch badges: 1,000 A6 badges 4-up on A4, 20% Chinese names, a QR code on each.

Run: `.venv/bin/python -m tests.bench.bench_badges [--badges N] [--runs N]`.
Measured in the same run, caches cleared before every run (each badge code is new):
- fast: the renderer as shipped (fixed QR mask, merged vector runs, fitted text);
- naive: the same layout with a `qrcode` PIL image per badge placed with drawImage
  (automatic mask selection);
- floor: the same layout with the QR codes and the CJK text left out (what reportlab costs).
Also the QR mask choice: time per code with automatic vs fixed mask, mean penalty per mask.
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.core.tickets import badge_code_for
from desktop.pdf import fonts, layout, qr, templates
from desktop.pdf.badges import BadgeData, render

GIVEN = ["Tai Man", "Wing Yan", "Zoë", "Alexander", "Priya", "Mohammed", "Yuki", "Ana Lucía"]
FAMILY = ["Chan", "Wong", "Müller-Lüdenscheidt", "Fitzgerald", "Sharma", "Al-Farsi", "Tanaka"]
CHINESE = [
    "陳大文",
    "黃詠欣",
    "李嘉誠",
    "张伟",
    "王芳",
    "劉德華",
    "梁朝偉",
    "周杰倫",
    "林志玲",
    "吳彥祖",
]
ORGS = [
    "Hong Kong Science and Technology Parks Corporation",
    "ETH Zürich",
    "International Association for Applied Machine Intelligence",
    "Peking University",
    "Bangalore Data Foundry",
]
CATS = ["attendee"] * 6 + ["speaker", "vip", "press", "staff", "exhibitor", "sponsor"]


def make_badges(n: int, seed: int = 1) -> list[BadgeData]:
    rng = random.Random(seed)
    key = secrets.token_hex(32)
    out = []
    for i in range(1, n + 1):
        chinese = i % 5 == 0  # 20%
        cat = rng.choice(CATS)
        out.append(
            BadgeData(
                i,
                {
                    "given_name": rng.choice(GIVEN),
                    "family_name": rng.choice(FAMILY),
                    "name_local": rng.choice(CHINESE) if chinese else "",
                    "organization": rng.choice(ORGS),
                    "title": "Research Scientist",
                    "category": cat,
                    "category_label": cat.title(),
                    "badge_code": badge_code_for(key, "HKAI", 1, i),
                    "event_name": "Hong Kong AI Summit 2026",
                },
            )
        )
    return out


def clear_caches() -> None:
    for fn in (qr.matrix, qr._pdf_ops, fonts._fit, fonts._runs, fonts._width1, fonts.visual):
        fn.cache_clear()
    fonts._tokens.cache_clear()
    fonts._char.cache_clear()
    fonts._unsupported.cache_clear()


def timed(fn: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each run (CPU time is steadier on a shared machine)."""
    wall, cpu = [], []
    for _ in range(runs):
        clear_caches()
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return wall, cpu


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def mask_study(n: int = 200) -> None:
    from qrcode import constants, util
    from qrcode.main import QRCode

    data = [b.values["badge_code"] for b in make_badges(n, seed=2)]

    def make(code: str, mask: int | None) -> list:
        q = QRCode(error_correction=constants.ERROR_CORRECT_M, border=0, mask_pattern=mask)
        q.add_data(code)
        q.make(fit=True)
        return q.modules

    t = time.perf_counter()
    for code in data:
        make(code, None)
    auto_ms = (time.perf_counter() - t) / n * 1000
    t = time.perf_counter()
    for code in data:
        make(code, qr.FIXED_MASK)
    fixed_ms = (time.perf_counter() - t) / n * 1000
    qr.matrix.cache_clear()
    t = time.perf_counter()
    for code in data:
        qr.matrix(code)
    ours_ms = (time.perf_counter() - t) / n * 1000
    penalties = {
        m: statistics.mean(util.lost_point(make(c, m)) for c in data[:60]) for m in range(8)
    }
    best = statistics.mean(util.lost_point(make(c, None)) for c in data[:60])
    print(
        f"QR matrix per code: automatic mask {auto_ms:.2f} ms, fixed mask {fixed_ms:.2f} ms "
        f"({auto_ms / fixed_ms:.1f}x); Confdesk's encoder (mask {qr.FIXED_MASK}) {ours_ms:.2f} ms "
        f"({auto_ms / ours_ms:.1f}x)"
    )
    print(
        "mean penalty per mask (lower reads better): "
        + ", ".join(f"{m}: {p:.0f}" for m, p in penalties.items())
        + f"; automatic best per code: {best:.0f}; shipped FIXED_MASK = {qr.FIXED_MASK}"
    )


def desk_path(n: int = 20) -> None:
    """One badge at the desk, as the printing code does it: select, render, log (no spooler)."""
    from db.engine import open_store
    from desktop.core import badges as core
    from desktop.core.attendees import add_attendees
    from desktop.core.events import create_event

    tmp = Path(tempfile.mkdtemp(prefix="bench-desk-"))
    store = open_store(str(tmp / "desk.sqlite"), create=True)
    with store.session() as s:
        event = create_event(s, "Bench Conference")
        ids = add_attendees(
            s,
            event,
            [
                {
                    k: v
                    for k, v in b.values.items()
                    if k
                    in (
                        "given_name",
                        "family_name",
                        "name_local",
                        "organization",
                        "title",
                        "category",
                    )
                }
                for b in make_badges(n)
            ],
        )
    times = []
    for aid in ids:
        t = time.perf_counter()
        with store.session() as s:
            core.render_badges(
                s,
                tmp / f"b{aid}.pdf",
                "a6-conference",
                "single",
                core.Selection(ids=[aid]),
                kind="desk",
            )
        times.append(time.perf_counter() - t)
    store.close()
    print(
        f"desk badge (select, render one PDF, log; warm): median "
        f"{statistics.median(times) * 1000:.0f} ms, p95 {p95(times) * 1000:.0f} ms over {n}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--badges", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--naive-runs", type=int, default=2)
    args = ap.parse_args()
    fonts.ensure_fonts()
    tpl = templates.builtin("a6-conference")
    badges = make_badges(args.badges)
    tmp = Path(tempfile.mkdtemp(prefix="bench-badges-"))
    fast_pdf, naive_pdf, floor_pdf = tmp / "fast.pdf", tmp / "naive.pdf", tmp / "floor.pdf"

    floor_tpl = dict(tpl, front=[i for i in tpl["front"] if i["type"] != "qr"])
    floor_badges = [BadgeData(b.attendee_id, {**b.values, "name_local": ""}) for b in badges]

    def fast() -> None:
        render(fast_pdf, badges, tpl, "a4-4xa6")

    def floor() -> None:
        render(floor_pdf, floor_badges, floor_tpl, "a4-4xa6")

    def naive() -> None:
        original = layout.draw_qr
        layout.draw_qr = lambda c, x, y, size, data, color="#000000": qr.draw_qr_slow(  # type: ignore[assignment]
            c, x, y, size, data
        )
        try:
            render(naive_pdf, badges, tpl, "a4-4xa6")
        finally:
            layout.draw_qr = original

    print(f"{args.badges} badges, a6-conference 4-up on A4, 20% Chinese names, QR on each")
    t_fast, c_fast = timed(fast, args.runs)
    t_floor, c_floor = timed(floor, args.runs)
    t_naive, c_naive = timed(naive, args.naive_runs)
    mf, mfl, mn = statistics.median(t_fast), statistics.median(t_floor), statistics.median(t_naive)
    cf, cfl, cn = statistics.median(c_fast), statistics.median(c_floor), statistics.median(c_naive)
    size = fast_pdf.stat().st_size
    print(
        f"fast   median {mf:.3f} s  p95 {p95(t_fast):.3f} s  CPU {cf:.3f} s  ({args.runs} runs)  "
        f"PDF {size / 1e6:.2f} MB"
    )
    print(
        f"naive  median {mn:.3f} s  p95 {p95(t_naive):.3f} s  CPU {cn:.3f} s  ({args.naive_runs} runs)  "
        f"PDF {naive_pdf.stat().st_size / 1e6:.2f} MB"
    )
    print(
        f"floor  median {mfl:.3f} s  p95 {p95(t_floor):.3f} s  CPU {cfl:.3f} s  (no QR, no CJK)  "
        f"PDF {floor_pdf.stat().st_size / 1e6:.2f} MB"
    )
    print(
        f"fast vs naive: {mn / mf:.1f}x wall, {cn / cf:.1f}x CPU (goal >= 10x); fast / floor: "
        f"{mf / mfl:.2f}x wall, {cf / cfl:.2f}x CPU (goal <= 3x); median goal <= 1.5 s; "
        "PDF goal <= 2 MB"
    )
    mask_study()
    desk_path()


if __name__ == "__main__":
    main()
