"""The print queue panel: this session's badge jobs and the print log's recent desk jobs.

Opened from the desk screen ("Print queue…"). The upper table lists the badges this desk
sent since the app started (`BadgePrinter.jobs`, newest first): when, who, the state
(queued, printing, done, failed with the reason), the printer it is on or ended on, the
spooler's job id and each printer tried (skipped, failed, printed). Staff can cancel a job
that has no answer from the spooler yet, and send a failed one again, to the desk's printers
in order or to one printer chosen in "Send to". The lower table is the print log's newest
desk prints and reprints (`desktop.core.print_jobs.recent_desk_jobs`, every desk, earlier
sessions too); a failed one can be printed again from there (a new PDF, never a new badge
code). The panel follows the jobs live (`BadgePrinter.job_changed`, `changed` with `Change.PRINTS`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.print_jobs import DeskJobRow, PrintJob, recent_desk_jobs
from desktop.ui.changes import Change, Changes
from desktop.ui.context import AppContext
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.theme import theme

if TYPE_CHECKING:
    from desktop.ui.desk.screen import DeskScreen

SESSION_COLUMNS = (
    QT_TRANSLATE_NOOP("PrintQueue", "Time"),
    QT_TRANSLATE_NOOP("PrintQueue", "Person"),
    QT_TRANSLATE_NOOP("PrintQueue", "State"),
    QT_TRANSLATE_NOOP("PrintQueue", "Printer"),
    QT_TRANSLATE_NOOP("PrintQueue", "Job"),
    QT_TRANSLATE_NOOP("PrintQueue", "Attempts"),
)
LOG_COLUMNS = (
    QT_TRANSLATE_NOOP("PrintQueue", "Time"),
    QT_TRANSLATE_NOOP("PrintQueue", "Person"),
    QT_TRANSLATE_NOOP("PrintQueue", "Status"),
    QT_TRANSLATE_NOOP("PrintQueue", "Printer"),
    QT_TRANSLATE_NOOP("PrintQueue", "Job"),
    QT_TRANSLATE_NOOP("PrintQueue", "Desk"),
    QT_TRANSLATE_NOOP("PrintQueue", "What the spooler said"),
)
# Job states, print log statuses and attempt statuses in words (the stored codes stay codes).
STATE_WORDS = {
    "queued": QT_TRANSLATE_NOOP("PrintQueue", "queued"),
    "printing": QT_TRANSLATE_NOOP("PrintQueue", "printing"),
    "done": QT_TRANSLATE_NOOP("PrintQueue", "done"),
    "failed": QT_TRANSLATE_NOOP("PrintQueue", "failed"),
    "printed": QT_TRANSLATE_NOOP("PrintQueue", "printed"),
    "skipped": QT_TRANSLATE_NOOP("PrintQueue", "skipped"),
    "pdf_only": QT_TRANSLATE_NOOP("PrintQueue", "PDF only"),
}
KIND_WORDS = {
    "desk": QT_TRANSLATE_NOOP("PrintQueue", "desk"),
    "reprint": QT_TRANSLATE_NOOP("PrintQueue", "reprint"),
}


def _tr(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP in the context "PrintQueue") translated."""
    return QCoreApplication.translate("PrintQueue", text)


def state_word(state: str) -> str:
    """A job state or a print status in words."""
    word = STATE_WORDS.get(state)
    return _tr(word) if word else state


def state_text(job: PrintJob) -> str:
    """The job's state in words: queued, printing, done, or failed with the reason (as
    desktop.core.print_jobs.state_title, in the interface's language)."""
    if job.state == "failed":
        if job.error:
            return QCoreApplication.translate("PrintQueue", "failed: {error}").format(
                error=job.error
            )
        return state_word("failed")
    if job.pdf_only:
        return QCoreApplication.translate("PrintQueue", "done (PDF only, no printer)")
    return state_word(job.state)


def person_text(person: str, kind: str, reason: str) -> str:
    """The person of a job, with the kind and reason of a reprint."""
    if not reason:
        return person
    from desktop.ui.printing import reason_label

    word = KIND_WORDS.get(kind)
    return QCoreApplication.translate("PrintQueue", "{person} ({kind}: {reason})").format(
        person=person, kind=_tr(word) if word else kind, reason=reason_label(reason)
    )


# Text colours a desk reads at a glance: green done, amber printing, red failed.
COLOURS = {
    "done": "ok",
    "printed": "ok",
    "printing": "warn",
    "queued": "muted",
    "failed": "bad",
    "pdf_only": "muted",
}


def state_colour(state: str) -> str:
    """The colour of a job state in the light or dark theme."""
    return str(getattr(theme(), COLOURS.get(state, "muted")))


MARKS = {"printed": "✓", "failed": "✗", "skipped": "–"}
POOL = ""  # the "Send to" choice: the desk's printers in order


def attempts_text(job: PrintJob) -> str:
    """Each printer tried, in order: "Broken ✗ → Good ✓" (– skipped: it was not ready)."""
    return " → ".join(f"{a.printer} {MARKS.get(a.status, '?')}" for a in job.attempts)


def attempts_detail(job: PrintJob) -> str:
    lines = []
    for a in job.attempts:
        said = f": {a.error}" if a.error else ""
        lines.append(
            f"{a.at:%H:%M:%S} {a.printer} {state_word(a.status)}"
            f"{f' ({a.job})' if a.job else ''}{said}"
        )
    return "\n".join(lines) or QCoreApplication.translate("PrintQueue", "not sent yet")


def _item(text: str, colour: str = "", tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if colour:
        item.setForeground(QColor(colour))
    if tip:
        item.setToolTip(tip)
    return item


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([_tr(c) for c in columns])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class PrintQueuePanel(QWidget):
    """This session's badge jobs with Cancel and Send again, and the print log's desk jobs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printer = ctx.badge_printer
        self.session_table = _table(SESSION_COLUMNS)
        self.session_table.setObjectName("printQueueSession")
        self.log_table = _table(LOG_COLUMNS)
        self.log_table.setObjectName("printQueueLog")
        self.cancel_button = QPushButton(self.tr("Cancel job"))
        self.retry_button = QPushButton(self.tr("Send again"))
        self.target_box = QComboBox()
        self.target_box.setObjectName("printQueueTarget")
        self.reprint_button = QPushButton(self.tr("Print again"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(placeholder-text);")
        self._session_ids: list[int] = []
        self._log_rows: list[DeskJobRow] = []

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>This session at this desk</b>")))
        top.addStretch(1)
        top.addWidget(self.cancel_button)
        top.addWidget(QLabel(self.tr("Send to")))
        top.addWidget(self.target_box)
        top.addWidget(self.retry_button)
        low = QHBoxLayout()
        low.addWidget(QLabel(self.tr("<b>Print log: recent desk prints</b>")))
        low.addStretch(1)
        low.addWidget(self.reprint_button)
        low.addWidget(self.refresh_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.session_table, 3)
        box.addLayout(low)
        box.addWidget(self.log_table, 2)
        box.addWidget(self.message)

        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button.clicked.connect(self.retry_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.session_table.itemSelectionChanged.connect(self._update_buttons)
        self.log_table.itemSelectionChanged.connect(self._update_buttons)
        if self.printer is not None:
            self.printer.job_changed.connect(self._job_changed)
        ctx.signals.changed.connect(self._data_changed)
        self.refresh()

    # --- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_targets()
        self.fill_session()
        self.fill_log()

    def _fill_targets(self) -> None:
        from desktop.ui.printing import load_settings, printer_names

        current = self.target_box.currentData()
        pool: list[str] = []
        if self.printer is not None:
            pool = load_settings(self.printer.settings).pool
        self.target_box.blockSignals(True)
        self.target_box.clear()
        self.target_box.addItem(
            self.tr("the desk's printers, in order")
            if len(pool) > 1
            else self.tr("the desk's printer"),
            POOL,
        )
        for name in dict.fromkeys([*pool, *printer_names()]):
            self.target_box.addItem(name, name)
        self.target_box.setCurrentIndex(max(0, self.target_box.findData(current)))
        self.target_box.blockSignals(False)

    def fill_session(self) -> None:
        jobs: list[PrintJob] = self.printer.jobs.all() if self.printer is not None else []
        selected = self.selected_job()
        self.session_table.setRowCount(len(jobs))
        self._session_ids = [j.id for j in jobs]
        for row, job in enumerate(jobs):
            colour = state_colour(job.state)
            title = state_text(job)
            person = person_text(job.person, job.kind, job.reason)
            cells = [
                _item(f"{job.created_at:%H:%M:%S}"),
                _item(person),
                _item(title, colour, title),
                _item(job.printer or (state_word("pdf_only") if job.state == "done" else "-")),
                _item(job.job or "-"),
                _item(attempts_text(job) or "-", tip=attempts_detail(job)),
            ]
            for col, cell in enumerate(cells):
                self.session_table.setItem(row, col, cell)
        if selected is not None and selected.id in self._session_ids:
            self.session_table.selectRow(self._session_ids.index(selected.id))
        self._update_buttons()

    def fill_log(self) -> None:
        def read(s: Session) -> list[tuple[datetime, DeskJobRow]]:
            from desktop.core.events import current_event, to_local

            event = current_event(s)
            return [(to_local(event, r.at), r) for r in recent_desk_jobs(s, 50)]

        try:
            rows = self.ctx.worker.read(read)
        except Exception as exc:  # a busy or closed event: the session's jobs still show
            from desktop.ui.errors import user_message

            self.message.setText(
                self.tr("The print log cannot be read now: {error}").format(error=user_message(exc))
            )
            rows = []
        self._log_rows = [r for _t, r in rows]
        self.log_table.setRowCount(len(rows))
        # The day as the interface's language writes it ("05 Mar", "3月5日"), then the time.
        day_format = self.tr("dd MMM")
        locale = QLocale()
        for row, (at, r) in enumerate(rows):
            day = locale.toString(QDate(at.year, at.month, at.day), day_format)
            when = f"{day} {at:%H:%M:%S}"
            person = person_text(r.person, "reprint", r.reason)
            cells = [
                _item(when),
                _item(person),
                _item(state_word(r.status), state_colour(r.status)),
                _item(
                    r.printer if r.status != "pdf_only" else state_word("pdf_only"), tip=r.printer
                ),
                _item(r.job or "-"),
                _item(r.desk or "-"),
                _item(r.error, tip=r.error),
            ]
            for col, cell in enumerate(cells):
                self.log_table.setItem(row, col, cell)
        self._update_buttons()

    def _job_changed(self, _job: PrintJob) -> None:
        self.fill_session()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(Change.PRINTS):
            self.fill_log()

    # --- selection and actions ----------------------------------------------------------
    def selected_job(self) -> PrintJob | None:
        rows = self.session_table.selectionModel().selectedRows()
        if not rows or self.printer is None or rows[0].row() >= len(self._session_ids):
            return None
        result: PrintJob | None = self.printer.jobs.get(self._session_ids[rows[0].row()])
        return result

    def selected_log_row(self) -> DeskJobRow | None:
        rows = self.log_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._log_rows):
            return None
        return self._log_rows[rows[0].row()]

    def _update_buttons(self) -> None:
        job = self.selected_job()
        self.cancel_button.setEnabled(job is not None and job.state in ("queued", "printing"))
        self.retry_button.setEnabled(job is not None and job.state == "failed")
        row = self.selected_log_row()
        self.reprint_button.setEnabled(
            self.printer is not None and row is not None and row.status == "failed"
        )

    def _targets(self) -> list[str] | None:
        chosen = self.target_box.currentData()
        return [chosen] if chosen else None

    def cancel_selected(self) -> None:
        job = self.selected_job()
        if job is None or self.printer is None:
            return
        if self.printer.cancel(job.id):
            self.message.setText(
                self.tr("Cancelling the badge of {person}…").format(person=job.person)
            )
        else:
            self.message.setText(self.tr("That job has its answer already; nothing to cancel."))

    def retry_selected(self) -> None:
        job = self.selected_job()
        if job is None or self.printer is None:
            return
        if self.printer.retry(job.id, self._targets()):
            where = self.target_box.currentText()
            self.message.setText(
                self.tr("Sending the badge of {person} again to {printer}…").format(
                    person=job.person, printer=where
                )
            )
        else:
            self.message.setText(
                self.tr("Only a failed job is sent again, and a printer is needed.")
            )

    def reprint_selected(self) -> None:
        row = self.selected_log_row()
        if row is None or self.printer is None or row.attendee_id is None:
            return
        self.printer.retry_attendee(row.attendee_id, row.kind, row.reason, self._targets())
        self.message.setText(
            self.tr("Printing the badge of {person} again…").format(person=row.person)
        )


class PrintQueueDialog(QDialog):
    """The print queue panel in a window of its own (not modal: the desk goes on)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print queue"))
        self.setObjectName("printQueueDialog")
        self.panel = PrintQueuePanel(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.panel)
        box.addWidget(buttons)
        self.resize(980, 560)


def open_print_queue(desk: Any) -> PrintQueueDialog:
    """Show the desk's print queue window (one per desk screen), refreshed."""
    dialog = getattr(desk, "print_queue_dialog", None)
    if not isinstance(dialog, PrintQueueDialog):
        dialog = PrintQueueDialog(desk.ctx, desk)
        desk.print_queue_dialog = dialog
    dialog.panel.refresh()
    dialog.show()
    dialog.raise_()
    return dialog


def print_queue_button(desk: DeskScreen) -> QPushButton:
    """The desk screen's "Print queue…" button (keeps the focus on the desk's search field)."""
    button = QPushButton(QCoreApplication.translate("PrintQueue", "Print queue…"))
    button.setObjectName("printQueueButton")
    button.setMinimumHeight(40)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(lambda: open_print_queue(desk))
    return button
