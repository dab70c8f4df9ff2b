"""The Attendees table as organizers use it: a real double click opens one Edit dialog, not
two; the toolbar follows what is selected and shown (a row filtered away is not edited);
cancelled registrations are greyed and struck through, and values read as words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import attendees as core
from desktop.ui.attendees.edit_dialog import EditDialog
from desktop.ui.attendees.model import COLUMNS
from desktop.ui.attendees.screen import AttendeesScreen
from tests.ui.desk_support import attendee, desk_context


@pytest.fixture
def screen(qtbot: Any, demo_store: Any) -> Iterator[AttendeesScreen]:
    with desk_context(demo_store, desk="Office", operator="organizer") as ctx:
        s = AttendeesScreen(ctx)
        qtbot.addWidget(s)
        s.resize(1280, 700)
        s.show()
        qtbot.waitExposed(s)
        yield s


def _cell(screen: AttendeesScreen, attendee_id: int, key: str, role: Any = None) -> Any:
    row = screen.model.row_of(attendee_id)
    col = [c.key for c in COLUMNS].index(key)
    return screen.model.data(
        screen.model.index(row, col), int((role or Qt.ItemDataRole.DisplayRole).value)
    )


def test_a_double_click_opens_one_edit_dialog(qtbot: Any, screen: AttendeesScreen) -> None:
    index = screen.model.index(2, 1)
    rect = screen.table.visualRect(index)
    # What the window system sends for a double click: a click, then the double click.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(50)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, EditDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_a_row_filtered_away_leaves_nothing_to_edit(qtbot: Any, screen: AttendeesScreen) -> None:
    screen._reselect([screen.model.attendee_id(0)])
    assert screen.row_actions.edit.isEnabled()
    qtbot.keyClicks(screen.search, "zzzz nobody has this name")
    screen.apply_filter()
    assert screen.model.rowCount() == 0
    assert not screen.row_actions.edit.isEnabled() and not screen.row_actions.history.isEnabled()
    assert screen.row_actions.open_edit() is None


def test_cancelled_people_are_struck_through_and_values_are_words(
    qtbot: Any, screen: AttendeesScreen, demo_store: Any
) -> None:
    person = attendee(demo_store, status="registered", category="vip")
    with demo_store.session() as s:
        core.cancel_attendee(s, person.id, "double registration", "Office", "organizer")
    screen.refresh()
    assert _cell(screen, person.id, "status") == "Cancelled"
    assert _cell(screen, person.id, "category") == "VIP"
    font = _cell(screen, person.id, "family_name", Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut()
    other = attendee(demo_store, status="registered", category="speaker")
    assert _cell(screen, other.id, "status") == "Registered"
    assert _cell(screen, other.id, "category") == "Speaker"
    assert _cell(screen, other.id, "family_name", Qt.ItemDataRole.FontRole) is None


def test_columns_fit_their_content_and_keep_the_widths_a_user_sets(
    qtbot: Any, demo_store: Any
) -> None:
    with desk_context(demo_store, desk="Office") as ctx:
        wide = AttendeesScreen(ctx)
        qtbot.addWidget(wide)
        wide.resize(1920 - 190, 1000)  # the screen's share of a 1920x1080 window
        wide.show()
        qtbot.waitExposed(wide)
        qtbot.waitUntil(lambda: wide._columns_fitted, timeout=3000)
        keys = [c.key for c in COLUMNS]
        last = wide.table.columnWidth(len(keys) - 1)
        assert last < 260, last  # "Badge printed" no longer takes the spare room
        org = keys.index("organization")
        shown = range(wide.table.rowAt(0), wide.table.rowAt(wide.table.viewport().height() - 2))
        metrics = wide.table.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(str(wide.model.data(wide.model.index(r, org)) or ""))
            for r in shown
        )
        assert wide.table.columnWidth(org) >= longest  # no organization cut in view
        header = wide.table.horizontalHeader()
        assert header.length() <= wide.table.viewport().width() + 1
        header.resizeSection(org, 222)  # the organizer drags the column narrower
        wide.hide()
        again = AttendeesScreen(ctx)
        qtbot.addWidget(again)
        again.resize(1920 - 190, 1000)
        again.show()
        qtbot.waitExposed(again)
        qtbot.wait(50)
        assert again.table.columnWidth(org) == 222
        again.hide()


def test_add_attendee_registers_without_checking_in(
    qtbot: Any, screen: AttendeesScreen, demo_store: Any
) -> None:
    texts = [a.text() for a in screen.toolbar.actions()]
    assert "Add attendee" in texts
    dialog = screen.row_actions.open_add()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Add attendee"
    assert dialog.register_button.text() == "Add attendee"
    for key, value in {
        "given_name": "Sze Wing",
        "family_name": "Au-Yeung",
        "name_local": "歐陽思穎",
        "email": "szewing.auyeung@cityu.example",
    }.items():
        dialog.edits[key].setText(value)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.register_button.click()
    added = attendee(demo_store, email="szewing.auyeung@cityu.example")
    assert added.name_local == "歐陽思穎" and added.checked_in_at is None
    qtbot.waitUntil(lambda: screen.selected_attendee_ids() == [added.id], timeout=3000)
    assert screen.row_actions.last_message == "Added: Sze Wing Au-Yeung (not checked in)."
