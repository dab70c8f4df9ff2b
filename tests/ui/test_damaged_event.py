"""The app notices a damaged event file when it opens it, says so, and stops writing to it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import DamagedStoreError
from desktop.ui.app import Shell
from desktop.ui.settings import Settings
from tests.damage import damage_attendee_pages


def test_a_damaged_file_is_said_at_open_and_no_write_goes_into_it(
    qtbot: Any, qapp: QApplication, demo_db: Path, tmp_path: Path
) -> None:
    db = Path(shutil.copyfile(demo_db, tmp_path / "event.sqlite"))
    damage_attendee_pages(db)
    seen: list[str] = []

    def dismiss() -> None:  # every warning that comes up, as a user clicking OK
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.windowTitle() + ": " + box.text())
            box.accept()
        if not stop:
            QTimer.singleShot(50, dismiss)

    stop: list[bool] = []

    shell = Shell(qapp, Settings(), "desk")
    try:
        try:
            shell.open(str(db))
        except Exception:
            pytest.skip("this damage already stops the file from opening")
        QTimer.singleShot(50, dismiss)
        qtbot.waitUntil(
            lambda: shell.window is not None and shell.window.windowTitle().startswith("DAMAGED"),
            timeout=10000,
        )
        stop.append(True)
        qtbot.waitUntil(lambda: any("The event file is damaged" in s for s in seen), timeout=5000)
        assert all("damaged" in s and "confdesk restore" in s for s in seen), seen
        assert shell.window is not None
        store = shell.window.ctx.store
        assert store.damaged
        with pytest.raises(DamagedStoreError), store.write_session():
            pass
    finally:
        if shell.window is not None:
            shell.window.close()
        shell.shutdown()
