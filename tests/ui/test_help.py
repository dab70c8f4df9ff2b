"""Help: F1 opens the guide to the screen shown, and the shortcut sheet lists every key that
works in the window, each with what it does (read from the live widgets)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.ui.app import Shell
from desktop.ui.help import GUIDES, HelpDialog, shortcuts_of, window_shortcuts
from desktop.ui.screens import SCREENS
from desktop.ui.settings import Settings


@pytest.fixture
def shell(qapp: QApplication, demo_db: Path) -> Iterator[Shell]:
    sh = Shell(qapp, Settings(), "desk")
    sh.open(str(demo_db))
    yield sh
    if sh.window is not None:
        sh.window.close()
    sh.shutdown()


def _grab_help(found: list[HelpDialog]) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, HelpDialog):
            found.append(dialog)
            dialog.reject()
        else:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def test_f1_opens_the_guide_to_each_screen(shell: Shell, qtbot) -> None:
    window = shell.window
    window.show()
    qtbot.waitExposed(window)
    assert set(GUIDES) == {s.key for s in SCREENS}  # every screen has its guide
    for spec in SCREENS:
        window.show_screen(spec.key)
        window.activateWindow()
        qtbot.waitActive(window)
        found: list[HelpDialog] = []
        _grab_help(found)
        qtbot.waitUntil(lambda: _focus_in(window), timeout=5000)  # the last help has closed
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
        qtbot.waitUntil(lambda f=found: bool(f), timeout=5000)
        dialog = found[0]
        assert dialog.tabs.currentIndex() == 0
        text = dialog.guide.toPlainText()
        assert text.startswith(GUIDES[spec.key][0]), (spec.key, text[:60])
        assert len(text) > 150


def _focus_in(window) -> bool:
    w = QApplication.focusWidget()
    return w is not None and w.window() is window and w.isVisible()


def _all_keys(window) -> set[str]:
    keys: set[str] = set()
    for action in window.findChildren(QAction):
        keys |= {k.toString() for k in action.shortcuts() if not k.isEmpty()}
    for sc in window.findChildren(QShortcut):
        keys |= {k.toString() for k in sc.keys() if not k.isEmpty()}  # noqa: SIM118
    return keys


def test_the_shortcut_sheet_lists_every_key_with_what_it_does(shell: Shell, qtbot) -> None:
    window = shell.window
    found: list[HelpDialog] = []
    _grab_help(found)
    window.action_keys.trigger()
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    dialog = found[0]
    assert dialog.tabs.currentIndex() == 1
    sheet = dialog.sheet.toPlainText()
    for key in _all_keys(window):  # every screen was built for the sheet
        assert key in sheet, key
    rows = window_shortcuts(window) + [
        r for spec in SCREENS for r in shortcuts_of(window.screen_widget(spec.key))
    ]
    assert len(rows) > 20
    for row in rows:  # a description, not the key again
        assert row.what and row.what != row.keys and row.what in sheet, row
    for title in ("Everywhere", "Desk", "Schedule", "Program"):
        assert title in sheet
    assert "Check in the highlighted person" in sheet and "Register a walk-in" in sheet
