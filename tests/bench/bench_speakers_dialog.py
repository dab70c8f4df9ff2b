"""Schedule > Speakers: opening the dialog on a 100,000-attendee event, and finding an attendee
to link, against the dropdown of every attendee it replaced.

    .venv/bin/python -m tests.bench.bench_speakers_dialog [--attendees 100000] [--db PATH] [--rounds 5]

Opening: from the constructor to the dialog painted on screen. The baseline is the same
dialog with the former attendee field: a QComboBox filled with one label per attendee (the
query and the items, as before), built in the same run on the same store. Finding: typing
"chan tai" into the picker and its matches shown (the desk's search). Goal: open < 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee
from tests.bench.demo_event import demo_event


def _everyone(s):
    """The former dropdown's rows: every current attendee, by name, with a label each."""
    rows = s.execute(
        select(
            Attendee.id,
            Attendee.number,
            Attendee.given_name,
            Attendee.family_name,
            Attendee.name_local,
            Attendee.organization,
        )
        .where(Attendee.merged_into_id.is_(None))
        .order_by(Attendee.family_name, Attendee.given_name)
    ).all()
    out = []
    for r in rows:
        label = " ".join(p for p in (r.given_name, r.family_name, r.name_local) if p)
        if r.organization:
            label += f" — {r.organization}"
        out.append((r.id, f"{label} (#{r.number})"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attendees", type=int, default=100_000)
    ap.add_argument("--db", help="an existing demo store to use (else one is generated)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    qInstallMessageHandler(lambda *_: None)
    tmp = tempfile.TemporaryDirectory()
    os.environ.setdefault("CONFDESK_SETTINGS_DIR", tmp.name)
    os.environ.setdefault("CONFDESK_DATA_DIR", tmp.name)
    path = demo_event(args.db, args.attendees, tmp.name)
    store = open_store(path)

    from desktop.ui.context import AppContext
    from desktop.ui.schedule import ScheduleScreen
    from desktop.ui.schedule.speakers_dialog import SpeakersDialog
    from desktop.ui.worker import DbWorker

    worker = DbWorker(store)
    screen = ScheduleScreen(AppContext(store=store, worker=worker, event_id=1))
    screen.on_shown()

    def open_dialog(baseline: bool) -> float:
        t = time.perf_counter()
        dialog = SpeakersDialog(screen.controller, screen)
        if baseline:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem("(not linked)", None)
            for aid, label in worker.read(_everyone):
                combo.addItem(label, aid)
            dialog.layout().addWidget(combo)
        dialog.show()
        QTest.qWaitForWindowExposed(dialog)
        app.processEvents()
        took = time.perf_counter() - t
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
        return took

    now, before, find = [], [], []
    for _ in range(args.rounds):
        now.append(open_dialog(False))
        before.append(open_dialog(True))
        dialog = SpeakersDialog(screen.controller, screen)
        dialog.show()
        QTest.qWaitForWindowExposed(dialog)
        picker = dialog.attendee
        t = time.perf_counter()
        picker.edit.setText("chan tai")
        picker.search()
        app.processEvents()
        find.append(time.perf_counter() - t)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    med_now, med_before = statistics.median(now) * 1000, statistics.median(before) * 1000
    print(
        f"open the Speakers dialog: median {med_now:.0f} ms (goal < 300 ms); with the former "
        f"dropdown of every attendee {med_before:.0f} ms ({med_before / med_now:.1f}x slower)"
    )
    print(
        f"find an attendee ('chan tai', matches shown): median {statistics.median(find) * 1000:.1f} ms"
    )
    worker.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
