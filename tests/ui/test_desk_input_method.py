"""The desk field with a Chinese input method: a composition is not searched until it is
committed, a scanner typing through the input method (its characters arriving as the input
method's commits, full-width) is still a scan, and a full-width code checks in. Commits carry
no time stamp: their arrival is read from a fake clock given to the desk's scan buffer, moved
by each commit's gap (tests/ui/scanner.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Attendee, CheckIn
from desktop.core.checkin import Outcome, scan
from desktop.ui.desk import DeskScreen
from tests.ui.desk_support import desk_context
from tests.ui.scanner import NO_MODIFIER, FakeClock, KeyStroke, send, use_fake_clock


def _not_in_yet(store: Any) -> Attendee:
    with store.session() as s:
        a = s.scalars(
            select(Attendee)
            .where(Attendee.checked_in_at.is_(None), Attendee.status == "registered")
            .order_by(Attendee.id)
            .limit(1)
        ).one()
        s.expunge(a)
        return a


def _full_width(code: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in code)


@pytest.fixture
def desk(qtbot: Any, demo_store: Any) -> Iterator[DeskScreen]:
    with desk_context(demo_store) as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=3000)
        screen.field.setFocus()
        use_fake_clock(screen.scan_buffer)
        yield screen
        screen.hide()


def _compose(widget: Any, preedit: str) -> None:
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))


def _commit(widget: Any, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _clock(desk: DeskScreen) -> FakeClock:
    clock = desk.scan_buffer.clock
    assert isinstance(clock, FakeClock)
    return clock


def _commit_after(desk: DeskScreen, gap_ms: float, text: str) -> None:
    """`text` committed into the desk field `gap_ms` after the previous key or commit."""
    QApplication.processEvents()
    _clock(desk).advance(gap_ms)
    _commit(desk.field, text)


def test_a_composition_is_searched_only_once_committed(qtbot: Any, desk: DeskScreen) -> None:
    field = desk.field
    for preedit in ("c", "ch", "chan"):  # a Cantonese or Pinyin input method composing
        _compose(field, preedit)
        QTest.qWait(60)
    assert field.text() == "" and desk.searched_text == ""
    with qtbot.waitSignal(desk.hits_shown, timeout=5000):
        _commit(field, "陳")
    assert desk.searched_text == "陳"
    assert all("陳" in h.name_local or "陈" in h.name_local for h in desk.hits.hits)


def test_a_scanner_typing_through_the_input_method_is_a_scan(
    qtbot: Any, desk: DeskScreen, demo_store: Any
) -> None:
    person = _not_in_yet(demo_store)
    code = _full_width(person.badge_code)  # what a full-width input method commits
    for ch in "wong":  # someone had started typing a name when the badge came
        _commit_after(desk, 120, ch)
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        for i, ch in enumerate(code):
            _commit_after(desk, 6 if i else 120, ch)
        # The Enter key carries the window system's time stamp, from another clock than
        # the commits' arrival (X11 server time, Windows tick count).
        QApplication.processEvents()
        _clock(desk).advance(6)
        send(KeyStroke(True, Qt.Key.Key_Return, NO_MODIFIER, "\r"), 7_000)
    assert blocker.args[0] == "checked_in"
    assert desk.field.text() == ""  # the scan did not stay in the search field
    with demo_store.factory() as s:
        logged = s.scalar(select(CheckIn.result).where(CheckIn.attendee_id == person.id).limit(1))
        assert logged == "checked_in"
        assert s.get(Attendee, person.id).checked_in_at is not None


def test_a_person_typing_through_the_input_method_is_a_search(qtbot: Any, desk: DeskScreen) -> None:
    for ch in "陳大文":
        _commit_after(desk, 120, ch)  # a person picks each character from the candidates
    qtbot.waitUntil(lambda: desk.searched_text == "陳大文", timeout=5000)


def test_a_full_width_code_checks_in_from_the_core(demo_store: Any) -> None:
    person = _not_in_yet(demo_store)
    with demo_store.session() as s:
        result = scan(s, "  " + _full_width(person.badge_code) + "\u3000", "Desk 1")
    assert result.outcome is Outcome.CHECKED_IN
