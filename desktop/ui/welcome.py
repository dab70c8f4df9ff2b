"""The first start's welcome: this is a demo event, and the two ways to your own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.desk.style import desk_font
from desktop.ui.i18n import QT_TRANSLATE_NOOP

DEMO_TEXT = QT_TRANSLATE_NOOP(
    "WelcomeDialog",
    "Confdesk opened a demo event to try everything on: the Hong Kong AI Summit 2026, with "
    "made-up attendees (names in English and Chinese), speakers and a two-day timetable. "
    "Scan, check in, print badges and move sessions as you like: it is not your event, and "
    "your event will be a file of its own.",
)


class WelcomeDialog(QDialog):
    """Shown once, over the demo event, on the first start (not modal: the demo works)."""

    create_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Confdesk"))
        self.setMinimumWidth(520)
        title = QLabel(self.tr("Welcome to Confdesk"))
        title.setFont(desk_font(18, bold=True))
        demo = QLabel(self.tr(DEMO_TEXT))
        demo.setObjectName("welcomeDemoText")
        demo.setWordWrap(True)
        steps = QLabel(
            self.tr(
                "<b>Create your event</b>: its name, days, venue and time zone; then import "
                "your registrations or add people at the desk.<br>"
                "<b>Import registrations</b>: create your event and bring in the CSV or Excel "
                "export of your ticketing or form tool straight away."
            )
        )
        steps.setObjectName("welcomeSteps")
        steps.setWordWrap(True)
        steps.setTextFormat(Qt.TextFormat.RichText)
        self.create_button = QPushButton(self.tr("Create your event…"))
        self.create_button.setObjectName("welcomeCreate")
        self.import_button = QPushButton(self.tr("Import registrations…"))
        self.import_button.setObjectName("welcomeImport")
        self.explore_button = QPushButton(self.tr("Explore the demo"))
        self.explore_button.setObjectName("welcomeExplore")
        self.explore_button.setDefault(True)
        self.create_button.clicked.connect(lambda: self._then(self.create_requested))
        self.import_button.clicked.connect(lambda: self._then(self.import_requested))
        self.explore_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.explore_button)
        box = QVBoxLayout(self)
        box.setSpacing(12)
        box.addWidget(title)
        box.addWidget(demo)
        box.addWidget(steps)
        box.addLayout(buttons)

    def _then(self, signal: SignalInstance) -> None:
        self.accept()
        signal.emit()
