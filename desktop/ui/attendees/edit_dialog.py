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
from desktop.ui.theme import theme

PERSON_FIELDS = (
    ("given_name", "Given name"),
    ("family_name", "Family name"),
    ("name_local", "Chinese name"),
    ("organization", "Organization"),
    ("title", "Job title"),
    ("email", "E-mail"),
    ("phone", "Phone"),
    ("country", "Country"),
    ("external_id", "Ticketing id"),
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
        self.setWindowTitle(f"Edit {name}")
        self.setMinimumWidth(560)

        heading = QLabel(f"{name}  {o['name_local']}".strip())
        heading.setFont(desk_font(16, bold=True))
        state = "cancelled" if o["status"] == "cancelled" else "registered"
        if o["checked_in_at"]:
            state += f", checked in {o['checked_in_local']} at {o['checked_in_desk']}"
        facts = QLabel(f"No. {o['number']} · badge code {o['badge_code']} · {state}")
        facts.setStyleSheet("color: palette(placeholder-text);")
        facts.setWordWrap(True)

        self.edits: dict[str, QLineEdit] = {}
        person = QWidget()
        form = QFormLayout(person)
        for key, label in PERSON_FIELDS:
            edit = QLineEdit(str(o[key] or ""))
            edit.setObjectName(key)
            self.edits[key] = edit
            form.addRow(label, edit)
        self.category = QComboBox()
        self.category.setObjectName("category")
        cats = list(CATEGORIES)
        if o["category"] and o["category"] not in cats:
            cats.append(o["category"])
        for c in cats:
            self.category.addItem(category_label(c), c)
        self.category.setCurrentIndex(cats.index(o["category"]) if o["category"] in cats else 0)
        form.addRow("Category", self.category)

        notes = QWidget()
        nform = QFormLayout(notes)
        self.staff_note = QLineEdit(o["staff_note"])
        self.staff_note.setObjectName("staff_note")
        self.staff_note.setPlaceholderText("Shown at the desk on check-in, e.g. VIP: call host")
        self.notes = QPlainTextEdit(o["notes"])
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText("Internal notes (not shown at the desk)")
        nform.addRow("Note for desk staff", self.staff_note)
        nform.addRow("Notes", self.notes)

        self.tabs = QTabWidget()
        self.tabs.addTab(person, "Person")
        self.tabs.addTab(notes, "Notes")
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
