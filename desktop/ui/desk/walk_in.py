"""The walk-in form: register someone at the desk, check them in and print, in one step.

Validation messages appear under the field they concern. Before registering, the form looks
for an existing registration of the same person (`attendees.find_duplicates`) and offers to
open it instead ("Chan Tai Man, chan@example.com is already registered: open it?").

A badge scanned while the form is open is no walk-in: the desk's scan buffer keeps the code
out of the fields and away from Register, the desk checks the badge's owner in, and the form
says whose badge it was (`show_scan`), left as it was.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.models import CATEGORIES
from desktop.core import attendees
from desktop.core.offline_walk_in import walk_in_or_journal
from desktop.ui.context import AppContext
from desktop.ui.desk.style import category_label, desk_font
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.theme import theme

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
FIELDS = (
    ("given_name", QT_TRANSLATE_NOOP("WalkInDialog", "Given name")),
    ("family_name", QT_TRANSLATE_NOOP("WalkInDialog", "Family name")),
    ("name_local", QT_TRANSLATE_NOOP("WalkInDialog", "Chinese name")),
    ("organization", QT_TRANSLATE_NOOP("WalkInDialog", "Organization")),
    ("email", QT_TRANSLATE_NOOP("WalkInDialog", "E-mail")),
)


def validate(values: dict[str, str]) -> dict[str, str]:
    """Field -> message for what is wrong with the form (empty when it may be saved)."""
    errors: dict[str, str] = {}
    if not any(values.get(k, "").strip() for k in ("given_name", "family_name", "name_local")):
        errors["given_name"] = QCoreApplication.translate(
            "WalkInDialog", "Enter the person's name (in English or in Chinese)."
        )
    email = values.get("email", "").strip()
    if email and not EMAIL_RE.match(email):
        errors["email"] = QCoreApplication.translate(
            "WalkInDialog", "This e-mail address looks wrong (name@example.com)."
        )
    if len(values.get("organization", "")) > 300:
        errors["organization"] = QCoreApplication.translate(
            "WalkInDialog", "At most 300 characters."
        )
    return errors


def duplicate_text(dups: list[Any]) -> str:
    """ "Fiona Chan, fiona@harbour.ai (same e-mail and name) is already registered: open it?",
    for the closest of `attendees.rank_duplicates`."""
    first = dups[0].card
    who = ", ".join(
        p for p in (first.display_name or first.name_local, first.email or first.organization) if p
    )
    if len(dups) > 1:
        text = QCoreApplication.translate(
            "WalkInDialog", "{who} ({why}) is already registered (and {more} more alike): open it?"
        )
    else:
        text = QCoreApplication.translate(
            "WalkInDialog", "{who} ({why}) is already registered: open it?"
        )
    return text.format(who=who, why=dups[0].why, more=len(dups) - 1)


class WalkInDialog(QDialog):
    """Register a walk-in; emits `registered(DeskWalkIn)` or `open_existing(attendee_id)`."""

    registered = Signal(object)
    open_existing = Signal(int)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, check_in: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # False: "Add attendee" on the Attendees screen: registered, not checked in, no badge.
        self.check_in = check_in
        self.setWindowTitle(
            self.tr("Walk-in registration") if check_in else self.tr("Add attendee")
        )
        self.setMinimumWidth(520)
        self.duplicates: list[Any] = []
        self.kept = False  # closed by "Open it": its values are a draft for next time
        self._acknowledged: tuple[str, ...] = ()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}

        heading = QLabel(self.tr("Register a walk-in") if check_in else self.tr("Add an attendee"))
        heading.setFont(desk_font(16, bold=True))
        hint = QLabel(
            self.tr("They are checked in and their badge is printed when you press Register.")
            if check_in
            else self.tr(
                "They are registered, not checked in: they check in at a desk when they arrive."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        self.scan_notice = QLabel()
        self.scan_notice.setObjectName("scan_notice")
        self.scan_notice.setWordWrap(True)
        self.scan_notice.setFont(desk_font(12, bold=True))
        self.scan_notice.setStyleSheet(
            "QLabel#scan_notice { background: #E3F0FF; color: #0B3D75;"
            " border: 2px solid #0B5CAD; border-radius: 8px; padding: 6px 10px; }"
        )
        self.scan_notice.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in FIELDS:
            edit = QLineEdit()
            edit.setFont(desk_font(13))
            edit.setObjectName(key)
            error = QLabel()
            error.setObjectName(f"{key}_error")
            error.setStyleSheet(f"color: {theme().bad}; font-weight: bold;")
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(self.tr(label), column)
            self.edits[key] = edit
            self.errors[key] = error
            edit.textEdited.connect(lambda _t, k=key: self._clear_error(k))
        self.edits["email"].setPlaceholderText(self.tr("name@example.com"))
        self.edits["name_local"].setPlaceholderText("陳大文")
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(category_label(c), c)
        form.addRow(self.tr("Category"), self.category)

        self.duplicate_box = QFrame()
        self.duplicate_box.setObjectName("duplicate")
        self.duplicate_box.setStyleSheet(
            "QFrame#duplicate { background: #FFF4D6; border: 2px solid #B26A00;"
            " border-radius: 8px; }"
        )
        self.duplicate_label = QLabel()
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setFont(desk_font(12, bold=True))
        self.open_button = QPushButton(self.tr("Open it"))
        self.anyway_button = QPushButton(self.tr("Register as a new person anyway"))
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(self.open_button)
        dup_buttons.addWidget(self.anyway_button)
        dup_buttons.addStretch(1)
        dbox = QVBoxLayout(self.duplicate_box)
        dbox.addWidget(self.duplicate_label)
        dbox.addLayout(dup_buttons)
        self.duplicate_box.hide()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme().bad}; font-weight: bold;")
        self.message.hide()
        self.register_button = QPushButton(
            self.tr("Register, check in and print") if check_in else self.tr("Add attendee")
        )
        self.register_button.setDefault(True)
        self.register_button.setMinimumHeight(36)
        cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.register_button)

        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addWidget(hint)
        box.addWidget(self.scan_notice)
        box.addLayout(form)
        box.addWidget(self.duplicate_box)
        box.addWidget(self.message)
        box.addLayout(buttons)

        self.register_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open_duplicate)
        self.anyway_button.clicked.connect(self._register_anyway)

    # --- values and validation ---------------------------------------------------------------
    def values(self) -> dict[str, str]:
        out = {k: e.text().strip() for k, e in self.edits.items()}
        out["category"] = str(self.category.currentData())
        return out

    def _clear_error(self, key: str) -> None:
        self.errors[key].hide()
        self.message.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            text = errors.get(key, "")
            label.setText(f"✖ {text}" if text else "")
            label.setVisible(bool(text))
        if errors:
            self.edits[next(iter(errors))].setFocus()

    def show_scan(self, headline: str, name: str) -> None:
        """A badge was scanned while the form is open: say whose it was and what happened."""
        who = f"{name}: " if name else ""
        self.scan_notice.setText(
            self.tr(
                "Badge scanned – {who}{headline}. That is no walk-in: the form was left as it was."
            ).format(who=who, headline=headline)
        )
        self.scan_notice.show()

    # --- the one step --------------------------------------------------------------------
    def submit(self) -> None:
        """Validate, warn about a likely duplicate once, then register and check in."""
        values = self.values()
        errors = validate(values)
        self.show_errors(errors)
        if errors:
            return
        key = tuple(values.values())
        if key != self._acknowledged:
            try:
                self.duplicates = self.ctx.worker.read_or_mirror(
                    self.ctx.desk, lambda s: attendees.rank_duplicates(s, values)
                )
            except Exception as exc:
                self._show_message(user_message(exc))
                return
            if self.duplicates:
                self.duplicate_label.setText("⚠ " + duplicate_text(self.duplicates))
                self.duplicate_box.show()
                self.open_button.setFocus()
                return
        self._register(values)

    def _register_anyway(self) -> None:
        self._acknowledged = tuple(self.values().values())
        self.duplicate_box.hide()
        self.submit()

    def _open_duplicate(self) -> None:
        """Show the registered person on the desk; the form is kept as typed (`draft`) for
        when it was someone else after all."""
        if self.duplicates:
            self.open_existing.emit(self.duplicates[0].card.id)
        self.kept = True
        self.accept()

    def set_values(self, values: dict[str, str]) -> None:
        """Fill the form (a draft kept from before)."""
        for key, edit in self.edits.items():
            edit.setText(values.get(key, ""))
        index = self.category.findData(values.get("category", "attendee"))
        self.category.setCurrentIndex(max(index, 0))

    def _register(self, values: dict[str, str]) -> None:
        desk, operator = self.ctx.desk, self.ctx.operator
        self.register_button.setEnabled(False)
        if not self.check_in:  # registered only: on the event's store (needs its server)
            self.ctx.worker.submit(
                lambda s: attendees.register_walk_in(s, values, desk, operator, check_in=False),
                self._done,
                self._failed,
            )
            return
        # On the desk's lane: registered on the event's store, or (its server away) in the
        # desk's mirror and journal with a provisional number (core.offline_walk_in).
        self.ctx.worker.desk_job(
            desk,
            lambda store, journal, mirror: walk_in_or_journal(
                store, journal, values, desk, operator, mirror=mirror
            ),
            self._done,
            self._failed,
        )

    def _done(self, result: Any) -> None:
        self.register_button.setEnabled(True)
        self.registered.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.register_button.setEnabled(True)
        self._show_message(user_message(exc))

    def _show_message(self, text: str) -> None:
        self.message.setText(f"✖ {text}")
        self.message.show()

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a field submits (the default button), never closes the form half-filled.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)
