"""Everything PySide6: the app, the main window, one module (or package) per screen."""

import sys

if sys.version_info < (3, 12):
    import ctypes

    # PySide6 6.12 on Python 3.11 returns None from every void call without a new reference
    # (it relies on 3.12's immortal None), so each call takes one reference away and a long
    # session dies with "none_dealloc: deallocating None". Give None references for ever.
    # Pinning PySide6 below 6.12 would avoid it but lose PySide6_Pdf (QtPdf was in the 153 MB
    # Addons before 6.12); tests/ui/test_desk.py runs 100,000 void calls to prove the guard.
    _cell = ctypes.c_ssize_t.from_address(id(None))
    if _cell.value + 1 == sys.getrefcount(None):  # the layout is the one we expect
        _cell.value += 1 << 40
