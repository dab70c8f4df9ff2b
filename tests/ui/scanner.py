"""Type like a USB barcode scanner in keyboard mode, key event by key event.

A scanner is a keyboard: for a capital letter it presses Shift, presses and releases the
letter (with the Shift modifier and the capital as text), then releases Shift, each event a
few milliseconds after the last, and it ends the code with Enter. The events go to whichever
widget has the keyboard focus at that moment, like keys from the window system, and carry a
time stamp 5-10 ms after the previous one (as the window system stamps them, however busy
the event loop is); between events the test really waits that long, so timers run.

`qtbot.keyClicks("ABC")` sends no Shift at all and is no stand-in for a scanner.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
# US layout: characters typed with Shift held (a scanner in keyboard mode uses the same).
_SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')

_clock_ms = 0.0  # time stamp of the last event sent (never goes back between calls)


@dataclass(frozen=True)
class KeyStroke:
    """One key event as the window system delivers it."""

    press: bool
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def strokes(code: str, enter: bool = True) -> list[KeyStroke]:
    """The key events a scanner sends for `code` (and Enter)."""
    out: list[KeyStroke] = []
    for ch in code:
        if not (ch.isascii() and ch.isprintable()):
            raise ValueError(f"a keyboard-mode scanner types ASCII only, not {ch!r}")
        key = ord(ch.upper())  # Qt's key codes for ASCII: the (upper-case) character
        shifted = ch.isupper() or ch in _SHIFTED
        mods = SHIFT if shifted else NO_MODIFIER
        if shifted:
            out.append(KeyStroke(True, Qt.Key.Key_Shift, SHIFT, ""))
        out.append(KeyStroke(True, key, mods, ch))
        out.append(KeyStroke(False, key, mods, ch))
        if shifted:
            out.append(KeyStroke(False, Qt.Key.Key_Shift, NO_MODIFIER, ""))
    if enter:
        out.append(KeyStroke(True, Qt.Key.Key_Return, NO_MODIFIER, "\r"))
        out.append(KeyStroke(False, Qt.Key.Key_Return, NO_MODIFIER, "\r"))
    return out


def focus_target() -> QWidget | None:
    """The widget a key from the keyboard goes to now (the focus widget, else the window)."""
    return (
        QApplication.focusWidget()
        or QApplication.activeModalWidget()
        or QApplication.activeWindow()
    )


def send(stroke: KeyStroke, timestamp_ms: float) -> None:
    """Deliver one key event to the focus widget, stamped like a window-system event.

    While none of the application's windows has the focus (a dialog just closed), the key
    goes to some other program, as a real one would: it is dropped here.
    """
    target = focus_target()
    if target is None:
        return
    kind = QEvent.Type.KeyPress if stroke.press else QEvent.Type.KeyRelease
    event = QKeyEvent(kind, stroke.key, stroke.modifiers, stroke.text)
    event.setTimestamp(int(timestamp_ms))
    QApplication.sendEvent(target, event)


def send_strokes(events: list[KeyStroke], gap_ms: tuple[int, int] = (5, 10), seed: int = 1) -> None:
    """Send key events `gap_ms` apart (time stamps and real waits alike); returns at once
    after the last one."""
    global _clock_ms
    rng = random.Random(seed)
    now = max(time.perf_counter() * 1000.0, _clock_ms)
    for i, stroke in enumerate(events):
        if i:
            gap = rng.randint(*gap_ms)
            QTest.qWait(gap)
            now += gap
        send(stroke, now)
    _clock_ms = now


def scanner_types(
    code: str, enter: bool = True, gap_ms: tuple[int, int] = (5, 10), seed: int = 1
) -> None:
    """What a USB scanner sends for `code`: Shift around each capital, then Enter."""
    send_strokes(strokes(code, enter), gap_ms, seed)
