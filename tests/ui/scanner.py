"""Type like a USB barcode scanner in keyboard mode, key event by key event, on a fake clock.

A scanner is a keyboard: for a capital letter it presses Shift, presses and releases the
letter (with the Shift modifier and the capital as text), then releases Shift, each event a
few milliseconds after the last, and it ends the code with Enter. The events go to whichever
widget has the keyboard focus at that moment, like keys from the window system, and carry a
time stamp 5-10 ms after the previous one, as the window system stamps them however busy the
event loop is.

The time is a `FakeClock` that the test gives the desk's scan buffer (`use_fake_clock`) and
that moves by each key's gap, never by the machine's: whether keys are a scanner's or a
person's does not depend on how loaded the machine is. Between key events the event loop
runs (timers that are due fire), as it would between real keys; after the last one the
clock moves on by `quiet_ms`, the keyboard then quiet (held keys of a person are given back
when the buffer's timer next looks). The real clock and real key events are left to
tests/ui/test_x11_scanner.py (xdotool on an X server).

`qtbot.keyClicks("ABC")` sends no Shift at all and is no stand-in for a scanner.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.desk.scan_buffer import ScanBuffer

SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
# US layout: characters typed with Shift held (a scanner in keyboard mode uses the same).
_SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')

QUIET_MS = 500  # after a call's last key, before the next call's first


class FakeClock:
    """A clock for the scan buffer that moves only when the test says (`advance`).

    Called like `time.monotonic` (seconds); `ms` is the same time in milliseconds, the time
    stamp of a key event sent now. It starts far from 0, which the buffer takes for "no key
    yet"."""

    def __init__(self, start_ms: float = 1_000_000.0) -> None:
        self.ms = start_ms

    def __call__(self) -> float:
        return self.ms / 1000.0

    def advance(self, ms: float) -> None:
        self.ms += ms


def use_fake_clock(buffer: ScanBuffer) -> FakeClock:
    """Give the scan buffer (a desk's `scan_buffer`, or one of a test's own) a fake clock."""
    clock = FakeClock()
    buffer.clock = clock
    return clock


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


def send_strokes(
    clock: FakeClock,
    events: list[KeyStroke],
    gap_ms: tuple[int, int] = (5, 10),
    seed: int = 1,
    quiet_ms: float = QUIET_MS,
) -> None:
    """Send key events `gap_ms` apart on the fake clock (their time stamps), letting the event
    loop run between them; then the clock moves on by `quiet_ms`. Returns at once after the
    last event: what it brings (a search, a result) comes round the event loop."""
    rng = random.Random(seed)
    for i, stroke in enumerate(events):
        if i:
            QApplication.processEvents()
            clock.advance(rng.randint(*gap_ms))
        send(stroke, clock.ms)
    clock.advance(quiet_ms)


def scanner_types(
    clock: FakeClock,
    code: str,
    enter: bool = True,
    gap_ms: tuple[int, int] = (5, 10),
    seed: int = 1,
) -> None:
    """What a USB scanner sends for `code`: Shift around each capital, then Enter."""
    send_strokes(clock, strokes(code, enter), gap_ms, seed)


def click_keys(
    clock: FakeClock, widget: QWidget, keys: str, gap_ms: float, quiet_ms: float = QUIET_MS
) -> None:
    """QTest's key clicks into `widget`, one per character `gap_ms` apart on the fake clock.

    Like `qtbot.keyClicks`: a press and a release a character, no Shift key, no time stamp
    (the buffer reads its clock, as for a synthetic key)."""
    for i, ch in enumerate(keys):
        if i:
            QApplication.processEvents()
        clock.advance(gap_ms)
        QTest.keyClick(widget, ch)
    clock.advance(quiet_ms)


@dataclass
class TwoFields:
    """A window with the desk's field and another text field, and a scan buffer on a fake
    clock watching both (installed: the test removes it)."""

    scope: QWidget
    field: QLineEdit
    other: QLineEdit
    clock: FakeClock
    buffer: ScanBuffer
    scans: list[str]


def two_fields(qtbot: Any) -> TwoFields:
    """The window of `TwoFields`, shown and exposed."""
    scope = QWidget()
    field, other = QLineEdit(), QLineEdit()
    box = QVBoxLayout(scope)
    box.addWidget(field)
    box.addWidget(other)
    qtbot.addWidget(scope)
    scope.show()
    qtbot.waitExposed(scope)
    clock = FakeClock()
    buffer = ScanBuffer(scope, field, clock=clock)
    buffer.install()
    scans: list[str] = []
    buffer.scanned.connect(scans.append)
    return TwoFields(scope, field, other, clock, buffer, scans)
