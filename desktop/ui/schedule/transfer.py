"""Schedule files from the Schedule screen: Import… shows what the import would do (the sync's
preview: new, changed field by field, moved, withdrawn, conflicts with edits made here)
before anything is written; Export… writes frab XML (the current c3voc schema or the older
one), schedule JSON, c3voc schedule2 JSON or iCalendar, or the speakers list as CSV or
vCard, as the file dialog's type says.

Both run as long jobs (desktop.ui.jobs) over the core's `transfer` functions: the window and
the desks' scans never wait for them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.words import Words
from desktop.base.progress import CancelFlag, ProgressFn
from desktop.core.schedule.interchange.formats import EXPORT_FORMATS
from desktop.core.schedule.interchange.importing import ImportReport
from desktop.core.schedule.interchange.transfer import ExportResult, export_schedule, import_file
from desktop.ui.errors import said
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.schedule.style import shown_date

KIND_WORDS = {
    "new": QT_TRANSLATE_NOOP("ScheduleTransfer", "New"),
    "changed": QT_TRANSLATE_NOOP("ScheduleTransfer", "Changed"),
    "moved": QT_TRANSLATE_NOOP("ScheduleTransfer", "Moved"),
    "withdrawn": QT_TRANSLATE_NOOP("ScheduleTransfer", "Withdrawn"),
    "back": QT_TRANSLATE_NOOP("ScheduleTransfer", "Back"),
    "conflict": QT_TRANSLATE_NOOP("ScheduleTransfer", "Conflict"),
}
FIELD_WORDS = {
    "title": QT_TRANSLATE_NOOP("ScheduleTransfer", "title"),
    "start": QT_TRANSLATE_NOOP("ScheduleTransfer", "start"),
    "room": QT_TRANSLATE_NOOP("ScheduleTransfer", "room"),
    "duration": QT_TRANSLATE_NOOP("ScheduleTransfer", "duration"),
    "track": QT_TRANSLATE_NOOP("ScheduleTransfer", "track"),
    "type": QT_TRANSLATE_NOOP("ScheduleTransfer", "type"),
    "subtitle": QT_TRANSLATE_NOOP("ScheduleTransfer", "subtitle"),
    "abstract": QT_TRANSLATE_NOOP("ScheduleTransfer", "abstract"),
    "description": QT_TRANSLATE_NOOP("ScheduleTransfer", "description"),
    "language": QT_TRANSLATE_NOOP("ScheduleTransfer", "language"),
    "slug": QT_TRANSLATE_NOOP("ScheduleTransfer", "slug"),
    "url": QT_TRANSLATE_NOOP("ScheduleTransfer", "url"),
    "speakers": QT_TRANSLATE_NOOP("ScheduleTransfer", "speakers"),
}
FILTERS = QT_TRANSLATE_NOOP(
    "ScheduleTransfer",
    "Schedules (*.xml *.json *.ics *.xcal);;frab XML (*.xml);;Schedule JSON (*.json);;"
    "Calendars (*.ics *.xcal)",
)
# The export dialog's file types, one per format of the core's EXPORT_FORMATS, in its order.
EXPORT_FILTERS = {
    "xml": QT_TRANSLATE_NOOP("ScheduleTransfer", "frab XML (*.xml)"),
    "xml-classic": QT_TRANSLATE_NOOP("ScheduleTransfer", "frab XML, older c3voc schema (*.xml)"),
    "json": QT_TRANSLATE_NOOP("ScheduleTransfer", "Schedule JSON (*.json)"),
    "schedule2": QT_TRANSLATE_NOOP("ScheduleTransfer", "c3voc schedule2 JSON (*.json)"),
    "ics": QT_TRANSLATE_NOOP("ScheduleTransfer", "iCalendar (*.ics)"),
    "speakers-csv": QT_TRANSLATE_NOOP("ScheduleTransfer", "Speakers list, CSV (*.csv)"),
    "vcard": QT_TRANSLATE_NOOP("ScheduleTransfer", "Speakers list, vCard (*.vcf)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScheduleTransfer", text)


def preview_job(
    path: str, session: Session, progress: ProgressFn, flag: CancelFlag
) -> ImportReport:
    """(worker) What importing `path` would do; nothing is written."""
    return import_file(session, path, progress=progress, cancel=flag, dry_run=True)


def import_job(
    path: str, take_file: bool, session: Session, progress: ProgressFn, flag: CancelFlag
) -> ImportReport:
    """(worker) Import `path` (the job's transaction commits it)."""
    return import_file(session, path, progress=progress, cancel=flag, take_file=take_file)


def export_job(
    path: str, fmt: str, session: Session, _progress: ProgressFn, _flag: CancelFlag
) -> ExportResult:
    """(worker) Write the live schedule to `path` in `fmt` (see EXPORT_FORMATS)."""
    return export_schedule(session, path, fmt=fmt)


def export_filters() -> list[str]:
    """The export dialog's file types in the interface's language, in EXPORT_FILTERS' order."""
    return [_tr(text) for text in EXPORT_FILTERS.values()]


def _value(value: str) -> str:
    """A value of a change in the interface's words (times and durations; the rest as is)."""
    if isinstance(value, Words):
        if value.key == "start" and isinstance(value.values.get("at"), dt.datetime):
            at = value.values["at"]
            assert isinstance(at, dt.datetime)
            day = shown_date(at, QCoreApplication.translate("ScheduleTransfer", "ddd dd MMM"))
            return f"{day} {at:%H:%M}"
        if value.key == "minutes":
            return QCoreApplication.translate("ScheduleTransfer", "{minutes} min").format(
                minutes=value.values.get("minutes", "")
            )
    return value


def change_text(change: dict[str, Any]) -> str:
    """What changes in a session, in the interface's words ("room Hall A → Hall B")."""
    fields = change.get("fields") or {}
    kind = change.get("kind")
    parts = []
    for name, (was, now) in fields.items():
        before, after = _value(was), _value(now)
        word = _tr(FIELD_WORDS[name]) if name in FIELD_WORDS else name
        if kind == "conflict":
            text = QCoreApplication.translate(
                "ScheduleTransfer", "{field}: here {here}, in the file {file}"
            )
            parts.append(text.format(field=word, here=before, file=after))
        elif kind == "new":
            parts.append(after)
        else:
            parts.append(f"{word} {before} → {after}")
    if kind == "withdrawn":
        return QCoreApplication.translate("ScheduleTransfer", "not in the file any more")
    if kind == "back":
        return QCoreApplication.translate("ScheduleTransfer", "in the file again")
    return "; ".join(parts)


class ImportPreview(QDialog):
    """What an import would do, before anything is written; Import applies it."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import schedule: {file}").format(file=report.file))
        self.report = report
        lay = QVBoxLayout(self)
        summary = self.tr(
            "{sessions} sessions in the file: {new} new, {updated} changed, {unchanged} "
            "unchanged; {withdrawn} withdrawn (not in the file any more); {conflicts} in "
            "conflict with edits made here."
        ).format(
            sessions=report.events,
            new=report.sessions_created,
            updated=report.sessions_updated,
            unchanged=report.sessions_unchanged,
            withdrawn=report.sessions_withdrawn,
            conflicts=report.conflicts,
        )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        shown = [c for c in report.changes if c["kind"] != "new"] or report.changes
        self.table = QTableWidget(len(shown), 3)
        self.table.setObjectName("importChanges")
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Session"), self.tr("Changes")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for r, c in enumerate(shown):
            word = KIND_WORDS.get(str(c["kind"]))
            cells = (_tr(word) if word else str(c["kind"]), str(c["title"]), change_text(c))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col and c["kind"] == "conflict":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 320))
        mark_data(self.table)
        lay.addWidget(self.table, 1)
        if report.sessions_created and shown is not report.changes:
            lay.addWidget(
                QLabel(self.tr("and {count} new sessions").format(count=report.sessions_created))
            )
        self.take_file = QCheckBox(
            self.tr("Where a session was edited here and the file changed it too, take the file's")
        )
        self.take_file.setVisible(report.conflicts > 0)
        lay.addWidget(self.take_file)
        if report.notes or report.skipped or report.warnings:
            said_here = [said(x) for x in [*report.warnings, *report.notes, *report.skipped][:8]]
            notes = QLabel("\n".join(said_here))
            notes.setObjectName("importNotes")
            notes.setWordWrap(True)
            mark_data(notes)  # the core's words about the file, with its names and titles
            lay.addWidget(notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setObjectName("importSchedule")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(900, 520)


def saved_path(path: str, chosen_filter: str = "") -> tuple[str, str]:
    """The path to write and its format: the type chosen in the dialog, with its suffix
    added when the name has none; a name typed with another known suffix (".ics" while the
    type says XML) is written as that suffix's first format."""
    p = Path(path)
    names = export_filters()
    chosen = list(EXPORT_FILTERS)[names.index(chosen_filter)] if chosen_filter in names else "xml"
    suffix = EXPORT_FORMATS[chosen][0]
    typed = p.suffix.lower()
    if typed == suffix:
        return str(p), chosen
    for fmt, (sfx, _schema) in EXPORT_FORMATS.items():
        if sfx == typed:
            return str(p), fmt
    return str(p.with_name(p.name + suffix)), chosen
