"""Edit one session: title, subtitle, abstract, language, type and length, track, status,
expected audience, plenary, and its speakers with their roles (in billing order)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from db.models import SESSION_STATUSES, SESSION_TYPES, SPEAKER_ROLES
from desktop.base.schedule import ScheduleData, SessionData, SpeakerData
from desktop.core.schedule.editing import SESSION_DEFAULT_DURATIONS
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.schedule.style import role_label, status_label, type_label
from desktop.ui.theme import theme

# The languages a session is often held in: stored code -> its name in the list (another code
# can be typed in).
LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("SessionDialog", "English"),
    "zh": QT_TRANSLATE_NOOP("SessionDialog", "Chinese"),
    "yue": QT_TRANSLATE_NOOP("SessionDialog", "Cantonese"),
    "zh-Hant": QT_TRANSLATE_NOOP("SessionDialog", "Chinese (Traditional)"),
    "zh-Hans": QT_TRANSLATE_NOOP("SessionDialog", "Chinese (Simplified)"),
    "ja": QT_TRANSLATE_NOOP("SessionDialog", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("SessionDialog", "Korean"),
    "fr": QT_TRANSLATE_NOOP("SessionDialog", "French"),
    "de": QT_TRANSLATE_NOOP("SessionDialog", "German"),
    "es": QT_TRANSLATE_NOOP("SessionDialog", "Spanish"),
}


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose Alt+letter focuses `widget` (rows holding several widgets)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def speaker_label(p: SpeakerData) -> str:
    text = p.name
    if p.name_local:
        text += f" {p.name_local}"
    if p.organization:
        text += f" ({p.organization})"
    return text


class SessionDialog(QDialog):
    """A form for one session; `field_changes()` and `speakers()` read the result."""

    def __init__(
        self, data: ScheduleData, sd: SessionData | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.sd = sd
        self.setWindowTitle(
            self.tr("New session")
            if sd is None
            else self.tr("Session: {title}").format(title=sd.title)
        )
        self.setMinimumWidth(560)
        self.title = QLineEdit(sd.title if sd else "")
        self.subtitle = QLineEdit(sd.subtitle if sd else "")
        self.abstract = QPlainTextEdit(sd.abstract if sd else "")
        self.abstract.setTabChangesFocus(True)
        self.abstract.setFixedHeight(90)
        # Names in the list, codes stored; a code typed in is kept as it is.
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in LANGUAGES.items():
            self.language.addItem(QCoreApplication.translate("SessionDialog", name), code)
        self.set_language(sd.language if sd else "en")
        self.type = QComboBox()
        for t in SESSION_TYPES:
            self.type.addItem(type_label(t), t)
        self.type.setCurrentIndex(
            SESSION_TYPES.index(sd.type) if sd and sd.type in SESSION_TYPES else 1
        )
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(sd.duration_min if sd else SESSION_DEFAULT_DURATIONS["talk"])
        self.track = QComboBox()
        self.track.addItem(self.tr("(no track)"), None)
        for track in data.tracks:
            self.track.addItem(track.name, track.id)
        if sd and sd.track:
            self.track.setCurrentIndex(max(0, self.track.findData(sd.track.id)))
        self.status = QComboBox()
        for st in SESSION_STATUSES:
            self.status.addItem(status_label(st), st)
        self.status.setCurrentIndex(SESSION_STATUSES.index(sd.status) if sd else 0)
        self.audience = QSpinBox()
        self.audience.setRange(0, 100_000)
        self.audience.setSpecialValueText(self.tr("unknown"))
        self.audience.setValue(sd.expected_audience or 0 if sd else 0)
        self.plenary = QCheckBox(self.tr("Spans all rooms"))
        self.plenary.setChecked(bool(sd and sd.plenary))
        self.type.currentIndexChanged.connect(self._type_changed)

        self.speaker_table = QTableWidget(0, 2)
        self.speaker_table.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Role")])
        self.speaker_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.speaker_table.verticalHeader().hide()
        self.speaker_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.speaker_table.setMinimumHeight(120)
        for p in sd.speakers if sd else ():
            self._add_speaker_row(p.id, p.role)
        add = QPushButton(self.tr("Add speaker"))
        remove = QPushButton(self.tr("Remove"))
        up = QPushButton(self.tr("Up"))
        down = QPushButton(self.tr("Down"))
        add.clicked.connect(lambda: self._add_speaker_row(None, "speaker"))
        remove.clicked.connect(self._remove_row)
        up.clicked.connect(lambda: self._move_row(-1))
        down.clicked.connect(lambda: self._move_row(1))
        buttons_row = QHBoxLayout()
        for b in (add, remove, up, down):
            buttons_row.addWidget(b)
        buttons_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("S&ubtitle"), self.subtitle)
        form.addRow(self.tr("&Abstract"), self.abstract)
        row = QHBoxLayout()
        row.addWidget(self.type)
        row.addWidget(self.duration)
        row.addWidget(self.plenary)
        form.addRow(_buddy(self.tr("T&ype"), self.type), row)
        form.addRow(self.tr("T&rack"), self.track)
        row2 = QHBoxLayout()
        row2.addWidget(self.status)
        row2.addWidget(QLabel(self.tr("Language")))
        row2.addWidget(self.language)
        row2.addWidget(QLabel(self.tr("Expected audience")))
        row2.addWidget(self.audience)
        form.addRow(_buddy(self.tr("&Status"), self.status), row2)
        source = self._source_info(sd) if sd is not None else ""
        if source:
            info = QLabel(source)
            info.setObjectName("sessionSourceInfo")
            info.setTextFormat(Qt.TextFormat.RichText)
            info.setOpenExternalLinks(True)
            info.setWordWrap(True)
            info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            form.addRow(self.tr("From the file"), info)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme().bad};")
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("<b>Speakers</b> (in billing order)")))
        lay.addWidget(self.speaker_table)
        lay.addLayout(buttons_row)
        lay.addWidget(self.error)
        lay.addWidget(box)
        self._duration_touched = sd is not None
        self.duration.valueChanged.connect(lambda _v: setattr(self, "_duration_touched", True))

    def _source_info(self, sd: SessionData) -> str:
        """What the imported file held beyond Confdesk's fields (links, attachments, the
        feedback and origin pages, the submission code), as clickable rich text; "" if none."""

        def link(url: str, title: str) -> str:
            target = sd.absolute(url)
            shown = html.escape(title or url)
            return f'<a href="{html.escape(target)}">{shown}</a>' if target else shown

        parts = []
        if sd.links:
            items = ", ".join(link(r.url, r.title) for r in sd.links)
            parts.append(self.tr("Links: {items}").format(items=items))
        if sd.attachments:
            items = ", ".join(link(r.url, r.title) for r in sd.attachments)
            parts.append(self.tr("Attachments: {items}").format(items=items))
        if sd.feedback_url:
            parts.append(self.tr("Feedback: {link}").format(link=link(sd.feedback_url, "")))
        if sd.origin_url:
            parts.append(self.tr("Source page: {link}").format(link=link(sd.origin_url, "")))
        if sd.code:
            parts.append(self.tr("Submission code: {code}").format(code=html.escape(sd.code)))
        if sd.do_not_stream is True:
            parts.append(self.tr("Not to be streamed"))
        return "<br>".join(parts)

    # -- speakers table ------------------------------------------------------------------

    def _add_speaker_row(self, speaker_id: int | None, role: str) -> None:
        row = self.speaker_table.rowCount()
        self.speaker_table.insertRow(row)
        who = mark_data(QComboBox())  # the event's speakers, by name
        who.setEditable(True)
        who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        who.addItem("", None)
        for p in self.data.speakers:
            who.addItem(speaker_label(p), p.id)
        who.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        who.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        if speaker_id is not None:
            who.setCurrentIndex(max(0, who.findData(speaker_id)))
        what = QComboBox()
        for r in SPEAKER_ROLES:
            what.addItem(role_label(r), r)
        what.setCurrentIndex(max(0, what.findData(role)))
        self.speaker_table.setCellWidget(row, 0, who)
        self.speaker_table.setCellWidget(row, 1, what)

    def _row_values(self, row: int) -> tuple[int | None, str]:
        who = self.speaker_table.cellWidget(row, 0)
        what = self.speaker_table.cellWidget(row, 1)
        assert isinstance(who, QComboBox) and isinstance(what, QComboBox)
        index = who.findText(who.currentText())
        sid = who.itemData(index) if index >= 0 else None
        return sid, what.currentData()

    def _remove_row(self) -> None:
        row = self.speaker_table.currentRow()
        if row >= 0:
            self.speaker_table.removeRow(row)

    def _move_row(self, step: int) -> None:
        row = self.speaker_table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.speaker_table.rowCount():
            return
        values = [self._row_values(r) for r in range(self.speaker_table.rowCount())]
        values[row], values[other] = values[other], values[row]
        self.speaker_table.setRowCount(0)
        for sid, role in values:
            self._add_speaker_row(sid, role)
        self.speaker_table.selectRow(other)

    def speakers(self) -> list[tuple[int, str]]:
        out = []
        for r in range(self.speaker_table.rowCount()):
            sid, role = self._row_values(r)
            if sid is not None:
                out.append((int(sid), role))
        return out

    # -- fields --------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Show a session's language: its name when it is in the list, else the code."""
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setCurrentText(code)

    def language_code(self) -> str:
        """The stored code of the chosen language (a code typed in, as it is)."""
        text = self.language.currentText().strip()
        index = self.language.findText(text)
        return str(self.language.itemData(index)) if index >= 0 else text

    def _type_changed(self, _index: int) -> None:
        kind = self.type.currentData()
        if not self._duration_touched:
            self.duration.blockSignals(True)
            self.duration.setValue(SESSION_DEFAULT_DURATIONS.get(kind, 30))
            self.duration.blockSignals(False)
        if kind == "plenary":
            self.plenary.setChecked(True)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "subtitle": self.subtitle.text().strip(),
            "abstract": self.abstract.toPlainText().strip(),
            "language": self.language_code(),
            "type": self.type.currentData(),
            "duration_min": self.duration.value(),
            "track_id": self.track.currentData(),
            "status": self.status.currentData(),
            "expected_audience": self.audience.value() or None,
            "plenary": self.plenary.isChecked(),
        }

    def field_changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(old, new) values of the fields the user changed."""
        new = self.values()
        sd = self.sd
        if sd is None:
            return {}, new
        old = {
            "title": sd.title,
            "subtitle": sd.subtitle,
            "abstract": sd.abstract,
            "language": sd.language,
            "type": sd.type,
            "duration_min": sd.duration_min,
            "track_id": sd.track.id if sd.track else None,
            "status": sd.status,
            "expected_audience": sd.expected_audience,
            "plenary": sd.plenary,
        }
        changed = [k for k in new if new[k] != old[k]]
        return {k: old[k] for k in changed}, {k: new[k] for k in changed}

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("A session needs a title."))
            self.title.setFocus()
            return
        ids = [sid for sid, _ in self.speakers()]
        if len(ids) != len(set(ids)):
            self.error.setText(self.tr("A speaker is listed twice."))
            return
        for r in range(self.speaker_table.rowCount()):
            who = self.speaker_table.cellWidget(r, 0)
            if isinstance(who, QComboBox) and who.currentText() and self._row_values(r)[0] is None:
                self.error.setText(
                    self.tr("No speaker called {name}; add them first.").format(
                        name=repr(who.currentText())
                    )
                )
                return
        self.accept()
