"""Shared helpers of the Schedule screen's GUI tests (the timetable and its dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.ui.schedule import ScheduleScreen
from desktop.ui.schedule.blocks import SessionItem


def close_screen(w: ScheduleScreen) -> None:
    """Delete the screen now, not at interpreter exit: PySide6 6.12 may crash when it tears
    down widgets left over at exit."""
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def hover_tooltip(w: ScheduleScreen, block: SessionItem) -> str:
    """The tooltip a user sees after moving the pointer onto a block."""
    pos = w.view.mapFromScene(block.sceneBoundingRect().center())
    viewport = w.view.viewport()
    QTest.mouseMove(viewport, pos)
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    return QToolTip.text() if QToolTip.isVisible() else ""
