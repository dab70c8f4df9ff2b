"""The one question before a check-in is taken back: why (it goes into the log)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget


def ask_undo_reason(parent: QWidget, name: str, fallback: str) -> str | None:
    """The reason typed for undoing `name`'s check-in (`fallback` when left blank); None when
    the person cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("UndoReason", "Undo check-in"),
        QCoreApplication.translate(
            "UndoReason", "Why is the check-in of {name} undone? (for the log)"
        ).format(name=name),
        text=QCoreApplication.translate("UndoReason", "Wrong person checked in"),
    )
    return (text.strip() or fallback) if ok else None
