"""The first start's welcome over the demo event, and an empty event's screens saying how to
import: real Shell, real first-start demo file, real widgets offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from desktop.ui.app import Shell
from desktop.ui.empty_event import DESK_HINT, HOW_TO_IMPORT
from desktop.ui.event_dialogs import NewEvent, NewEventDialog, create_event_file
from desktop.ui.settings import Settings
from desktop.ui.welcome import WelcomeDialog


@pytest.fixture
def first_start(qapp: QApplication) -> Iterator[Shell]:
    sh = Shell(qapp, Settings(), None)
    sh.open(sh.initial_target(None))  # no event file yet: the demo is made
    yield sh
    for w in QApplication.topLevelWidgets():
        if isinstance(w, (WelcomeDialog, QWizard)):
            w.close()
    if sh.window is not None:
        sh.window.close()
    sh.shutdown()


def test_the_first_start_welcomes_and_says_the_event_is_a_demo(first_start: Shell, qtbot) -> None:
    welcome = first_start.welcome
    assert isinstance(welcome, WelcomeDialog) and welcome.isVisible()
    assert not welcome.isModal()  # the demo behind it works
    label = welcome.findChild(QLabel, "welcomeDemoText")
    assert "demo event" in label.text() and "made-up attendees" in label.text()
    assert [b.text() for b in (welcome.create_button, welcome.import_button)] == [
        "Create your event…",
        "Import registrations…",
    ]
    qtbot.waitUntil(lambda: first_start.window.status_demo.isVisible(), timeout=5000)
    assert first_start.window.status_demo.text() == "Demo event: made-up people"
    qtbot.mouseClick(welcome.explore_button, _left())
    assert not welcome.isVisible()


def test_a_second_start_has_no_welcome(qapp: QApplication, demo_db: Path) -> None:
    sh = Shell(qapp, Settings(), None)
    sh.open(str(demo_db))
    try:
        assert sh.welcome is None
    finally:
        sh.window.close()
        sh.shutdown()


def _fill_new_event_dialog(path: Path, name: str) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, NewEventDialog):
            dialog.name.setText(name)
            dialog.path.setText(str(path))
            dialog.accept()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def test_import_registrations_creates_the_event_and_opens_the_import_wizard(
    first_start: Shell, qtbot, tmp_path: Path
) -> None:
    _fill_new_event_dialog(tmp_path / "my-event.sqlite", "My Own Summit")
    qtbot.mouseClick(first_start.welcome.import_button, _left())
    qtbot.waitUntil(lambda: first_start.window.event_name == "My Own Summit", timeout=10000)
    wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard)]
    assert wizards and wizards[0].isVisible()
    qtbot.waitUntil(lambda: not first_start.window.status_demo.isVisible(), timeout=5000)


def test_an_empty_events_desk_and_attendees_say_how_to_import(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:
    path = create_event_file(NewEvent(str(tmp_path / "empty.sqlite"), "Empty Forum", "UTC"))
    sh = Shell(qapp, Settings(), "desk")
    sh.open(path)
    try:
        desk = sh.window.screen_widget("desk")
        qtbot.waitUntil(lambda: desk.panel.empty_event, timeout=5000)
        assert desk.panel.organization.text() == DESK_HINT  # whole, not elided
        assert "Ctrl+I" in DESK_HINT and "F2" in DESK_HINT
        sh.window.show_screen("attendees")
        screen = sh.window.screen_widget("attendees")
        qtbot.waitUntil(lambda: screen.empty_hint.isVisible(), timeout=5000)
        assert screen.empty_hint.text.text() == HOW_TO_IMPORT
        # A filter that finds nobody is not an empty event.
        qtbot.keyClicks(screen.search, "nobody")
        qtbot.waitUntil(lambda: not screen.empty_hint.isVisible(), timeout=3000)
        screen.search.setText("")
        qtbot.waitUntil(lambda: screen.empty_hint.isVisible(), timeout=3000)
        seen: list[QWizard] = []
        QTimer.singleShot(100, lambda: seen.extend(_wizards_then_close()))
        qtbot.mouseClick(screen.empty_hint.button, _left())
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    finally:
        sh.window.close()
        sh.shutdown()


def test_the_demo_events_screens_show_no_import_hint(
    qapp: QApplication, qtbot, demo_db: Path
) -> None:
    sh = Shell(qapp, Settings(), "attendees")
    sh.open(str(demo_db))
    try:
        screen = sh.window.screen_widget("attendees")
        assert screen.model.rowCount() == 400 and not screen.empty_hint.isVisible()
        sh.window.show_screen("desk")
        desk = sh.window.screen_widget("desk")
        qtbot.waitUntil(lambda: bool(desk.counts), timeout=5000)
        assert not desk.panel.empty_event
    finally:
        sh.window.close()
        sh.shutdown()


def _wizards_then_close() -> list[QWizard]:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard) and w.isVisible()]
    for w in found:
        w.close()
    return found


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
