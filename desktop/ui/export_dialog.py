"""The export dialog: attendees, the check-in log or the print log to CSV or XLSX.

The file is written by `desktop.core.attendee_export.export` on the database worker; CSV is UTF-8
with BOM (Excel shows Chinese names), and formula-like cells are neutralised. Badge and
ticket codes are left out unless "Include badge and ticket codes" is ticked, which shows
what that means; such a file is created readable by its owner only.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from sqlalchemy.orm import Session

from desktop.base.progress import CancelFlag, ProgressFn
from desktop.core.attendee_export import ExportResult, export
from desktop.core.events import event_by_id
from desktop.ui import file_dialogs
from desktop.ui.context import AppContext
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.theme import theme

# (label, key): the labels are translated where shown.
WHAT = [
    (QT_TRANSLATE_NOOP("ExportDialog", "Attendees"), "attendees"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Check-in log"), "checkins"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Print log"), "prints"),
]
FORMATS = [
    (QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"), "xlsx"),
    (QT_TRANSLATE_NOOP("ExportDialog", "CSV, UTF-8 with BOM (.csv)"), "csv"),
]
CODES_WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Whoever has this file can print a working badge for anyone not yet checked in. It is "
    "saved readable by your user account only: keep it safe, do not e-mail it, delete it "
    "when done.",
)


class ExportDialog(QDialog):
    """Choose what to export and where; the export runs on the worker."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        shown: list[int] | None = None,
        selected: list[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.what = QComboBox()
        self.what.setObjectName("exportWhat")
        for label, key in WHAT:
            self.what.addItem(self.tr(label), key)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for label, key in FORMATS:
            self.format.addItem(self.tr(label), key)
        self.path = mark_data(QLineEdit())  # a file's path
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.codes = QCheckBox(self.tr("Include badge and ticket codes"))
        self.codes.setObjectName("exportCodes")
        self.codes.setToolTip(self.tr("Needed only to move the event to another Confdesk database"))
        self.codes_warning = QLabel(self.tr(CODES_WARNING))
        self.codes_warning.setObjectName("exportCodesWarning")
        self.codes_warning.setWordWrap(True)
        self.codes_warning.setStyleSheet(f"color: {theme().bad};")
        self.codes_warning.setVisible(False)
        self.codes.toggled.connect(lambda _on: self._codes_changed())
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Which attendees (from the Attendees screen): everyone, the current filter, the selection.
        self.which = QComboBox()
        self.which.setObjectName("exportWhich")
        self.which.addItem(self.tr("All attendees"), None)
        if shown is not None:
            self.which.addItem(
                self.tr("The {count} shown (the current filter)").format(count=f"{len(shown):,}"),
                list(shown),
            )
        if selected:
            self.which.addItem(
                self.tr("The {count} selected").format(count=f"{len(selected):,}"), list(selected)
            )
        form = QFormLayout()
        form.addRow(self.tr("Export"), self.what)
        form.addRow(self.tr("Attendees"), self.which)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File"), row)
        form.addRow("", self.codes)
        form.addRow(self.codes_warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.what.currentIndexChanged.connect(lambda _i: self._suggest())
        self.what.currentIndexChanged.connect(lambda _i: self._codes_changed())
        self.what.currentIndexChanged.connect(
            lambda _i: self.which.setEnabled(self.what.currentData() == "attendees")
        )
        self.format.currentIndexChanged.connect(lambda _i: self._suggest())
        self._suggest()
        self.resize(560, 240)

    def with_codes(self) -> bool:
        """Whether the export will hold codes (the print log has none)."""
        return self.codes.isEnabled() and self.codes.isChecked()

    def _codes_changed(self) -> None:
        self.codes.setEnabled(self.what.currentData() != "prints")
        self.codes_warning.setVisible(self.with_codes())

    def _suggest(self) -> None:
        current = Path(self.path.text()) if self.path.text() else Path.home()
        folder = current.parent if self.path.text() else current
        name = f"{self.what.currentData()}.{self.format.currentData()}"
        self.path.setText(str(folder / name))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        name = file_dialogs.save_file(
            self, self.tr("Export to"), self.path.text(), f"{fmt.upper()} (*.{fmt})"
        )
        if name:
            if not name.lower().endswith(f".{fmt}"):
                name += f".{fmt}"
            self.path.setText(name)

    def start(self) -> None:
        """Write the file as a job of the runner; the status line says what happened."""
        path = Path(self.path.text().strip())
        fmt = self.format.currentData()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_suffix(f".{fmt}")
            self.path.setText(str(path))
        what = self.what.currentData()
        codes = self.with_codes()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        # A job of the runner (a worker process, its own connection), not the desk's lane: a
        # 100,000-row export must not hold up a scan.
        only = self.which.currentData() if what == "attendees" else None
        job = functools.partial(_export_job, self.ctx.event_id, str(path), what, codes, only)
        self.job = self.ctx.jobs.start(self, "export", job, self._done, self._error)

    def _done(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        text = (
            self.tr(
                "Wrote {rows} rows to {path} (with badge and ticket codes; readable by your "
                "user account only)"
            )
            if result.with_codes
            else self.tr("Wrote {rows} rows to {path}")
        )
        self.status.setText(text.format(rows=f"{result.rows:,}", path=result.path))

    def _error(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(user_message(exc))


def _export_job(
    event_id: int,
    path: str,
    what: str,
    codes: bool,
    only: list[int] | None,
    session: Session,
    progress: ProgressFn,
    cancel: CancelFlag,
) -> ExportResult:
    """The export as a job of the runner (module level: it is sent to a worker process)."""
    return export(
        session,
        event_by_id(session, event_id),
        path,
        what,
        with_codes=codes,
        only=only,
        progress=progress,
        cancel=cancel,
    )


@runtime_checkable
class ListsAttendees(Protocol):
    """A screen that lists attendees (the Attendees screen): the export can take its list."""

    def shown_attendee_ids(self) -> list[int]: ...

    def selected_attendee_ids(self) -> list[int]: ...


def open_export_dialog(ctx: AppContext, parent: QWidget | None = None) -> ExportDialog:
    """Show the export dialog (window-modal, non-blocking) and return it."""
    shown = selected = None
    if isinstance(parent, ListsAttendees):
        shown, selected = parent.shown_attendee_ids(), parent.selected_attendee_ids()
    dialog = ExportDialog(ctx, parent, shown, selected)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
