"""What an event with nobody registered yet shows: how to get people in."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.context import AppContext
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.theme import theme

HOW_TO_IMPORT = QT_TRANSLATE_NOOP(
    "EmptyEventHint",
    "No attendees yet. Import your registrations (File > Import registrations…, Ctrl+I) "
    "from the CSV or Excel export of your ticketing or form tool; walk-ins can be "
    "registered at the desk (F2).",
)

# The desk's idle panel has room for one line (shown translated in the "EmptyEventHint"
# context, as HOW_TO_IMPORT).
DESK_HINT = QT_TRANSLATE_NOOP(
    "EmptyEventHint", "No attendees yet: import registrations (Ctrl+I) or register walk-ins (F2)."
)


class EmptyEventHint(QFrame):
    """A band that says how to import, with the button that does it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("emptyEventHint")
        t = theme()
        self.setStyleSheet(
            f"QFrame#emptyEventHint {{ background: {t.hint_bg}; border: 1px solid"
            f" {t.hint_border}; border-radius: 6px; }} QLabel {{ color: {t.text}; }}"
        )
        self.text = QLabel(self.tr(HOW_TO_IMPORT))
        self.text.setObjectName("emptyEventText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Import registrations…"))
        self.button.setObjectName("emptyEventImport")
        self.button.clicked.connect(self._import)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def _import(self) -> None:
        from desktop.ui.import_wizard import open_import_wizard

        open_import_wizard(self.ctx, self.window())
