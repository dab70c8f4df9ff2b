"""The one question before a check-in is taken back: why (it goes into the log)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget


def ask_undo_reason(parent: QWidget, name: str, fallback: str) -> str | None:
    """The reason typed for undoing `name`'s check-in (`fallback` when left blank); None when
    the person cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        "Undo check-in",
        f"Why is the check-in of {name} undone? (for the log)",
        text="Wrong person checked in",
    )
    return (text.strip() or fallback) if ok else None
