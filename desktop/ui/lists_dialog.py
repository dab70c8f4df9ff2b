"""The Check-in lists window (File > Check-in lists…): the event's lists with their rules and
counts, adding and removing organizers' lists, and a list's sign-ups with its waiting list.

Everything goes through the core functions the CLI uses (desktop.core.checkin_lists,
desktop.core.signups) on the app's writer; the desks hear of a new or removed list at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core import checkin_lists as cl
from desktop.core import signups as su
from desktop.ui.attendee_picker import AttendeePicker
from desktop.ui.changes import Change
from desktop.ui.desk.style import category_label
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.list_names import list_label, short_date
from desktop.ui.tables import fill_rows, read_only_table

if TYPE_CHECKING:
    from desktop.ui.context import AppContext

T = TypeVar("T")
ADMIT_LABELS = [
    (QT_TRANSLATE_NOOP("AddListDialog", "Anyone, while seats are free"), "anyone"),
    (
        QT_TRANSLATE_NOOP("AddListDialog", "Signed-up people first (their seats held)"),
        "signed_first",
    ),
    (QT_TRANSLATE_NOOP("AddListDialog", "Signed-up people only"), "signed_only"),
]
# How the rule column names who a door admits (desktop.core.checkin_lists.ADMIT).
ADMIT_WORDS = {
    "signed_first": QT_TRANSLATE_NOOP("ListsDialog", "signed-up people first"),
    "signed_only": QT_TRANSLATE_NOOP("ListsDialog", "signed-up people only"),
}
# strftime's English short weekdays and months (the core's "%a" and "%b"), read back from the
# core's labels and the names it gives the event's own lists.
_WEEKDAYS = {"Mon": 1, "Tue": 2, "Wed": 3, "Thu": 4, "Fri": 5, "Sat": 6, "Sun": 7}


def rule_text(x: cl.ListInfo) -> str:
    """A list's rule in a few words, in the interface's language (as ListInfo.rule says it
    in English: "17 Jan 13:30-15:00; press only")."""
    parts = []
    if x.kind == "pickup":
        parts.append(QCoreApplication.translate("ListsDialog", "once per event, prints the badge"))
    if x.day is not None:
        parts.append(short_date(x.day))
    if x.opens or x.closes:
        parts.append(f"{x.opens or '…'}-{x.closes or '…'}")
    if x.room:
        parts.append(QCoreApplication.translate("ListsDialog", "room {room}").format(room=x.room))
    if x.categories:
        names = QCoreApplication.translate("ListsDialog", ", ").join(
            category_label(c) for c in x.categories
        )
        parts.append(
            QCoreApplication.translate("ListsDialog", "{categories} only").format(categories=names)
        )
    if x.exits:
        parts.append(QCoreApplication.translate("ListsDialog", "entry and exit"))
    if x.capacity:
        seats = (
            QCoreApplication.translate("ListsDialog", "1 seat")
            if x.capacity == 1
            else QCoreApplication.translate("ListsDialog", "{count} seats")
        )
        parts.append(seats.format(count=x.capacity))
    if x.admit in ADMIT_WORDS:
        parts.append(QCoreApplication.translate("ListsDialog", ADMIT_WORDS[x.admit]))
    separator = QCoreApplication.translate("ListsDialog", "; ")
    return separator.join(parts) or QCoreApplication.translate("ListsDialog", "once")


def session_label(label: str) -> str:
    """The core's "Thu 11:00 Round table (Room 1)" with the weekday in the interface's
    language."""
    day, _, rest = label.partition(" ")
    if day in _WEEKDAYS and rest:
        return f"{QLocale().dayName(_WEEKDAYS[day], QLocale.FormatType.ShortFormat)} {rest}"
    return label


class _Base(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = QLabel("")
        self.message.setWordWrap(True)

    def _write(self, fn: Callable[[Session], T], then: Callable[[T], None]) -> None:
        """A write on the app's writer; the answer (or the error's one line) comes back."""

        def done(value: T) -> None:
            self.ctx.signals.notify(Change.LISTS, Change.CHECKINS, initiator=self)
            then(value)

        self.ctx.worker.submit(fn, done, lambda exc: self.message.setText(user_message(exc)))


class ListsDialog(_Base):
    """The event's check-in lists: their rules and counts; add, remove, sign-ups."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Check-in lists"))
        self.resize(860, 460)
        self.infos: list[cl.ListInfo] = []
        self.table = read_only_table(
            [self.tr("List"), self.tr("Rule"), self.tr("In"), self.tr("Inside")],
            stretch=1,
            selectable=True,
        )
        self.table.itemSelectionChanged.connect(self._sync)
        self.add_button = QPushButton(self.tr("Add list…"))
        self.add_button.clicked.connect(self.add_list)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.signups_button = QPushButton(self.tr("Sign-ups…"))
        self.signups_button.clicked.connect(self.open_signups)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.signups_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "Who may check in where: the badge pickup, one list per day, and your own "
                    "lists for sessions, doors, round tables and categories. A desk chooses its "
                    "list in its header."
                )
            )
        )
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.ctx.worker.submit(
            cl.lists, self._show, lambda e: self.message.setText(user_message(e))
        )

    def _show(self, infos: list[cl.ListInfo]) -> None:
        self.infos = infos
        rows = []
        for x in infos:
            inside = f"{x.inside:,}" if x.exits else ""
            rows.append([list_label(x.name), rule_text(x), f"{x.checked_in:,}", inside])
        fill_rows(self.table, rows, numeric_from=2)
        self._sync()

    def selected(self) -> cl.ListInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows and rows[0].row() < len(self.infos) else None

    def select(self, name: str) -> None:
        for i, x in enumerate(self.infos):
            if x.name == name:
                self.table.selectRow(i)

    def _sync(self) -> None:
        x = self.selected()
        own = x is not None and x.kind == "custom"
        self.remove_button.setEnabled(own)
        self.signups_button.setEnabled(own)

    def add_list(self) -> None:
        form = AddListDialog(self.ctx, self)
        form.added.connect(lambda _name: self.reload())
        form.open()
        self._form = form  # kept for tests and for its answer

    def remove_selected(self, confirm: bool = True) -> None:
        x = self.selected()
        if x is None or x.kind != "custom":
            return
        if confirm:
            asked = QMessageBox.question(
                self,
                self.tr("Remove list"),
                self.tr("Remove {name} and its {count} check-ins?").format(
                    name=x.name, count=f"{x.checked_in:,}"
                ),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        name = x.name
        self._write(lambda s: cl.remove_list(s, name), lambda _n: self.reload())

    def open_signups(self) -> None:
        x = self.selected()
        if x is None or x.kind != "custom":
            return
        dialog = SignupsDialog(self.ctx, x.name, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        self._signups = dialog


class AddListDialog(_Base):
    """A new organizer's list: name, room door, categories, hours, exits, seats, admission."""

    added = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Add a check-in list"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Round table: AI safety"))
        self.name.setMaxLength(100)
        self.session = QComboBox()
        self.session.setToolTip(
            self.tr(
                "A session's list admits on its day from 30 minutes before it starts until it "
                "ends, at its room's door"
            )
        )
        self.session.addItem(self.tr("(none)"), None)
        for sid, label in ctx.worker.read(cl.session_choices):
            self.session.addItem(session_label(label), sid)
        self.session.setMaximumWidth(460)
        self.room = QComboBox()
        self.room.addItem(self.tr("(no room)"), "")
        for r in ctx.worker.read(cl.room_names):
            self.room.addItem(r, r)
        self.categories = QLineEdit()
        self.categories.setPlaceholderText(self.tr("every category; or e.g. press, vip"))
        self.opens, self.closes = QLineEdit(), QLineEdit()
        for w in (self.opens, self.closes):
            w.setPlaceholderText(self.tr("HH:MM"))
            w.setMaxLength(5)
        self.exits = QCheckBox(self.tr("Entry and exit scans (a door: in again after going out)"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 1_000_000)
        self.capacity.setSpecialValueText(self.tr("no limit (or the room's)"))
        self.admit = QComboBox()
        for label, key in ADMIT_LABELS:
            self.admit.addItem(QCoreApplication.translate("AddListDialog", label), key)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("For the session"), self.session)
        form.addRow(self.tr("At the door of"), self.room)
        form.addRow(self.tr("Categories"), self.categories)
        hours = QHBoxLayout()
        hours.addWidget(self.opens)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(self.closes)
        form.addRow(self.tr("Open from"), hours)
        form.addRow("", self.exits)
        form.addRow(self.tr("Seats"), self.capacity)
        form.addRow(self.tr("Admits"), self.admit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add list"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

    def save(self) -> None:
        """Add the list (checked by the core: one clear line in the form if refused)."""
        name = self.name.text()
        room = str(self.room.currentData() or "")
        cats = [c.strip() for c in self.categories.text().split(",") if c.strip()]
        opens, closes = self.opens.text().strip(), self.closes.text().strip()
        exits, seats = self.exits.isChecked(), self.capacity.value() or None
        admit = str(self.admit.currentData())
        talk = self.session.currentData()
        session_id = int(talk) if talk is not None else None

        def add(s: Session) -> str:
            new = cl.add_list(s, name, session_id=session_id, room=room, categories=cats,
                              opens=opens, closes=closes, exits=exits, capacity=seats,
                              admit=admit)  # fmt: skip
            return next(x.name for x in cl.lists(s) if x.id == new)

        def done(added: str) -> None:
            self.added.emit(added)
            self.accept()

        self._write(add, done)


class SignupsDialog(_Base):
    """One list's sign-ups: the seat holders, then the waiting list; sign up, cancel."""

    def __init__(self, ctx: AppContext, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list_name = list_name
        self.setWindowTitle(self.tr("Sign-ups: {list}").format(list=list_name))
        self.resize(640, 480)
        self.found: list[su.Signup] = []
        self.table = read_only_table(
            [self.tr("Place"), self.tr("Name"), self.tr("Came")], stretch=1, selectable=True
        )
        self.picker = AttendeePicker(ctx.worker.read)
        self.picker.edit.setPlaceholderText(
            self.tr("type a name, 中文名, e-mail or number to sign up")
        )
        self.add_button = QPushButton(self.tr("Sign up"))
        self.add_button.clicked.connect(self.sign_up)
        self.cancel_button = QPushButton(self.tr("Cancel sign-up…"))
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        pick = QHBoxLayout()
        pick.addWidget(self.picker, 1)
        pick.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(pick)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        name = self.list_name
        self.ctx.worker.submit(
            lambda s: su.signups(s, name),
            self._show,
            lambda e: self.message.setText(user_message(e)),
        )

    def _show(self, found: list[su.Signup]) -> None:
        self.found = found
        rows = [
            [
                (self.tr("waiting {place}") if x.waiting else self.tr("seat {place}")).format(
                    place=x.place
                ),
                x.name,
                "✓" if x.came else "",
            ]
            for x in found
        ]
        fill_rows(self.table, rows, numeric_from=3)  # no figures here: places and names
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 2)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)

    def sign_up(self) -> None:
        aid = self.picker.attendee_id()
        if aid is None:
            self.message.setText(self.tr("Choose the person first: type their name above."))
            return
        name = self.list_name

        def done(result: su.SignupResult) -> None:
            self.message.setText(result.message)
            self.picker.set_attendee(None)
            self.reload()

        self._write(lambda s: su.sign_up(s, name, aid), done)

    def cancel_selected(self, reason: str | None = None) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.found):
            self.message.setText(self.tr("Choose the sign-up to cancel in the list."))
            return
        who = self.found[rows[0].row()]
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Cancel sign-up"), self.tr("Why is {name} off?").format(name=who.name)
            )
            if not ok:
                return
        name, aid, why = self.list_name, who.attendee_id, reason

        def done(result: su.SignupResult) -> None:
            self.message.setText(result.message)
            self.reload()

        self._write(lambda s: su.cancel_signup(s, name, aid, reason=why), done)
