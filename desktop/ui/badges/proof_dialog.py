"""The badge proof's answer: how many badges were checked and each problem badge, with the
proof PDF (only those badges, each marked) a click away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
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

from desktop.core import badge_proof
from desktop.core.badge_proof import ProofReport
from desktop.ui.i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("ProofDialog", "No."),
    QT_TRANSLATE_NOOP("ProofDialog", "Name"),
    QT_TRANSLATE_NOOP("ProofDialog", "Template"),
    QT_TRANSLATE_NOOP("ProofDialog", "What was found"),
)
# The kinds of problem (desktop.core.badge_proof.KINDS) in words.
KIND_WORDS = {
    badge_proof.MISSING_GLYPHS: QT_TRANSLATE_NOOP("ProofDialog", "missing glyphs"),
    badge_proof.CUT: QT_TRANSLATE_NOOP("ProofDialog", "text cut to fit"),
    badge_proof.INVISIBLE: QT_TRANSLATE_NOOP("ProofDialog", "invisible or direction characters"),
    badge_proof.RIGHT_TO_LEFT: QT_TRANSLATE_NOOP("ProofDialog", "right-to-left name"),
    badge_proof.NAME_ORDER: QT_TRANSLATE_NOOP("ProofDialog", "name order"),
}


# The printed fields a finding names (badge_proof's _PRINTED_FIELDS) in words; a template
# item's own id (a cut text) is shown as it is, as the designer shows it.
FIELD_WORDS = {
    "given_name": QT_TRANSLATE_NOOP("ProofDialog", "given name"),
    "family_name": QT_TRANSLATE_NOOP("ProofDialog", "family name"),
    "name_local": QT_TRANSLATE_NOOP("ProofDialog", "local name"),
    "organization": QT_TRANSLATE_NOOP("ProofDialog", "organization"),
    "title": QT_TRANSLATE_NOOP("ProofDialog", "job title"),
}


def _field(key: str) -> str:
    word = FIELD_WORDS.get(key)
    return QCoreApplication.translate("ProofDialog", word) if word else key


def finding_text(f: badge_proof.Finding) -> str:
    """One finding of the check in the interface's language."""
    if f.kind == badge_proof.CUT:
        return QCoreApplication.translate(
            "ProofDialog", "{item}: cut to “{text}” at {size} pt"
        ).format(item=f.where, text=f.subject, size=f"{f.size:g}")
    if f.kind == badge_proof.MISSING_GLYPHS:
        return QCoreApplication.translate(
            "ProofDialog", "{field}: no font prints “{chars}”"
        ).format(field=_field(f.where), chars=f.subject)
    if f.kind == badge_proof.INVISIBLE:
        return QCoreApplication.translate(
            "ProofDialog", "{field}: hidden characters {chars}"
        ).format(field=_field(f.where), chars=f.subject)
    if f.kind == badge_proof.RIGHT_TO_LEFT:
        return QCoreApplication.translate(
            "ProofDialog", "{field}: “{text}” prints right to left, shaped"
        ).format(field=_field(f.where), text=f.subject)
    if f.where == badge_proof.SPACE_INSIDE:
        return QCoreApplication.translate(
            "ProofDialog",
            "the Chinese name “{name}” has a space inside: family name first, no space",
        ).format(name=f.subject)
    return QCoreApplication.translate(
        "ProofDialog", "the Chinese name “{name}” may be given name first"
    ).format(name=f.subject)


def kind_label(kind: str) -> str:
    """A kind of problem in the interface's language."""
    word = KIND_WORDS.get(kind)
    return QCoreApplication.translate("ProofDialog", word) if word else kind


def summary(report: ProofReport) -> str:
    if not report.problems:
        return QCoreApplication.translate(
            "ProofDialog", "{checked} badges checked: no problem found."
        ).format(checked=f"{report.checked:,}")
    found = QCoreApplication.translate("ProofDialog", ", ").join(
        QCoreApplication.translate("ProofDialog", "{count} {problem}").format(
            count=n, problem=kind_label(kind)
        )
        for kind, n in report.counts().items()
    )
    return QCoreApplication.translate(
        "ProofDialog",
        "{checked} badges checked: {problems} with problems ({found}). The proof PDF holds "
        "only those badges, each marked with what was found.",
    ).format(checked=f"{report.checked:,}", problems=f"{len(report.problems):,}", found=found)


class ProofDialog(QDialog):
    """Every problem badge in a table; Open proof PDF shows them as they would print."""

    def __init__(self, report: ProofReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proofDialog")
        self.setWindowTitle(self.tr("Badge proof"))
        self.resize(900, 520)
        self.report = report
        self.summary = QLabel(summary(report))
        self.summary.setObjectName("proofSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(report.problems), len(COLUMNS))
        self.table.setObjectName("proofProblems")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, p in enumerate(report.problems):
            # The name and the template are data; the details are what the check found (its
            # own words, with the characters and sizes it names).
            found = "; ".join(finding_text(f) for f in p.findings) or "; ".join(p.details)
            cells = (str(p.number), p.name, p.template, found)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.open_button = QPushButton(self.tr("Open proof PDF"))
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
