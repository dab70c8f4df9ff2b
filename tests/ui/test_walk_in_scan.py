"""A badge scanned while one of the desk's dialogs is open (the walk-in form, the undo
reason prompt) is a scan: the dialog keeps what it had, nobody is registered, and the
badge's owner is checked in at the desk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import func, select

from db.models import Attendee
from desktop.ui.desk import DeskScreen
from desktop.ui.desk.walk_in import WalkInDialog
from tests.ui.desk_support import attendee, desk_context
from tests.ui.scanner import FakeClock, scanner_types, send_strokes, strokes, use_fake_clock


@pytest.fixture
def desk(qtbot: Any, demo_store: Any) -> Iterator[DeskScreen]:
    with desk_context(demo_store, desk="Desk 3") as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(screen.field.hasFocus, timeout=2000)
        use_fake_clock(screen.scan_buffer)  # the gaps between keys: tests/ui/scanner.py
        yield screen
        screen.hide()


def count(store: Any) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Attendee))


def open_walk_in_with_f2(qtbot: Any, desk: DeskScreen) -> WalkInDialog:
    qtbot.keyClick(desk.field, Qt.Key.Key_F2)  # as staff open it: the desk's F2 shortcut
    dialog = desk.walk_in_dialog
    qtbot.waitExposed(dialog)
    assert QApplication.activeModalWidget() is dialog
    qtbot.waitUntil(dialog.edits["given_name"].hasFocus, timeout=2000)
    return dialog


def clock_of(desk: DeskScreen) -> FakeClock:
    clock = desk.scan_buffer.clock
    assert isinstance(clock, FakeClock)
    return clock


def person_types(desk: DeskScreen, text: str, quiet_ms: float = 500) -> None:
    send_strokes(clock_of(desk), strokes(text, enter=False), (40, 50), seed=5, quiet_ms=quiet_ms)


def scan(desk: DeskScreen, code: str) -> None:
    scanner_types(clock_of(desk), code)


def form_values(dialog: WalkInDialog) -> dict[str, str]:
    return {k: e.text() for k, e in dialog.edits.items()}


def test_a_scan_into_the_empty_walk_in_form_checks_the_owner_in(qtbot, desk, demo_store):
    owner = attendee(demo_store, status="registered", checked_in_at=None)
    before = count(demo_store)
    dialog = open_walk_in_with_f2(qtbot, desk)
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        scan(desk, owner.badge_code)
    assert blocker.args == ["checked_in"]
    # The form is as it was: open, empty, not submitted.
    assert dialog.isVisible()
    assert QApplication.activeModalWidget() is dialog
    assert form_values(dialog) == dict.fromkeys(dialog.edits, "")
    assert not dialog.duplicate_box.isVisible()
    assert not any(e.isVisible() for e in dialog.errors.values())
    # Nobody new; the badge's owner is checked in and shown, on the desk and in the form.
    assert count(demo_store) == before
    assert attendee(demo_store, id=owner.id).checked_in_at is not None
    assert attendee(demo_store, id=owner.id).checked_in_desk == "Desk 3"
    assert desk.panel.name.text() == owner.display_name
    assert dialog.scan_notice.isVisible()
    assert owner.display_name in dialog.scan_notice.text()
    assert "checked in" in dialog.scan_notice.text().lower()
    # The focus stays in the form: the person at the desk can carry on typing.
    assert dialog.isAncestorOf(QApplication.focusWidget())
    desk.grab().save("/tmp/desk_after_walk_in_scan.png")
    dialog.grab().save("/tmp/walk_in_after_scan.png")


def test_a_scan_into_a_half_filled_walk_in_form_leaves_it_alone(qtbot, desk, demo_store):
    owner = attendee(demo_store, status="registered", checked_in_at=None)
    before = count(demo_store)
    dialog = open_walk_in_with_f2(qtbot, desk)
    person_types(desk, "Mei")
    qtbot.waitUntil(lambda: dialog.edits["given_name"].text() == "Mei", timeout=2000)
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        scan(desk, owner.badge_code)
    assert blocker.args == ["checked_in"]
    assert dialog.isVisible()
    assert form_values(dialog)["given_name"] == "Mei"
    assert set(form_values(dialog).values()) == {"Mei", ""}
    assert count(demo_store) == before
    assert attendee(demo_store, id=owner.id).checked_in_at is not None
    # The person goes on typing and registers the walk-in with Enter, as before.
    person_types(desk, " Ling")
    qtbot.waitUntil(lambda: dialog.edits["given_name"].text() == "Mei Ling", timeout=2000)
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        qtbot.keyClick(dialog.edits["given_name"], Qt.Key.Key_Return)
    assert blocker.args == ["checked_in"]
    assert not dialog.isVisible()
    assert count(demo_store) == before + 1
    with demo_store.session() as s:
        new = s.scalars(select(Attendee).order_by(Attendee.id.desc()).limit(1)).one()
        assert (new.given_name, new.checked_in_desk) == ("Mei Ling", "Desk 3")


def test_scanning_an_already_checked_in_badge_in_the_form_says_whose_it_is(qtbot, desk, demo_store):
    owner = attendee(demo_store, status="registered", checked_in_at=None)
    with qtbot.waitSignal(desk.result_shown, timeout=5000):
        scan(desk, owner.badge_code)
    before = count(demo_store)
    dialog = open_walk_in_with_f2(qtbot, desk)
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        scan(desk, owner.badge_code)
    assert blocker.args == ["already"]
    assert dialog.isVisible() and form_values(dialog) == dict.fromkeys(dialog.edits, "")
    assert owner.display_name in dialog.scan_notice.text()
    assert "already checked in" in dialog.scan_notice.text().lower()
    assert count(demo_store) == before


def test_a_scan_while_the_undo_reason_prompt_is_open(qtbot, desk, demo_store):
    first = attendee(demo_store, status="registered", checked_in_at=None)
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        scan(desk, first.badge_code)
    assert blocker.args == ["checked_in"], desk.panel.headline.text()
    second = attendee(demo_store, status="registered", checked_in_at=None)
    assert second.id != first.id
    seen: dict[str, Any] = {}

    def inside_the_prompt() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            seen["dialog"] = type(dialog).__name__
            # The prompt is open with the focus in its field (as staff see it) before the
            # scanner sends: under load the focus can arrive after the first keys otherwise.
            qtbot.waitUntil(
                lambda: (
                    QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget())
                ),
                timeout=2000,
            )
            seen["before"] = dialog.textValue()
            with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
                scan(desk, second.badge_code)
            seen["outcome"] = blocker.args[0]
            seen["headline"] = desk.panel.headline.text()
            seen["detail"] = desk.panel.detail.text()
            seen["open"] = dialog.isVisible()
            seen["after"] = dialog.textValue()
        finally:
            dialog.reject()  # the person thinks better of the undo

    QTimer.singleShot(100, inside_the_prompt)
    qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seen["dialog"] == QInputDialog.__name__
    assert seen["outcome"] == "checked_in", seen
    assert seen["open"] is True
    assert seen["after"] == seen["before"] == "Wrong person checked in"
    assert desk.panel.name.text() == second.display_name
    assert attendee(demo_store, id=first.id).checked_in_at is not None  # nothing undone
    assert attendee(demo_store, id=second.id).checked_in_at is not None
    # The desk's last check-in is now the second badge: Ctrl+Z offers to undo that one.
    assert desk.undo_button.isEnabled()


def test_typing_then_clicking_register_at_once_registers_what_was_typed(qtbot, desk, demo_store):
    """The form's keys are held a moment (are they a scanner's?); a click comes after them."""
    before = count(demo_store)
    dialog = open_walk_in_with_f2(qtbot, desk)
    dialog.edits["email"].setText("tsz.ching@walkin.example")
    person_types(desk, "Tsz", quiet_ms=0)  # the click follows the last key at once
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["checked_in"]
    assert count(demo_store) == before + 1
    assert attendee(demo_store, email="tsz.ching@walkin.example").given_name == "Tsz"
