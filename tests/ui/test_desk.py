"""The Desk screen on a real demo store: search as you type, scanner bursts, every outcome,
undo, counters (this desk and other desks), print requests, Chinese names.

Keys are QTest's key clicks; the gaps between them that tell a scanner from a person are
kept by a fake clock the desk's scan buffer reads (tests/ui/scanner.py), not by real waits."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import func, select

from db.engine import open_store
from db.models import Attendee, CheckIn
from desktop.core import attendees as core_attendees
from desktop.core import checkin as core_checkin
from desktop.ui.desk import DeskScreen
from desktop.ui.desk.style import AMBER, GREEN, RED, cjk_family
from tests.ui.desk_support import attendee, close, desk_context, pixel
from tests.ui.scanner import FakeClock, click_keys, two_fields, use_fake_clock


@pytest.fixture
def desk(qtbot: Any, demo_store: Any) -> Iterator[DeskScreen]:
    with desk_context(demo_store) as ctx:
        screen = DeskScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        use_fake_clock(screen.scan_buffer)
        yield screen
        screen.hide()


def clock_of(screen: DeskScreen) -> FakeClock:
    clock = screen.scan_buffer.clock
    assert isinstance(clock, FakeClock)
    return clock


def scanner_burst(clock: FakeClock, widget: Any, code: str, enter: bool = True) -> None:
    """What a USB scanner does: the code's keys back to back (5 ms), then Enter."""
    click_keys(clock, widget, code + ("\r" if enter else ""), gap_ms=5)


def person_types(clock: FakeClock, widget: Any, text: str, gap_ms: float = 60) -> None:
    """A person at the keyboard: a key every `gap_ms` (a scanner's come within 30 ms)."""
    click_keys(clock, widget, text, gap_ms)


def panel_colour(screen: DeskScreen) -> QColor:
    p = screen.panel
    return pixel(p, 6, p.height() // 2)


def scan_and_wait(qtbot: Any, screen: DeskScreen, widget: Any, code: str) -> str:
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as blocker:
        scanner_burst(clock_of(screen), widget, code)
    return blocker.args[0]


def test_typing_searches_and_enter_checks_in_the_highlighted_person(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered", category="attendee")
    typed = f"{person.family_name} {person.given_name}"  # family-name-first finds them too
    person_types(clock_of(desk), desk.field, typed, gap_ms=40)
    qtbot.waitUntil(lambda: desk.searched_text == typed, timeout=3000)
    ids = [h.id for h in desk.hits.hits]
    assert person.id in ids
    assert desk.hits_label.text().startswith(f"{len(ids)} found")
    row = ids.index(person.id)
    # Arrow keys move the highlight from the field; Enter checks that person in.
    for _ in range(row):
        qtbot.keyClick(desk.field, Qt.Key.Key_Down)
    assert desk.view.current_id() == person.id
    with qtbot.waitSignal(desk.result_shown, timeout=5000):
        qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert desk.panel.headline.text() == "Checked in"
    assert desk.panel.name.text() == person.display_name
    assert desk.field.text() == ""
    assert attendee(demo_store, id=person.id).checked_in_at is not None


def test_enter_on_a_name_nobody_has_says_so_and_logs_nothing(qtbot, desk, demo_store):
    from sqlalchemy import func, select

    from db.models import CheckIn

    def scans() -> int:
        with demo_store.factory() as s:
            return s.scalar(select(func.count()).select_from(CheckIn))

    before = scans()
    typed = "Nobody Quokkason"
    person_types(clock_of(desk), desk.field, typed, gap_ms=40)
    qtbot.waitUntil(lambda: desk.searched_text == typed, timeout=3000)
    assert desk.hits.hits == []
    qtbot.keyClick(desk.field, Qt.Key.Key_Return)
    assert desk.panel.headline.text() == "No one found"
    assert "walk-in (F2)" in desk.panel.detail.text()
    assert desk.field.text() == typed  # kept, to correct the spelling
    assert scans() == before


def test_chinese_search_and_name_rendered_with_a_cjk_font(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered", country="HK")
    assert person.name_local
    # Chinese arrives through the input method (a commit string), not as key presses.
    typed = QInputMethodEvent()
    typed.setCommitString(person.name_local[:2])
    QApplication.sendEvent(desk.field, typed)
    qtbot.waitUntil(lambda: desk.searched_text == person.name_local[:2], timeout=3000)
    assert person.id in [h.id for h in desk.hits.hits]
    assert cjk_family() in desk.panel.name_local.font().families()
    # Clicking a hit checks that person in; the Chinese name shows on the panel.
    row = [h.id for h in desk.hits.hits].index(person.id)
    rect = desk.view.visualRect(desk.hits.index(row, 0))
    with qtbot.waitSignal(desk.result_shown, timeout=5000):
        qtbot.mouseClick(desk.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert desk.panel.name_local.text() == person.name_local


def test_scanner_burst_with_focus_elsewhere_gives_each_outcome(qtbot, desk, demo_store):
    ok = attendee(demo_store, status="registered", category="vip")
    with demo_store.session() as s:
        core_attendees.edit_attendee(s, ok.id, {"staff_note": "VIP: call host"}, "Office")
    gone = attendee(demo_store, status="registered", category="attendee")
    with demo_store.session() as s:
        core_attendees.cancel_attendee(s, gone.id, "asked for a refund", "Office")
    spin = desk.clear_spin
    spin.setFocus()
    before = spin.value()
    prefix, id36, mac = ok.badge_code.split("-")
    forged = f"{prefix}-{id36}-{'A' if mac[0] != 'A' else 'B'}{mac[1:]}"
    other_prefix = "ZZZZ" if prefix != "ZZZZ" else "YYYY"
    cases = [
        (ok.badge_code, "checked_in", "Checked in", GREEN),
        (ok.badge_code, "already", "Already checked in at ", AMBER),
        ("NOT-A-BADGE-123", "unknown", "Unknown code", RED),
        (forged, "forged", "Forged code", RED),
        (f"{other_prefix}-{id36}-{mac}", "other_event", "Badge of another event", RED),
        (gone.badge_code, "cancelled", "Registration cancelled", RED),
        (f"{prefix}-{id36}-", "invalid", "Incomplete badge code", RED),
    ]
    for code, outcome, headline, tone in cases:
        assert scan_and_wait(qtbot, desk, spin, code) == outcome
        assert desk.panel.outcome == outcome
        assert desk.panel.headline.text().startswith(headline), code
        assert close(panel_colour(desk), QColor(tone.background)), outcome
        assert desk.panel.symbol.text() == tone.symbol  # not colour alone
    # Nothing the scanner typed reached the spin box.
    assert spin.value() == before
    # The already-checked-in headline says when and where.
    assert scan_and_wait(qtbot, desk, desk.view, ok.badge_code) == "already"
    assert desk.panel.headline.text().endswith("at Desk 1")
    assert desk.panel.name.text() == ok.display_name
    # A cancelled registration is refused whatever had the focus.
    assert scan_and_wait(qtbot, desk, desk.undo_button, gone.badge_code) == "cancelled"
    with demo_store.session() as s:
        results = s.scalars(select(CheckIn.result).where(CheckIn.code != "")).all()
    assert results.count("checked_in") == 1


def test_staff_note_category_and_print_request_on_check_in(qtbot, desk, demo_store):
    vip = attendee(demo_store, status="registered", category="vip")
    with demo_store.session() as s:
        core_attendees.edit_attendee(s, vip.id, {"staff_note": "Table 3 at the dinner"}, "Office")
    requests: list[tuple[int, str]] = []
    desk.ctx.signals.print_badge_requested.connect(lambda i, k: requests.append((i, k)))
    assert scan_and_wait(qtbot, desk, desk.view, vip.badge_code) == "checked_in"
    assert desk.panel.note.isVisible()
    # The category's desk note and the person's own note for staff.
    assert "VIP: call host" in desk.panel.note.text()
    assert "Table 3 at the dinner" in desk.panel.note.text()
    assert desk.panel.chip.text().strip() == "VIP"
    assert requests == [(vip.id, "desk")]
    qtbot.keyClick(desk.field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert requests[-1] == (vip.id, "reprint")


def test_the_panel_says_what_happened_to_the_badge(qtbot, desk, demo_store, tmp_path):
    from desktop.ui.printing import PrintSettings, install, save_settings

    printer = install(desk.ctx)  # default settings: no badge printer, never print on check-in
    first = attendee(demo_store, status="registered", checked_in_at=None)
    with qtbot.waitSignal(printer.skipped, timeout=10000):
        assert scan_and_wait(qtbot, desk, desk.view, first.badge_code) == "checked_in"
    assert desk.panel.detail.text() == "No badge printed: no badge printer chosen (Badges screen)."
    # Printing on check-in without a printer: a PDF is saved, and the panel says just that.
    save_settings(
        PrintSettings(policy="always", pdf_dir=str(tmp_path / "badges")), printer.settings
    )
    second = attendee(demo_store, status="registered", checked_in_at=None)
    with qtbot.waitSignal(printer.printed, timeout=10000) as got:
        assert scan_and_wait(qtbot, desk, desk.view, second.badge_code) == "checked_in"
    text = desk.panel.detail.text()
    assert text.startswith("No badge printed: no badge printer chosen (Badges screen).")
    assert got.args[0].path in text and "requested" not in text


def test_results_show_whole_english_and_chinese_names_at_1280x800(qtbot, desk, demo_store):
    from desktop.core.events import current_event

    with demo_store.session() as s:
        core_attendees.add_attendees(
            s,
            current_event(s),
            [
                {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文"},
                {"given_name": "Zoë", "family_name": "Müller-Lüdenscheidt"},
            ],
        )
    desk.resize(1280 - 190, 740)  # the main window at 1280x800: sidebar, menu and status bars
    qtbot.wait(50)
    delegate = desk.view.itemDelegate()
    for typed, whole in (("tai man chan", "Tai Man Chan  陳大文"), ("zoe muller", None)):
        desk.field.clear()
        qtbot.keyClicks(desk.field, typed)
        qtbot.waitUntil(lambda t=typed: desk.searched_text == t, timeout=3000)
        assert desk.hits.rowCount() >= 1
        for row, hit in enumerate(desk.hits.hits):
            width = desk.view.visualRect(desk.hits.index(row, 0)).width()
            name = delegate.texts(hit, width)[0]
            assert "…" not in name, (name, width)
        first = delegate.texts(desk.hits.hits[0], desk.view.viewport().width())[0]
        assert first == (whole or "Zoë Müller-Lüdenscheidt")
    header = desk.hits_label
    assert header.fontMetrics().horizontalAdvance(header.text()) <= header.width()


def test_human_typing_elsewhere_goes_to_the_search_field(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered")
    desk.view.setFocus()
    person_types(clock_of(desk), desk.view, person.family_name[:4], gap_ms=60)
    qtbot.waitUntil(lambda: desk.searched_text == person.family_name[:4], timeout=3000)
    assert desk.field.text() == person.family_name[:4]
    assert not desk.scan_buffer._held  # nothing kept back from a person
    assert desk.hits.hits


def test_undo_asks_a_reason_and_takes_the_check_in_back(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered")
    assert scan_and_wait(qtbot, desk, desk.field, person.badge_code) == "checked_in"
    assert desk.event_counter.value.text().startswith("1 /")
    assert desk.undo_button.isEnabled()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Scanned the wrong badge")
        dialog.accept()

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(desk.result_shown, timeout=5000) as blocker:
        qtbot.keyClick(desk.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["undone"]
    assert desk.panel.headline.text() == "Check-in undone"
    assert "Scanned the wrong badge" in desk.panel.detail.text()
    assert desk.event_counter.value.text().startswith("0 /")
    assert attendee(demo_store, id=person.id).checked_in_at is None
    assert not desk.undo_button.isEnabled()
    # The badge scans as a fresh check-in again.
    assert scan_and_wait(qtbot, desk, desk.field, person.badge_code) == "checked_in"


def test_counters_follow_this_desk_and_other_desks(qtbot, desk, demo_db, demo_store):
    with demo_store.session() as s:
        registered = s.scalar(
            select(func.count()).select_from(Attendee).where(Attendee.status == "registered")
        )
    qtbot.waitUntil(lambda: desk.event_counter.value.text() == f"0 / {registered:,}")
    a, b = (attendee(demo_store, status="registered", category=c) for c in ("attendee", "vip"))
    assert scan_and_wait(qtbot, desk, desk.field, a.badge_code) == "checked_in"
    assert desk.event_counter.value.text() == f"1 / {registered:,}"
    assert desk.desk_counter.value.text() == "1"
    # Another desk (another process would use its own store) checks someone in.
    other = open_store(str(demo_db))
    try:
        with other.session() as s:
            assert str(core_checkin.scan(s, b.badge_code, "Desk 2").outcome) == "checked_in"
    finally:
        other.close()
    desk.poll_timer.setInterval(100)
    qtbot.waitUntil(lambda: desk.event_counter.value.text() == f"2 / {registered:,}", timeout=5000)
    assert desk.desk_counter.value.text() == "1"


def test_auto_clear_returns_to_ready(qtbot, desk, demo_store):
    person = attendee(demo_store, status="registered")
    desk.options.clear_after_s = 1
    assert scan_and_wait(qtbot, desk, desk.field, person.badge_code) == "checked_in"
    qtbot.waitUntil(lambda: desk.panel.outcome == "ready", timeout=3000)
    assert desk.panel.headline.text() == "Ready"


def test_scan_buffer_gives_a_persons_keys_back(qtbot):
    """Without a store: slow typing in another text field stays there; a burst becomes a scan."""
    w = two_fields(qtbot)
    other, clock, buffer, scans = w.other, w.clock, w.buffer, w.scans
    try:
        person_types(clock, other, "Room 5")  # a person: every key lands in `other`
        qtbot.waitUntil(lambda: other.text() == "Room 5", timeout=1000)
        scanner_burst(clock, other, "ABCD-1-XYZ", enter=False)  # no Enter: given back too
        qtbot.waitUntil(lambda: other.text() == "Room 5ABCD-1-XYZ", timeout=1000)
        scanner_burst(clock, other, "ABCD-2-QRSTUVWXYZ23")
        assert scans == ["ABCD-2-QRSTUVWXYZ23"]
        assert other.text() == "Room 5ABCD-1-XYZ"
        scanner_burst(clock, other, "12345")  # too short for a code: typed, not scanned
        assert scans == ["ABCD-2-QRSTUVWXYZ23"]
        assert other.text().endswith("12345")
    finally:
        buffer.remove()


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None, True and False are immortal from Python 3.12 (PEP 683): their reference "
    "counts never drop, so nothing here can fail",
)
def test_a_long_session_of_qt_calls_does_not_exhaust_none_true_or_false():
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void call and to
    True/False on every bool a signal delivers; a desk running all morning makes millions of
    them. Importing desktop.ui guards against it.

    Only on Python 3.11: from 3.12 on these singletons are immortal (PEP 683), their reference
    count is fixed far above 100,000 whatever PySide6 does, the bug cannot happen there (the
    guard does not run) and this test could not fail. On 3.11 it runs with any PySide6: on
    another release than 6.12 a failure says the guard's version check needs a look."""
    from PySide6.QtCore import QObject, QTimer, Signal

    import desktop.ui  # noqa: F401  (the guard runs on import)

    class Flag(QObject):
        changed = Signal(bool)

    flag, seen = Flag(), []
    flag.changed.connect(seen.append)
    timer = QTimer()
    for _ in range(100_000):
        timer.setInterval(5)  # a void call
    for i in range(3_000):
        flag.changed.emit(i % 2 == 0)
    assert len(seen) == 3_000
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 100_000


def test_an_overlong_burst_is_refused_and_shown_shortened(qtbot, desk, demo_store):
    junk = "X" * 300  # a scanner reading the wrong barcode (or a stuck key)
    assert scan_and_wait(qtbot, desk, desk.view, junk) == "invalid"
    assert desk.panel.headline.text().startswith("Not a badge code")
    assert close(panel_colour(desk), QColor(RED.background))
    shown = desk.panel.organization.text()
    assert shown.startswith("Scanned: XXXX") and shown.endswith("…") and len(shown) < 70
    assert desk.field.text() == ""


@pytest.mark.postgres
def test_two_desks_on_one_postgresql_server(qtbot, pg_url):
    """Two desk screens, each with its own connection, as on two laptops: a badge scanned at
    one desk is "already checked in at Desk 2" at the other, and both counters follow."""
    from desktop.core.demo import generate

    first = open_store(pg_url, create=True)
    generate(first, attendees=60, seed=3)
    second = open_store(pg_url)
    try:
        with desk_context(first, "Desk 1") as c1, desk_context(second, "Desk 2") as c2:
            screens = []
            for ctx in (c1, c2):
                screen = DeskScreen(ctx)
                qtbot.addWidget(screen)
                screen.resize(1100, 700)
                screen.show()
                qtbot.waitExposed(screen)
                use_fake_clock(screen.scan_buffer)
                screen.poll_timer.setInterval(100)
                screens.append(screen)
            d1, d2 = screens
            person = attendee(first, status="registered")
            assert scan_and_wait(qtbot, d2, d2.view, person.badge_code) == "checked_in"
            assert scan_and_wait(qtbot, d1, d1.view, person.badge_code) == "already"
            assert d1.panel.headline.text().endswith("at Desk 2")
            qtbot.waitUntil(lambda: d1.event_counter.value.text().startswith("1 /"), timeout=5000)
            assert d1.desk_counter.value.text() == "0"
            assert d2.desk_counter.value.text() == "1"
            for screen in screens:
                screen.hide()
    finally:
        second.close()
        first.close()


def test_desk_options_are_kept_in_the_settings(qtbot, desk):
    from desktop.ui.desk.options import load_options

    assert load_options().sounds is False  # sounds are off until a desk turns them on
    desk.clear_spin.setValue(15)
    desk.sound_box.setChecked(True)
    saved = load_options()
    assert (saved.clear_after_s, saved.sounds) == (15, True)
    desk.clear_spin.setValue(0)
    assert desk.clear_spin.text() == "never"
    assert load_options().clear_after_s == 0
