"""Automatic backups in the app and restore from the app, on real SQLite files: rotation,
skipping an unchanged event, a real full disk (tmpfs), restoring in place and as a new
file through the real file dialog, and a file that is no backup."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from sqlalchemy import select, update

from db.backup import list_backups
from db.engine import open_store
from db.models import Attendee
from desktop.ui.app import Shell
from desktop.ui.backups import RestoreDialog
from desktop.ui.settings import Settings


def _shell(qapp: QApplication, db: Path, every: int = 5, keep: int = 2) -> Shell:
    settings = Settings()
    settings.set("backup/every_min", every)
    settings.set("backup/keep", keep)
    sh = Shell(qapp, settings, "desk")
    sh.open(str(db))
    return sh


@pytest.fixture
def shell(qapp: QApplication, demo_db: Path) -> Iterator[Shell]:
    sh = _shell(qapp, demo_db)
    yield sh
    if sh.window is not None:
        sh.window.close()
    sh.shutdown()


def _back_up(qtbot, sh: Shell, by_hand: bool = False) -> str:
    with qtbot.waitSignal(sh.window.backups.finished, timeout=20000) as blocker:
        sh.window.backups.back_up(by_hand=by_hand)
    return blocker.args[0]


def _check_in_someone(db: Path) -> int:
    """A check-in by another program on the same file (the event changes)."""
    store = open_store(str(db))
    with store.session() as s:
        aid = s.scalar(select(Attendee.id).where(Attendee.checked_in_at.is_(None)).limit(1))
        s.execute(
            update(Attendee)
            .where(Attendee.id == aid)
            .values(checked_in_at=Attendee.created_at, checked_in_desk="Other desk")
        )
    store.close()
    return int(aid)


def _checked_in(db: Path, aid: int) -> bool:
    store = open_store(str(db))
    with store.factory() as s:
        value = s.scalar(select(Attendee.checked_in_at).where(Attendee.id == aid))
    store.close()
    return value is not None


def _autos(db: Path) -> list[Path]:
    return [b.path for b in list_backups(f"sqlite:///{db}") if b.label == "auto"]


def test_automatic_backups_rotate_and_skip_an_unchanged_event(
    shell: Shell, qtbot, demo_db: Path
) -> None:
    scheduler = shell.window.backups
    assert scheduler._timer.isActive() and scheduler._timer.interval() == 5 * 60_000
    assert shell.window.status_backup.text() == "Automatic backup every 5 min"
    manual = _back_up(qtbot, shell, by_hand=True)
    assert ".manual." in manual
    assert _back_up(qtbot, shell) == ""  # the event is as backed up by hand: skipped
    _check_in_someone(demo_db)
    time.sleep(1.05)  # backups are named to the second
    first = _back_up(qtbot, shell)
    assert _autos(demo_db) == [Path(first)]
    assert shell.window.status_backup.text().startswith("Backed up ")
    assert shell.window.status_backup.toolTip() == first
    assert _back_up(qtbot, shell) == ""  # nothing changed: no new file
    assert _autos(demo_db) == [Path(first)]
    paths = []
    for _ in range(2):
        _check_in_someone(demo_db)
        time.sleep(1.05)  # backups are named to the second
        paths.append(_back_up(qtbot, shell))
    # The newest two automatic ones are kept; the one by hand is never removed.
    assert _autos(demo_db) == [Path(p) for p in reversed(paths)]
    assert Path(manual).exists() and not Path(first).exists()
    assert not list(demo_db.parent.glob("*.partial"))


def test_settings_turn_automatic_backups_off(qapp: QApplication, demo_db: Path) -> None:
    sh = _shell(qapp, demo_db, every=0)
    try:
        assert not sh.window.backups._timer.isActive()
        assert sh.window.status_backup.text() == "Automatic backup off"
    finally:
        sh.window.close()
        sh.shutdown()


def _fill(folder: Path) -> None:
    """Fill the filesystem to its last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (65536, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                pass
    finally:
        os.close(fd)


def test_a_full_disk_shows_backup_failed_and_leaves_no_partial_file(
    qapp: QApplication, qtbot, small_disk: Path, event_db: Path
) -> None:
    db = small_disk / "event.sqlite"
    db.write_bytes(event_db.read_bytes())
    sh = _shell(qapp, db)
    try:
        _fill(small_disk)
        assert _back_up(qtbot, sh) == ""
        label = sh.window.status_backup
        assert label.text().startswith("Backup failed ")
        assert "disk is full" in label.toolTip() and "Traceback" not in label.toolTip()
        assert not list(small_disk.glob("*.partial")) and not _autos(db)
    finally:
        sh.window.close()
        sh.shutdown()


def _answer_boxes(answers: list[str], seen: list[str]) -> None:
    """Answer the next message boxes in turn by pressing the named buttons."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            want = answers.pop(0)
            for b in box.buttons():
                if b.text().replace("&", "") == want:
                    b.click()
                    break
            else:
                box.close()
        if answers:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def test_restore_in_place_brings_the_event_back_and_keeps_the_current_file(
    shell: Shell, qtbot, demo_db: Path
) -> None:
    backup = _back_up(qtbot, shell, by_hand=True)
    aid = _check_in_someone(demo_db)  # after the backup: not in it
    dialog = RestoreDialog(shell.window.ctx, shell.window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.selected() == backup
    assert "by hand" in dialog.list.item(0).text()
    dialog.restore_in_place.connect(shell.restore_in_place)
    seen: list[str] = []
    _answer_boxes(["Yes", "OK"], seen)
    dialog._in_place()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20000)
    assert "Replace the event with the backup" in seen[0]
    assert seen[1].startswith("The event was restored from ")
    assert not _checked_in(demo_db, aid)
    kept = list(demo_db.parent.glob("demo.replaced-*.sqlite"))
    assert len(kept) == 1 and _checked_in(kept[0], aid)
    assert shell.window is not None and shell.window.isVisible()
    assert shell.window.screen_widget("attendees").model.rowCount() == 400


def test_restore_as_a_new_file_through_the_file_dialog(
    shell: Shell, qtbot, demo_db: Path, tmp_path: Path
) -> None:
    backup = _back_up(qtbot, shell, by_hand=True)
    target = tmp_path / "restored" / "copy.sqlite"
    target.parent.mkdir()
    dialog = RestoreDialog(shell.window.ctx, shell.window)
    qtbot.addWidget(dialog)
    dialog.restore_as_new.connect(shell.restore_as_new)
    folders: list[str] = []

    def type_name() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QFileDialog):
            folders.append(box.directory().absolutePath())
            box.setDirectory(str(target.parent))
            box.findChild(QLineEdit).setText(target.name)
            box.accept()
        else:
            QTimer.singleShot(50, type_name)

    QTimer.singleShot(50, type_name)
    dialog._as_new()
    assert folders
    qtbot.waitUntil(lambda: shell.window.status_db.text() == str(target), timeout=20000)
    assert Path(backup).exists() and target.exists()
    assert shell.window.screen_widget("attendees").model.rowCount() == 400


def test_a_file_that_is_no_backup_restores_nothing(
    shell: Shell, qtbot, demo_db: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "summit.auto.20261203-091200.sqlite"
    fake.write_text("SQLite format 2\nnot at all")
    before = demo_db.read_bytes()
    seen: list[str] = []
    _answer_boxes(["OK"], seen)
    shell.restore_in_place(str(fake))
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen[0].startswith("Nothing was restored: ") and "not a Confdesk backup" in seen[0]
    assert "Traceback" not in seen[0]
    assert demo_db.read_bytes()[:100] == before[:100]
    assert not list(demo_db.parent.glob("demo.replaced-*"))
    assert shell.window.screen_widget("attendees").model.rowCount() == 400


def test_only_this_events_backups_are_listed(tmp_path: Path) -> None:
    (tmp_path / "conf.sqlite").write_bytes(b"")
    for name in (
        "conf.auto.20261203-091200.sqlite",
        "conf.x.auto.20261203-091200.sqlite",  # the backup of an event file named conf.x
        "conf.replaced-20261203-091200.sqlite",
    ):
        (tmp_path / name).write_bytes(b"SQLite format 3\x00")
    found = [b.path.name for b in list_backups(f"sqlite:///{tmp_path / 'conf.sqlite'}")]
    assert found == ["conf.auto.20261203-091200.sqlite"]


def test_choosing_a_listed_backup_after_another_file_restores_the_listed_one(
    shell: Shell, qtbot, tmp_path: Path
) -> None:
    listed = _back_up(qtbot, shell, by_hand=True)
    other = tmp_path / "elsewhere.sqlite"
    other.write_bytes(Path(listed).read_bytes())
    dialog = RestoreDialog(shell.window.ctx, shell.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._picked = str(other)  # as "Other backup file…" leaves it
    dialog._update()
    assert dialog.selected() == str(other)
    rect = dialog.list.visualItemRect(dialog.list.item(0))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected() == listed
