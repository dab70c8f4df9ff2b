"""Merge two registrations of the same person: compare side by side, choose which to keep.

The record dropped is hidden (`merged_into_id`), its check-ins, prints, ticket codes and log
entries stay and count for the record kept (`attendees.merge_attendees`).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import attendees
from desktop.core.attendees import editable_values
from desktop.core.checkin import AttendeeCard
from desktop.ui.attendees.model import status_label
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.desk.style import category_label, desk_font
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.theme import theme

# The rows compared (labels translated where shown).
COMPARED = (
    ("number", QT_TRANSLATE_NOOP("MergeDialog", "No.")),
    ("given_name", QT_TRANSLATE_NOOP("MergeDialog", "Given name")),
    ("family_name", QT_TRANSLATE_NOOP("MergeDialog", "Family name")),
    ("name_local", QT_TRANSLATE_NOOP("MergeDialog", "Chinese name")),
    ("organization", QT_TRANSLATE_NOOP("MergeDialog", "Organization")),
    ("email", QT_TRANSLATE_NOOP("MergeDialog", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("MergeDialog", "Phone")),
    ("category", QT_TRANSLATE_NOOP("MergeDialog", "Category")),
    ("status", QT_TRANSLATE_NOOP("MergeDialog", "Status")),
    ("checked_in_at", QT_TRANSLATE_NOOP("MergeDialog", "Checked in")),
    ("badge_code", QT_TRANSLATE_NOOP("MergeDialog", "Badge code")),
    ("staff_note", QT_TRANSLATE_NOOP("MergeDialog", "Staff note")),
)


def _name(v: dict[str, Any]) -> str:
    return " ".join(p for p in (v["given_name"], v["family_name"]) if p) or v["name_local"]


class MergeDialog(QDialog):
    """Pick the second record (if only one is given), compare, merge."""

    def __init__(
        self, ctx: AppContext, attendee_ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Merge two registrations of the same person"))
        self.resize(760, 520)
        self.records: list[dict[str, Any]] = [
            ctx.worker.read(functools.partial(editable_values, attendee_id=i))
            for i in attendee_ids[:2]
        ]
        self.merged: AttendeeCard | None = None

        self.finder = QLineEdit()
        self.finder.setPlaceholderText(
            self.tr("Find the other registration: name, e-mail, number…")
        )
        self.found = QListWidget()
        self.found.setMaximumHeight(140)
        self.finder.textChanged.connect(self._find)
        self.found.itemActivated.connect(self._pick)
        self.found.itemClicked.connect(self._pick)
        finder_box = QWidget()
        fbox = QVBoxLayout(finder_box)
        fbox.setContentsMargins(0, 0, 0, 0)
        fbox.addWidget(self.finder)
        fbox.addWidget(self.found)
        self.finder_box = finder_box

        self.table = QTableWidget(len(COMPARED), 2)
        self.table.setVerticalHeaderLabels([self.tr(label) for _, label in COMPARED])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_first = QRadioButton()
        self.keep_second = QRadioButton()
        self.keep_first.setChecked(True)
        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Keep:")))
        keep.addWidget(self.keep_first)
        keep.addWidget(self.keep_second)
        keep.addStretch(1)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {theme().bad}; font-weight: bold;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.keep_first.toggled.connect(self._update)

        heading = QLabel(self.tr("Merge two registrations of the same person"))
        heading.setFont(desk_font(15, bold=True))
        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addWidget(finder_box)
        box.addWidget(self.table, 1)
        box.addLayout(keep)
        box.addWidget(self.explain)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self._update()

    # --- choosing ----------------------------------------------------------------------
    def _find(self, text: str) -> None:
        self.found.clear()
        text = text.strip()
        if not text or not self.records:
            return
        hits = self.ctx.worker.read(lambda s: attendees.search(s, text, limit=20))
        for h in hits:
            if h.id == self.records[0]["id"]:
                continue
            label = " · ".join(
                p for p in (self._no(h.number), h.display_name, h.name_local, h.email) if p
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            self.found.addItem(item)

    def _pick(self, item: QListWidgetItem) -> None:
        self.choose_second(int(item.data(Qt.ItemDataRole.UserRole)))

    def choose_second(self, attendee_id: int) -> None:
        """Use this attendee as the other record."""
        record = self.ctx.worker.read(lambda s: editable_values(s, attendee_id))
        self.records = [self.records[0], record]
        self._update()

    # --- showing -----------------------------------------------------------------------
    def _update(self) -> None:
        ready = len(self.records) == 2
        self.finder_box.setVisible(not ready)
        self.merge_button.setEnabled(ready)
        for col, rec in enumerate(self.records):
            self.table.setHorizontalHeaderItem(col, QTableWidgetItem(self._no(rec["number"])))
            for row, (key, _label) in enumerate(COMPARED):
                value = rec.get(key)
                text = "" if value is None else str(value)
                if key == "checked_in_at" and value is not None:
                    text = self.tr("{time} at {desk}").format(
                        time=rec["checked_in_local"], desk=rec["checked_in_desk"]
                    )
                elif key == "status" and value:
                    text = status_label(str(value))  # words, not codes
                elif key == "category" and value:
                    text = category_label(str(value))
                item = QTableWidgetItem(text)
                if ready and str(self.records[0].get(key)) != str(self.records[1].get(key)):
                    item.setBackground(QColor("#FFF4D6"))
                self.table.setItem(row, col, item)
        if not self.records:
            return
        self.keep_first.setText(self._choice(self.records[0]))
        if ready:
            self.keep_second.setText(self._choice(self.records[1]))
            keep, drop = self.keep_drop()
            self.explain.setText(
                self.tr(
                    "No. {dropped} will be hidden; its check-ins, badge prints, ticket codes"
                    " and history move to No. {kept}. Both logs are kept."
                ).format(dropped=drop["number"], kept=keep["number"])
            )
        self.keep_second.setVisible(ready)

    def _no(self, number: object) -> str:
        return self.tr("No. {number}").format(number=number)

    def _choice(self, record: dict[str, Any]) -> str:
        return self.tr("No. {number} {name}").format(number=record["number"], name=_name(record))

    def keep_drop(self) -> tuple[dict[str, Any], dict[str, Any]]:
        a, b = self.records
        return (a, b) if self.keep_first.isChecked() else (b, a)

    # --- merging -----------------------------------------------------------------------
    def merge(self) -> None:
        if len(self.records) != 2:
            return
        keep, drop = self.keep_drop()
        k, d, desk, operator = keep["id"], drop["id"], self.ctx.desk, self.ctx.operator
        self.merge_button.setEnabled(False)
        self.ctx.worker.submit(
            lambda s: attendees.merge_attendees(s, k, d, desk, operator),
            self._merged,
            self._failed,
        )

    def _merged(self, card: AttendeeCard) -> None:
        self.merged = card
        self.ctx.signals.notify(Change.ATTENDEES, initiator=self)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.merge_button.setEnabled(True)
        self.message.setText(f"✖ {user_message(exc)}")
        self.message.show()
