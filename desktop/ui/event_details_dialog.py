"""File > Event details: name, venue, dates, time zone, logo and category colours.

The dialog only gathers the changes; `desktop.core.event_details.update_event` checks and
writes them on the worker, and a refusal (dates that leave sessions out, a file that is no
picture) is shown in the dialog as one line, with nothing changed.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.event_details import EventDetails, event_details, update_event
from desktop.ui import file_dialogs
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.desk.style import category_label, text_on
from desktop.ui.errors import user_message
from desktop.ui.i18n import DATA_PROPERTY, QT_TRANSLATE_NOOP, mark_data
from desktop.ui.theme import theme

IMAGE_FILTER = QT_TRANSLATE_NOOP(
    "EventDetailsDialog", "Pictures (*.png *.jpg *.jpeg);;All files (*)"
)


def _qdate(day: dt.date | None) -> QDate:
    day = day or dt.date.today()
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class EventDetailsDialog(QDialog):
    """Edit the open event's details; `saved` holds the new details after Save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("eventDetailsDialog")
        self.setWindowTitle(self.tr("Event details"))
        self.original: EventDetails = ctx.worker.read(event_details)
        self.saved: EventDetails | None = None
        d = self.original

        self.name = QLineEdit(d.name)
        self.name.setObjectName("eventName")
        self.name.setMinimumWidth(380)
        self.venue = QLineEdit(d.venue)
        self.venue.setObjectName("eventVenue")
        self.venue.setPlaceholderText(self.tr("e.g. Hong Kong Science Park, Pak Shek Kok"))
        # The glyph forms of Chinese on badges and the program (attendees from Taiwan or the
        # mainland get their own forms whatever is chosen here).
        self.forms = QComboBox()
        self.forms.setObjectName("eventGlyphForms")
        self.forms.addItem(self.tr("Hong Kong forms"), "hk")
        self.forms.addItem(self.tr("Taiwan forms"), "tw")
        self.forms.addItem(self.tr("Mainland forms (Simplified)"), "cn")
        self.forms.setCurrentIndex(max(0, self.forms.findData(d.glyph_forms)))
        self.forms.setToolTip(
            self.tr(
                "The glyph forms of Chinese names on badges and in the program. Attendees from "
                "Taiwan or the mainland get their own forms."
            )
        )
        self.zone = QComboBox()
        self.zone.setObjectName("eventZone")
        mark_data(self.zone)  # time zones' IANA names ("Asia/Hong_Kong", "EET"): data
        self.zone.setEditable(True)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        self.zone.setCurrentText(d.timezone)
        self.first = QDateEdit(_qdate(d.start_date))
        self.first.setObjectName("eventFirstDay")
        self.last = QDateEdit(_qdate(d.end_date))
        self.last.setObjectName("eventLastDay")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(self.tr("ddd d MMM yyyy"))
        self.first.dateChanged.connect(self._first_moved)
        # An event made without dates keeps none until the user sets them (a rename must
        # not give it today's date).
        self.dates_touched = False
        self.last.dateChanged.connect(self._dates_changed)
        self.move_sessions = QCheckBox(self.tr("Move the timetable with the first day"))
        self.move_sessions.setObjectName("moveSessions")
        self.move_sessions.setToolTip(
            self.tr("Sessions move by as many days as the first day does, at the same local times")
        )
        days = QHBoxLayout()
        days.addWidget(self.first)
        days.addWidget(QLabel(self.tr("to")))
        days.addWidget(self.last)
        days.addStretch(1)

        self.logo_path: str | None = None  # None: unchanged, "": remove, else a new file
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(160, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #C9CED6; background: #FFFFFF;")
        self.logo_name = QLabel()
        self.logo_name.setObjectName("logoName")
        choose = QPushButton(self.tr("Choose picture…"))
        choose.setObjectName("chooseLogo")
        choose.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.setObjectName("removeLogo")
        self.remove_logo.clicked.connect(self._remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        side = QVBoxLayout()
        side.addWidget(self.logo_name)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(choose)
        buttons_row.addWidget(self.remove_logo)
        buttons_row.addStretch(1)
        side.addLayout(buttons_row)
        logo_row.addLayout(side, 1)
        self._show_logo(self._current_logo_file(), d.logo)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Days:"), days)
        form.addRow("", self.move_sessions)
        form.addRow(self.tr("Time zone:"), self.zone)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("Chinese prints in:"), self.forms)

        self.colors: dict[str, str] = dict(d.category_colors)
        self.custom: set[str] = set(d.custom_colors)
        self.swatches: dict[str, QPushButton] = {}
        colors_box = QGroupBox(self.tr("Category colours (badge bands and the desk)"))
        grid = QGridLayout(colors_box)
        for i, category in enumerate(d.category_colors):
            swatch = QPushButton()
            swatch.setObjectName(f"color_{category}")
            swatch.setMinimumWidth(150)
            swatch.clicked.connect(lambda _c=False, k=category: self._pick_color(k))
            reset = QPushButton(self.tr("Default"))
            reset.setObjectName(f"reset_{category}")
            reset.clicked.connect(lambda _c=False, k=category: self._reset_color(k))
            self.swatches[category] = swatch
            row, col = divmod(i, 2)
            grid.addWidget(swatch, row, col * 2)
            grid.addWidget(reset, row, col * 2 + 1)
            self._paint_swatch(category)

        self.message = QLabel()
        self.message.setObjectName("eventDetailsError")
        self.message.setStyleSheet(f"color: {theme().bad}; font-weight: bold;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self._clear_message())
        self.move_sessions.toggled.connect(lambda _on: self._clear_message())
        self.zone.currentTextChanged.connect(lambda _t: self._clear_message())
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(colors_box)
        box.addWidget(self.message)
        box.addWidget(self.buttons)

    # --- dates -------------------------------------------------------------------------
    def _first_moved(self, new: QDate) -> None:
        """A new first day keeps the event's length, as the core does."""
        self.dates_touched = True
        self.last.setDate(new.addDays(max(self.original.days - 1, 0)))

    def _dates_changed(self, _new: QDate) -> None:
        self.dates_touched = True

    # --- logo --------------------------------------------------------------------------
    def _current_logo_file(self) -> str | None:
        from desktop.core.badges import logo_file
        from desktop.core.events import current_event

        return self.ctx.worker.read(lambda s: logo_file(s, current_event(s)))

    def _show_logo(self, path: str | None, name: str) -> None:
        pix = QPixmap(path) if path else QPixmap()
        if pix.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(
                pix.scaled(
                    QSize(150, 56),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.logo_name.setText(name or self.tr("Printed on badges and the program's cover"))
        self.logo_name.setProperty(DATA_PROPERTY, bool(name))  # a file's name is data
        self.remove_logo.setEnabled(bool(name))

    def _choose_logo(self) -> None:
        start = str(Path(self.logo_path).parent) if self.logo_path else str(Path.home())
        path = file_dialogs.open_file(
            self,
            self.tr("Choose the event's logo"),
            start,
            QCoreApplication.translate("EventDetailsDialog", IMAGE_FILTER),
        )
        if not path:
            return
        self.logo_path = path
        self._show_logo(path, Path(path).name)

    def _remove_logo(self) -> None:
        self.logo_path = ""
        self._show_logo(None, "")

    # --- colours -----------------------------------------------------------------------
    def _paint_swatch(self, category: str) -> None:
        color = QColor(self.colors[category])
        fg = text_on(color)
        label = category_label(category)
        self.swatches[category].setText(f"{label}  {color.name()}")
        self.swatches[category].setStyleSheet(
            f"QPushButton {{ background: {color.name()}; color: {fg.name()};"
            " border: 1px solid #8A8F98; border-radius: 4px; padding: 5px 10px; }"
        )

    def _pick_color(self, category: str) -> None:
        color = QColorDialog.getColor(
            QColor(self.colors[category]),
            self,
            self.tr("Colour of {category}").format(category=category_label(category)),
        )
        if color.isValid():
            self.set_color(category, color.name())

    def set_color(self, category: str, color: str) -> None:
        """Choose a category's colour (what the colour picker does)."""
        self.colors[category] = color.lower()
        self.custom.add(category)
        self._paint_swatch(category)

    def _reset_color(self, category: str) -> None:
        from desktop.pdf.templates import DEFAULT_CATEGORY_COLORS as DEFAULT_COLORS

        self.colors[category] = DEFAULT_COLORS[category]
        self.custom.discard(category)
        self._paint_swatch(category)

    # --- save --------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """The keyword arguments of `update_event` for what differs from what was loaded."""
        d = self.original
        out: dict[str, Any] = {}
        if self.name.text().strip() != d.name:
            out["name"] = self.name.text()
        if self.venue.text().strip() != d.venue:
            out["venue"] = self.venue.text()
        if self.zone.currentText().strip() != d.timezone:
            out["timezone"] = self.zone.currentText().strip()
        first, last = _pydate(self.first.date()), _pydate(self.last.date())
        if (d.start_date is not None or self.dates_touched) and (
            first != d.start_date or last != d.end_date
        ):
            out["start_date"], out["end_date"] = first, last
            out["move_sessions"] = self.move_sessions.isChecked()
        if self.forms.currentData() != d.glyph_forms:
            out["glyph_forms"] = self.forms.currentData()
        if self.logo_path is not None:
            out["logo"] = self.logo_path
        colors = {
            k: (v if k in self.custom else "default")
            for k, v in self.colors.items()
            if (k in self.custom) != (k in d.custom_colors)
            or (k in self.custom and v != d.category_colors[k])
        }
        if colors:
            out["category_colors"] = colors
        return out

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        desk, operator = self.ctx.desk, self.ctx.operator
        self.buttons.setEnabled(False)
        self.ctx.worker.submit(
            lambda s: update_event(s, desk=desk, operator=operator, **changes),
            self._saved,
            self._failed,
        )

    def _saved(self, details: EventDetails) -> None:
        self.buttons.setEnabled(True)
        self.saved = details
        self.ctx.signals.notify(Change.EVENT, initiator=self)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(f"✖ {user_message(exc)}")
        self.message.show()
        self.adjustSize()  # the dialog grows for the message; the form keeps its room

    def _clear_message(self) -> None:
        """A change after a refusal: the message was about the values before it."""
        if self.message.isVisible():
            self.message.hide()
            self.adjustSize()
