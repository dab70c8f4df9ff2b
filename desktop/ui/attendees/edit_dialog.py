"""Edit one attendee: names, organization, contact, category, notes and the staff note.

Only the fields that really changed are sent to `attendees.edit_attendee`, which logs the
edit (desk, operator, old and new values). Opened from the Attendees screen (double click,
Edit, Notes) with the notes tab first for Notes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.models import CATEGORIES
from desktop.core import attendees
from desktop.core.attendees import editable_values
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.desk.style import category_label, desk_font
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.theme import theme

# The fields of the Person tab (labels translated where shown).
PERSON_FIELDS = (
    ("given_name", QT_TRANSLATE_NOOP("EditDialog", "Given name")),
    ("family_name", QT_TRANSLATE_NOOP("EditDialog", "Family name")),
    ("name_local", QT_TRANSLATE_NOOP("EditDialog", "Chinese name")),
    ("organization", QT_TRANSLATE_NOOP("EditDialog", "Organization")),
    ("title", QT_TRANSLATE_NOOP("EditDialog", "Job title")),
    ("email", QT_TRANSLATE_NOOP("EditDialog", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("EditDialog", "Phone")),
    ("country", QT_TRANSLATE_NOOP("EditDialog", "Country")),
    ("external_id", QT_TRANSLATE_NOOP("EditDialog", "Ticketing id")),
)


class EditDialog(QDialog):
    """The edit form of one attendee; `saved(attendee_id)` after a successful save."""

    def __init__(
        self,
        ctx: AppContext,
        attendee_id: int,
        parent: QWidget | None = None,
        notes_first: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attendee_id = attendee_id
        self.original: dict[str, Any] = ctx.worker.read(lambda s: editable_values(s, attendee_id))
        o = self.original
        name = " ".join(p for p in (o["given_name"], o["family_name"]) if p) or o["name_local"]
        self.setWindowTitle(self.tr("Edit {name}").format(name=name))
        self.setMinimumWidth(560)

        heading = mark_data(QLabel(f"{name}  {o['name_local']}".strip()))
        heading.setFont(desk_font(16, bold=True))
        state = self.tr("cancelled") if o["status"] == "cancelled" else self.tr("registered")
        if o["checked_in_at"]:
            state = self.tr("{state}, checked in {time} at {desk}").format(
                state=state, time=o["checked_in_local"], desk=o["checked_in_desk"]
            )
        facts = QLabel(
            self.tr("No. {number} · badge code {code} · {state}").format(
                number=o["number"], code=o["badge_code"], state=state
            )
        )
        facts.setStyleSheet("color: palette(placeholder-text);")
        facts.setWordWrap(True)

        self.edits: dict[str, QLineEdit] = {}
        person = QWidget()
        form = QFormLayout(person)
        for key, label in PERSON_FIELDS:
            edit = QLineEdit(str(o[key] or ""))
            edit.setObjectName(key)
            self.edits[key] = edit
            form.addRow(self.tr(label), edit)
        self.category = QComboBox()
        self.category.setObjectName("category")
        cats = list(CATEGORIES)
        if o["category"] and o["category"] not in cats:
            cats.append(o["category"])
        for c in cats:
            self.category.addItem(category_label(c), c)
        self.category.setCurrentIndex(cats.index(o["category"]) if o["category"] in cats else 0)
        form.addRow(self.tr("Category"), self.category)

        notes = QWidget()
        nform = QFormLayout(notes)
        self.staff_note = QLineEdit(o["staff_note"])
        self.staff_note.setObjectName("staff_note")
        self.staff_note.setPlaceholderText(
            self.tr("Shown at the desk on check-in, e.g. VIP: call host")
        )
        self.notes = QPlainTextEdit(o["notes"])
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Internal notes (not shown at the desk)"))
        nform.addRow(self.tr("Note for desk staff"), self.staff_note)
        nform.addRow(self.tr("Notes"), self.notes)

        self.tabs = QTabWidget()
        self.tabs.addTab(person, self.tr("Person"))
        self.tabs.addTab(notes, self.tr("Notes"))
        if notes_first:
            self.tabs.setCurrentIndex(1)

        self.message = QLabel()
        self.message.setStyleSheet(f"color: {theme().bad}; font-weight: bold;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addWidget(facts)
        box.addWidget(self.tabs)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        (self.staff_note if notes_first else self.edits["given_name"]).setFocus()

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from what was loaded."""
        values: dict[str, Any] = {k: e.text().strip() for k, e in self.edits.items()}
        values["category"] = self.category.currentData()
        values["staff_note"] = self.staff_note.text().strip()
        values["notes"] = self.notes.toPlainText()
        return {k: v for k, v in values.items() if (self.original.get(k) or "") != (v or "")}

    def save(self) -> None:
        """Send the changes to the writer; close on success, show the reason otherwise."""
        changes = self.changes()
        if not changes:
            self.accept()
            return
        aid, desk, operator = self.attendee_id, self.ctx.desk, self.ctx.operator
        self.buttons.setEnabled(False)
        self.ctx.worker.submit(
            lambda s: attendees.edit_attendee(s, aid, changes, desk, operator),
            self._saved,
            self._failed,
        )

    def _saved(self, _result: dict[str, tuple[Any, Any]]) -> None:
        self.buttons.setEnabled(True)
        self.ctx.signals.notify(Change.ATTENDEES, initiator=self)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(f"✖ {user_message(exc)}")
        self.message.show()
