"""Staff settings: the staff PIN (leaves kiosk mode, unlocks the desk), the desk's named
operators and its idle lock; the dialog that asks for a new PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.base.pins import MAX_DIGITS, MIN_DIGITS, pin_problem
from desktop.ui.settings import Settings


def _pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_DIGITS)
    return field


def new_pin_problem(pin: str, again: str) -> str:
    """Why a new PIN typed twice cannot be kept ("" when it can)."""
    if pin_problem(pin):  # (desktop.base.pins says it in English: said here in the UI's words)
        return QCoreApplication.translate("StaffBox", "A PIN is {low} to {high} digits.").format(
            low=MIN_DIGITS, high=MAX_DIGITS
        )
    return "" if pin == again else QCoreApplication.translate("StaffBox", "The two PINs differ.")


class ChoosePinDialog(QDialog):
    """Asks for a new staff PIN twice and keeps it (only its hash) in the settings."""

    def __init__(self, settings: Settings, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff PIN"))
        self.setObjectName("choosePinDialog")
        self.settings = settings
        self.pin = _pin_field("newPin")
        self.again = _pin_field("newPinAgain")
        self.problem = QLabel("")
        self.problem.setObjectName("pinProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        intro = QLabel(why)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New PIN (4-12 digits):"), self.pin)
        form.addRow(self.tr("Again:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = new_pin_problem(self.pin.text(), self.again.text())
        if problem:
            self.problem.setText(problem)
            return
        self.settings.set_staff_pin(self.pin.text())
        super().accept()


class StaffBox(QGroupBox):
    """The Settings dialog's staff part: PIN, named operators, idle lock."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Staff: kiosk and desk lock"))
        self.settings = settings
        self.pin = _pin_field("staffPin")
        self.pin.setPlaceholderText(
            self.tr("PIN set: type a new one to change it")
            if settings.staff_pin
            else self.tr("none yet")
        )
        self.again = _pin_field("staffPinAgain")
        self.operators = QPlainTextEdit("\n".join(settings.operators))
        self.operators.setObjectName("operatorsEdit")
        self.operators.setPlaceholderText(
            self.tr("one name per line: chosen when the desk is unlocked")
        )
        self.operators.setFixedHeight(64)
        self.lock_min = QSpinBox()
        self.lock_min.setObjectName("lockMinutes")
        self.lock_min.setRange(0, 240)
        self.lock_min.setSuffix(self.tr(" min idle"))
        self.lock_min.setSpecialValueText(self.tr("never"))
        self.lock_min.setValue(settings.get("desk/lock_min"))
        self.kiosk = QCheckBox(self.tr("Start this laptop as a self-service kiosk"))
        self.kiosk.setObjectName("kioskAtStart")
        self.kiosk.setChecked(bool(settings.get("kiosk/at_start")))
        self.problem = QLabel("")
        self.problem.setObjectName("staffProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(self.tr("Staff PIN:"), self.pin)
        form.addRow(self.tr("PIN again:"), self.again)
        form.addRow(self.tr("Operators:"), self.operators)
        form.addRow(self.tr("Lock the desk after:"), self.lock_min)
        form.addRow(self.tr("Kiosk:"), self.kiosk)
        form.addRow("", self.problem)

    def check(self) -> str:
        """What stops saving ("" when nothing does); said in the box too."""
        problem = ""
        if self.pin.text() or self.again.text():
            problem = new_pin_problem(self.pin.text(), self.again.text())
        locks = self.lock_min.value() or self.kiosk.isChecked()
        if not problem and locks and not (self.settings.staff_pin or self.pin.text()):
            problem = self.tr("Set a staff PIN first: it unlocks the desk and leaves kiosk mode.")
        self.problem.setText(problem)
        return problem

    def save(self) -> None:
        if self.pin.text():
            self.settings.set_staff_pin(self.pin.text())
        self.settings.operators = self.operators.toPlainText().splitlines()
        self.settings.set("desk/lock_min", self.lock_min.value())
        self.settings.set("kiosk/at_start", self.kiosk.isChecked())
