"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed. In a Qt application that can be a database worker: if the cycle holds a Qt wrapper
(a closed dialog, a screen and the lambda connected to its own signal), the C++ widget is then
deleted off the GUI thread, and the process can crash in the middle of a scan. So the
automatic collector is switched off and the same thresholds are checked by a timer on the GUI
thread, which collects there (the usual PySide and PyQt remedy).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from the GUI thread, every INTERVAL_MS, as gc would."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        l0, l1, l2 = gc.get_count()
        if l0 > self.threshold[0]:
            gc.collect(0)
            if l1 > self.threshold[1]:
                gc.collect(1)
                if l2 > self.threshold[2]:
                    gc.collect(2)


def install(app: QObject) -> GuiThreadCollector:
    """Collect on `app`'s thread from now on (once per application)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
