"""Workaround for a PySide6 6.12.0 reference-count bug on Python < 3.12 (tests only).

Measured here: with PySide6-Essentials 6.12.0 every call of a C++ method returning void
drops one reference to None, and every signal delivering a bool to Python drops one to
True or False (1,000 `QWidget.update()` calls: None -1,000; 200 `canUndoChanged.emit(True)`:
True -200). 6.11.3 does not. Python 3.12+ makes these objects immortal. A test process
starts with ~600 references to True, so a few hundred GUI actions later the interpreter
aborts ("bool_dealloc" / "none_dealloc"), usually at exit. Importing this module gives the
three singletons spare references so the GUI tests run to the end; it changes no behaviour
under test. Remove it once PySide6 is pinned to a fixed version (or Python >= 3.12).
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

AFFECTED = sys.version_info < (3, 12) and PySide6.__version__.startswith("6.12.")

if AFFECTED and not getattr(sys, "_confdesk_pyside_guard", False):
    for _obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_obj)).value += 1 << 40
    sys._confdesk_pyside_guard = True  # type: ignore[attr-defined]
