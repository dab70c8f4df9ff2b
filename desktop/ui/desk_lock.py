"""Locking the desk: after N idle minutes (Settings) or at once (File > Lock the desk), a
window covers the app until someone gives the staff PIN, choosing their name among the
desk's named operators, so the check-in and audit logs say who scanned from then on.

The lock is an application-modal window over the main window: while it shows no shortcut,
click or scanner burst reaches the screens behind it (a scan typed at a locked desk goes
into the lock's fields, never into a check-in).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from html import escape

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.base.pins import MAX_DIGITS
from desktop.core.kiosk import FailureGate
from desktop.ui.desk.scan_buffer import ScanBuffer
from desktop.ui.i18n import mark_data
from desktop.ui.settings import Settings

_INPUT_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
)


class LockDialog(QDialog):
    """The locked desk: who is working now, and the staff PIN."""

    def __init__(
        self,
        settings: Settings,
        desk: str,
        current: str,
        clock: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskLock")
        self.setWindowTitle(self.tr("Desk locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # No frame: nothing to drag aside or minimise (the app behind is hidden anyway).
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.settings = settings
        self.clock = clock
        self.gate = FailureGate(5, 60.0, grow=True)
        title = QLabel(self.tr("<h2>{desk} is locked</h2>").format(desk=escape(desk)))
        title.setTextFormat(Qt.TextFormat.RichText)
        hint = QLabel(self.tr("Choose your name and give the staff PIN to go on."))
        self.who = mark_data(QComboBox())  # the operators' names
        self.who.setObjectName("lockOperator")
        names = settings.operators
        if current and current not in names:
            names = [current, *names]
        self.who.addItems(names)
        if current:
            self.who.setCurrentText(current)
        self.pin = QLineEdit()
        self.pin.setObjectName("lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_DIGITS)
        self.pin.returnPressed.connect(self.try_unlock)
        self.note = QLabel("")
        self.note.setObjectName("lockNote")
        self.note.setStyleSheet("color: #b3261e;")
        unlock = QPushButton(self.tr("Unlock"))
        unlock.setObjectName("unlockButton")
        unlock.setAutoDefault(False)
        unlock.clicked.connect(self.try_unlock)
        form = QFormLayout()
        if names:
            form.addRow(self.tr("Operator:"), self.who)
        else:
            self.who.hide()
        form.addRow(self.tr("Staff PIN:"), self.pin)
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(460)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.addWidget(title)
        inner.addWidget(hint)
        inner.addLayout(form)
        inner.addWidget(self.note)
        inner.addWidget(unlock, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        # A badge held to the scanner of a locked desk is neither a check-in nor a PIN: its
        # burst is recognised and dropped (a person's keys reach the fields as usual).
        self._sink = QLineEdit(self)
        self._sink.hide()
        self.scan_buffer = ScanBuffer(self, self._sink)
        self.scan_buffer.scanned.connect(self._scanned)

    def _scanned(self, _code: str) -> None:
        self.pin.setText("")
        self._sink.setText("")
        self.note.setText(self.tr("The desk is locked: unlock it, then scan again."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_buffer.install()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scan_buffer.remove()
        super().hideEvent(event)

    @property
    def operator(self) -> str:
        return self.who.currentText().strip()

    def try_unlock(self) -> None:
        now = self.clock()
        if not self.gate.is_open(now):
            self.note.setText(self.tr("Too many wrong PINs: please wait (longer each time)."))
        elif self.settings.pin_matches(self.pin.text()):
            self.gate.succeeded()
            self.accept()
            return
        else:
            self.gate.failed(now)
            self.note.setText(self.tr("Wrong PIN."))
        self.pin.clear()

    def reject(self) -> None:
        """Escape and the window's close button do not unlock."""


class DeskLock(QObject):
    """Watches for input in the app; locks `window` after the settings' idle minutes."""

    unlocked = Signal(str)  # the operator chosen at unlock

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        operator: Callable[[], str],
        desk: Callable[[], str],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.operator = operator
        self.desk = desk
        self.clock = clock
        self.dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []  # the app's other windows, hidden while locked
        self.last_input = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.locked:
            self.last_input = self.clock()
        return False

    def _tick(self) -> None:
        minutes = int(self.settings.get("desk/lock_min") or 0)
        if not minutes or self.locked or not self.settings.staff_pin:
            return
        if not self.window.isVisible():  # kiosk mode: the kiosk has its own PIN page
            self.last_input = self.clock()
            return
        if self.clock() - self.last_input >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Cover the app until the staff PIN is given (needs a PIN set)."""
        if self.locked or not self.settings.staff_pin:
            return
        dialog = LockDialog(self.settings, self.desk(), self.operator(), self.clock, self.window)
        self.dialog = dialog
        self._content(False)
        dialog.accepted.connect(self._unlocked)
        dialog.setGeometry(self.window.frameGeometry())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _content(self, shown: bool) -> None:
        """Hide what the desk shows (names, the attendee list, its other open windows) while
        it is locked; show it all again at unlock."""
        central = getattr(self.window, "centralWidget", None)
        widget = central() if callable(central) else None
        if isinstance(widget, QWidget):
            widget.setVisible(shown)
        if not shown:
            self._hidden = [
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible() and w is not self.window and w is not self.dialog
            ]
            for w in self._hidden:
                w.hide()
        else:
            for w in self._hidden:
                if shiboken6.isValid(w):
                    w.show()
            self._hidden = []

    def _unlocked(self) -> None:
        self._content(True)
        dialog, self.dialog = self.dialog, None
        self.last_input = self.clock()
        if dialog is not None:
            who = dialog.operator
            dialog.deleteLater()
            self.unlocked.emit(who)

    def shutdown(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
