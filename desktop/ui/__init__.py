"""Everything PySide6: the app, the main window, one module (or package) per screen."""

import sys

import PySide6

if (
    sys.version_info < (3, 12)
    and PySide6.__version__.startswith("6.12.")
    and not getattr(sys, "_confdesk_refcount_guard", False)
):
    import ctypes

    # PySide6 6.12 on Python 3.11 hands None, True and False to Python without a new
    # reference (it relies on 3.12's immortal singletons): every void call drops one
    # reference to None, every bool a signal delivers one to True or False, and a long
    # session aborts with "none_dealloc" / "bool_dealloc". Give them references for ever.
    # Pinning PySide6 below 6.12 would avoid it but lose PySide6_Pdf (QtPdf was in the
    # 153 MB Addons before 6.12); tests/ui/test_desk.py proves the guard holds.
    for _singleton in (None, True, False):
        _cell = ctypes.c_ssize_t.from_address(id(_singleton))
        if _cell.value + 1 == sys.getrefcount(_singleton):  # the layout is the one we expect
            _cell.value += 1 << 40
    sys._confdesk_refcount_guard = True  # type: ignore[attr-defined]
