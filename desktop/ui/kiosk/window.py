"""The kiosk window: full screen, attendee-facing, English and Chinese at once.

Pages: welcome (scan your ticket's QR, or use your e-mail), e-mail (address and the last 4
characters of the ticket code or phone), the answer (only the checked-in person's own name,
and what happens to their badge), and the staff PIN that leaves kiosk mode. There is no
search and nothing lists people. A scanner's burst is recognised anywhere (the desk's
ScanBuffer); keys a person types outside the e-mail fields go nowhere. After IDLE_S without
a touch or a key the kiosk returns to the welcome page and forgets what was typed; an answer
goes back by itself after ANSWER_S. Closing the window needs the staff PIN too.

Check-ins go through the desk's lane like a desk's scans (kept in the desk journal when the
server is away) under the desk's name with the operator "kiosk", so the check-in log and the
audit log say which kiosk checked whom in.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.desk_badge import SkipReason
from desktop.core.desk_journal import DeskScan, check_in_or_journal
from desktop.core.kiosk import (
    HELP_DESK as REFUSED,
)
from desktop.core.kiosk import (
    FailureGate,
    KioskAnswer,
    KioskOutcome,
    answer_for,
    confirm_email,
    email_gate,
    log_email_refusal,
)
from desktop.ui.context import AppContext
from desktop.ui.desk.scan_buffer import ScanBuffer
from desktop.ui.kiosk import words as w
from desktop.ui.printing import BadgePrinted

log = logging.getLogger(__name__)

OPERATOR = "kiosk"
IDLE_S = 30.0
ANSWER_S = 12.0
_INPUT_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
)
STYLE = """
#kiosk { background: #f6f7f9; }
#kiosk QLabel { color: #1d2330; }
#kioskTitle { font-size: 56px; font-weight: 600; }
#kioskEvent { font-size: 26px; color: #4a5468; }
#kioskPrompt { font-size: 34px; }
#kioskHeadline { font-size: 46px; font-weight: 600; }
#kioskDetail { font-size: 28px; }
#kiosk QLineEdit { font-size: 30px; padding: 10px; min-height: 56px; }
#kiosk QLabel[role="field"] { font-size: 24px; }
#kiosk QPushButton { font-size: 26px; padding: 14px 28px; min-height: 64px; }
#kiosk QPushButton#kioskStaff { font-size: 16px; min-height: 0; padding: 6px 14px; }
#kioskAnswer[tone="green"] { background: #e3f4e6; border-radius: 24px; }
#kioskAnswer[tone="amber"] { background: #fff2d6; border-radius: 24px; }
#kioskAnswer[tone="neutral"] { background: #e8ecf3; border-radius: 24px; }
"""


def _label(text: str, name: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    return label


def _button(words: w.Words, name: str) -> QPushButton:
    button = QPushButton(" · ".join(words))
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter must not press it
    return button


class KioskWindow(QWidget):
    """The kiosk; emits `left` once staff gave the PIN (the window then closes)."""

    left = Signal()

    def __init__(
        self,
        ctx: AppContext,
        event_name: str,
        pin_ok: Callable[[str], bool],
        note: Callable[[DeskScan], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.pin_ok = pin_ok
        self.note = note  # the desk link: a journaled scan starts its sending
        self.clock = clock
        self.setObjectName("kiosk")
        self.setWindowTitle(f"{event_name} — kiosk")  # the app's name follows (Qt adds it)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys reach the kiosk, not a button
        self.setStyleSheet(STYLE)
        self.gate = email_gate()
        self.pin_gate = FailureGate(5, 60.0, grow=True)
        self.answer = REFUSED
        self._leaving = False
        self._busy = False
        # Each reset starts a new visit: an answer to an earlier one (its person pressed Done
        # or walked away before it came) is dropped, never shown to whoever stands there now.
        self._visit = 0
        self._last_input = clock()

        self.stack = QStackedWidget()
        self.welcome_page = self._welcome(event_name)
        self.email_page = self._email()
        self.answer_page = self._answer()
        self.pin_page = self._pin()
        for page in (self.welcome_page, self.email_page, self.answer_page, self.pin_page):
            self.stack.addWidget(page)
        self.staff_button = _button(w.STAFF_BUTTON, "kioskStaff")
        self.staff_button.clicked.connect(self.ask_pin)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.staff_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 24, 16)
        layout.addWidget(self.stack, 1)
        layout.addLayout(corner)

        # Keys a person types where no field takes them land here and are dropped.
        self._sink = QLineEdit(self)
        self._sink.hide()
        self._sink.textEdited.connect(lambda _t: self._sink.setText(""))
        self.scan_buffer = ScanBuffer(self, self._sink, clock=clock)
        self.scan_buffer.scanned.connect(self.scan)
        self._idle = QTimer(self)
        self._idle.setInterval(1000)
        self._idle.timeout.connect(self._tick)
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.timeout.connect(self.reset)
        self._watched_printer: object | None = None

    # --- pages ------------------------------------------------------------------------------
    def _welcome(self, event_name: str) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(2)
        box.addWidget(_label(w.both(w.WELCOME), "kioskTitle"))
        box.addWidget(_label(event_name, "kioskEvent"))
        box.addSpacing(40)
        box.addWidget(_label(w.both(w.SCAN_PROMPT), "kioskPrompt"))
        box.addStretch(2)
        self.email_button = _button(w.EMAIL_BUTTON, "kioskUseEmail")
        self.email_button.clicked.connect(self.ask_email)
        box.addWidget(self.email_button, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(1)
        return page

    def _email(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(_label(w.both(w.EMAIL_LABEL), role="field"))
        self.email_field = QLineEdit()
        self.email_field.setObjectName("kioskEmail")
        self.email_field.setMaxLength(320)
        self.email_field.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.email_field.returnPressed.connect(self._to_secret)
        box.addWidget(self.email_field)
        box.addSpacing(24)
        box.addWidget(_label(w.both(w.SECRET_LABEL), role="field"))
        self.secret_field = QLineEdit()
        self.secret_field.setObjectName("kioskSecret")
        self.secret_field.setMaxLength(8)
        self.secret_field.setEchoMode(QLineEdit.EchoMode.Password)  # not for those behind
        self.secret_field.setMaximumWidth(320)
        self.secret_field.returnPressed.connect(self.confirm)
        box.addWidget(self.secret_field, 0, Qt.AlignmentFlag.AlignCenter)
        for field in (self.email_field, self.secret_field):
            # No menu: it offers Undo (the last person's typing) and is English-only.
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.email_note = _label("", "kioskDetail")
        box.addWidget(self.email_note)
        row = QHBoxLayout()
        back = _button(w.BACK, "kioskBack")
        back.clicked.connect(self.reset)
        self.confirm_button = _button(w.CHECK_IN, "kioskConfirm")
        self.confirm_button.clicked.connect(self.confirm)
        row.addStretch(1)
        row.addWidget(back)
        row.addSpacing(24)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return page

    def _to_secret(self) -> None:
        self.secret_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _answer(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        self.answer_frame = QFrame()
        self.answer_frame.setObjectName("kioskAnswer")
        inner = QVBoxLayout(self.answer_frame)
        inner.setContentsMargins(40, 40, 40, 40)
        self.headline = _label("", "kioskHeadline")
        self.detail = _label("", "kioskDetail")
        inner.addWidget(self.headline)
        inner.addSpacing(20)
        inner.addWidget(self.detail)
        box.addWidget(self.answer_frame)
        box.addStretch(1)
        done = _button(w.DONE, "kioskDone")
        done.clicked.connect(self.reset)
        box.addWidget(done, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(1)
        return page

    def _pin(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(_label(w.both(w.PIN_TITLE), "kioskPrompt"))
        self.pin_field = QLineEdit()
        self.pin_field.setObjectName("kioskPin")
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(12)
        self.pin_field.setMaximumWidth(320)
        self.pin_field.returnPressed.connect(self.try_pin)
        box.addWidget(self.pin_field, 0, Qt.AlignmentFlag.AlignCenter)
        self.pin_note = _label("", "kioskDetail")
        box.addWidget(self.pin_note)
        row = QHBoxLayout()
        back = _button(w.BACK, "kioskPinBack")
        back.clicked.connect(self.reset)
        leave = _button(w.PIN_LEAVE, "kioskLeave")
        leave.clicked.connect(self.try_pin)
        row.addStretch(1)
        row.addWidget(back)
        row.addSpacing(24)
        row.addWidget(leave)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return page

    # --- showing, idling, leaving -------------------------------------------------------------
    def start(self) -> None:
        """Show the kiosk full screen on its welcome page."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.scan_buffer.install()
        self.reset()
        self._idle.start()
        self.showFullScreen()
        self.activateWindow()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.scan_buffer.replaying:
            self._last_input = self.clock()
        return False

    def _tick(self) -> None:
        away = self.stack.currentWidget() is not self.welcome_page
        if away and self.clock() - self._last_input >= IDLE_S:
            self.reset()

    def reset(self) -> None:
        """Back to the welcome page, with nothing typed or shown kept."""
        self._answer_timer.stop()
        self._visit += 1
        self._busy = False
        self.scan_buffer.flush()  # keys still held go in now, and are cleared with the rest
        for field in (self.email_field, self.secret_field, self.pin_field, self._sink):
            field.setText("")  # not clear(): that is undoable, Ctrl+Z would bring it back
        self.email_note.clear()
        self.pin_note.clear()
        self.headline.clear()
        self.detail.clear()
        self.answer = REFUSED
        self.stack.setCurrentWidget(self.welcome_page)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_email(self) -> None:
        if not self.gate.is_open(self.clock()):
            self.show_answer(REFUSED, w.HELP_PAUSED)  # said now, not after all the typing
            return
        self.stack.setCurrentWidget(self.email_page)
        self.email_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_pin(self) -> None:
        self._answer_timer.stop()
        self.pin_field.setText("")
        self.pin_note.clear()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_pin(self) -> None:
        now = self.clock()
        if not self.pin_gate.is_open(now):
            self.pin_note.setText(w.both(w.PIN_PAUSED))
            self.pin_field.setText("")
            return
        if not self.pin_ok(self.pin_field.text()):
            self.pin_gate.failed(now)
            self.pin_note.setText(w.both(w.PIN_WRONG))
            self.pin_field.setText("")
            return
        self.pin_gate.succeeded()
        self.leave()

    def leave(self) -> None:
        """End kiosk mode (the PIN was given)."""
        self._leaving = True
        self._idle.stop()
        self.scan_buffer.remove()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.reset()
        self.close()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:
            event.ignore()  # Alt+F4 and the like: leaving needs the staff PIN
            self.ask_pin()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.stack.currentWidget() is not self.welcome_page:
                self.reset()
            return
        super().keyPressEvent(event)

    # --- checking in --------------------------------------------------------------------------
    def scan(self, code: str) -> None:
        """A ticket's QR (or badge code) scanned: check its holder in at this kiosk."""
        if self.stack.currentWidget() is self.pin_page:
            return  # staff at the PIN: a scan now is not an attendee's
        visit = self._waiting()
        desk = self.ctx.desk
        self.ctx.worker.submit_scan(
            code,
            desk,
            OPERATOR,
            lambda answer: self._scanned(answer, visit),
            lambda exc: self._failed(exc, w.HELP_SCAN, visit),
        )

    def _scanned(self, answer: DeskScan, visit: int) -> None:
        if self.note is not None:
            self.note(answer)  # the desk link sends what was journaled, visit or not
        if visit == self._visit:
            self.show_answer(answer_for(answer.result), w.HELP_SCAN)

    def confirm(self) -> None:
        """E-mail and the 4 characters given: check in the one person they fit."""
        if self._busy:
            return
        email, secret = self.email_field.text().strip(), self.secret_field.text()
        if not email or not secret:
            self.email_note.setText(w.both(w.FILL_BOTH))
            return
        if not self.gate.is_open(self.clock()):
            self.show_answer(REFUSED, w.HELP_PAUSED)
            return
        visit = self._waiting()
        desk = self.ctx.desk

        def find(s: Session, _offline: bool) -> int | None:
            return confirm_email(s, email, secret)

        self.ctx.worker.submit_or_mirror(
            desk,
            find,
            lambda found: self._found(found, visit),
            lambda exc: self._failed(exc, w.HELP_EMAIL, visit),
            write=False,
        )

    def _found(self, attendee_id: int | None, visit: int) -> None:
        if visit != self._visit:
            return  # its person left before the answer: nobody is checked in for them
        if attendee_id is None:
            self.gate.failed(self.clock())
            paused = not self.gate.is_open(self.clock())
            self.show_answer(REFUSED, w.HELP_PAUSED if paused else w.HELP_EMAIL)
            failures = self.gate.failures
            self.ctx.worker.submit_or_mirror(
                self.ctx.desk,
                lambda s, offline: (
                    None if offline else log_email_refusal(s, self.ctx.desk, failures, paused)
                ),
                None,
                lambda exc: log.warning("kiosk refusal not logged: %s", type(exc).__name__),
            )
            return
        self.gate.succeeded()
        desk = self.ctx.desk
        self.ctx.worker.desk_job(
            desk,
            lambda store, journal, mirror: check_in_or_journal(
                store, journal, attendee_id, desk, OPERATOR, mirror=mirror
            ),
            lambda answer: self._scanned(answer, visit),
            lambda exc: self._failed(exc, w.HELP_EMAIL, visit),
        )

    def _waiting(self) -> int:
        """ "One moment": a new visit begins (its number, for the answer to match)."""
        self._visit += 1
        self._busy = True
        self._answer_timer.stop()
        self.headline.setText(w.both(w.ONE_MOMENT))
        self.detail.clear()
        self._tone("neutral")
        self.stack.setCurrentWidget(self.answer_page)
        return self._visit

    def _failed(self, exc: Exception, refusal: w.Words, visit: int) -> None:
        log.warning("kiosk check-in failed: %s", type(exc).__name__)
        if visit == self._visit:
            self.show_answer(REFUSED, refusal)

    def show_answer(self, answer: KioskAnswer, refusal: w.Words = w.HELP_SCAN) -> None:
        """Say the answer: the person's own name and their badge, or the help desk."""
        self._busy = False
        self.answer = answer
        self.stack.setCurrentWidget(self.answer_page)
        if answer.outcome is KioskOutcome.HELP_DESK:
            self._tone("neutral")
            self.headline.setText(w.both(w.HELP_DESK))
            self.detail.setText(w.both(refusal))
        else:
            assert answer.attendee_id is not None
            name, local = answer.name, answer.name_local or answer.name
            words = w.WELCOME_NAME if answer.outcome is KioskOutcome.WELCOME else w.ALREADY
            self._tone("green" if answer.outcome is KioskOutcome.WELCOME else "amber")
            self.headline.setText(f"{words[0].format(name=name)}\n{words[1].format(name=local)}")
            self._request_badge(answer.attendee_id)
        self._answer_timer.start(int(ANSWER_S * 1000))
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tone(self, tone: str) -> None:
        self.answer_frame.setProperty("tone", tone)
        self.answer_frame.style().unpolish(self.answer_frame)
        self.answer_frame.style().polish(self.answer_frame)

    # --- the badge ----------------------------------------------------------------------------
    def _request_badge(self, attendee_id: int) -> None:
        printer = self.ctx.badge_printer
        if printer is None:
            self.detail.setText(w.both(w.AT_HELP_DESK))
            return
        if printer is not self._watched_printer:
            printer.printed.connect(self._printed)
            printer.skipped.connect(self._skipped)
            printer.failed.connect(self._print_failed)
            self._watched_printer = printer
        self.detail.setText(w.both(w.ONE_MOMENT))
        self.ctx.signals.print_badge_requested.emit(attendee_id, "desk")

    def _showing(self, attendee_id: int) -> bool:
        return self.stack.currentWidget() is self.answer_page and (
            self.answer.attendee_id == attendee_id
        )

    def _printed(self, info: BadgePrinted) -> None:
        if self._showing(info.attendee_id):
            self.detail.setText(w.both(w.PRINTING if info.printer else w.AT_HELP_DESK))

    def _skipped(self, attendee_id: int, why: SkipReason) -> None:
        if self._showing(attendee_id):
            printed = why is SkipReason.ALREADY_PRINTED
            self.detail.setText(w.both(w.PRINTED_BEFORE if printed else w.AT_HELP_DESK))

    def _print_failed(self, _message: str) -> None:
        if self.stack.currentWidget() is self.answer_page and self.answer.attendee_id:
            self.detail.setText(w.both(w.PRINT_FAILED))
