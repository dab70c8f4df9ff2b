"""Speakers: name, Chinese name, organization, title, bio, email, availability windows, and
the link to their attendee record (which makes their badge a speaker badge).

Saving one speaker is one undoable step (new speakers: undo deletes them). Undoing a link
unlinks the attendee; the attendee's category stays "speaker".
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.base.schedule import SpeakerData
from desktop.core.schedule import editing
from desktop.core.schedule.windows import format_windows, parse_windows
from desktop.core.text import fold
from desktop.ui.attendee_picker import AttendeePicker
from desktop.ui.errors import said
from desktop.ui.i18n import mark_data
from desktop.ui.schedule.commands import CallCommand, CreateCommand
from desktop.ui.schedule.controller import ScheduleController
from desktop.ui.schedule.style import shown_date
from desktop.ui.theme import theme

ID_ROLE = Qt.ItemDataRole.UserRole
TEXT_FIELDS = ("name", "name_local", "organization", "title", "email")


class SpeakersDialog(QDialog):
    """A filterable list of speakers beside the form of the selected one."""

    def __init__(self, controller: ScheduleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Speakers"))
        self.resize(900, 560)
        data = controller.data
        assert data is not None
        self.tz = zoneinfo.ZoneInfo(data.timezone)
        self.current: SpeakerData | None = None

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter speakers…"))
        self.filter.setClearButtonEnabled(True)
        self.list = mark_data(QListWidget())  # the speakers' names
        left = QWidget()
        left.setMinimumWidth(260)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.filter)
        ll.addWidget(self.list, 1)
        new = QPushButton(self.tr("&New speaker"))
        ll.addWidget(new)

        self.fields: dict[str, QLineEdit] = {k: QLineEdit() for k in TEXT_FIELDS}
        self.bio = QPlainTextEdit()
        self.bio.setTabChangesFocus(True)
        self.availability = QPlainTextEdit()
        self.availability.setTabChangesFocus(True)
        self.availability.setPlaceholderText(
            self.tr("Blank: throughout the event.\n2026-12-03 09:00-18:00")
        )
        self.availability.setFixedHeight(70)
        # The desk's search, not a dropdown of every attendee (100,000 of them on big events).
        self.attendee = AttendeePicker(controller.ctx.worker.read)
        self.sessions = QLabel()
        self.sessions.setWordWrap(True)
        self.sessions.setStyleSheet("color: palette(placeholder-text);")
        form_w = QWidget()
        form = QFormLayout(form_w)
        form.addRow(self.tr("&Name"), self.fields["name"])
        form.addRow(self.tr("Chinese &name"), self.fields["name_local"])
        form.addRow(self.tr("&Organization"), self.fields["organization"])
        form.addRow(self.tr("&Title"), self.fields["title"])
        form.addRow(self.tr("&Email"), self.fields["email"])
        form.addRow(self.tr("&Bio"), self.bio)
        form.addRow(self.tr("A&vailable"), self.availability)
        form.addRow(self.tr("&Attendee"), self.attendee)
        form.addRow(self.tr("Sessions"), self.sessions)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme().bad};")
        self.error.setWordWrap(True)
        save = QPushButton(self.tr("&Save speaker"))
        save.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(save)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(form_w)
        rl.addLayout(buttons)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 600])
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(box)

        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(self._selected)
        new.clicked.connect(self.new_speaker)
        save.clicked.connect(self.save)
        self._fill_list()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_speaker()

    # -- list ----------------------------------------------------------------------------

    def _fill_list(self, select_id: int | None = None) -> None:
        data = self.controller.data
        assert data is not None
        self.list.blockSignals(True)
        self.list.clear()
        for p in data.speakers:
            label = p.name + (f"  {p.name_local}" if p.name_local else "")
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, p.id)
            item.setData(ID_ROLE + 1, fold(f"{p.name} {p.name_local} {p.organization}"))
            self.list.addItem(item)
            if p.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.data(ID_ROLE + 1))

    def _speaker(self, speaker_id: int) -> SpeakerData | None:
        data = self.controller.data
        return next((p for p in data.speakers if p.id == speaker_id), None) if data else None

    def _selected(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        p = self._speaker(int(item.data(ID_ROLE))) if item is not None else None
        self.show_speaker(p)

    def show_speaker(self, p: SpeakerData | None) -> None:
        self.current = p
        self.error.clear()
        for k, w in self.fields.items():
            w.setText(getattr(p, k) if p else "")
        self.bio.setPlainText(p.bio if p else "")
        self.availability.setPlainText(format_windows(p.availability) if p else "")
        self.attendee.set_attendee(p.attendee_id if p else None)
        data = self.controller.data
        when = self.tr("ddd HH:mm")  # a QLocale date format
        talks = [
            self.tr("{title} ({when})").format(title=sd.title, when=shown_date(sd.start, when))
            if sd.start
            else self.tr("{title} (unscheduled)").format(title=sd.title)
            for sd in (data.sessions if data else [])
            if p and any(x.id == p.id for x in sd.speakers)
        ]
        self.sessions.setText("; ".join(talks) or self.tr("none yet"))

    def new_speaker(self) -> None:
        self.list.clearSelection()
        self.show_speaker(None)
        self.fields["name"].setFocus()

    # -- saving --------------------------------------------------------------------------

    def form_values(self) -> dict[str, Any]:
        """The form as update_speaker fields; ValueError for unreadable availability."""
        values: dict[str, Any] = {k: w.text().strip() for k, w in self.fields.items()}
        values["bio"] = self.bio.toPlainText().strip()
        values["availability"] = parse_windows(self.availability.toPlainText(), self.tz)
        return values

    def _attendee_id(self) -> int | None:
        return self.attendee.attendee_id()

    def save(self) -> bool:
        """Write the form as one undoable step; False (with the reason shown) when refused."""
        try:
            values = self.form_values()
        except ValueError as exc:
            self.error.setText(self.tr("Availability {error}").format(error=said(exc.args[0])))
            return False
        if not values["name"]:
            self.error.setText(self.tr("A speaker needs a name."))
            return False
        attendee_id = self._attendee_id()
        p = self.current
        ctl = self.controller
        if p is None:
            fields = {k: v for k, v in values.items() if k != "name"}

            def create(s: Session) -> int:
                sid = editing.create_speaker(s, values["name"], **fields)
                if attendee_id is not None:
                    editing.link_speaker_attendee(s, sid, attendee_id)
                return sid

            text = self.tr("New speaker {name}").format(name=values["name"])
            cmd = CreateCommand(ctl, text, create, editing.delete_speaker)
            ok = ctl.execute(cmd, report=False)
            new_id = cmd.created_id
        else:
            old = {k: getattr(p, k) for k in (*TEXT_FIELDS, "bio")}
            old["availability"] = list(p.availability)
            changed = {k: v for k, v in values.items() if v != old[k]}
            before = {k: old[k] for k in changed}
            link_changed = attendee_id != p.attendee_id
            if not changed and not link_changed:
                self.error.setText(self.tr("Nothing changed."))
                return True
            old_link = p.attendee_id

            def do(s: Session) -> None:
                if changed:
                    editing.update_speaker(s, p.id, **changed)
                if link_changed:
                    editing.link_speaker_attendee(s, p.id, attendee_id)

            def revert(s: Session) -> None:
                if before:
                    editing.update_speaker(s, p.id, **before)
                if link_changed:
                    editing.link_speaker_attendee(s, p.id, old_link)

            text = self.tr("Edit speaker {name}").format(name=values["name"])
            ok = ctl.execute(CallCommand(ctl, text, do, revert), False)
            new_id = p.id
        if not ok:
            self.error.setText(ctl.last_error)
            return False
        self._fill_list(new_id)
        self.show_speaker(self._speaker(new_id) if new_id is not None else None)
        self.error.setText(self.tr("Saved."))
        return True
