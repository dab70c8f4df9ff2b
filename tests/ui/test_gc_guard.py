"""Cyclic garbage holding Qt widgets is collected on the GUI thread, not on the thread that
happens to allocate: a worker thread allocating heavily collects nothing, and the GUI
thread's timer collects the cycle."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui import gc_guard


def test_a_widget_cycle_is_collected_on_the_gui_thread_only(qtbot: Any, qapp: QApplication) -> None:
    gc_guard.install(qapp)
    assert not gc.isenabled()
    collected_on: list[str] = []
    label = QLabel("in a cycle")
    label.cycle = label  # type: ignore[attr-defined]
    label.destroyed.connect(lambda: collected_on.append(threading.current_thread().name))
    ref = weakref.ref(label)
    del label

    def allocate() -> None:  # a database worker's allocations cross every threshold
        junk = []
        for i in range(200_000):
            junk.append([i])
            junk[-1].append(junk[-1])  # cycles of its own
        del junk

    worker = threading.Thread(target=allocate, name="confdesk-db-test")
    worker.start()
    worker.join()
    assert ref() is not None  # nothing was collected on the worker
    qtbot.waitUntil(lambda: ref() is None, timeout=5000)
    assert collected_on in ([], [threading.main_thread().name])
