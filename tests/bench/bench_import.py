"""Benchmark: importing a 100,000-row registration file (CSV and XLSX), validation included.

Run: `.venv/bin/python -m tests.bench.bench_import [--rows N] [--repeat R]`

Each measurement runs in a fresh subprocess on a fresh SQLite store, so the peak memory
(ru_maxrss) is that of one import. Measured in the same run:
- import:   `import_file` (read, detect, map, validate, match, bulk insert, commit);
- baseline: a bare `csv.reader` parse plus one bulk `executemany` insert of the same rows
            (the floor the issue compares against; target: import <= 3x baseline);
- naive:    ORM per row with a lookup query per row (what the importer avoids), on 1/10 of
            the rows and scaled x10;
- reimport: the same file again (every row matched and unchanged);
- xlsx:     the same rows as an XLSX workbook.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GIVEN = ["Wei", "Mei", "Ka Yan", "Hiro", "Zoë", "José", "Anna", "Ming", "Priya", "Chloé"]
FAMILY = ["Chan", "Wong", "Lee", "Müller", "García", "Sato", "Ng", "Smith", "Nguyen", "Li"]
LOCAL = ["陳大文", "王小明", "李嘉欣", "張偉", "劉德華", "黃美玲", "", "", "", ""]
ORGS = ["HKUST", "香港科技園", "Example Labs", "University of Tokyo", "清華大學", "Acme AI"]
CATS = ["attendee"] * 8 + ["speaker", "press", "vip", "student"]
HEADERS = ["Registration ID", "First Name", "Last Name", "中文姓名", "Email", "Company",
           "Job Title", "Phone", "Country", "Category", "Dietary", "T-shirt", "How did you hear"]  # fmt: skip


def make_rows(n: int, seed: int = 1) -> list[list[str]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        rows.append([
            f"R{i:07d}", g, f, rnd.choice(LOCAL), f"person{i}@example.org", rnd.choice(ORGS),
            "Engineer", f"+852 {rnd.randint(20000000, 99999999)}", "HK", rnd.choice(CATS),
            rnd.choice(["", "vegetarian", "halal"]), rnd.choice("SMLX"), "friend",
        ])  # fmt: skip
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(rows)


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Registrations")
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)


def fresh_store(path: Path):
    from db.engine import open_store
    from desktop.core.events import create_event

    store = open_store(str(path), create=True)
    with store.session() as s:
        create_event(s, "Bench", "Asia/Hong_Kong")
    return store


def run_one(kind: str, file: Path, db: Path) -> dict[str, float]:
    """One measurement in this process; prints JSON {seconds, peak_mb, ...}."""
    from sqlalchemy import insert, select

    from db.engine import open_store
    from db.models import Attendee
    from desktop.core.attendee_import import import_file
    from desktop.core.events import current_event

    store = fresh_store(db) if kind != "reimport" else open_store(str(db))
    t0 = time.perf_counter()
    extra: dict[str, float] = {}
    if kind in ("import", "xlsx", "reimport"):
        with store.session() as s:
            r = import_file(s, current_event(s), file)
        extra = {"created": r.created, "unchanged": r.unchanged, "rejected": r.rejected}
    elif kind == "baseline":
        with file.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            rows = list(reader)
        with store.session() as s:
            ev = current_event(s).id
            payload = [
                {
                    "id": i + 1, "event_id": ev, "number": i + 1, "badge_code": r[0],
                    "external_id": r[0], "given_name": r[1], "family_name": r[2],
                    "name_local": r[3], "email": r[4], "organization": r[5], "title": r[6],
                    "phone": r[7], "country": r[8], "category": r[9],
                    "extra": dict(zip(header[10:], r[10:], strict=False)),
                    # The store's search index is filled from search_text by triggers, so
                    # the floor inserts text of the same size (built without any folding).
                    "search_text": " | ".join(r[:6]).lower(),
                }
                for i, r in enumerate(rows)
            ]  # fmt: skip
            s.execute(insert(Attendee), payload)
    elif kind == "naive":
        with file.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            rows = list(reader)
        rows = rows[: max(1, len(rows) // 10)]
        with store.session() as s:
            ev = current_event(s).id
            for i, r in enumerate(rows):
                found = s.scalar(
                    select(Attendee.id).where(Attendee.event_id == ev, Attendee.external_id == r[0])
                )
                if found is None:
                    found = s.scalar(
                        select(Attendee.id).where(Attendee.event_id == ev, Attendee.email == r[4])
                    )
                if found is None:
                    s.add(Attendee(event_id=ev, number=i + 1, badge_code=r[0], external_id=r[0],
                                   given_name=r[1], family_name=r[2], email=r[4],
                                   search_text=" | ".join(r[:6]).lower()))  # fmt: skip
                    s.flush()
        extra = {"scale": 10.0}
    seconds = time.perf_counter() - t0
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds * extra.get("scale", 1.0), "peak_mb": peak, **extra}


def measure(kind: str, file: Path, db: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_import", "--one", kind, str(file), str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", help="comma-separated measures (baseline always runs)")
    ap.add_argument("--one", nargs=3, metavar=("KIND", "FILE", "DB"))
    a = ap.parse_args()
    if a.one:
        kind, file, db = a.one
        print(json.dumps(run_one(kind, Path(file), Path(db))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        rows = make_rows(a.rows)
        csv_path, xlsx_path = t / "reg.csv", t / "reg.xlsx"
        write_csv(csv_path, rows)
        write_xlsx(xlsx_path, rows)
        print(f"{a.rows} rows; CSV {csv_path.stat().st_size / 1e6:.1f} MB, "
              f"XLSX {xlsx_path.stat().st_size / 1e6:.1f} MB; {a.repeat} runs each")  # fmt: skip
        results: dict[str, list[dict[str, float]]] = {}
        plan = [("baseline", csv_path), ("import", csv_path), ("reimport", csv_path),
                ("xlsx", xlsx_path), ("naive", csv_path)]  # fmt: skip
        if a.only:
            keep = {"baseline", *a.only.split(",")}
            plan = [(k, f) for k, f in plan if k in keep]
        for i in range(a.repeat):
            for kind, f in plan:
                db = t / f"{kind}.sqlite"
                if kind == "reimport":
                    db = t / "import.sqlite"
                elif db.exists():
                    for p in t.glob(f"{kind}.sqlite*"):
                        p.unlink()
                if kind == "import" and i > 0:
                    for p in t.glob("import.sqlite*"):
                        p.unlink()
                results.setdefault(kind, []).append(measure(kind, f, db))
        base = statistics.median(r["seconds"] for r in results["baseline"])
        print(f"{'measure':10} {'median s':>9} {'p95 s':>7} {'peak MB':>8} {'x baseline':>11}")
        for kind, rs in results.items():
            secs = sorted(r["seconds"] for r in rs)
            med = statistics.median(secs)
            p95 = secs[min(len(secs) - 1, round(0.95 * (len(secs) - 1)))]
            peak = max(r["peak_mb"] for r in rs)
            print(f"{kind:10} {med:9.2f} {p95:7.2f} {peak:8.0f} {med / base:11.2f}")
        for kind in ("import", "reimport", "xlsx"):
            if kind in results:
                last = results[kind][-1]
                print(f"{kind}: created {last.get('created'):.0f}, unchanged "
                      f"{last.get('unchanged'):.0f}, rejected {last.get('rejected'):.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
