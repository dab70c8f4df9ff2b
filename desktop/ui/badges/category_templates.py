"""Badges > Templates by category: speakers, VIPs, press... each may get a template of its own,
used at print time (batches and the desk) instead of the batch's template."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.models import CATEGORIES
from desktop.core import badges as core
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.desk.style import category_label
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.theme import theme

SAME = QT_TRANSLATE_NOOP("CategoryTemplatesDialog", "Same as the batch")


class CategoryTemplatesDialog(QDialog):
    """One template choice per category; Save writes the changed ones."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("categoryTemplatesDialog")
        self.setWindowTitle(self.tr("Templates by category"))
        self.setMinimumWidth(480)

        def read(s: Session) -> tuple[list[str], dict[str, str]]:
            return core.template_names(s, ctx.event_id), core.category_templates(s)

        names, self.current = ctx.worker.read(read)
        intro = QLabel(
            self.tr(
                "A category with a template of its own gets it on every badge printed, in "
                "batches and at the desk. Its template must have the batch's size and sides."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for category in CATEGORIES:
            box = mark_data(QComboBox())  # the templates' names
            box.setObjectName(f"template_{category}")
            box.addItem(QCoreApplication.translate("CategoryTemplatesDialog", SAME), "")
            for name in names:
                box.addItem(name, name)
            box.setCurrentIndex(max(0, box.findData(self.current.get(category, ""))))
            self.boxes[category] = box
            form.addRow(self.tr("{category}:").format(category=category_label(category)), box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme().bad}; font-weight: bold;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def changes(self) -> dict[str, str]:
        return {
            c: str(box.currentData() or "")
            for c, box in self.boxes.items()
            if str(box.currentData() or "") != self.current.get(c, "")
        }

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return

        def write(s: Session) -> dict[str, str]:
            for category, name in changes.items():
                core.set_category_template(s, category, name or None)
            return core.category_templates(s)

        self.buttons.setEnabled(False)
        self.ctx.worker.submit(write, self._saved, self._failed)

    def _saved(self, chosen: dict[str, str]) -> None:
        self.buttons.setEnabled(True)
        self.current = chosen
        self.ctx.signals.notify(Change.TEMPLATES, initiator=self)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(f"✖ {user_message(exc)}")
        self.message.show()
