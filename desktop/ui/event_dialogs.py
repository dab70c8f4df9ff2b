"""Open an event file, or create a new event (file, name, time zone)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.engine import data_dir, open_store
from desktop.base.errors import UserError
from desktop.core.events import create_event
from desktop.ui import file_dialogs
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.theme import theme


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


# The file dialogs' filter (translated where shown: QCoreApplication.translate(_CONTEXT, ...)).
FILE_FILTER = QT_TRANSLATE_NOOP("NewEventDialog", "Confdesk events (*.sqlite);;All files (*)")
_CONTEXT = "NewEventDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def events_folder() -> Path:
    return data_dir() / "events"


def choose_event_file(parent: QWidget | None) -> str:
    """Ask for an existing event file; "" when the user cancels."""
    path = file_dialogs.open_file(
        parent,
        QCoreApplication.translate("NewEventDialog", "Open event"),
        str(events_folder()),
        _tr(FILE_FILTER),
    )
    return path


def recent_label(target: str, name: str) -> tuple[str, bool]:
    """The menu text of a recently opened event and whether it can be opened now (a file
    that is gone cannot; a server is tried when chosen). Never a password."""
    from db.engine import describe, resolve_url

    try:
        where = describe(resolve_url(target))
    except Exception:  # a value edited by hand that is no address at all
        shown = name or QCoreApplication.translate("NewEventDialog", "Event")
        return QCoreApplication.translate("NewEventDialog", "{event} (unreadable address)").format(
            event=shown
        ), False
    exists = True
    if resolve_url(target).startswith("sqlite"):
        path = Path(where)
        exists = path.is_file()
        where = f"{path.name} ({path.parent})"
    shown = name or QCoreApplication.translate("NewEventDialog", "Event")
    if exists:
        return f"{shown} — {where}", exists
    text = QCoreApplication.translate("NewEventDialog", "{event} — {where} (missing)")
    return text.format(event=shown, where=where), exists


@dataclass
class NewEvent:
    path: str
    name: str
    timezone: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    venue: str = ""


def create_event_file(spec: NewEvent) -> str:
    """Create a new SQLite event file holding one event; returns its path.

    Refuses an existing file, so an event is never overwritten.
    """
    if not spec.name.strip():
        raise UserError(QCoreApplication.translate("NewEventDialog", "the event needs a name"))
    if not spec.path.strip():
        raise UserError(
            QCoreApplication.translate("NewEventDialog", "choose a file for the new event")
        )
    path = Path(spec.path).expanduser()
    if path.suffix == "":
        path = path.with_suffix(".sqlite")
    if path.exists():
        raise UserError(
            QCoreApplication.translate(
                "NewEventDialog", "{path} already exists; choose another file name"
            ).format(path=path)
        )
    store = open_store(str(path), create=True)
    try:
        with store.session() as s:
            create_event(s, spec.name, spec.timezone, spec.start_date, spec.end_date, spec.venue)
    except Exception:
        store.close()
        path.unlink(missing_ok=True)
        raise
    store.close()
    return str(path)


class NewEventDialog(QDialog):
    """File, name, days, venue and time zone of a new event (File > Event details changes
    them later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.setObjectName("newEventDialog")
        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.name.setPlaceholderText(self.tr("e.g. Hong Kong AI Summit 2026"))
        self.name.setMinimumWidth(360)
        self.zone = QComboBox()
        self.zone.setObjectName("eventZone")
        mark_data(self.zone)  # time zones' IANA names ("Asia/Hong_Kong", "EET"): data
        self.zone.setEditable(True)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        self.zone.setCurrentText("Asia/Hong_Kong")
        self.venue = QLineEdit()
        self.venue.setObjectName("eventVenue")
        self.venue.setPlaceholderText(self.tr("e.g. Hong Kong Science Park, Pak Shek Kok"))
        today = QDate.currentDate()
        self.first = QDateEdit(today)
        self.first.setObjectName("eventFirstDay")
        self.last = QDateEdit(today.addDays(1))
        self.last.setObjectName("eventLastDay")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(self.tr("ddd d MMM yyyy"))
        self._first_day = today
        self.first.dateChanged.connect(self._first_moved)
        days = QHBoxLayout()
        days.addWidget(self.first)
        days.addWidget(QLabel(self.tr("to")))
        days.addWidget(self.last)
        days.addStretch(1)
        self.path = QLineEdit()
        self.path.setObjectName("eventPath")
        self.path.setMinimumWidth(360)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.error = QLabel()
        self.error.setObjectName("newEventError")
        self.error.setStyleSheet(f"color: {theme().bad};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.name.textChanged.connect(self._suggest_path)
        self._path_edited = False
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Days:"), days)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Time zone:"), self.zone)
        form.addRow(self.tr("File:"), file_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.created_path = ""

    def _first_moved(self, new: QDate) -> None:
        """The event keeps its length when its first day moves."""
        length = max(self._first_day.daysTo(self.last.date()), 0)
        self._first_day = new
        self.last.setDate(new.addDays(length))

    def _suggest_path(self, name: str) -> None:
        if self._path_edited:
            return
        slug = "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())
        self.path.setText(str(events_folder() / f"{slug or 'event'}.sqlite"))

    def _browse(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("New event file"), self.path.text(), _tr(FILE_FILTER)
        )
        if path:
            self.path.setText(path)
            self._path_edited = True

    def accept(self) -> None:
        from db.errors import StoreError

        try:
            self.created_path = create_event_file(
                NewEvent(
                    self.path.text(),
                    self.name.text(),
                    self.zone.currentText().strip(),
                    _pydate(self.first.date()),
                    _pydate(self.last.date()),
                    self.venue.text(),
                )
            )
        except (UserError, StoreError) as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            return
        super().accept()
