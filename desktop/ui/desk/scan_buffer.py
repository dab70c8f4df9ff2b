"""Tell a barcode scanner from a person: an application-wide key filter with a scan buffer.

A USB scanner is a keyboard that types a whole code in a burst (a few ms between key
events) and ends with Enter. Like a real keyboard it presses Shift before each capital and
releases it after, so a badge code (all capitals) arrives as Shift press, letter press,
letter release, Shift release, ... each 5-10 ms after the last. Like pretixSCAN's
hardware-scanner buffer, this filter watches every key event that reaches the desk's window
or a dialog the desk opened (the walk-in form, the undo reason prompt):

- key presses and releases of modifier keys alone (Shift, CapsLock, AltGr, Ctrl... without
  text) belong to the burst: they neither end it nor count as characters;
- a burst goes on while every key event follows the one before within `max_gap_ms`, and
  each character comes within two gaps of the previous one (room for the Shift press and
  release a capital brings). A person's keys are further apart than that;
- in the desk's own search field keys go through as usual; if the field then receives Enter
  right after a fast burst of >= `min_length` characters, the burst is a scan: the field is
  cleared (what a person had typed before the scan goes too) and `scanned(code)` is emitted
  (the Enter never reaches the field);
- anywhere else (the desk's other widgets, a field of a desk dialog) printable keys are held
  back. A fast burst ending in Enter becomes a scan and nothing is typed into the focused
  widget, and the Enter does not press a button or submit a dialog. Keys that turn out to
  be a person typing (no Enter within the burst) are replayed: into the widget if it takes
  text (a spin box, a field of the walk-in form keep working); on the desk's window
  otherwise into the desk's search field, so typing a name anywhere on the desk starts a
  search; in a dialog to the widget they were typed into.

Key events carry the window system's time stamp; input-method commits and synthetic keys
carry none, and then their arrival counts, read from the buffer's `clock` (seconds, like
`time.monotonic`, which it is unless a test gives it one of its own). The same clock times
the wait for more keys: the flush timer gives held keys back only once the clock says two
gaps went by without another key (the timer itself only says when to look).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
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
# Keys that only modify or lock others: a scanner presses them inside a code (Shift before
# each capital; CapsLock or AltGr when set up for another keyboard layout).
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_Mode_switch,
        Qt.Key.Key_Kana_Lock,
        Qt.Key.Key_Kana_Shift,
        Qt.Key.Key_Eisu_Shift,
        Qt.Key.Key_Eisu_toggle,
    }
)
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


@dataclass
class _Held:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    released: bool = False  # its key release was held back too (given back after the press)


def is_modifier_only(event: QKeyEvent) -> bool:
    """A press or release of Shift, CapsLock, AltGr... that types nothing by itself."""
    return event.key() in MODIFIER_KEYS and not event.text()


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
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(scope)
        self._scope = scope
        self._field = field
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.clock = clock  # seconds; read for keys without a time stamp and by the timer
        self._chars: list[str] = []
        self._held: list[_Held] = []
        self._last_time = 0.0  # the last key event (press or release, modifiers too)
        self._last_char_time = 0.0  # the last character of the burst
        # The last key event seen: its address, type, key and time stamp. A key a widget
        # ignores travels on to its parent as the same event; a new key may come in an event
        # at the same address (Qt reuses it for each key from the X server), so the address
        # alone does not tell the two apart.
        self._last_event: tuple[int, int, int, int] = (0, 0, 0, 0)
        self._last_target: QWidget | None = None
        self._burst_target: QWidget | None = None
        self._replaying = False
        self._installed = False
        self._by_arrival = False  # the burst holds input-method commits (see _commit)
        self._waiting_since = 0.0  # by the clock: when the held keys last waited for more
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._quiet)

    @property
    def replaying(self) -> bool:
        """True while held keys are being given back (they were typed earlier)."""
        return self._replaying

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
    def _desk_window(self, window: QWidget) -> bool:
        """The desk's own window, or a dialog the desk (or one of its dialogs) opened."""
        if window is self._scope.window():
            return True
        parent = window.parentWidget()
        while parent is not None:
            if parent is self._scope or self._scope.isAncestorOf(parent):
                return True
            parent = parent.window().parentWidget()
        return False

    def _in_dialog(self, widget: QWidget) -> bool:
        return widget.window() is not self._scope.window()

    def _in_scope(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget) or not self._scope.isVisible():
            return False
        modal = QApplication.activeModalWidget()
        if modal is not None and not self._desk_window(modal):
            return False  # another screen's dialog (settings...): none of our business
        return self._desk_window(obj.window())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and self._held:
            self.flush()  # a person typed, then clicked (Register...): their keys come first
            return False
        if event.type() == QEvent.Type.InputMethod:
            if obj is self._field and not self._replaying and self._in_scope(obj):
                self._commit(event)  # type: ignore[arg-type]
            return False  # the field takes the text (or the composition) as usual
        if event.type() not in _KEY_EVENTS or self._replaying or not self._in_scope(obj):
            return False
        assert isinstance(obj, QWidget)  # _in_scope said so
        # A key a widget ignores travels on to its parent: count each key event once.
        assert isinstance(event, QKeyEvent)
        address = shiboken6.getCppPointer(event)[0]
        seen = (address, int(event.type().value), event.key(), event.timestamp())
        last = self._last_target
        if (
            seen == self._last_event
            and last is not None
            and shiboken6.isValid(last)
            and obj is not last
            and obj.isAncestorOf(last)
        ):
            return False
        self._last_event = seen
        self._last_target = obj
        if event.type() == QEvent.Type.KeyRelease:
            return self._release(event)
        return self._key(obj, event)

    def _commit(self, event: QInputMethodEvent) -> None:
        """Text an input method commits into the desk field counts as typed characters.

        With a Chinese input method active, a scanner's characters reach the field as the
        input method's commits (often full-width), not as key presses: timed like keys, they
        are still recognised as a burst, and the Enter that follows makes it a scan. A
        composition still being written (pre-edit) is neither a burst nor a search."""
        text = event.commitString()
        if not text:
            return
        now = self._now_ms()
        gap_ms = abs(now - self._last_time) if self._last_time else float("inf")
        self._last_time = now
        if (
            gap_ms > self.max_gap_ms
            or self._char_gap() > 2 * self.max_gap_ms
            or self._burst_target is not self._field
        ):
            self.flush()
            self._burst_target = self._field
        self._chars.extend(text)
        self._last_char_time = now
        self._by_arrival = True

    def _stamp(self, event: QKeyEvent) -> float:
        """Ms since the previous key event; the window system's time stamp says when the key
        was typed, even if the event loop was busy meanwhile; synthetic events carry none,
        then the arrival time counts."""
        now = float(event.timestamp()) or self._now_ms()
        if self._by_arrival:
            # The burst so far came as an input method's commits, which carry no time stamp:
            # measure this key by its arrival too (one clock for the whole burst).
            now = self._now_ms()
        gap_ms = abs(now - self._last_time) if self._last_time else float("inf")
        self._last_time = now
        return gap_ms

    def _now_ms(self) -> float:
        return self.clock() * 1000.0

    def _wait_for_more(self) -> None:
        """Hold the keys a little longer: a scanner's next key comes within two gaps."""
        self._waiting_since = self._now_ms()
        self._flush_timer.start(int(self.max_gap_ms * 2))

    def _quiet(self) -> None:
        """The flush timer ran out: the held keys are a person's once the clock says that
        two gaps went by without another key; if it does not yet, look again then."""
        left = 2 * self.max_gap_ms - (self._now_ms() - self._waiting_since)
        if left > 0:
            self._flush_timer.start(max(1, math.ceil(left)))
            return
        self.flush()

    def _char_gap(self) -> float:
        """Ms since the burst's previous character (a capital brings Shift in between)."""
        if not self._last_char_time:
            return float("inf")
        return abs(self._last_time - self._last_char_time)

    def _release(self, event: QKeyEvent) -> bool:
        self._stamp(event)
        if is_modifier_only(event) or event.isAutoRepeat():
            return False
        for h in reversed(self._held):
            if h.key == event.key() and not h.released:
                h.released = True  # given back after its press, never before it
                return True
        return False

    def _key(self, target: QWidget, event: QKeyEvent) -> bool:
        gap_ms = self._stamp(event)
        if is_modifier_only(event):
            if self._held and gap_ms <= self.max_gap_ms:
                self._wait_for_more()  # a capital follows
            return False  # part of the burst, typing nothing: it goes on as usual
        key, text = event.key(), event.text()
        in_field = target is self._field

        if key in _ENTER_KEYS:
            burst = "".join(self._chars)
            if (
                gap_ms <= self.max_gap_ms
                and self._char_gap() <= 2 * self.max_gap_ms
                and len(burst) >= self.min_length
                # Codes carry no spaces and names do; but a ticket of JSON (Indico's QR)
                # has spaces after its commas and colons, between its braces.
                and (
                    not any(c.isspace() for c in burst)
                    or (burst.startswith("{") and burst.endswith("}"))
                )
            ):
                self._scanned(burst, in_field)
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

        if (
            gap_ms > self.max_gap_ms
            or self._char_gap() > 2 * self.max_gap_ms
            or target is not self._burst_target
        ):
            self.flush()  # what came before was typed by a person, or somewhere else
            self._burst_target = target
        self._chars.append(text)
        self._last_char_time = self._last_time
        if in_field:
            return False
        self._held.append(_Held(target, key, event.modifiers(), text))
        # A person's next key comes later than a scanner's: then the held keys are theirs.
        self._wait_for_more()
        return True

    def _scanned(self, code: str, in_field: bool) -> None:
        self._chars.clear()
        self._by_arrival = False
        self._held.clear()
        self._last_char_time = 0.0
        self._flush_timer.stop()
        if in_field or self._field.text().endswith(code):
            # What a person had typed before the badge was scanned goes too: the desk
            # shows the scan's result, not a search for half a name.
            self._field.clear()
        self.scanned.emit(code)

    def flush(self) -> bool:
        """Give held keys back (typed by a person); True if they went to the desk field."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._by_arrival = False
        self._chars.clear()
        self._last_char_time = 0.0
        if not held:
            return False
        to_field = False
        self._replaying = True
        try:
            for h in held:
                if not shiboken6.isValid(h.target):
                    continue
                if takes_text(h.target) or self._in_dialog(h.target):
                    # Into the widget it was typed in; in a dialog also a combo box or a
                    # button (its press, then its release: Space clicks it).
                    press = QKeyEvent(QEvent.Type.KeyPress, h.key, h.modifiers, h.text)
                    QCoreApplication.sendEvent(h.target, press)
                    if h.released and shiboken6.isValid(h.target):
                        release = QKeyEvent(QEvent.Type.KeyRelease, h.key, h.modifiers, h.text)
                        QCoreApplication.sendEvent(h.target, release)
                else:
                    to_field = True
                    if not self._field.hasFocus():
                        self._field.setFocus(Qt.FocusReason.OtherFocusReason)
                    self._field.insert(h.text)
                    self._field.textEdited.emit(self._field.text())
        finally:
            self._replaying = False
        return to_field
