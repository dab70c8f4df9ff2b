"""Tell a barcode scanner from a person: an application-wide key filter with a scan buffer.

A USB scanner is a keyboard that types a whole code in a burst (a few ms between keys) and
ends with Enter. Like pretixSCAN's hardware-scanner buffer, this filter watches every key
press that reaches the desk's window:

- in the desk's own search field keys go through as usual; if the field then receives Enter
  right after a fast burst of >= `min_length` characters, the burst is a scan: the field is
  cleared and `scanned(code)` is emitted (the Enter never reaches the field);
- anywhere else in the window printable keys are held back. A fast burst ending in Enter
  becomes a scan and nothing is typed into the focused widget. Keys that turn out to be a
  person typing (no Enter within the burst) are replayed: into the widget if it takes text
  (a spin box keeps working), otherwise into the desk's search field, so typing a name
  anywhere on the desk starts a search.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class _Held:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def takes_text(widget: QWidget) -> bool:
    """Whether typed characters belong to this widget (an editor) rather than to the desk."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return isinstance(widget, QComboBox) and widget.isEditable()


class ScanBuffer(QObject):
    """Application event filter that turns scanner bursts into `scanned(code)`."""

    scanned = Signal(str)

    def __init__(
        self,
        scope: QWidget,
        field: QLineEdit,
        max_gap_ms: float = 30.0,
        min_length: int = 6,
    ) -> None:
        super().__init__(scope)
        self._scope = scope
        self._field = field
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._chars: list[str] = []
        self._held: list[_Held] = []
        self._last_time = 0.0
        self._last_event = 0
        self._last_target: QWidget | None = None
        self._burst_target: QWidget | None = None
        self._replaying = False
        self._installed = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)

    # --- installation -------------------------------------------------------------------
    def install(self) -> None:
        """Start watching keys (the desk calls this when it is shown)."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        """Stop watching keys (the desk is hidden): nothing else pays for the filter."""
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self.flush()

    # --- the filter ---------------------------------------------------------------------
    def _in_scope(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget) or not self._scope.isVisible():
            return False
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self._scope.window():
            return False
        return obj.window() is self._scope.window()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self._replaying or not self._in_scope(obj):
            return False
        # A key a widget ignores travels on to its parent: count each key press once.
        address = shiboken6.getCppPointer(event)[0]
        last = self._last_target
        if (
            address == self._last_event
            and last is not None
            and shiboken6.isValid(last)
            and obj is not last
            and obj.isAncestorOf(last)
        ):
            return False
        self._last_event = address
        self._last_target = obj
        assert isinstance(event, QKeyEvent)
        return self._key(obj, event)  # type: ignore[arg-type]

    def _key(self, target: QWidget, event: QKeyEvent) -> bool:
        # The window system's time stamp says when the key was typed, even if the event loop
        # was busy meanwhile; synthetic events (tests) carry none, then the arrival time counts.
        now = float(event.timestamp()) or time.perf_counter() * 1000.0
        gap_ms = abs(now - self._last_time) if self._last_time else float("inf")
        self._last_time = now
        key, text = event.key(), event.text()
        in_field = target is self._field

        if key in _ENTER_KEYS:
            burst = "".join(self._chars)
            if (
                gap_ms <= self.max_gap_ms
                and len(burst) >= self.min_length
                and not any(c.isspace() for c in burst)  # codes carry no spaces; names do
            ):
                code = burst
                self._chars.clear()
                self._held.clear()
                self._flush_timer.stop()
                if in_field or self._field.text().endswith(code):
                    self._field.clear()
                self.scanned.emit(code)
                return True
            if self.flush() and not in_field:
                # A person typed into the desk field from elsewhere: Enter belongs there too.
                self._field.returnPressed.emit()
                return True
            return False

        if (
            not text
            or not text.isprintable()
            or event.modifiers() & _SHORTCUT_MODIFIERS
            or key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.flush()
            return False

        if gap_ms > self.max_gap_ms or target is not self._burst_target:
            self.flush()  # what came before was typed by a person, or somewhere else
            self._burst_target = target
        self._chars.append(text)
        if in_field:
            return False
        self._held.append(_Held(target, key, event.modifiers(), text))
        # A person's next key comes later than a scanner's: then the held keys are theirs.
        self._flush_timer.start(int(self.max_gap_ms * 2))
        return True

    def flush(self) -> bool:
        """Give held keys back (typed by a person); True if they went to the desk field."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._chars.clear()
        if not held:
            return False
        to_field = False
        self._replaying = True
        try:
            for h in held:
                if shiboken6.isValid(h.target) and takes_text(h.target):
                    ev = QKeyEvent(QEvent.Type.KeyPress, h.key, h.modifiers, h.text)
                    QCoreApplication.sendEvent(h.target, ev)
                else:
                    to_field = True
                    if not self._field.hasFocus():
                        self._field.setFocus(Qt.FocusReason.OtherFocusReason)
                    self._field.insert(h.text)
                    self._field.textEdited.emit(self._field.text())
        finally:
            self._replaying = False
        return to_field
