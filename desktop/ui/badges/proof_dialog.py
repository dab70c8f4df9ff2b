"""The badge proof's answer: how many badges were checked and each problem badge, with the
proof PDF (only those badges, each marked) a click away."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.badge_proof import ProofReport

COLUMNS = ("No.", "Name", "Template", "What was found")


def summary(report: ProofReport) -> str:
    if not report.problems:
        return f"{report.checked:,} badges checked: no problem found."
    found = ", ".join(f"{n} {kind}" for kind, n in report.counts().items())
    return (
        f"{report.checked:,} badges checked: {len(report.problems):,} with problems ({found})."
        " The proof PDF holds only those badges, each marked with what was found."
    )


class ProofDialog(QDialog):
    """Every problem badge in a table; Open proof PDF shows them as they would print."""

    def __init__(self, report: ProofReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proofDialog")
        self.setWindowTitle("Badge proof")
        self.resize(900, 520)
        self.report = report
        self.summary = QLabel(summary(report))
        self.summary.setObjectName("proofSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(report.problems), len(COLUMNS))
        self.table.setObjectName("proofProblems")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, p in enumerate(report.problems):
            for col, text in enumerate((str(p.number), p.name, p.template, "; ".join(p.details))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.open_button = QPushButton("Open proof PDF")
        self.open_button.setObjectName("openProof")
        self.open_button.setEnabled(bool(report.pdf))
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(report.pdf))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
