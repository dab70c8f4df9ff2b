"""The Badges screen: batch PDFs with progress and cancel, a live preview, the desk's printer
settings (printer, print-on-check-in policy, offsets, calibration page), and the designer tab.

A batch is made either as a proof ("Make proof PDF…": nothing is logged, nobody is marked
printed) or for printing ("Make PDF for printing…": each badge is logged as printed to that
file and counts as printed). "Send to badge printer" logs the badges of the last batch with
what the spooler said (printed with its job id, or failed); a batch already marked printed
is not counted a second time.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import data_dir
from db.models import CATEGORIES
from desktop.base.errors import Cancelled
from desktop.base.progress import CancelFlag, ProgressFn
from desktop.core import badges as core
from desktop.pdf.layout import compute
from desktop.pdf.sheets import sheet_titles
from desktop.pdf.templates import Template
from desktop.ui import file_dialogs
from desktop.ui.badges.designer import DesignerPanel
from desktop.ui.badges.painter import render_image
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.desk.style import category_label
from desktop.ui.errors import said
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.jobs import JobHandle
from desktop.ui.printing import (
    POLICY_TITLES,
    PrintSettings,
    load_settings,
    policy_title,
    printer_names,
    save_settings,
    send_with_lp,
    spool,
)
from desktop.ui.settings import Settings

if TYPE_CHECKING:
    from desktop.core.badge_proof import ProofReport

# The titles of the shipped sheet presets (resources/sheets), for translation: a preset's title
# is shown translated when it is one of these, else as its file says.
SHEET_TITLES = (
    QT_TRANSLATE_NOOP("BadgesScreen", "A4, 10 x 80x50 mm (Avery L4785)"),
    QT_TRANSLATE_NOOP("BadgesScreen", "A4, 4 x A6 (cut)"),
    QT_TRANSLATE_NOOP("BadgesScreen", "US Letter, 6 x 4x3 in (Avery 5392 / 74541)"),
    QT_TRANSLATE_NOOP("BadgesScreen", "US Letter, 8 x 3.375x2.333 in (Avery 5395)"),
    QT_TRANSLATE_NOOP("BadgesScreen", "One badge per page (page = badge size)"),
)


# The titles of the built-in badge templates (resources/templates), the same way.
TEMPLATE_TITLES = (
    QT_TRANSLATE_NOOP("BadgesScreen", "4 x 3 in landscape badge (Avery 5392)"),
    QT_TRANSLATE_NOOP("BadgesScreen", "4 x 6 in direct thermal badge"),
    QT_TRANSLATE_NOOP("BadgesScreen", "A6 portrait conference badge (105 x 148 mm)"),
    QT_TRANSLATE_NOOP("BadgesScreen", "CR80 / ID-1 card (85.6 x 54 mm)"),
)


def template_title(title: str) -> str:
    """A badge template's title in the interface's language (a built-in one's; an organizer's
    template keeps the title it was given)."""
    if title in TEMPLATE_TITLES:
        return QCoreApplication.translate("BadgesScreen", title)
    return title


def sheet_title(title: str) -> str:
    """A sheet preset's title in the interface's language."""
    return QCoreApplication.translate("BadgesScreen", title) if title in SHEET_TITLES else title


def _batch_job(
    path: str,
    template: str,
    sheet: str,
    sel: core.Selection,
    marks: bool,
    desk: str,
    operator: str,
    log: bool,
    session: Session,
    progress: ProgressFn,
    cancel: CancelFlag,
) -> core.BatchResult:
    """A badge batch as a job of the runner (module level: it is sent to a worker process)."""
    return core.render_badges(
        session,
        path,
        template,
        sheet,
        sel,
        crop_marks=marks,
        desk=desk,
        operator=operator,
        log=log,
        progress=progress,
        cancel=cancel,
    )


def _proof_job(
    path: str,
    template: str,
    sel: core.Selection,
    session: Session,
    progress: ProgressFn,
    cancel: CancelFlag,
) -> ProofReport:
    """The badge proof as a job of the runner (module level: sent to a worker process)."""
    from desktop.core.badge_proof import proof_badges

    return proof_badges(session, path, template, "single", sel, progress, cancel)


class BadgesScreen(QWidget):
    """Batch printing, preview, printer settings; the designer in a second tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = Settings()
        self.job: JobHandle | None = None  # the running batch
        self.last_pdf: str = ""
        # The last batch: its badges, template and whether it was marked printed.
        self.last_batch: core.BatchResult | None = None
        self.last_marked = False
        self._preview_image: QImage | None = None
        self.tabs = QTabWidget()
        self.batch = QWidget()
        self.designer: DesignerPanel | None = None
        self.tabs.addTab(self.batch, self.tr("Batch and printer"))
        self.tabs.addTab(QWidget(), self.tr("Designer"))
        self.tabs.currentChanged.connect(self._tab)
        root = QVBoxLayout(self)
        root.addWidget(self.tabs)
        self._build_batch()
        self.refresh()

    # --- layout ------------------------------------------------------------------------------
    def _build_batch(self) -> None:
        self.template_box = mark_data(QComboBox())  # the templates' names
        self.sheet_box = QComboBox()
        for name, title in sheet_titles().items():
            self.sheet_box.addItem(sheet_title(title), name)
        self.sheet_box.setCurrentIndex(max(0, self.sheet_box.findData("a4-4xa6")))
        self.category_box = QComboBox()
        self.category_box.addItem(self.tr("All categories"), "")
        for c in CATEGORIES:
            self.category_box.addItem(category_label(c), c)
        self.unprinted_box = QCheckBox(self.tr("Only attendees without a printed badge"))
        self.sort_box = QComboBox()
        self.sort_box.addItem(self.tr("Family name"), "family")
        self.sort_box.addItem(self.tr("Category, then family name"), "category")
        self.ids_edit = QLineEdit()
        self.ids_edit.setPlaceholderText(self.tr("optional: attendee ids, e.g. 12, 40, 41"))
        self.marks_box = QCheckBox(self.tr("Crop marks"))
        self.make_button = QPushButton(self.tr("Make PDF for printing…"))
        self.make_button.setDefault(True)
        self.make_button.setToolTip(
            self.tr(
                "Each badge in the PDF is logged as printed to that file and counts as printed "
                "(dashboard, 'only without a printed badge', the desk's 'print if not printed')"
            )
        )
        self.proof_button = QPushButton(self.tr("Make proof PDF…"))
        self.proof_button.setToolTip(
            self.tr("A PDF to check: nothing is logged, nobody marked printed")
        )
        self.check_button = QPushButton(self.tr("Check all badges…"))
        self.check_button.setObjectName("checkBadges")
        self.check_button.setToolTip(
            self.tr(
                "Before the event: every attendee through the template that will print them "
                "(missing characters, names cut, invisible characters, name order); a proof "
                "PDF of the badges with problems"
            )
        )
        self.check_button.clicked.connect(self._ask_and_check)
        self.send_button = QPushButton(self.tr("Send to badge printer"))
        self.send_button.setEnabled(False)
        self.send_button.setToolTip(self.tr("Print the last batch PDF on the printer chosen below"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        sel = QGroupBox(self.tr("Batch"))
        form = QFormLayout(sel)
        self.by_category_button = QPushButton(self.tr("By category…"))
        self.by_category_button.setObjectName("templatesByCategory")
        self.by_category_button.setToolTip(
            self.tr("Give speakers, VIPs... a template of their own")
        )
        self.by_category_button.clicked.connect(self.edit_category_templates)
        self.by_category_note = QLabel()
        self.by_category_note.setObjectName("byCategoryNote")
        self.by_category_note.setWordWrap(True)
        self.by_category_note.setStyleSheet("color: palette(placeholder-text);")
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_box, 1)
        template_row.addWidget(self.by_category_button)
        template_row.addWidget(self.check_button)  # beside the templates it checks
        form.addRow(self.tr("Template"), template_row)
        form.addRow("", self.by_category_note)
        form.addRow(self.tr("Sheet"), self.sheet_box)
        form.addRow(self.tr("Who"), self.category_box)
        form.addRow("", self.unprinted_box)
        form.addRow(self.tr("Selection"), self.ids_edit)
        form.addRow(self.tr("Order"), self.sort_box)
        form.addRow("", self.marks_box)
        row = QHBoxLayout()
        row.addWidget(self.proof_button)
        row.addWidget(self.make_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.send_button)
        form.addRow(row)
        form.addRow(self.progress)
        form.addRow(self.status)

        self.printer_box = QComboBox()
        self.policy_box = QComboBox()
        for key in POLICY_TITLES:
            self.policy_box.addItem(policy_title(key), key)
        self.desk_template_box = mark_data(QComboBox())  # the templates' names
        self.off_x = QDoubleSpinBox()
        self.off_y = QDoubleSpinBox()
        for sp in (self.off_x, self.off_y):
            sp.setRange(-20, 20)
            sp.setDecimals(1)
            sp.setSingleStep(0.5)
            sp.setSuffix(" mm")
        self.folder_edit = mark_data(QLineEdit())  # a folder's path
        self.folder_edit.setPlaceholderText(str(data_dir() / "badges"))
        self.save_printer_button = QPushButton(self.tr("Save printer settings"))
        self.calibration_button = QPushButton(self.tr("Print calibration page"))
        self.desk_status = QLabel("")
        self.desk_status.setWordWrap(True)
        prn = QGroupBox(self.tr("Desk printing"))
        pf = QFormLayout(prn)
        pf.addRow(self.tr("Badge printer"), self.printer_box)
        pf.addRow(self.tr("On check-in"), self.policy_box)
        pf.addRow(self.tr("Desk template"), self.desk_template_box)
        offs = QHBoxLayout()
        offs.addWidget(QLabel("x"))
        offs.addWidget(self.off_x)
        offs.addWidget(QLabel("y"))
        offs.addWidget(self.off_y)
        pf.addRow(self.tr("Printer offset"), offs)
        pf.addRow(self.tr("PDF folder"), self.folder_edit)
        btns = QHBoxLayout()
        btns.addWidget(self.save_printer_button)
        btns.addWidget(self.calibration_button)
        pf.addRow(btns)
        pf.addRow(self.desk_status)

        left = QVBoxLayout()
        left.addWidget(sel)
        left.addWidget(prn)
        left.addStretch(1)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(260, 360)  # (the window shrinks to 1024x640)
        self.preview.setStyleSheet("background: #e6e8ec;")
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.installEventFilter(self)
        # The template's title and the person's name (and the layout's warnings): data.
        self.preview_note = mark_data(QLabel(""))
        self.preview_note.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview: the longest name in the event")))
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_note)
        body = QHBoxLayout(self.batch)
        lw = QWidget()
        lw.setLayout(left)
        lw.setMaximumWidth(520)
        body.addWidget(lw)
        body.addLayout(right, 1)

        self.make_button.clicked.connect(lambda: self._ask_and_run(True))
        self.proof_button.clicked.connect(lambda: self._ask_and_run(False))
        self.cancel_button.clicked.connect(self.cancel)
        self.send_button.clicked.connect(self.send_last_pdf)
        self.template_box.currentTextChanged.connect(lambda _t: self.update_preview())
        self.save_printer_button.clicked.connect(self.save_printer_settings)
        self.calibration_button.clicked.connect(self.print_calibration)
        self.printer_box.currentIndexChanged.connect(self._printer_changed)

    # --- data --------------------------------------------------------------------------------
    def edit_category_templates(self) -> None:
        from desktop.ui.badges.category_templates import CategoryTemplatesDialog

        dialog = CategoryTemplatesDialog(self.ctx, self)
        if dialog.exec() == CategoryTemplatesDialog.DialogCode.Accepted:
            self.refresh()

    def refresh(self) -> None:
        names, own = self.ctx.worker.read(
            lambda s: (core.template_names(s, self.ctx.event_id), core.category_templates(s))
        )
        self.by_category_note.setText(
            "; ".join(
                self.tr("{category}: {template}").format(category=category_label(c), template=n)
                for c, n in own.items()
            )
        )
        self.by_category_note.setVisible(bool(own))
        for box, default in (
            (self.template_box, core.DEFAULT_TEMPLATE),
            (self.desk_template_box, None),
        ):
            cur = box.currentText() or default
            box.blockSignals(True)
            box.clear()
            box.addItems(names)
            box.blockSignals(False)
            if cur:
                box.setCurrentText(cur)
        ps = load_settings(self.settings)
        self.printer_box.blockSignals(True)
        self.printer_box.clear()
        self.printer_box.addItem(self.tr("PDF only (no printer)"), "")
        for p in printer_names():
            self.printer_box.addItem(p, p)
        idx = self.printer_box.findData(ps.printer)
        self.printer_box.setCurrentIndex(max(0, idx))
        self.printer_box.blockSignals(False)
        self.policy_box.setCurrentIndex(max(0, self.policy_box.findData(ps.policy)))
        self.desk_template_box.setCurrentText(ps.template)
        self.off_x.setValue(ps.offset_x)
        self.off_y.setValue(ps.offset_y)
        self.folder_edit.setText(ps.pdf_dir)
        self.update_preview()

    def on_shown(self) -> None:
        self.refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # The preview label was resized by the layout: scale the badge image to it again.
        if obj is self.preview and event.type() == QEvent.Type.Resize and self._preview_image:
            self._show_preview()
        return super().eventFilter(obj, event)

    def _printer_changed(self) -> None:
        from desktop.ui.printing import printer_offset

        x, y = printer_offset(self.settings, self.printer_box.currentData() or "")
        self.off_x.setValue(x)
        self.off_y.setValue(y)

    def update_preview(self) -> None:
        name = self.template_box.currentText()
        if not name:
            return

        def read(s: Session) -> tuple[Template, dict[str, str], str | None]:
            from desktop.core.events import current_event

            spec = core.printable(s, core.load_template(s, name))
            vals = core.preview_values(s, core.longest_name_attendee(s))
            return spec, vals, core.logo_file(s, current_event(s))

        try:
            spec, values, logo = self.ctx.worker.read(read)
        except Exception as exc:
            from desktop.ui.errors import user_message

            self.preview_note.setText(user_message(exc))
            return
        layout = compute(spec, values, "front", logo)
        self._preview_image = render_image(layout, 6.0)
        self._show_preview()
        who = f"{values.get('given_name', '')} {values.get('family_name', '')}"
        note = f"{template_title(str(spec['title']))}; {who}"
        if layout.warnings:
            note += "\n" + self.tr("Warnings: {warnings}").format(
                warnings="; ".join(said(w) for w in layout.warnings)
            )
        self.preview_note.setText(note)

    def _show_preview(self) -> None:
        assert self._preview_image is not None
        target = self.preview.size()
        self.preview.setPixmap(
            QPixmap.fromImage(self._preview_image).scaled(
                max(50, target.width() - 16),
                max(50, target.height() - 16),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _tab(self, index: int) -> None:
        if index == 1 and self.designer is None:
            self.designer = DesignerPanel(self.ctx)
            self.designer.saved.connect(lambda _n: self.refresh())
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.designer, self.tr("Designer"))
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)

    def open_designer(self) -> DesignerPanel:
        self.tabs.setCurrentIndex(1)
        assert self.designer is not None
        return self.designer

    # --- batch -------------------------------------------------------------------------------
    def selection(self) -> core.Selection:
        ids_text = self.ids_edit.text().strip()
        ids = None
        if ids_text:
            try:
                ids = [int(p) for p in ids_text.replace(" ", "").split(",") if p]
            except ValueError:
                from desktop.base.errors import UserError

                raise UserError(
                    self.tr("the selection must be attendee ids separated by commas")
                ) from None
        return core.Selection(
            self.category_box.currentData() or None,
            self.unprinted_box.isChecked(),
            ids,
            self.sort_box.currentData(),
        )

    def _ask_and_run(self, mark_printed: bool) -> None:
        name = "badges.pdf" if mark_printed else "badges-proof.pdf"
        title = (
            self.tr("Save badges for printing") if mark_printed else self.tr("Save proof badges")
        )
        path = file_dialogs.save_file(self, title, str(Path.home() / name), "PDF (*.pdf)")
        if path:
            self.run_batch(path, mark_printed)

    def run_batch(self, path: str, mark_printed: bool = True) -> None:
        """Render the selected badges to `path` as a job of the runner, with progress and cancel.

        mark_printed: the PDF is for printing (each badge logged as printed to it, counted as
        printed); False: a proof (nothing logged)."""
        try:
            sel = self.selection()
        except Exception as exc:
            from desktop.ui.errors import user_message

            self.status.setText(user_message(exc))
            return
        template = self.template_box.currentText()
        sheet = self.sheet_box.currentData()
        marks = self.marks_box.isChecked()
        self._busy(True)
        self.status.setText(
            self.tr("Rendering badges…") if mark_printed else self.tr("Rendering proof badges…")
        )
        # On the job runner (a worker process), never on the desk's lane: a 1,000-badge batch
        # must not hold up a scan at a desk window of this app.
        job = functools.partial(
            _batch_job, path, template, sheet, sel, marks, self.ctx.desk, self.ctx.operator,
            mark_printed,
        )  # fmt: skip
        self.job = self.ctx.jobs.start(
            self,
            "batch",
            job,
            lambda r: self._done(r, mark_printed),
            self._failed,
            self._on_progress,
            write=mark_printed,
        )

    def _ask_and_check(self) -> None:
        path = file_dialogs.save_file(
            self,
            self.tr("Save the badge proof"),
            str(Path.home() / "badge-proof.pdf"),
            "PDF (*.pdf)",
        )
        if path:
            self.run_proof(path)

    def run_proof(self, path: str) -> None:
        """Check every selected attendee's badge as a job (progress, cancel), then show what
        was found."""
        try:
            sel = self.selection()
        except Exception as exc:
            from desktop.ui.errors import user_message

            self.status.setText(user_message(exc))
            return
        self._busy(True)
        self.status.setText(self.tr("Checking every badge…"))
        job = functools.partial(_proof_job, path, self.template_box.currentText(), sel)
        self.job = self.ctx.jobs.start(
            self, "batch", job, self._proof_done, self._failed, self._on_progress
        )

    def _proof_done(self, report: ProofReport) -> None:
        from desktop.ui.badges.proof_dialog import ProofDialog, summary

        self._busy(False)
        self.last_proof = report
        self.status.setText(summary(report))
        if report.problems:
            dialog = ProofDialog(report, self)
            self.proof_dialog = dialog
            dialog.open()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _busy(self, busy: bool) -> None:
        self.make_button.setEnabled(not busy)
        self.proof_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, _msg: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, result: core.BatchResult, mark_printed: bool = True) -> None:
        self._busy(False)
        self.last_pdf = result.path
        self.last_batch, self.last_marked = result, mark_printed
        self.send_button.setEnabled(bool(self.printer_box.currentData()))
        text = self.tr("{badges} badges on {pages} pages: {path}").format(
            badges=result.badges, pages=result.pages, path=result.path
        )
        text += "\n" + (
            self.tr("{count} badges marked printed (for printing)").format(count=result.logged)
            if mark_printed
            else self.tr("Proof: no badge marked printed")
        )
        if result.warnings:
            text += "\n" + self.tr("{count} badges with warnings (see the print log)").format(
                count=len(result.warnings)
            )
        self.status.setText(text)
        self.ctx.signals.notify(Change.PRINTS, initiator=self)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; no badge was logged as printed."))
            return
        from desktop.ui.errors import user_message

        self.status.setText(user_message(exc))

    # --- printer settings --------------------------------------------------------------------
    def current_print_settings(self) -> PrintSettings:
        return PrintSettings(
            printer=self.printer_box.currentData() or "",
            policy=self.policy_box.currentData(),
            template=self.desk_template_box.currentText() or core.DEFAULT_TEMPLATE,
            pdf_dir=self.folder_edit.text().strip(),
            offset_x=self.off_x.value(),
            offset_y=self.off_y.value(),
        )

    def save_printer_settings(self) -> None:
        ps = self.current_print_settings()
        save_settings(ps, self.settings)
        self.desk_status.setText(
            self.tr("Saved: {policy}, printer {printer}").format(
                policy=policy_title(ps.policy).lower(),
                printer=ps.printer or self.tr("none (PDF only)"),
            )
        )

    def send_last_pdf(self) -> None:
        """Hand the last batch PDF to the badge printer through the spooler, and log its
        badges with what the spooler said (a batch marked printed is not counted again)."""
        printer = self.printer_box.currentData() or ""
        batch = self.last_batch
        if not (self.last_pdf and printer and batch is not None):
            self.status.setText(self.tr("Make a batch PDF and choose a badge printer first."))
            return
        sent = spool(Path(self.last_pdf), printer, "Confdesk badges", follow_s=0)
        marked, desk, operator = self.last_marked, self.ctx.desk, self.ctx.operator

        def job(s: Session) -> int:
            from desktop.core.events import current_event

            return core.log_prints(
                s,
                current_event(s),
                batch.ids,
                "batch",
                batch.template,
                printer,
                batch.warnings,
                desk=desk,
                operator=operator,
                status="printed" if sent.ok else "failed",
                job=sent.job,
                error=sent.error,
                count=not marked,
            )

        if sent.ok:
            text = self.tr("Sent {path} to {printer} (job {job})").format(
                path=self.last_pdf, printer=printer, job=sent.job
            )
            if not marked:
                text += self.tr("; {count} badges marked printed").format(count=len(batch.ids))
        else:
            text = self.tr("Not printed: {error}").format(error=sent.error)

        def logged(_n: int) -> None:
            self.status.setText(text)
            self.ctx.signals.notify(Change.PRINTS, initiator=self)

        self.ctx.worker.submit(job, logged, self._failed)

    def print_calibration(self) -> None:
        """The calibration page for the desk template on a single badge, to the chosen printer."""
        ps = self.current_print_settings()
        folder = ps.folder
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / "calibration.pdf"
        try:
            self.ctx.worker.read(
                lambda s: core.calibration(
                    s,
                    out,
                    ps.template,
                    self.sheet_box.currentData(),
                    (ps.offset_x, ps.offset_y),
                    ps.printer,
                )
            )
            job = send_with_lp(out, ps.printer, "Confdesk calibration") if ps.printer else ""
        except Exception as exc:
            from desktop.ui.errors import user_message

            self.desk_status.setText(user_message(exc))
            return
        self.desk_status.setText(
            self.tr("Calibration page: {path} (job {job})").format(path=out, job=job)
            if job
            else self.tr("Calibration page: {path}").format(path=out)
        )
