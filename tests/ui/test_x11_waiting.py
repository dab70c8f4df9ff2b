"""A dialog edit waiting for the event's write lock, on a real X server: what the organizer
types meanwhile is held and lands where it was meant to go.

An import holds the lock (another connection, BEGIN IMMEDIATE) for 1.5 s; the organizer clicks
Add track in the Tracks dialog and at once types the new track's name and Enter through the X
server (xdotool). The wait paints on but holds keys and clicks: the name lands in the new
track's editor once it opens. Processing them during the wait renamed the track above instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.tools import need, python_on_x11

_SCRIPT = r"""
import sqlite3
import subprocess
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db.engine import open_store
from desktop.core.events import create_event
from desktop.core.schedule import editing
from desktop.ui.context import AppContext
from desktop.ui.schedule import ScheduleScreen
from desktop.ui.schedule.tracks_dialog import TracksDialog
from desktop.ui.worker import DbWorker

app = QApplication([])
store = open_store(sys.argv[1], create=True)
with store.session() as s:
    create_event(s, "Keys", "Asia/Hong_Kong")
    editing.create_track(s, "Research", "#2563eb")
worker = DbWorker(store)
screen = ScheduleScreen(AppContext(store=store, worker=worker, event_id=1))
screen.resize(1000, 700)
screen.show()
screen.on_shown()
dialog = TracksDialog(screen.controller, screen)
dialog.show()
QTest.qWaitForWindowExposed(dialog)
dialog.activateWindow()
QTest.qWaitForWindowActive(dialog)
QTest.qWait(200)
# An import holds the event's write lock for 1.5 s; the organizer clicks Add track and at
# once types the new track's name, then Enter, through the X server.
holder = sqlite3.connect(str(store.sqlite_path), check_same_thread=False)
holder.execute("BEGIN IMMEDIATE")
threading.Timer(1.5, holder.commit).start()
typist = threading.Timer(
    0.4, lambda: subprocess.run(["xdotool", "type", "--delay", "40", "Ethics"], check=True)
)
typist.start()
dialog.add_button.click()
typist.join()
QTest.qWait(300)
subprocess.run(["xdotool", "key", "Return"], check=True)
QTest.qWait(300)
print([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
dialog.close()
screen.close()
worker.shutdown()
holder.close()
store.close()
"""


def test_keys_typed_while_a_dialog_edit_waits_land_in_the_new_track(tmp_path: Path) -> None:
    need("xdotool")
    out = python_on_x11(_SCRIPT, str(tmp_path / "tracks.sqlite"))
    assert out.returncode == 0, out.stderr[-2000:]
    assert ast.literal_eval(out.stdout.strip().splitlines()[-1]) == ["Research", "Ethics"]
