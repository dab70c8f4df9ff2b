"""The Program screen: choose a document (grid, book, room signs, speaker itineraries), generate
it with progress and cancel, preview its pages (QtPdf), print it (Qt print support) or save it.

The PDF is made by the same core function as `confdesk program` (desktop.core.program), on the
database worker; the preview shows that very file, so what is previewed is what prints.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.base.errors import Cancelled, UserError
from desktop.base.progress import CancelFlag, ProgressFn
from desktop.core.program import KINDS, ProgramResult, build_program, program_choices
from desktop.ui import file_dialogs, i18n
from desktop.ui.context import AppContext
from desktop.ui.errors import report_error, user_message
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.jobs import JobHandle
from desktop.ui.pdf_controls import PdfControls
from desktop.ui.schedule.style import shown_date

KIND_LABELS = {
    "grid": QT_TRANSLATE_NOOP("ProgramScreen", "Timetable grid (one per day)"),
    "book": QT_TRANSLATE_NOOP("ProgramScreen", "Program book"),
    "room-signs": QT_TRANSLATE_NOOP("ProgramScreen", "Room door signs"),
    "speakers": QT_TRANSLATE_NOOP("ProgramScreen", "Speaker itineraries"),
}
PRINT_DPI = 300


# The orders of desktop.base.collation.ORDERS, as the Program screen names them.
ORDER_LABELS = {
    "name": QT_TRANSLATE_NOOP("ProgramScreen", "By family name"),
    "stroke": QT_TRANSLATE_NOOP("ProgramScreen", "By strokes (繁體)"),
    "pinyin": QT_TRANSLATE_NOOP("ProgramScreen", "By Pinyin (简体)"),
}


# The program's own words (desktop.pdf.program.words.LANGUAGES), as the Program screen names them.
LANGUAGE_LABELS = {
    "en": QT_TRANSLATE_NOOP("ProgramScreen", "English"),
    "zh_HK": QT_TRANSLATE_NOOP("ProgramScreen", "Chinese (繁體)"),
    "zh_CN": QT_TRANSLATE_NOOP("ProgramScreen", "Chinese (简体)"),
    "en+zh_HK": QT_TRANSLATE_NOOP("ProgramScreen", "English and Chinese (繁體)"),
    "en+zh_CN": QT_TRANSLATE_NOOP("ProgramScreen", "English and Chinese (简体)"),
}


def kind_label(kind: str) -> str:
    """A document kind's name in the interface's language."""
    text = KIND_LABELS.get(kind)
    return QCoreApplication.translate("ProgramScreen", text) if text else kind


class ProgramScreen(QWidget):
    """Generate, preview, print and save the printed program."""

    generated = Signal(object)  # ProgramResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: ProgramResult | None = None
        self._job: JobHandle | None = None
        self._runs = 0
        self._tmp = tempfile.TemporaryDirectory(prefix="confdesk-program-")

        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(kind_label(key), key)
        self.day = QComboBox()
        self.release = QComboBox()
        self.paper = QComboBox()
        self.paper.addItems(["A4", "A3"])
        # Speakers' itineraries after the event: how many came to each session.
        self.attendance = QCheckBox(self.tr("With attendance"))
        self.attendance.setObjectName("withAttendance")
        self.attendance.setToolTip(self.tr("How many came to each session, from its check-in list"))
        # The speaker index's and the itineraries' order, as the readers of the print expect.
        self.order = QComboBox()
        self.order.setObjectName("nameOrder")
        for key, label in ORDER_LABELS.items():
            self.order.addItem(QCoreApplication.translate("ProgramScreen", label), key)
        self.order.setToolTip(
            self.tr(
                "How speakers are listed: English names by family name, or Chinese names by "
                "stroke count (Traditional readers) or by Pinyin (Simplified readers)"
            )
        )
        self.order_label = QLabel(self.tr("Names"))
        # The program's own words (titles, headings, dates): the schedule prints as it is.
        self.language = QComboBox()
        self.language.setObjectName("programLanguage")
        for key, label in LANGUAGE_LABELS.items():
            self.language.addItem(QCoreApplication.translate("ProgramScreen", label), key)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.interface())))
        self.language.setToolTip(
            self.tr(
                "The language of the program's titles, headings and dates; session titles "
                "and names print as they are"
            )
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self._save)
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)

        controls = QHBoxLayout()
        for label, widget in (
            (self.tr("Document"), self.kind),
            (self.tr("Day"), self.day),
            (self.tr("Schedule"), self.release),
            (self.tr("Paper"), self.paper),
        ):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addWidget(self.order_label)
        controls.addWidget(self.order)
        controls.addWidget(self.attendance)
        self._kind_changed()
        controls.addStretch(1)
        # The buttons on a row of their own: the choices and the buttons side by side would
        # keep the window wider than 1024 pixels.
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Words")))
        buttons.addWidget(self.language)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel(self.tr("Choose a document and press Generate."))
        self.status.setObjectName("programStatus")
        self.status.setWordWrap(True)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.pdf_controls = PdfControls(self.view, self)

        lay = QVBoxLayout(self)
        lay.addLayout(controls)
        lay.addLayout(buttons)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.pdf_controls)
        lay.addWidget(self.view, 1)

    # --- choices ---------------------------------------------------------------------------
    def on_shown(self) -> None:
        try:
            choices = self.ctx.worker.read(program_choices)
        except Exception as exc:
            self.status.setText(user_message(exc))
            return
        keep_day, keep_release = self.day.currentData(), self.release.currentData()
        self.day.clear()
        self.day.addItem(self.tr("All days"), "")
        day_format = self.tr("ddd d MMM yyyy")  # a QLocale date format
        for d in choices.days:
            self.day.addItem(shown_date(d, day_format), d.isoformat())
        self.release.clear()
        if choices.releases:
            rid, name, when = choices.releases[0]
            self.release.addItem(
                self.tr("Latest release ({name}, {date})").format(
                    name=name, date=f"{when:%Y-%m-%d}"
                ),
                "latest",
            )
            for rid, name, when in choices.releases[1:]:
                self.release.addItem(
                    self.tr("Release {name} ({date})").format(name=name, date=f"{when:%Y-%m-%d}"),
                    str(rid),
                )
        self.release.addItem(self.tr("Live draft (not published)"), "live")
        for combo, value in ((self.day, keep_day), (self.release, keep_release)):
            i = combo.findData(value)
            if i >= 0:
                combo.setCurrentIndex(i)

    # --- generating ------------------------------------------------------------------------
    def _kind_changed(self, _index: int = 0) -> None:
        kind = self.kind.currentData()
        self.attendance.setVisible(kind == "speakers")
        for w in (self.order_label, self.order):
            w.setVisible(kind in ("book", "speakers"))

    def generate(self) -> None:
        """Build the chosen PDF on the worker; progress and Cancel show meanwhile."""
        if self._job is not None:
            return
        if self.day.count() == 0:
            self.on_shown()
        kind = self.kind.currentData()
        day = self.day.currentData() or None
        release = self.release.currentData() or "latest"
        paper = self.paper.currentText()
        came = kind == "speakers" and self.attendance.isChecked()
        order = self.order.currentData()
        language = self.language.currentData()
        self._runs += 1
        out = Path(self._tmp.name) / f"{kind}-{self._runs}.pdf"
        job = functools.partial(_program_job, out, kind, day, release, paper, came, order, language)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.generate_button.setEnabled(False)
        self.status.setText(
            self.tr("Generating the {document}…").format(document=kind_label(kind).lower())
        )
        # Off the desk's lane: scans at this laptop are never held up by a program render.
        self._job = self.ctx.jobs.start(
            self, "program", job, self._done, self._failed, self._on_progress
        )

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._job is None:
            return
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.status.setText(
            f"{message[:1].upper()}{message[1:]}… {done}/{total}" if total > 1 else message
        )

    def _finish(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.generate_button.setEnabled(True)

    def _done(self, result: ProgramResult) -> None:
        self._finish()
        self.result = result
        self.document.close()
        self.document.load(str(result.path))
        self.view.setDocument(self.document)
        self.pdf_controls.document_loaded()
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        days = (
            self.tr("all days")
            if len(result.days) != 1
            else shown_date(result.days[0], self.tr("ddd dd MMM"))
        )
        text = self.tr("{pages} page(s), {days}, {release} · made in {seconds} s").format(
            pages=result.pages,
            days=days,
            release=result.release,
            seconds=f"{result.seconds:.1f}",
        )
        if result.warnings:
            text += self.tr(" · {count} warning(s)").format(count=len(result.warnings))
        self.status.setText(text)
        self.status.setToolTip("\n".join(result.warnings[:30]))
        self.generated.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; nothing was written."))
            return
        self.status.setText(user_message(exc))
        if not isinstance(exc, UserError):
            report_error(exc)

    # --- printing and saving ---------------------------------------------------------------
    def _print(self) -> None:
        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.result.path.stem)
        self.prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the program"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def prepare_printer(self, printer: QPrinter) -> None:
        """Offer the document's own paper size and orientation in the print dialog."""
        if self.document.pageCount() <= 0:
            return
        pt = self.document.pagePointSize(0)
        w, h = round(min(pt.width(), pt.height())), round(max(pt.width(), pt.height()))
        printer.setPageSize(QPageSize(QSize(w, h), "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if pt.width() > pt.height()
            else QPageLayout.Orientation.Portrait
        )

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page of the previewed PDF on `printer`, with progress and Cancel.

        Returns the pages printed. Each page is rendered by QtPdf at the printer's resolution
        (at most 300 dpi) and fitted to the printable area, in the page's own orientation.
        """
        n = self.document.pageCount()
        if n <= 0:
            return 0
        dialog = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, n, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)
        painter = QPainter()
        if not painter.begin(printer):
            dialog.close()
            raise UserError(self.tr("the printer could not be opened"))
        printed = 0
        try:
            dpi = min(PRINT_DPI, printer.resolution())
            for i in range(n):
                if dialog.wasCanceled():
                    break
                if i:
                    printer.newPage()
                size = self.document.pagePointSize(i)
                image = self.document.render(
                    i, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
                )
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
                painter.setWindow(area)
                printed += 1
                dialog.setValue(i + 1)
        finally:
            painter.end()
            dialog.close()
        self.status.setText(
            self.tr("Printed {printed} of {pages} page(s).").format(printed=printed, pages=n)
        )
        return printed

    def _save(self) -> None:
        if self.result is None:
            return
        suggested = f"{self.result.kind}.pdf"
        path = file_dialogs.save_file(self, self.tr("Save the PDF"), suggested, "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Copy the generated PDF to `path`."""
        if self.result is None:
            return
        try:
            shutil.copyfile(self.result.path, path)
        except OSError as exc:
            message = self.tr("cannot write {path}: {error}")
            report_error(UserError(message.format(path=path, error=exc.strerror or exc)))
            return
        self.status.setText(self.tr("Saved to {path}").format(path=path))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.cancel()
        self.document.close()
        super().closeEvent(event)


def _program_job(
    out: Path,
    kind: str,
    day: str | None,
    release: str,
    paper: str,
    with_attendance: bool,
    order: str,
    language: str,
    session: Session,
    progress: ProgressFn,
    flag: CancelFlag,
) -> ProgramResult:
    """Build one program PDF in a worker process (module-level: picklable)."""
    return build_program(
        session,
        out,
        kind,
        day,
        release,
        progress,
        flag,
        paper,
        with_attendance,
        order,
        language=language,
    )
