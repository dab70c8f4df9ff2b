"""The GUI tests run as the app does: cyclic garbage is collected on the GUI thread only
(desktop.ui.gc_guard), never on a database worker where it would delete Qt widgets."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui import gc_guard, i18n


@pytest.fixture(scope="package", autouse=True)
def _collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    collector = gc_guard.install(qapp)
    yield
    collector.timer.stop()
    collector.setParent(None)
    collector.deleteLater()
    gc.enable()
    gc.collect()


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The interface in Traditional Chinese (Hong Kong) for one test, English again after."""
    assert i18n.install(qapp, "zh_HK") == "zh_HK"
    yield
    i18n.install(qapp, "en")
