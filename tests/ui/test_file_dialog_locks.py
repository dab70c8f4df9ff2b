"""No file dialog may cost the desk its SQLite locks (POSIX locks belong to the process).

The real condition: the app has the event open, a file dialog is shown on the database's own
folder and cancelled, another process opens and closes the event, the desk checks someone
in, and a third process must see that check-in, also after the app quits. When the dialog
drops the app's locks, the second process deletes the live -wal/-shm on close and the
desk's later check-in goes into a file nobody else can see.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from sqlalchemy import select

from db.engine import data_dir
from db.models import Attendee
from desktop.core import checkin as core_checkin
from desktop.ui.app import Shell
from desktop.ui.settings import Settings
from tests.locks import held_locks

ROOT = Path(__file__).resolve().parents[2]


def other_process(db: Path, *args: str) -> subprocess.CompletedProcess:
    """A second Confdesk process on the same event (opens it, works, closes it)."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def checked_in_elsewhere(db: Path, attendee_id: int) -> bool:
    """What a third process sees of the attendee's check-in state."""
    code = (
        "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]);"
        "print(c.execute('select checked_in_at is not null from attendee where id=?',"
        "(int(sys.argv[2]),)).fetchone()[0])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db), str(attendee_id)],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip() == "1"


def cancel_file_dialog_when_shown(seconds: float = 1.5) -> list[str]:
    """Arrange for the next modal file dialog to be left open `seconds` (so it lists and
    types the folder's files), then cancelled. Returns the folders it showed."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen.append(dialog.directory().absolutePath())
            QTest.qWait(int(seconds * 1000))
            dialog.reject()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


@pytest.fixture
def live_event(demo_db: Path) -> Path:
    """The demo event in the user's events folder, where the Open dialog starts."""
    folder = data_dir() / "events"
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(demo_db, folder / "hk-summit.sqlite"))


@pytest.fixture
def shell(qapp: QApplication, live_event: Path) -> Iterator[Shell]:
    settings = Settings()
    settings.database = str(live_event)
    sh = Shell(qapp, settings, "desk")
    sh.open(str(live_event))
    yield sh
    if sh.window is not None:
        sh.window.close()
    sh.shutdown()


def _open_event(sh: Shell) -> None:
    sh.window.action_open.trigger()


def _settings_browse(sh: Shell) -> None:
    from desktop.ui.settings import SettingsDialog

    dialog = SettingsDialog(sh.settings, str(sh.settings.database), sh.window)
    dialog._browse()
    dialog.reject()


def _dialogs(sh: Shell) -> dict[str, Callable[[Shell], None]]:
    from desktop.ui import file_dialogs

    found: dict[str, Callable[[Shell], None]] = {
        "File > Open event": _open_event,
        "Settings > Browse": _settings_browse,
    }
    folder = str(Path(sh.window.ctx.store.sqlite_path).parent)
    for name, ask in file_dialogs.ALL.items():
        found[f"file_dialogs.{name}"] = lambda s, ask=ask: ask(s.window, "Test", folder)
    return found


def _check_in_at_desk(sh: Shell, db: Path) -> int:
    with sh.window.ctx.store.session() as s:
        person = s.scalars(
            select(Attendee)
            .where(Attendee.checked_in_at.is_(None), Attendee.status == "registered")
            .order_by(Attendee.id)
            .limit(1)
        ).one()
        pid = person.id
    result = sh.window.ctx.worker.submit(
        lambda s: core_checkin.check_in_attendee(s, pid, sh.window.ctx.desk, "tester")
    ).result(10)
    assert result.outcome == core_checkin.Outcome.CHECKED_IN
    return pid


def _dialog_names() -> list[str]:
    from desktop.ui import file_dialogs

    return [
        "File > Open event",
        "Settings > Browse",
        *(f"file_dialogs.{n}" for n in file_dialogs.ALL),
    ]


@pytest.mark.parametrize("which", _dialog_names())
def test_a_cancelled_file_dialog_keeps_the_desks_locks_and_check_ins(
    qtbot: Any, shell: Shell, live_event: Path, which: str
) -> None:
    window: QWidget = shell.window
    qtbot.waitExposed(window)
    shell.window.ctx.worker.read(lambda s: s.scalar(select(Attendee.id).limit(1)))
    before = held_locks(live_event)
    assert before, "the open event holds a lock on its file"

    shown = cancel_file_dialog_when_shown()
    _dialogs(shell)[which](shell)
    assert shown, f"{which} showed no file dialog"
    assert Path(shown[0]) == live_event.parent, "the dialog lists the database's own folder"
    assert held_locks(live_event), f"{which} dropped the app's SQLite locks"

    second = other_process(live_event, "dashboard", "--json")
    assert second.returncode == 0, second.stderr
    assert Path(f"{live_event}-wal").exists(), "another process deleted the live WAL"

    pid = _check_in_at_desk(shell, live_event)
    assert checked_in_elsewhere(live_event, pid), "a third process cannot see the check-in"

    shell.window.close()
    shell.shutdown()
    shell.window = None
    assert checked_in_elsewhere(live_event, pid), "the check-in was lost after a clean quit"


def test_no_screen_builds_its_own_file_dialog() -> None:
    """Every file dialog goes through desktop.ui.file_dialogs (name-only file types)."""
    offenders = []
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "QFileDialog" in text or "QFileSystemModel" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_a_file_typed_in_the_dialog_is_returned(qtbot: Any, tmp_path: Path) -> None:
    from desktop.ui import file_dialogs

    target = tmp_path / "export.csv"
    target.write_text("x")

    def pick() -> None:  # as a user does: type the name into the dialog, press Enter
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            name_field = dialog.findChild(QLineEdit, "fileNameEdit")
            QTest.keyClicks(name_field, target.name)
            QTest.keyClick(name_field, Qt.Key.Key_Return)
        else:
            QTimer.singleShot(50, pick)

    QTimer.singleShot(50, pick)
    assert file_dialogs.open_file(None, "Pick", str(tmp_path), "CSV (*.csv)") == str(target)
