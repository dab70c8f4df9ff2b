"""The self-service kiosk, offscreen on a real store: a scanner's keys (Shift around each
capital) or an e-mail and 4 characters check the attendee in under the kiosk's name, their
badge really prints (a private CUPS), the kiosk shows only their own name, refusals say the
same kind words whatever the cause, it forgets everything after 30 s idle, and only the
staff PIN leaves it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import select, update

from db.models import Attendee, AuditLog, CheckIn
from desktop.ui.kiosk import words as w
from desktop.ui.kiosk.window import IDLE_S, KioskWindow
from desktop.ui.settings import Settings
from tests import cups
from tests.cups import PrivateCups
from tests.pdf.helpers import NAMES, add_people
from tests.tools import gui_paints, run_tool
from tests.ui.desk_support import desk_context
from tests.ui.print_support import install_printer
from tests.ui.scanner import FakeClock, click_keys, scanner_types

private_cups = cups.private_cups  # the fixture: a private cupsd
PIN = "2468"


def _people(store) -> list[tuple[int, str, str]]:
    """(id, badge code, e-mail) of six people, the first with a phone number."""
    rows = [
        {**p, "email": f"person{i}@example.hk", "phone": "+852 9123 4567" if i == 0 else ""}
        for i, p in enumerate(NAMES)
    ]
    ids = add_people(store, rows)
    with store.session() as s:
        return [(i, s.get(Attendee, i).badge_code, s.get(Attendee, i).email) for i in ids]


@contextmanager
def kiosk_on(store, qtbot, tmp_path: Path, pool: list[str] | None = None) -> Iterator[Any]:
    """A kiosk named "Kiosk 1" on the store, full screen on a fake clock; printing to `pool`
    when given. Left (PIN) afterwards, so nothing of it stays installed."""
    with desk_context(store, desk="Kiosk 1", operator="") as ctx:
        if pool is not None:
            install_printer(ctx, tmp_path, pool)
        settings = Settings()
        settings.set_staff_pin(PIN)
        clock = FakeClock()
        kiosk = KioskWindow(ctx, "Hong Kong AI Summit", settings.pin_matches, clock=clock)
        kiosk.resize(1280, 800)
        kiosk.start()
        qtbot.waitExposed(kiosk)
        kiosk.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk, timeout=3000)
        kiosk.clock_ = clock
        try:
            yield kiosk
        finally:
            if kiosk.isVisible():
                kiosk.leave()
            kiosk.deleteLater()


def shown_text(window: QWidget) -> str:
    """Every text a person in front of the kiosk can read now."""
    parts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        hidden = isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal
        if isinstance(widget, (QLabel, QPushButton, QLineEdit)) and not hidden:
            parts.append(widget.text())
    return "\n".join(parts)


def _checkins(store) -> list[tuple[int, str, str, str]]:
    with store.factory() as s:
        rows = s.execute(
            select(CheckIn.attendee_id, CheckIn.result, CheckIn.desk, CheckIn.operator).order_by(
                CheckIn.id
            )
        )
        return [tuple(r) for r in rows]


def _checked_in(store, aid: int) -> bool:
    with store.factory() as s:
        return s.get(Attendee, aid).checked_in_at is not None


def _type_slowly(kiosk: KioskWindow, widget: QWidget, text: str) -> None:
    click_keys(kiosk.clock_, widget, text, gap_ms=180)


def _others(people, me: int) -> list[str]:
    names = []
    for aid, code, email in people:
        if aid != me:
            p = NAMES[aid - people[0][0]]
            names += [p["family_name"], email, code]
            names += [p["name_local"]] if p.get("name_local") else []
    return names


def test_a_scanned_ticket_checks_in_and_prints_their_badge(
    qtbot, store, tmp_path: Path, private_cups: PrivateCups
) -> None:
    people = _people(store)
    aid, code, _ = people[0]
    good = private_cups.add("Good")
    with kiosk_on(store, qtbot, tmp_path, [good]) as kiosk:
        assert "Scan the QR code on your ticket" in shown_text(kiosk)
        assert "請掃描門票上的二維碼" in shown_text(kiosk)
        scanner_types(kiosk.clock_, code)
        qtbot.waitUntil(lambda: "Welcome, Tai Man Chan" in kiosk.headline.text(), timeout=10000)
        assert "歡迎你，陳大文" in kiosk.headline.text()
        qtbot.waitUntil(lambda: w.PRINTING[0] in kiosk.detail.text(), timeout=30000)
        shown = shown_text(kiosk)
        assert not [x for x in _others(people, aid) if x in shown]
        # Their own data beyond the name is not shown either (e-mail, code, phone, notes).
        assert code not in shown and "person0@example.hk" not in shown and "4567" not in shown
        assert "Hong Kong Science and Technology Parks" not in shown
    (paper,) = private_cups.printed(good)
    text = run_tool(["pdftotext", str(paper), "-"], capture_output=True, text=True).stdout
    assert "Tai Man Chan" in text
    assert _checkins(store) == [(aid, "checked_in", "Kiosk 1", "kiosk")]


def test_a_badge_that_cannot_print_sends_them_to_the_help_desk(
    qtbot, store, tmp_path: Path, private_cups: PrivateCups
) -> None:
    people = _people(store)
    aid, code, _ = people[1]
    broken = private_cups.add("Broken", "fail", "-o", "printer-error-policy=abort-job")
    with kiosk_on(store, qtbot, tmp_path, [broken]) as kiosk:
        scanner_types(kiosk.clock_, code)
        qtbot.waitUntil(lambda: w.PRINT_FAILED[0] in kiosk.detail.text(), timeout=30000)
        assert w.PRINT_FAILED[1] in kiosk.detail.text()
        assert "Zoë Müller-Lüdenscheidt" in kiosk.headline.text()
    assert _checked_in(store, aid)  # checked in all the same: the badge waits at the desk


def test_e_mail_and_the_last_four_characters_check_in(qtbot, store, tmp_path: Path) -> None:
    people = _people(store)
    aid, code, email = people[2]
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        qtbot.mouseClick(kiosk.email_button, Qt.MouseButton.LeftButton)
        assert kiosk.email_field.hasFocus()
        _type_slowly(kiosk, kiosk.email_field, email)
        kiosk.secret_field.setFocus()
        _type_slowly(kiosk, kiosk.secret_field, code[-4:].lower())
        assert kiosk.email_field.text() == email  # a person's keys go where they type
        qtbot.mouseClick(kiosk.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Welcome, Yuki Tanaka" in kiosk.headline.text(), timeout=10000)
        assert "田中ゆき" in kiosk.headline.text()
        assert w.AT_HELP_DESK[0] in kiosk.detail.text()  # no printer at this kiosk
        shown = shown_text(kiosk)
        assert not [x for x in _others(people, aid) if x in shown]
    assert _checkins(store) == [(aid, "checked_in", "Kiosk 1", "kiosk")]


def test_wrong_details_say_the_same_and_pause_after_five(qtbot, store, tmp_path: Path) -> None:
    people = _people(store)
    aid, code, email = people[0]
    other_code = people[1][1]
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        answers = []
        # Another person's code for this e-mail; an unknown e-mail; a wrong phone; each is
        # said in the same words, so the kiosk never tells whether an e-mail is registered.
        for typed_email, secret in [
            (email, other_code[-4:]),
            ("nobody@example.hk", code[-4:]),
            (email, "0000"),
            (email, "1111"),
        ]:
            kiosk.ask_email()
            kiosk.email_field.setText(typed_email)
            kiosk.secret_field.setText(secret)
            kiosk.confirm()
            qtbot.waitUntil(lambda: w.HELP_DESK[0] in kiosk.headline.text(), timeout=10000)
            answers.append(shown_text(kiosk))
        assert len(set(answers)) == 1 and w.HELP_EMAIL[0] in answers[0]
        assert not [x for x in _others(people, -1) if x in answers[0]]
        kiosk.ask_email()
        kiosk.email_field.setText(email)
        kiosk.secret_field.setText("2222")
        kiosk.confirm()
        qtbot.waitUntil(lambda: w.HELP_PAUSED[0] in kiosk.detail.text(), timeout=10000)
        # Paused: the e-mail button says so at once; even the right details wait for staff
        # (the page was open already), then work after the pause.
        kiosk.reset()
        kiosk.ask_email()
        assert kiosk.stack.currentWidget() is kiosk.answer_page
        assert w.HELP_PAUSED[0] in kiosk.detail.text()
        kiosk.stack.setCurrentWidget(kiosk.email_page)
        kiosk.email_field.setText(email)
        kiosk.secret_field.setText("4567")
        kiosk.confirm()
        assert w.HELP_PAUSED[0] in kiosk.detail.text()
        assert not _checked_in(store, aid)
        kiosk.clock_.advance(121_000)
        kiosk.ask_email()
        kiosk.email_field.setText(email)
        kiosk.secret_field.setText("4567")  # the last 4 digits of the phone
        kiosk.confirm()
        qtbot.waitUntil(lambda: "Welcome, Tai Man Chan" in kiosk.headline.text(), timeout=10000)
    assert _checked_in(store, aid)
    # Staff see the refusals in the audit log, under the kiosk's name, without what was typed.
    with store.factory() as s:
        logged = s.execute(
            select(AuditLog.desk, AuditLog.operator, AuditLog.details)
            .where(AuditLog.action == "kiosk.email_refused")
            .order_by(AuditLog.id)
        ).all()
    assert [(r[0], r[1], r[2]["paused"]) for r in logged] == [("Kiosk 1", "kiosk", False)] * 4 + [
        ("Kiosk 1", "kiosk", True)
    ]
    assert not [r for r in logged if email in str(r[2]) or "nobody" in str(r[2])]


def test_refusals_are_kind_and_name_nobody(qtbot, store, tmp_path: Path) -> None:
    people = _people(store)
    cancelled_id, cancelled_code, _ = people[3]
    with store.session() as s:
        s.execute(update(Attendee).where(Attendee.id == cancelled_id).values(status="cancelled"))
    forged = people[4][1][:-1] + ("A" if people[4][1][-1] != "A" else "B")
    seen = []
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        for code in (cancelled_code, forged, "HKAI-NOT-A-CODE"):
            scanner_types(kiosk.clock_, code)
            qtbot.waitUntil(lambda: w.HELP_DESK[0] in kiosk.headline.text(), timeout=10000)
            seen.append(shown_text(kiosk))
            kiosk.reset()
    assert len(set(seen)) == 1 and w.HELP_SCAN[1] in seen[0] and "請到服務台查詢" in seen[0]
    assert not [x for x in _others(people, -1) if x in seen[0]]
    assert [r[1] for r in _checkins(store)] == ["cancelled", "forged", "unknown"]
    assert {r[2:] for r in _checkins(store)} == {("Kiosk 1", "kiosk")}


def test_typing_at_the_welcome_page_checks_nobody_in(qtbot, store, tmp_path: Path) -> None:
    people = _people(store)
    aid, code, _ = people[0]
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        # A person types someone's number, a name, a code by hand: no field takes it, no
        # search runs, nothing is checked in.
        for typed in ("1\r", "Chan\r", code + "\r"):
            click_keys(kiosk.clock_, kiosk, typed, gap_ms=200)
            QApplication.processEvents()
        assert kiosk.stack.currentWidget() is kiosk.welcome_page
    assert _checkins(store) == [] and not _checked_in(store, aid)


def test_after_30_s_idle_it_returns_and_forgets(qtbot, store, tmp_path: Path) -> None:
    _people(store)
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        kiosk.ask_email()
        _type_slowly(kiosk, kiosk.email_field, "person0@example.hk")
        kiosk.clock_.advance((IDLE_S - 5) * 1000)
        qtbot.wait(1300)  # the idle check runs every second: not yet
        assert kiosk.stack.currentWidget() is kiosk.email_page
        kiosk.clock_.advance(6000)
        qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome_page, timeout=3000)
        assert kiosk.email_field.text() == ""
        assert "person0" not in shown_text(kiosk)


def test_only_the_staff_pin_leaves_kiosk_mode(qtbot, store, tmp_path: Path) -> None:
    _people(store)
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        left = []
        kiosk.left.connect(lambda: left.append(True))
        kiosk.close()  # Alt+F4 or the window manager's close
        assert kiosk.isVisible() and kiosk.stack.currentWidget() is kiosk.pin_page
        qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
        assert kiosk.isVisible() and kiosk.stack.currentWidget() is kiosk.welcome_page
        qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
        for _ in range(5):
            kiosk.pin_field.setText("1357")
            kiosk.try_pin()
            assert kiosk.isVisible()
        assert w.PIN_WRONG[0] in kiosk.pin_note.text()
        kiosk.pin_field.setText(PIN)
        kiosk.try_pin()  # five wrong PINs: the right one waits a minute too
        assert kiosk.isVisible() and w.PIN_PAUSED[0] in kiosk.pin_note.text()
        kiosk.clock_.advance(61_000)
        kiosk.pin_field.setText(PIN)
        kiosk.try_pin()
        assert left == [True] and not kiosk.isVisible()


def test_the_kiosk_logs_each_check_in_with_its_name(qtbot, store, tmp_path: Path) -> None:
    people = _people(store)
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        for aid, code, _ in people[:2]:
            scanner_types(kiosk.clock_, code)
            qtbot.waitUntil(lambda a=aid: kiosk.answer.attendee_id == a, timeout=10000)
        scanner_types(kiosk.clock_, people[0][1])  # again: already checked in
        qtbot.waitUntil(lambda: "already checked in" in kiosk.headline.text(), timeout=10000)
    with store.factory() as s:
        audit = s.execute(
            select(AuditLog.action, AuditLog.desk, AuditLog.operator).where(
                AuditLog.action.like("checkin%")
            )
        ).all()
    assert [r[1:] for r in _checkins(store)] == [
        ("checked_in", "Kiosk 1", "kiosk"),
        ("checked_in", "Kiosk 1", "kiosk"),
        ("already", "Kiosk 1", "kiosk"),
    ]
    assert all(tuple(r[1:]) == ("Kiosk 1", "kiosk") for r in audit)


def test_kiosk_mode_from_the_main_window_and_back(qtbot, demo_db: Path) -> None:
    from desktop.ui.app import Shell

    settings = Settings()
    shell = Shell(QApplication.instance(), settings, "attendees")
    shell.open(str(demo_db))
    window = shell.window
    try:
        # No PIN yet: staff choose one first (twice, checked), then the kiosk starts.
        def choose() -> None:
            dialog = QApplication.activeModalWidget()
            dialog.findChild(QLineEdit, "newPin").setText("1234")
            dialog.findChild(QLineEdit, "newPinAgain").setText("1243")
            dialog.accept()
            assert dialog.isVisible() and "differ" in dialog.findChild(QLabel, "pinProblem").text()
            dialog.findChild(QLineEdit, "newPinAgain").setText("1234")
            dialog.accept()

        QTimer.singleShot(200, choose)
        assert window.enter_kiosk()
        kiosk = window.kiosk
        assert kiosk is not None and kiosk.isVisible() and not window.isVisible()
        assert kiosk.isFullScreen()
        assert "1234" not in settings.staff_pin and settings.pin_matches("1234")
        kiosk.ask_pin()
        kiosk.pin_field.setText("1234")
        kiosk.try_pin()
        assert not kiosk.isVisible() and window.isVisible() and window.kiosk is None
    finally:
        window.close()
        shell.shutdown()


def test_gui_kiosk_starts_straight_into_the_kiosk(demo_db: Path) -> None:

    Settings().set_staff_pin(PIN)
    proc = gui_paints("--db", str(demo_db), "gui", "--kiosk")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("painted ") and proc.stdout.split()[-1] == "kiosk"
    assert "Traceback" not in proc.stderr


@pytest.mark.postgres
def test_the_kiosk_goes_on_while_the_server_is_away(qtbot, own_pg_server) -> None:
    """The server dies (pg_ctl stop -m immediate): a scan and an e-mail check-in at the kiosk
    are answered from the desk's copy of the event, kept in its journal, and sent under the
    kiosk's name when the server is back."""
    from db.engine import open_store
    from desktop.ui.desk import DeskScreen
    from tests.db.desk_parts import is_checked_in, pg_event

    people = [
        {"given_name": "Wing", "family_name": "Lo", "email": "wing@example.hk"},
        {"given_name": "Ka Yan", "family_name": "Ho", "email": "kayan@example.hk"},
    ]
    ids, codes = pg_event(own_pg_server.url, "Kiosk Outage", people)
    store = open_store(own_pg_server.url)
    with desk_context(store, desk="Kiosk 1", operator="") as ctx:
        desk = DeskScreen(ctx)  # as in kiosk mode: the desk's link keeps the copy, sends
        desk.show()
        mirror = ctx.worker.mirror(ctx.desk)
        qtbot.waitUntil(lambda: mirror.ready(), timeout=10000)
        desk.hide()
        settings = Settings()
        settings.set_staff_pin(PIN)
        clock = FakeClock()
        kiosk = KioskWindow(ctx, "Kiosk Outage", settings.pin_matches, desk.link.note, clock)
        kiosk.start()
        kiosk.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk, timeout=3000)
        try:
            own_pg_server.crash()
            scanner_types(clock, codes[0])
            qtbot.waitUntil(lambda: "Welcome, Wing Lo" in kiosk.headline.text(), timeout=10000)
            kiosk.reset()
            kiosk.ask_email()
            kiosk.email_field.setText("kayan@example.hk")
            kiosk.secret_field.setText(codes[1][-4:])
            kiosk.confirm()
            qtbot.waitUntil(lambda: "Welcome, Ka Yan Ho" in kiosk.headline.text(), timeout=10000)
            assert desk.link.waiting == 2
            own_pg_server.resume()
            qtbot.waitUntil(lambda: desk.link.waiting == 0, timeout=20000)
        finally:
            kiosk.leave()
    assert is_checked_in(store, ids[0]) and is_checked_in(store, ids[1])
    assert {r[2:] for r in _checkins(store)} == {("Kiosk 1", "kiosk")}
    store.close()


def test_a_scan_after_someone_typed_on_the_e_mail_page(qtbot, store, tmp_path: Path) -> None:
    """Found trying the kiosk with real keys: after a person typed in the e-mail field and
    went back, the next ticket scanned on the welcome page must still check in."""
    people = _people(store)
    aid, code, _ = people[0]
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        qtbot.mouseClick(kiosk.email_button, Qt.MouseButton.LeftButton)
        _type_slowly(kiosk, kiosk.email_field, "ab")
        qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
        assert kiosk.stack.currentWidget() is kiosk.welcome_page
        scanner_types(kiosk.clock_, code)
        qtbot.waitUntil(lambda: "Welcome, Tai Man Chan" in kiosk.headline.text(), timeout=5000)
    assert _checked_in(store, aid)


def test_the_next_person_cannot_undo_back_what_the_last_one_typed(
    qtbot, store, tmp_path: Path
) -> None:
    """Found trying the kiosk: Ctrl+Z (or the fields' menu) brought back the previous
    person's e-mail and 4 characters after the kiosk had forgotten them."""
    _people(store)
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        kiosk.ask_email()
        _type_slowly(kiosk, kiosk.email_field, "person0@example.hk")
        kiosk.secret_field.setFocus()
        _type_slowly(kiosk, kiosk.secret_field, "4567")
        kiosk.reset()
        kiosk.ask_email()
        for field in (kiosk.email_field, kiosk.secret_field):
            field.setFocus()
            assert not field.isUndoAvailable()
            qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            assert field.text() == ""
            assert field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
        assert kiosk.secret_field.echoMode() == QLineEdit.EchoMode.Password


def test_a_laptop_set_to_start_as_a_kiosk_does(qtbot, demo_db: Path) -> None:
    """Settings > Staff > "Start this laptop as a self-service kiosk" (it needs the PIN)."""

    from desktop.ui.settings import SettingsDialog

    settings = Settings()
    dialog = SettingsDialog(settings, str(demo_db))
    qtbot.addWidget(dialog)
    dialog.staff.kiosk.setChecked(True)
    dialog.accept()  # no PIN yet: refused, said, nothing kept
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "staff PIN" in dialog.staff.problem.text() and not Settings().get("kiosk/at_start")
    dialog.staff.pin.setText(PIN)
    dialog.staff.again.setText(PIN)
    dialog.accept()
    assert Settings().get("kiosk/at_start") and Settings().pin_matches(PIN)
    proc = gui_paints("--db", str(demo_db), "gui")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[-1] == "kiosk"


def test_an_answer_that_comes_after_a_reset_is_dropped(qtbot, store, tmp_path: Path) -> None:
    """Found in review: A gives their e-mail, presses Check in, then Done (or walks away)
    before the answer comes; it must not greet the next person with A's name or print A's
    badge, and the next person's Check in must work."""
    people = _people(store)
    aid, code, email = people[1]
    other, other_code, other_email = people[2]
    with kiosk_on(store, qtbot, tmp_path) as kiosk:
        kiosk.ask_email()
        kiosk.email_field.setText(email)
        kiosk.secret_field.setText(code[-4:])
        kiosk.confirm()
        kiosk.reset()  # Done, before the answer
        qtbot.wait(1500)  # the answer comes, to a kiosk that moved on
        assert kiosk.stack.currentWidget() is kiosk.welcome_page
        assert NAMES[1]["family_name"] not in shown_text(kiosk)
        kiosk.ask_email()
        kiosk.email_field.setText(other_email)
        kiosk.secret_field.setText(other_code[-4:])
        kiosk.confirm()
        qtbot.waitUntil(lambda: "Welcome, Yuki Tanaka" in kiosk.headline.text(), timeout=5000)
    assert _checked_in(store, other)
    assert not _checked_in(store, aid)  # A left before the answer: not checked in for them


def test_a_success_between_guesses_does_not_reopen_the_e_mail_gate() -> None:
    """Found in review: four guesses of someone's 4 characters, one check-in of one's own,
    four more... must still pause the e-mail check-in."""
    from desktop.core.kiosk import email_gate

    gate, t = email_gate(), 0.0
    for _round in range(2):
        for _ in range(4):
            gate.failed(t)
            t += 5
        gate.succeeded()  # one's own details, "already checked in"
    assert not gate.is_open(t)
    # Typos spread over a day are forgotten: four, then ten minutes later four more.
    gate, t = email_gate(), 0.0
    for _ in range(4):
        gate.failed(t)
    t += 601
    for _ in range(4):
        gate.failed(t)
    assert gate.is_open(t)
