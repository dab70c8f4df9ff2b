"""Key sequences the way each platform expects them, each named once.

`QKeySequence(StandardKey.Redo)` is only the platform's first binding (Ctrl+Y under one
theme, Ctrl+Shift+Z on X11), and adding Ctrl+Shift+Z by hand beside it names that key twice on
X11, which Qt refuses as an "Ambiguous shortcut overload": both keys then do nothing.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

_Std = QKeySequence.StandardKey


def standard(key: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """Every binding the platform has for `key`, then `extra` ("Ctrl+Y"), each once."""
    out: list[QKeySequence] = []
    seen: set[str] = set()
    for seq in [*QKeySequence.keyBindings(key), *(QKeySequence(e) for e in extra)]:
        name = seq.toString()
        if name and name not in seen:
            seen.add(name)
            out.append(seq)
    return out


def undo_keys() -> list[QKeySequence]:
    """Undo: the platform's keys (Ctrl+Z)."""
    return standard(_Std.Undo, "Ctrl+Z")


def redo_keys() -> list[QKeySequence]:
    """Redo: the platform's keys, and both Ctrl+Shift+Z and Ctrl+Y wherever staff come from."""
    return standard(_Std.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
