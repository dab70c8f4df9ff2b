"""The print log says what happened to each badge, and only real prints count as printed.

printed (a spooler accepted the job) and to_file (a batch PDF made for printing) count;
failed prints, the desk's PDF-only badges and proofs do not, in the attendee's print count,
the print-if-not-printed policy, `--only-unprinted` and the dashboard. An event file written
before the print log had a status is upgraded (schema 0004) with the same rule.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from db.engine import head_revision, open_store
from db.models import Attendee, PrintLog
from desktop.core import badges
from desktop.core.dashboard import dashboard_stats
from desktop.core.events import current_event
from tests.pdf.helpers import NAMES, add_people


def _rows(store) -> list[tuple[int, str, str, str, str]]:
    with store.factory() as s:
        return [
            (p.attendee_id, p.kind, p.status, p.job, p.error)
            for p in s.scalars(select(PrintLog).order_by(PrintLog.id))
        ]


def _printed(store) -> dict[int, tuple[int, bool]]:
    with store.factory() as s:
        return {
            a.id: (a.print_count, a.badge_printed_at is not None)
            for a in s.scalars(select(Attendee))
        }


def test_only_accepted_and_for_printing_badges_count(store) -> None:
    ok, failed, pdf, batch = add_people(store, NAMES[:4])
    with store.session() as s:
        ev = current_event(s)
        badges.log_prints(s, ev, [ok], "desk", "a6", "Zebra", status="printed", job="Zebra-7")
        badges.log_prints(
            s, ev, [failed], "desk", "a6", "Zebra", status="failed", error="not accepting jobs"
        )
        badges.log_prints(s, ev, [pdf], "desk", "a6", "/tmp/b.pdf", status="pdf_only")
        badges.log_prints(s, ev, [batch], "batch", "a6", "/tmp/all.pdf", status="to_file")
    assert _rows(store) == [
        (ok, "desk", "printed", "Zebra-7", ""),
        (failed, "desk", "failed", "", "not accepting jobs"),
        (pdf, "desk", "pdf_only", "", ""),
        (batch, "batch", "to_file", "", ""),
    ]
    assert _printed(store) == {
        ok: (1, True),
        failed: (0, False),
        pdf: (0, False),
        batch: (1, True),
    }
    with store.factory() as s:
        stats = dashboard_stats(s)
        assert (stats.badges_printed, stats.prints_total) == (2, 2)
        ev = current_event(s)
        left = {a.id for a in badges.select_attendees(s, ev, badges.Selection(only_unprinted=True))}
        assert left == {failed, pdf}
        # The desk's "print if not printed yet" prints the failed and PDF-only ones again.
        policy = {a: badges.should_print_on_checkin("if_not_printed", s.get(Attendee, a))
                  for a in (ok, failed, pdf, batch)}  # fmt: skip
        assert policy == {ok: False, failed: True, pdf: True, batch: False}


def test_a_batch_is_a_proof_unless_made_for_printing(store, tmp_path: Path) -> None:
    ids = add_people(store, NAMES[:3])
    with store.session() as s:
        proof = badges.render_badges(s, tmp_path / "proof.pdf", "cr80", "single")
    assert (proof.badges, proof.logged, sorted(proof.ids)) == (3, 0, sorted(ids))
    assert _rows(store) == [] and set(_printed(store).values()) == {(0, False)}
    with store.session() as s:
        real = badges.render_badges(s, tmp_path / "real.pdf", "cr80", "single", log=True)
    assert real.logged == 3
    assert sorted(_rows(store)) == sorted((a, "batch", "to_file", "", "") for a in ids)
    assert set(_printed(store).values()) == {(1, True)}
    with store.factory() as s:
        assert dashboard_stats(s).badges_printed == 3


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command

    from db.engine import _alembic_config

    store = open_store(str(path))
    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    store.close()


def test_upgrade_of_an_old_file_keeps_pdf_only_desk_badges_out_of_the_count(
    event_db: Path, tmp_path: Path
) -> None:
    db = Path(shutil.copyfile(event_db, tmp_path / "old.sqlite"))
    store = open_store(str(db))
    a, b, c, d = add_people(store, NAMES[:4])
    store.close()
    _downgrade(db, "0003_dashboard")
    # What the old code wrote: every print logged as printed, PDF-only desk badges included.
    at = dt.datetime(2026, 9, 27, 1, 0)
    later = at + dt.timedelta(hours=1)
    rows = [
        (a, "batch", "/home/amy/badges.pdf", at),  # Make badge PDF
        (b, "desk", "Zebra", at),  # a desk printer
        (c, "desk", "/home/amy/.local/share/Confdesk/badges/badge-3.pdf", at),  # PDF only
        (d, "desk", "Zebra", at),
        (d, "reprint", "/home/amy/.local/share/Confdesk/badges/badge-4.PDF", later),
    ]
    conn = sqlite3.connect(db)
    with conn:
        for aid, kind, dest, when in rows:
            conn.execute(
                "insert into print_log (event_id, attendee_id, kind, template, destination,"
                " reason, warning, desk, operator, at) values (1, ?, ?, 'a6', ?, '', '',"
                " 'Desk 1', '', ?)",
                (aid, kind, dest, when.isoformat(sep=" ")),
            )
            conn.execute(
                "update attendee set print_count = print_count + 1, badge_printed_at = ?"
                " where id = ?",
                (when.isoformat(sep=" "), aid),
            )
    conn.close()
    store = open_store(str(db))
    try:
        with store.engine.connect() as conn:
            rev = conn.exec_driver_sql("select version_num from alembic_version").scalar()
        assert rev == head_revision()
        assert [(r[0], r[2]) for r in _rows(store)] == [
            (a, "to_file"),
            (b, "printed"),
            (c, "pdf_only"),
            (d, "printed"),
            (d, "pdf_only"),
        ]
        assert _printed(store) == {a: (1, True), b: (1, True), c: (0, False), d: (1, True)}
        with store.factory() as s:
            assert s.get(Attendee, d).badge_printed_at == at  # the real print, not the PDF
            stats = dashboard_stats(s)
        assert (stats.badges_printed, stats.prints_total) == (3, 3)
        with store.session() as s:  # the new columns and table are in use
            badges.log_prints(s, current_event(s), [c], "desk", "a6", "Zebra", job="Zebra-9")
        assert _rows(store)[-1] == (c, "desk", "printed", "Zebra-9", "")
    finally:
        store.close()
    # And back: the downgrade removes the columns and the revocation table again.
    _downgrade(db, "0003_dashboard")
    conn = sqlite3.connect(db)
    cols = {r[1] for r in conn.execute("pragma table_info(print_log)")}
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    conn.close()
    assert "status" not in cols and "revoked_badge" not in tables


def test_a_failed_print_reads_as_failed_in_the_attendees_history(store) -> None:
    from desktop.core.audit import history

    (person,) = add_people(store, NAMES[:1])
    with store.session() as s:
        badges.log_prints(
            s, current_event(s), [person], "desk", "a6", "Zebra", status="failed",
            error="not accepting jobs",
        )  # fmt: skip
    with store.factory() as s:
        (item,) = [i for i in history(s, [person]) if i["kind"].startswith("print")]
    assert item["kind"] == "print failed"
    assert "not accepting jobs" in item["detail"]
