"""The main window on a real demo database, offscreen: rows, sorting, filters, navigation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee
from desktop.ui.app import Shell
from desktop.ui.main_window import MainWindow
from desktop.ui.screens import SCREENS
from desktop.ui.settings import Settings


@pytest.fixture
def shell(qapp: QApplication, demo_db: Path) -> Iterator[Shell]:
    sh = Shell(qapp, Settings(), "attendees")
    sh.open(str(demo_db))
    yield sh
    if sh.window is not None:
        sh.window.close()
    sh.shutdown()


def _cell(screen, row: int, column: int) -> str:
    return screen.model.index(row, column).data()


def _names(db: Path) -> list[tuple[str, str]]:
    store = open_store(str(db))
    with store.factory() as s:
        rows = s.execute(
            select(Attendee.family_name, Attendee.given_name).where(
                Attendee.merged_into_id.is_(None)
            )
        ).all()
    store.close()
    return [tuple(r) for r in rows]


def test_window_opens_on_the_demo_event_with_its_attendees(shell: Shell, demo_db: Path) -> None:
    window = shell.window
    assert isinstance(window, MainWindow)
    assert window.isVisible()
    assert "Hong Kong AI Summit" in window.windowTitle()
    assert window.status_db.text() == str(demo_db)
    screen = window.screen_widget("attendees")
    names = _names(demo_db)
    assert screen.model.rowCount() == len(names) == 400
    assert screen.count.text() == "400 attendees"
    # The first rows really show the stored names, in attendee-number order.
    assert (_cell(screen, 0, 1), _cell(screen, 0, 2)) in names
    assert [int(_cell(screen, r, 0)) for r in range(5)] == sorted(
        int(_cell(screen, r, 0)) for r in range(5)
    )
    assert screen.model.cache_size <= screen.model.max_cache


def test_sorting_by_family_name(shell: Shell, demo_db: Path) -> None:
    screen = shell.window.screen_widget("attendees")
    screen.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    shown = [_cell(screen, r, 1) for r in range(screen.model.rowCount())]
    assert shown == sorted(f for f, _ in _names(demo_db))
    screen.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _cell(screen, 0, 1) == max(f for f, _ in _names(demo_db))


def test_text_and_category_filters(shell: Shell, qtbot, demo_db: Path) -> None:
    screen = shell.window.screen_widget("attendees")
    family = _cell(screen, 3, 1)
    qtbot.keyClicks(screen.search, family.upper())
    qtbot.waitUntil(lambda: screen.model.rowCount() < 400, timeout=2000)
    n = screen.model.rowCount()
    assert n >= 1
    rows = [(_cell(screen, r, 1), _cell(screen, r, 2)) for r in range(n)]
    assert (family, _cell(screen, 0, 2)) in rows
    assert sum(1 for f, _ in _names(demo_db) if f == family) <= n
    screen.clear_filters()
    assert screen.model.rowCount() == 400
    screen.category.setCurrentIndex(screen.category.findData("speaker"))
    speakers = screen.model.rowCount()
    assert 0 < speakers < 400
    assert {_cell(screen, r, 6) for r in range(speakers)} == {
        "Speaker"
    }  # the word, not the stored code
    screen.checked_in.setCurrentIndex(screen.checked_in.findText("Checked in: Yes"))
    assert all(_cell(screen, r, 8) for r in range(screen.model.rowCount()))


def test_navigation_switches_screens_lazily(shell: Shell, qtbot) -> None:
    window = shell.window
    built_before = set(window._screens)
    assert built_before == {"attendees"}
    for spec in SCREENS:
        combo = QKeySequence(spec.shortcut)[0]
        qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.screen_widget(spec.key)
        assert window.stack.currentWidget().objectName() == f"screen_{spec.key}"
        # A screen that failed to build shows a QLabel saying so: none may.
        shown = window.stack.currentWidget()
        assert not (isinstance(shown, QLabel) and "could not open" in shown.text())
    assert set(window._screens) == {s.key for s in SCREENS}


def test_show_screen_signal_selects_the_attendee(shell: Shell, demo_db: Path) -> None:
    window = shell.window
    window.show_screen("desk")
    store = open_store(str(demo_db))
    with store.factory() as s:
        target = s.scalar(select(Attendee.id).order_by(Attendee.id.desc()).limit(1))
    store.close()
    window.ctx.signals.show_screen.emit("attendees", target)
    screen = window.screen_widget("attendees")
    assert window.current_key() == "attendees"
    assert screen.selected_attendee_ids() == [target]


def test_geometry_and_last_screen_are_remembered(qapp: QApplication, demo_db: Path) -> None:
    # Started on Attendees: the Desk needs 595 px, more than this test's 800x600 offscreen screen.
    first = Shell(qapp, Settings(), "attendees")
    first.open(str(demo_db))
    first.window.resize(760, 540)  # inside the 800x600 offscreen screen
    first.window.show_screen("schedule")
    saved = (first.window.width(), first.window.height())
    assert saved[1] == 540
    first.window.close()
    first.shutdown()
    second = Shell(qapp, Settings(), None)
    second.open(str(demo_db))
    try:
        assert second.window.current_key() == "schedule"
        # The offscreen screen is 800 px wide, so only the height is free of clamping.
        assert second.window.height() == saved[1]
    finally:
        second.window.close()
        second.shutdown()


def test_first_start_creates_the_demo_event_at_the_default_path(qapp: QApplication) -> None:
    from db.engine import default_db_path

    assert not default_db_path().exists()
    sh = Shell(qapp, Settings(), "attendees")
    sh.open(sh.initial_target(None))
    try:
        assert default_db_path().exists()
        screen = sh.window.screen_widget("attendees")
        assert screen.count.text() == "1,200 attendees"
        assert sh.window.status_db.text() == str(default_db_path())
    finally:
        sh.window.close()
        sh.shutdown()


def test_new_event_then_switching_back(shell: Shell, tmp_path: Path, demo_db: Path) -> None:
    from desktop.base.errors import UserError
    from desktop.ui.event_dialogs import NewEvent, create_event_file

    path = create_event_file(NewEvent(str(tmp_path / "summit"), "Harbour Summit", "Asia/Tokyo"))
    assert path.endswith("summit.sqlite")
    with pytest.raises(UserError, match="already exists"):
        create_event_file(NewEvent(path, "Again", "Asia/Tokyo"))
    shell.switch(path)
    assert shell.window.event_name == "Harbour Summit"
    assert shell.window.screen_widget("attendees").count.text() == "0 attendees"
    assert shell.settings.database == path
    shell.switch(str(demo_db))
    assert shell.window.screen_widget("attendees").model.rowCount() == 400


def _answer_next_dialog(button_text: str, seen: list[str]) -> None:
    """When the next modal dialog shows, note its text and press the named button."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        for b in box.buttons():
            if b.text().replace("&", "") == button_text:
                b.click()
                return
        box.close()

    QTimer.singleShot(20, poll)


def test_a_file_that_is_not_a_database_gives_one_message(
    qapp: QApplication, tmp_path: Path
) -> None:
    bad = tmp_path / "registrations.sqlite"
    bad.write_text("name,email\nChan Tai Man,tm@example.org\n")
    before = bad.read_bytes()
    sh = Shell(qapp, Settings(), None)
    seen: list[str] = []
    _answer_next_dialog("Quit", seen)
    assert sh.open_interactively(str(bad)) is False
    assert len(seen) == 1
    assert f"{bad} is not a Confdesk database" in seen[0]
    assert "Traceback" not in seen[0]
    assert bad.read_bytes() == before
    assert sh.window is None


def test_uncaught_errors_are_logged_and_shown(shell: Shell) -> None:
    import sys

    from db.paths import log_path
    from desktop.ui.app import excepthook, setup_logging

    setup_logging()
    seen: list[str] = []
    _answer_next_dialog("OK", seen)
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        excepthook(*sys.exc_info())
    assert seen and "Something went wrong (ValueError: boom in a slot)" in seen[0]
    log = log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "boom in a slot" in log
    assert shell.window.isVisible()


def test_first_start_opens_the_registration_desk(qapp: QApplication, demo_db: Path) -> None:
    sh = Shell(qapp, Settings(), None)
    sh.open(str(demo_db))
    try:
        assert sh.window.current_key() == "desk"
    finally:
        sh.window.close()
        sh.shutdown()


def test_a_new_filter_shows_its_first_matches(shell: Shell) -> None:
    screen = shell.window.screen_widget("attendees")
    screen.table.scrollToBottom()
    assert screen.table.verticalScrollBar().value() > 0
    screen.category.setCurrentIndex(screen.category.findData("attendee"))
    assert screen.model.rowCount() > 50
    assert screen.table.verticalScrollBar().value() == 0
