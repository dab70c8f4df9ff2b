"""The desk's buttons and footer say the same as its panel: Print badge is off while nobody is
shown (after the panel clears, after an error), and a long status message takes one line of
its own, elided with the whole text in its tooltip, leaving the shortcut line whole."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.ui.desk import DeskScreen
from desktop.ui.desk.style import RED
from tests.ui.desk_support import attendee, desk_context


@pytest.fixture
def desk(qtbot: Any, demo_store: Any) -> Iterator[DeskScreen]:
    with desk_context(demo_store) as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1165 - 190, 640 - 60)
        screen.show()
        qtbot.waitExposed(screen)
        yield screen
        screen.hide()


def test_print_badge_is_off_while_nobody_is_shown(
    qtbot: Any, desk: DeskScreen, demo_store: Any
) -> None:
    assert not desk.print_button.isEnabled()
    person = attendee(demo_store, status="registered", checked_in_at=None)
    with qtbot.waitSignal(desk.result_shown, timeout=5000):
        desk.scan(person.badge_code)
    assert desk.print_button.isEnabled()
    desk.clear_timer.timeout.emit()  # the panel clears itself after its delay
    assert desk.panel.outcome == "ready" and not desk.print_button.isEnabled()
    with qtbot.waitSignal(desk.result_shown, timeout=5000):
        desk.scan(person.badge_code)  # amber: already in, the person is shown
    assert desk.print_button.isEnabled()
    desk.panel.show_message(RED, "NOT SAVED", "The event could not be reached.")
    assert not desk.print_button.isEnabled()
    qtbot.keyClick(desk.field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert desk.status_label.text() == "Check someone in first, then print their badge."


def test_a_long_status_message_leaves_the_shortcut_line_whole(qtbot: Any, desk: DeskScreen) -> None:
    keys = desk.keys_label
    one_line = keys.fontMetrics().lineSpacing()
    before = keys.height()
    message = (
        "No badge printed: no badge printer chosen (Badges screen). Badge PDF saved: "
        "/home/desk/.local/share/Confdesk/badges/2026-12-03/Siddharth-Venkataraman-Krishnamurthy-"
        "0042.pdf"
    )
    desk.status_label.setText(message)
    qtbot.wait(50)
    assert keys.height() == before and keys.height() <= 2 * one_line + 4
    status = desk.status_label
    assert status.height() <= status.fontMetrics().lineSpacing() * 1.5 + 4
    assert status.text().endswith("…") and status.toolTip() == message
    assert status.fontMetrics().horizontalAdvance(status.text()) <= status.width()
    assert status.whole_text() == message
    desk.status_label.setText("Checking in…")
    assert desk.status_label.text() == "Checking in…" and desk.status_label.toolTip() == ""
