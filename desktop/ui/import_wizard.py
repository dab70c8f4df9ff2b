"""The import wizard: file -> preview -> mapping -> validation report -> import -> summary.

The pages only gather choices; the work is `desktop.core.attendee_import` run as a long job
(ctx.jobs, in a worker process: a dry run for the report, then the import with a progress
callback and a cancel flag), so the window stays responsive, desks keep scanning, and
cancelling leaves the store unchanged.
A mapping that was applied is saved per event and offered first for files with the same
columns.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from desktop.base.errors import Cancelled, UserError
from desktop.base.progress import CancelFlag, ProgressFn
from desktop.core.attendee_import import ImportOptions, ImportResult, import_file, write_rejects
from desktop.core.attendee_import import mapping as mp
from desktop.core.attendee_import.readers import Table, read_table
from desktop.core.events import event_by_id
from desktop.ui import file_dialogs
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.errors import user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.import_pages import (
    PREVIEW_ROWS,
    FilePage,
    MappingPage,
    PreviewPage,
    delimiter_word,
    preset_word,
    show_value,
    table_widget,
)
from desktop.ui.import_words import say
from desktop.ui.jobs import JobHandle

if TYPE_CHECKING:
    from desktop.ui.attendees.screen import AttendeesScreen

PAGE_FILE, PAGE_PREVIEW, PAGE_MAPPING, PAGE_CHECK, PAGE_RUN, PAGE_DONE = range(6)
# What the import's progress says (attendee_import's progress messages), translated where
# shown; a message not listed is shown as it is.
STEP_WORDS = {
    "reading the file": QT_TRANSLATE_NOOP("RunPage", "Reading the file"),
    "checking rows": QT_TRANSLATE_NOOP("RunPage", "Checking rows"),
    "checked": QT_TRANSLATE_NOOP("RunPage", "Checked"),
    "adding attendees": QT_TRANSLATE_NOOP("RunPage", "Adding attendees"),
    "updating attendees": QT_TRANSLATE_NOOP("RunPage", "Updating attendees"),
    "merging likely duplicates": QT_TRANSLATE_NOOP("RunPage", "Merging likely duplicates"),
}
# What the import may do with a likely duplicate (Duplicate.action), and why it is one.
DUPLICATE_ACTIONS = {
    "merge": QT_TRANSLATE_NOOP("CheckPage", "Merge into them"),
    "add": QT_TRANSLATE_NOOP("CheckPage", "Add as a new person"),
    "skip": QT_TRANSLATE_NOOP("CheckPage", "Skip this row"),
}
DUPLICATE_REASONS = {
    "email_and_name": QT_TRANSLATE_NOOP("CheckPage", "same e-mail and name"),
    "name_and_organization": QT_TRANSLATE_NOOP("CheckPage", "same name and organization"),
}
# A problem's level (Problem.level) as a word.
LEVEL_WORDS = {
    "error": QT_TRANSLATE_NOOP("CheckPage", "error"),
    "warning": QT_TRANSLATE_NOOP("CheckPage", "warning"),
}


def source_line(result: ImportResult) -> str:
    """Where the rows came from and how they were read (ImportResult.source_line, in the
    interface's language): "list.csv: utf-8, delimiter comma; suggested mapping"."""

    if result.kind == "xlsx":
        how = QCoreApplication.translate("ImportWizard", "XLSX, sheet {sheet}").format(
            sheet=repr(result.sheet)
        )
    else:
        how = QCoreApplication.translate(
            "ImportWizard", "{encoding}, delimiter {delimiter}"
        ).format(encoding=result.encoding, delimiter=delimiter_word(result.delimiter))
    if result.preset:
        via = QCoreApplication.translate("ImportWizard", "preset {preset}").format(
            preset=preset_word(result.preset)
        )
    elif result.mapping_source == "saved":
        via = QCoreApplication.translate("ImportWizard", "saved mapping")
    elif result.mapping_source == "suggested":
        via = QCoreApplication.translate("ImportWizard", "suggested mapping")
    else:
        via = f"{result.mapping_source} mapping"
    return QCoreApplication.translate("ImportWizard", "{file}: {how}; {via}").format(
        file=result.file, how=how, via=via
    )


def _import_job(
    event_id: int,
    path: Path,
    options: ImportOptions,
    s: Session,
    progress: ProgressFn,
    cancel: CancelFlag,
) -> ImportResult:
    """The check (a dry run) or the import, as a job of ctx.jobs: a module-level function,
    so it runs in a worker process and never on the desk's lane (scans go on meanwhile)."""
    event = event_by_id(s, event_id)
    return import_file(s, event, path, options, progress=progress, cancel=cancel)


class CheckPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been written yet. Every row is checked first."))
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.problems = table_widget("problemTable")
        self.problems.setColumnCount(4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), "", self.tr("Problem"), self.tr("Row")]
        )
        self.problems.setColumnWidth(0, 60)
        self.problems.setColumnWidth(1, 70)
        self.problems.setColumnWidth(2, 360)
        self.source = QLabel()
        self.source.setObjectName("checkSource")
        self.source.setStyleSheet("color: palette(placeholder-text);")
        self.duplicates_label = QLabel()
        self.duplicates_label.setObjectName("duplicatesLabel")
        self.duplicates_label.setWordWrap(True)
        self.duplicates_all = QComboBox()
        self.duplicates_all.setObjectName("duplicatesAll")
        for key, word in DUPLICATE_ACTIONS.items():
            self.duplicates_all.addItem(self.tr(word), key)
        self.duplicates_all.setCurrentIndex(1)  # add: what an import did before it asked
        self.duplicates_all.activated.connect(self._choose_all)
        self.duplicates = table_widget("duplicateTable")
        self.duplicates.setColumnCount(4)
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("New row"), self.tr("Looks like"), self.tr("Do")]
        )
        self.duplicates.setColumnWidth(0, 60)
        self.duplicates.setColumnWidth(1, 220)
        self.duplicates.setColumnWidth(2, 300)
        self.duplicate_box = QWidget()
        dup_top = QHBoxLayout()
        dup_top.setContentsMargins(0, 0, 0, 0)
        dup_top.addWidget(self.duplicates_label, 1)
        all_label = QLabel(self.tr("For &all:"))
        all_label.setBuddy(self.duplicates_all)
        dup_top.addWidget(all_label)
        dup_top.addWidget(self.duplicates_all)
        dup_layout = QVBoxLayout(self.duplicate_box)
        dup_layout.setContentsMargins(0, 0, 0, 0)
        dup_layout.addLayout(dup_top)
        dup_layout.addWidget(self.duplicates)
        self.skip = QCheckBox(self.tr("Import the valid rows and skip the rejected ones"))
        self.skip.setObjectName("skipInvalid")
        self.skip.toggled.connect(lambda _c: self.completeChanged.emit())
        self.save = QPushButton(self.tr("Save rejected rows…"))
        self.save.setObjectName("saveRejects")
        self.save.clicked.connect(self._save)
        row = QHBoxLayout()
        row.addWidget(self.skip, 1)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.source)
        layout.addWidget(self.busy)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.duplicate_box, 1)
        layout.addLayout(row)
        self.result: ImportResult | None = None
        self.handle: JobHandle | None = None
        self.failed = False
        # Past this page the import runs; there is no going back to change it.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:
        self.result, self.failed = None, False
        self.summary.setText(self.tr("Checking every row…"))
        self.source.setText("")
        self.busy.show()
        self.problems.setRowCount(0)
        self.duplicates.setRowCount(0)
        self.duplicate_box.hide()
        self.problems.show()
        self.skip.setChecked(False)
        self.skip.hide()
        self.save.hide()
        self.busy.setRange(0, 0)
        options = self.wiz.import_options(dry_run=True)
        path = self.wiz.path
        assert path is not None
        # Under one key: a check still running from an earlier visit is cancelled and its
        # answer dropped.
        self.handle = self.wiz.ctx.jobs.start(
            self,
            "check",
            functools.partial(_import_job, self.wiz.ctx.event_id, path, options),
            self._done,
            self._error,
            self._progress,
        )
        self.completeChanged.emit()

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.result is None and total > 1:
            self.busy.setRange(0, total)
            self.busy.setValue(done)

    def cleanupPage(self) -> None:
        """Back to the mapping: stop the check."""
        self.wiz.ctx.jobs.cancel_all(self)
        super().cleanupPage()

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self.busy.hide()
        lines = [
            self.tr(
                "{created} to add, {updated} to update, {unchanged} unchanged, {rejected} "
                "rejected, of {total} rows."
            ).format(
                created=result.created,
                updated=result.updated,
                unchanged=result.unchanged,
                rejected=result.rejected,
                total=result.total,
            ),
            *(say(w) for w in result.warnings),
        ]
        self.summary.setText("\n".join(lines))
        self.source.setText(source_line(result))
        cells = {line: row for line, row, _reasons in result.rejected_rows}
        self.problems.setRowCount(len(result.problems))
        for r, p in enumerate(result.problems):
            shown = " · ".join(show_value(v) for v in cells.get(p.line, []) if v not in (None, ""))
            level = self.tr(LEVEL_WORDS[p.level]) if p.level in LEVEL_WORDS else p.level
            for c, v in enumerate((str(p.line), level, say(p.message), shown[:120])):
                self.problems.setItem(r, c, QTableWidgetItem(v))
        self._fill_duplicates(result)
        self.problems.setVisible(bool(result.problems) or not result.duplicates)
        self.skip.setVisible(bool(result.rejected))
        self.save.setVisible(bool(result.rejected))
        self.completeChanged.emit()

    def _fill_duplicates(self, result: ImportResult) -> None:
        """The likely duplicates, each with its choice (merge, add, skip)."""
        found = result.duplicates
        self.duplicate_box.setVisible(bool(found))
        self.duplicates_label.setText(
            self.tr(
                "{count} new rows look like someone already here. Choose what the import "
                "does with each:"
            ).format(count=len(found))
        )
        self.duplicates.setRowCount(len(found))
        for r, d in enumerate(found):
            why = DUPLICATE_REASONS.get(d.reason, d.reason)
            looks = f"#{d.attendee_id} {d.attendee} ({self.tr(why)})"
            for c, text in enumerate((str(d.line), d.name, looks)):
                self.duplicates.setItem(r, c, QTableWidgetItem(text))
            choice = QComboBox()
            choice.setObjectName(f"duplicateChoice{d.line}")
            for key, word in DUPLICATE_ACTIONS.items():
                choice.addItem(self.tr(word), key)
            choice.setCurrentIndex(choice.findData(d.action))
            self.duplicates.setCellWidget(r, 3, choice)
        mark_data(self.duplicates)  # the people's names

    def _choose_all(self, index: int) -> None:
        key = self.duplicates_all.itemData(index)
        for r in range(self.duplicates.rowCount()):
            choice = self.duplicates.cellWidget(r, 3)
            if isinstance(choice, QComboBox):
                choice.setCurrentIndex(choice.findData(key))

    def duplicate_choices(self) -> tuple[str, dict[int, str]]:
        """What the user chose: for all, and per line where it differs."""
        everyone = str(self.duplicates_all.currentData())
        per_line: dict[int, str] = {}
        for r in range(self.duplicates.rowCount()):
            choice = self.duplicates.cellWidget(r, 3)
            line = self.duplicates.item(r, 0)
            chosen = str(choice.currentData()) if isinstance(choice, QComboBox) else everyone
            if line is not None and chosen != everyone:
                per_line[int(line.text())] = chosen
        return everyone, per_line

    def _error(self, exc: Exception) -> None:
        self.failed = True
        self.busy.hide()
        self.summary.setText(
            self.tr("Check cancelled.") if isinstance(exc, Cancelled) else user_message(exc)
        )
        self.completeChanged.emit()

    def _save(self) -> None:
        if self.result is None:
            return
        name = file_dialogs.save_file(self, self.tr("Rejected rows"), "rejected.csv", "CSV (*.csv)")
        if name:
            try:
                # The save dialog has asked before replacing a file: overwrite.
                write_rejects(
                    self.result,
                    name,
                    source=self.wiz.path,
                    database=self.wiz.ctx.store.sqlite_path,
                    overwrite=True,
                )
            except UserError as exc:
                self.summary.setText(user_message(exc))

    def isComplete(self) -> bool:
        r = self.result
        return (
            r is not None
            and (r.rejected == 0 or self.skip.isChecked())
            and (r.created + r.updated > 0 or r.rejected == 0)
        )

    def validatePage(self) -> bool:
        self.wiz.skip_invalid = self.skip.isChecked()
        self.wiz.duplicates, self.wiz.duplicate_choices = self.duplicate_choices()
        return True


class RunPage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("All rows are written in one transaction: cancel and nothing changes.")
        )
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.label = QLabel()
        self.label.setObjectName("importStatus")
        self.cancel = QPushButton(self.tr("Cancel import"))
        self.cancel.setObjectName("cancelImport")
        self.cancel.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.handle: JobHandle | None = None
        self.finished = False

    def initializePage(self) -> None:
        self.finished = False
        self.cancel.setEnabled(True)
        self.label.setText(self.tr("Reading the file…"))
        self.bar.setRange(0, 0)
        options = self.wiz.import_options(dry_run=False)
        path = self.wiz.path
        assert path is not None
        # A write job: it takes the write lock first; desks scanning meanwhile are answered
        # from their journal and sent when the import commits.
        self.handle = self.wiz.ctx.jobs.start(
            self,
            "import",
            functools.partial(_import_job, self.wiz.ctx.event_id, path, options),
            self._done,
            self._error,
            self._progress,
            write=True,
        )

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        step = STEP_WORDS.get(message)
        self.label.setText(
            self.tr("{step}: {done} of {total}").format(
                step=self.tr(step) if step else message.capitalize(),
                done=f"{done:,}",
                total=f"{total:,}",
            )
        )

    def _cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        self.cancel.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def _done(self, result: ImportResult) -> None:
        self.wiz.imported = result
        self.wiz.outcome = result.summary()
        self._finish()
        if result.applied:
            self.wiz.ctx.signals.notify(Change.ATTENDEES, initiator=self)

    def _error(self, exc: Exception) -> None:
        self.wiz.imported = None
        if isinstance(exc, Cancelled):
            self.wiz.outcome = self.tr("Import cancelled; nothing was changed.")
        else:
            self.wiz.outcome = self.tr("Import failed; nothing was changed. {reason}").format(
                reason=user_message(exc)
            )
        self._finish()

    def _finish(self) -> None:
        self.finished = True
        self.cancel.setEnabled(False)
        self.completeChanged.emit()
        self.wiz.next()

    def isComplete(self) -> bool:
        return self.finished

    def cancel_running(self) -> None:
        if not self.finished and self.handle is not None:
            self.handle.cancel()


class DonePage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Summary"))
        self.text = QLabel()
        self.text.setObjectName("importSummary")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        r = self.wiz.imported
        if r is None:
            self.text.setText(self.wiz.outcome)
            return
        lines = [
            self.tr(
                "Created {created} · Updated {updated} · Unchanged {unchanged} · "
                "Rejected {rejected}"
            ).format(
                created=r.created, updated=r.updated, unchanged=r.unchanged, rejected=r.rejected
            ),
            source_line(r),
            self.tr("The column mapping was saved for the next file with these columns."),
        ]
        if r.merged or r.skipped:
            lines.insert(
                1,
                self.tr("Likely duplicates: {merged} merged, {skipped} skipped").format(
                    merged=r.merged, skipped=r.skipped
                ),
            )
        self.text.setText("\n".join(lines))


class ImportWizard(QWizard):
    """Import registrations into the open event."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, path: str | Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import registrations"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(860, 600)
        self.path: Path | None = None
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.sheet: str | None = None
        self.table: Table | None = None
        self.preview_error = ""
        self.preset_choice = ""
        self.resolved: mp.Resolved | None = None
        self.mapping: dict[str, list[str]] | None = None
        # The category column's value rules and default (the mapping page); None: the saved.
        self.category_values: list[tuple[str, str]] | None = None
        self.category_default: str | None = None
        self.skip_invalid = False
        # What to do with likely duplicates (the check page's choices).
        self.duplicates = "add"
        self.duplicate_choices: dict[int, str] = {}
        self.imported: ImportResult | None = None  # what the import did (QDialog has result())
        self.outcome = ""
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        self.done_page = DonePage(self)
        for pid, page in enumerate(
            (
                self.file_page,
                self.preview_page,
                self.mapping_page,
                self.check_page,
                self.run_page,
                self.done_page,
            )
        ):
            self.setPage(pid, page)
        if path:
            self.file_page.path.setText(str(path))
        self.rejected.connect(self.run_page.cancel_running)
        self.rejected.connect(lambda: self.ctx.jobs.cancel_all(self.check_page))

    def load_preview(self) -> bool:
        """Read the first rows with the current choices; False (and `preview_error`) on error."""
        assert self.path is not None
        try:
            self.table = read_table(
                self.path,
                encoding=self.encoding,
                delimiter=self.delimiter,
                sheet=self.sheet,
                limit=PREVIEW_ROWS,
            )
            self.preview_error = ""
            return True
        except UserError as exc:
            self.table = None if self.encoding is None and self.delimiter is None else self.table
            self.preview_error = user_message(exc)
            return False

    def import_options(self, dry_run: bool) -> ImportOptions:
        return ImportOptions(
            preset=self.preset_choice or None,
            mapping=self.mapping,
            category_values=self.category_values,
            category_default=self.category_default,
            sheet=self.sheet or (self.table.sheet if self.table and self.table.sheet else None),
            encoding=self.encoding,
            delimiter=self.delimiter,
            dry_run=dry_run,
            skip_invalid=self.skip_invalid,
            desk=self.ctx.desk,
            operator=self.ctx.operator,
            duplicates=self.duplicates,
            duplicate_choices=dict(self.duplicate_choices),
        )


def open_import_wizard(
    ctx: AppContext, parent: QWidget | None = None, path: str | Path | None = None
) -> ImportWizard:
    """Show the import wizard (window-modal, non-blocking) and return it."""
    wizard = ImportWizard(ctx, parent, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open()
    return wizard


def add_toolbar_actions(screen: AttendeesScreen) -> None:
    """Import… and Export… on a screen's toolbar (the Attendees screen)."""
    from PySide6.QtGui import QAction

    from desktop.ui.export_dialog import open_export_dialog

    for name, text, tip, slot in (
        (
            "import",
            QCoreApplication.translate("ImportWizard", "Import…"),
            QCoreApplication.translate(
                "ImportWizard", "Import registrations from CSV or XLSX (Ctrl+I)"
            ),
            open_import_wizard,
        ),
        (
            "export",
            QCoreApplication.translate("ImportWizard", "Export…"),
            QCoreApplication.translate(
                "ImportWizard", "Export attendees or the logs to CSV or XLSX"
            ),
            open_export_dialog,
        ),
    ):
        action = QAction(text, screen)
        action.setObjectName(f"{name}Action")
        action.setToolTip(tip)
        action.triggered.connect(lambda _c=False, f=slot: f(screen.ctx, screen))
        screen.toolbar.addAction(action)
