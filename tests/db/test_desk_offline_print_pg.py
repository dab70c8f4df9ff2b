"""Badges at a desk whose server is away: rendered from the desk's mirror (custom templates
included), the print logged in the desk journal and counted once it is sent.

The server is a real PostgreSQL stopped with `pg_ctl stop -m immediate` and started again; the
PDF is read back with pdftotext.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee, PrintLog
from desktop.core import attendees as core
from desktop.core import badges
from desktop.core.desk_journal import (
    log_print_or_journal,
    scan_or_journal,
    send_journal,
)
from desktop.core.events import create_event
from desktop.pdf import templates as tpl
from tests.db.desk_parts import desk_on
from tests.tools import run_tool

pytestmark = pytest.mark.postgres


def test_a_badge_prints_from_the_mirror_and_its_log_is_sent_later(
    own_pg_server, tmp_path: Path
) -> None:
    url = own_pg_server.url
    admin = open_store(url, create=True)
    with admin.session() as s:
        event = create_event(s, "Print Outage", "Asia/Hong_Kong")
        (mei,) = core.add_attendees(
            s, event, [{"given_name": "Mei", "family_name": "Chan", "name_local": "陳美"}]
        )
        code = core.get_card(s, mei).badge_code
        spec = tpl.builtin("a6-conference")
        badges.save_template(s, {**spec, "name": "harbour-2026", "title": "Harbour 2026"})
    admin.close()
    with desk_on(url, tmp_path) as (store, journal, mirror):
        own_pg_server.crash()
        assert scan_or_journal(store, journal, code, "Desk 1", mirror=mirror).offline
        out = tmp_path / "badge.pdf"
        with mirror.session() as s:
            made = badges.render_badges(
                s, out, "harbour-2026", "single", badges.Selection(ids=[mei]), log=False
            )
            assert made.template == "harbour-2026" and made.badges == 1
        text = run_tool(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Mei" in text and "陳美" in text
        t0 = time.perf_counter()
        kept = log_print_or_journal(
            store,
            journal,
            mei,
            "Desk 1",
            "tester",
            kind="desk",
            template=made.template,
            destination="Zebra-1",
            status="printed",
            job="Zebra-1-7",
            mirror=mirror,
        )
        assert time.perf_counter() - t0 < 0.5
        assert kept.offline and kept.journaled and kept.waiting == 2
        # The mirror counts it: the "print once" policy does not print it again offline.
        with mirror.session() as s:
            a = s.get(Attendee, mei)
            assert a is not None and a.print_count == 1
            assert not badges.should_print_on_checkin("if_not_printed", a)
        own_pg_server.resume()
        report = None
        for _ in range(100):
            report = send_journal(store, journal, wait_ms=1000)
            if report is not None:
                break
            time.sleep(0.2)
        assert report is not None and report.sent == 2 and report.waiting == 0
        with store.factory() as s:
            a = s.get(Attendee, mei)
            assert a is not None and a.print_count == 1 and a.badge_printed_at is not None
            (log,) = s.scalars(select(PrintLog).where(PrintLog.attendee_id == mei)).all()
            assert (log.status, log.job, log.destination, log.desk, log.kind) == (
                "printed",
                "Zebra-1-7",
                "Zebra-1",
                "Desk 1",
                "desk",
            )
            assert log.template == "harbour-2026"
            assert a.checked_in_at is not None and log.at >= a.checked_in_at
