"""Badge codes typed the way a real USB scanner types them (Shift around every capital,
5-10 ms between key events, then Enter), wherever the focus is on the desk. The gaps are
kept by a fake clock the desk's scan buffer reads (tests/ui/scanner.py), not by real waits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import CheckIn
from desktop.ui.desk import DeskScreen
from tests.ui.desk_support import attendee, desk_context
from tests.ui.scanner import (
    NO_MODIFIER,
    SHIFT,
    FakeClock,
    KeyStroke,
    click_keys,
    scanner_types,
    send,
    send_strokes,
    strokes,
    two_fields,
    use_fake_clock,
)


@pytest.fixture
def desk(qtbot: Any, demo_store: Any) -> Iterator[DeskScreen]:
    with desk_context(demo_store) as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        # A scanner types into the window that has the focus: make it the desk's, whatever
        # windows earlier tests left open.
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=3000)
        use_fake_clock(screen.scan_buffer)
        yield screen
        screen.hide()


def clock_of(desk: DeskScreen) -> FakeClock:
    clock = desk.scan_buffer.clock
    assert isinstance(clock, FakeClock)
    return clock


def scan_and_wait(qtbot: Any, desk: DeskScreen, code: str) -> str:
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        scanner_types(clock_of(desk), code)
    return blocker.args[0]


def scans_logged(store: Any) -> list[tuple[str, str]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(select(CheckIn.code, CheckIn.result)).all()]


def person_types(clock: FakeClock, text: str) -> None:
    """A person at the keyboard: Shift held for a capital, 90-140 ms between keys."""
    send_strokes(clock, strokes(text, enter=False), gap_ms=(45, 70), seed=3)


def test_the_helper_sends_shift_around_each_capital():
    assert strokes("A1", enter=True) == [
        KeyStroke(True, Qt.Key.Key_Shift, SHIFT, ""),
        KeyStroke(True, Qt.Key.Key_A, SHIFT, "A"),
        KeyStroke(False, Qt.Key.Key_A, SHIFT, "A"),
        KeyStroke(False, Qt.Key.Key_Shift, NO_MODIFIER, ""),
        KeyStroke(True, Qt.Key.Key_1, NO_MODIFIER, "1"),
        KeyStroke(False, Qt.Key.Key_1, NO_MODIFIER, "1"),
        KeyStroke(True, Qt.Key.Key_Return, NO_MODIFIER, "\r"),
        KeyStroke(False, Qt.Key.Key_Return, NO_MODIFIER, "\r"),
    ]


def test_scan_with_focus_in_the_search_field(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered", checked_in_at=None)
    desk.field.setFocus()
    assert scan_and_wait(qtbot, desk, person.badge_code) == "checked_in"
    assert desk.panel.name.text() == person.display_name
    assert desk.field.text() == ""
    assert scans_logged(demo_store) == [(person.badge_code, "checked_in")]
    assert attendee(demo_store, id=person.id).checked_in_at is not None


def test_scan_with_focus_on_the_results_list(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered", checked_in_at=None)
    desk.view.setFocus()
    assert QApplication.focusWidget() is desk.view
    assert scan_and_wait(qtbot, desk, person.badge_code) == "checked_in"
    assert desk.panel.name.text() == person.display_name
    assert desk.field.text() == ""
    assert scans_logged(demo_store) == [(person.badge_code, "checked_in")]


def test_scan_with_focus_on_a_button(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered", checked_in_at=None)
    desk.walk_in_button.setFocus()
    assert QApplication.focusWidget() is desk.walk_in_button
    assert scan_and_wait(qtbot, desk, person.badge_code) == "checked_in"
    assert desk.panel.name.text() == person.display_name
    assert scans_logged(demo_store) == [(person.badge_code, "checked_in")]
    assert not hasattr(desk, "walk_in_dialog")  # the scanner's keys pressed no button


def test_scan_with_focus_in_the_spin_box_leaves_it_alone(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered", checked_in_at=None)
    desk.clear_spin.setFocus()
    before = desk.clear_spin.value()
    assert scan_and_wait(qtbot, desk, person.badge_code) == "checked_in"
    assert desk.clear_spin.value() == before
    assert scans_logged(demo_store) == [(person.badge_code, "checked_in")]


def test_scan_after_typing_part_of_a_name_into_the_field(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered", checked_in_at=None)
    desk.field.setFocus()
    click_keys(clock_of(desk), desk.field, "chan", gap_ms=60)  # a person starts a name...
    qtbot.waitUntil(lambda: desk.searched_text == "chan", timeout=3000)
    # ...and the attendee in front of them holds out the badge instead.
    assert scan_and_wait(qtbot, desk, person.badge_code) == "checked_in"
    assert desk.panel.name.text() == person.display_name
    assert desk.field.text() == ""
    assert scans_logged(demo_store) == [(person.badge_code, "checked_in")]


def test_capslock_and_altgr_presses_do_not_break_a_burst(qtbot, desk, demo_store):
    """Scanners set up for other layouts press CapsLock or AltGr (no text) within a code."""
    person = attendee(demo_store, status="registered", checked_in_at=None)
    code = person.badge_code
    events = [
        KeyStroke(True, Qt.Key.Key_CapsLock, NO_MODIFIER, ""),
        KeyStroke(False, Qt.Key.Key_CapsLock, NO_MODIFIER, ""),
        *strokes(code[:6], enter=False),
        KeyStroke(True, Qt.Key.Key_AltGr, Qt.KeyboardModifier.GroupSwitchModifier, ""),
        KeyStroke(False, Qt.Key.Key_AltGr, NO_MODIFIER, ""),
        *strokes(code[6:], enter=True),
    ]
    desk.view.setFocus()
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        send_strokes(clock_of(desk), events)
    assert blocker.args == ["checked_in"]
    assert scans_logged(demo_store) == [(code, "checked_in")]


def test_every_outcome_scanned_with_shift_from_the_list(qtbot, desk, demo_store):
    ok = attendee(demo_store, status="registered", checked_in_at=None)
    desk.view.setFocus()
    assert scan_and_wait(qtbot, desk, ok.badge_code) == "checked_in"
    desk.view.setFocus()
    assert scan_and_wait(qtbot, desk, ok.badge_code) == "already"
    prefix, id36, mac = ok.badge_code.split("-")
    forged = f"{prefix}-{id36}-{'A' if mac[0] != 'A' else 'B'}{mac[1:]}"
    desk.undo_button.setFocus()
    assert scan_and_wait(qtbot, desk, forged) == "forged"
    assert [r for _c, r in scans_logged(demo_store)] == ["checked_in", "already", "forged"]


def test_a_person_typing_with_shift_on_the_list_searches(qtbot, desk, demo_store):
    """A person's keys (Shift held for the capital, ~100 ms apart) still go to the field."""
    person = attendee(demo_store, status="registered")
    typed = person.family_name[:1].upper() + person.family_name[1:4].lower()
    desk.view.setFocus()
    person_types(clock_of(desk), typed)
    qtbot.waitUntil(lambda: desk.searched_text == typed, timeout=3000)
    assert desk.field.text() == typed
    assert person.id in [h.id for h in desk.hits.hits] or desk.hits.hits
    assert scans_logged(demo_store) == []


def test_a_person_typing_a_capitalised_name_into_another_field_keeps_it(qtbot):
    """Without a store: a person's capitals (with Shift) land in the field they typed in."""
    w = two_fields(qtbot)
    scope, field, other = w.scope, w.field, w.other
    clock, buffer, scans = w.clock, w.buffer, w.scans
    try:
        scope.activateWindow()
        other.setFocus()
        qtbot.waitUntil(other.hasFocus, timeout=1000)
        person_types(clock, "Room B5")
        qtbot.waitUntil(lambda: other.text() == "Room B5", timeout=1000)
        scanner_types(clock, "ABCD-2-QRSTUVWXYZ23")
        assert scans == ["ABCD-2-QRSTUVWXYZ23"]
        assert other.text() == "Room B5"
        assert field.text() == ""
        scanner_types(clock, "ABCD-1-XYZ", enter=False)  # a burst without Enter: given back
        qtbot.waitUntil(lambda: other.text() == "Room B5ABCD-1-XYZ", timeout=1000)
        assert scans == ["ABCD-2-QRSTUVWXYZ23"]
    finally:
        buffer.remove()


def test_a_scan_stays_a_scan_when_the_event_loop_is_slow_between_its_keys(qtbot):
    """Without a store: on a loaded machine more real time may pass between two of the
    scanner's keys than the buffer's timer waits (60 ms). The timer then asks the clock,
    which says the keys came 7 ms apart, and holds on: the keys typed into another field are
    a scan, not a person's typing given back to the field."""
    w = two_fields(qtbot)
    scope, field, other = w.scope, w.field, w.other
    clock, buffer, scans = w.clock, w.buffer, w.scans
    timeouts: list[None] = []
    buffer._flush_timer.timeout.connect(lambda: timeouts.append(None))
    try:
        scope.activateWindow()
        other.setFocus()
        qtbot.waitUntil(other.hasFocus, timeout=1000)
        for i, stroke in enumerate(strokes("ABC-12")):
            if i:
                QTest.qWait(80)  # the event loop, slower than the buffer's timer
                clock.advance(7)
            send(stroke, clock.ms)
        assert timeouts, "the timer never ran out between the keys"
        assert scans == ["ABC-12"]
        assert other.text() == "" and field.text() == ""
    finally:
        buffer.remove()


@pytest.mark.parametrize("focus", ["field", "list"])
def test_an_indico_ticket_with_its_spaces_is_one_scan(qtbot, desk, demo_store, focus):
    """Indico's ticket QR is JSON with a space after each comma and colon: typed by a
    scanner it is one scan, not a search for a name with spaces."""
    import json

    from db.models import TicketCode

    person = attendee(demo_store, status="registered", checked_in_at=None)
    secret = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    with demo_store.session() as s:
        s.add(TicketCode(event_id=person.event_id, attendee_id=person.id, code=secret,
                         source="indico"))  # fmt: skip
    ticket = json.dumps({"registrant_id": 90211, "checkin_secret": secret, "version": 1})
    assert " " in ticket
    (desk.field if focus == "field" else desk.view).setFocus()
    assert scan_and_wait(qtbot, desk, ticket) == "checked_in"
    assert desk.panel.name.text() == person.display_name
    assert desk.field.text() == ""
    assert attendee(demo_store, id=person.id).checked_in_at is not None


def test_an_order_code_scanned_lists_its_people_to_pick_from(qtbot, desk, demo_store, tmp_path):
    """pretix's order code on a confirmation e-mail, scanned: the order's people are the
    hits, nobody is checked in; Enter checks in the highlighted one, Down moves to the next."""
    from sqlalchemy import update

    from db.models import Attendee

    first = attendee(demo_store, status="registered", checked_in_at=None)
    second = attendee(demo_store, status="registered", checked_in_at=None, category=first.category)
    if second.id == first.id:
        second = attendee(
            demo_store, status="registered", checked_in_at=None, number=first.number + 1
        )
    with demo_store.session() as s:
        s.execute(
            update(Attendee)
            .where(Attendee.id.in_([first.id, second.id]))
            .values(order_code="A7K2Q")
        )
    desk.field.setFocus()
    assert scan_and_wait(qtbot, desk, "A7K2Q") == "pick"
    assert desk.panel.headline.text() == "Choose who is here"
    assert desk.picking == "A7K2Q"
    shown = [h.id for h in desk.hits.hits]
    assert sorted(shown) == sorted([first.id, second.id])
    assert desk.hits_label.text().startswith("Order A7K2Q: 2 people")
    assert attendee(demo_store, id=first.id).checked_in_at is None
    desk.grab().save(str(tmp_path / "desk-order-pick.png"))
    # Down, then Enter, in the search field: the second of the list is checked in
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        QTest.keyClick(desk.field, Qt.Key.Key_Down)
        QTest.keyClick(desk.field, Qt.Key.Key_Return)
    assert blocker.args[0] == "checked_in"
    assert attendee(demo_store, id=shown[1]).checked_in_at is not None
    assert attendee(demo_store, id=shown[0]).checked_in_at is None
