"""Screens that a later part of this version builds: a short note of what is coming."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.context import AppContext


class Placeholder(QWidget):
    """A title and one paragraph; no fake data, no dead buttons."""

    title = ""
    text = ""
    command = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(self.title)
        heading.setObjectName("placeholderTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(f"Coming in this version. {self.text}")
        body.setObjectName("placeholderText")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A fixed-width column in the middle: word-wrapped labels need a definite width.
        column = QWidget()
        column.setFixedWidth(520)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(heading)
        inner.addWidget(body)
        margins = inner.contentsMargins()
        body.setMinimumHeight(body.heightForWidth(520 - margins.left() - margins.right()))
        if self.command:
            cli = QLabel(f"Meanwhile, from a terminal: <code>{self.command}</code>")
            cli.setObjectName("placeholderCommand")
            cli.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            cli.setStyleSheet("color: palette(placeholder-text);")
            inner.addWidget(cli)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class DeskPlaceholder(Placeholder):
    title = "Registration desk"
    text = (
        "Find an attendee by name (English or Chinese), email or number, or scan the QR code "
        "on the badge; check them in with one key and print the badge on the spot."
    )


class AttendeesPlaceholder(Placeholder):
    title = "Attendees"
    text = "The list of every registered attendee, with filters, editing and merging."
    command = "confdesk attendees --help"


class SchedulePlaceholder(Placeholder):
    title = "Schedule"
    text = (
        "Plan sessions on a timetable of rooms and time slots, assign speakers and tracks, "
        "and see conflicts as they happen."
    )


class BadgesPlaceholder(Placeholder):
    title = "Badges"
    text = (
        "Design the badge, then print badges in batches on single cards or label sheets, "
        "with English and Chinese names and a signed QR code."
    )


class DashboardPlaceholder(Placeholder):
    title = "Dashboard"
    text = "Arrivals as they happen: checked in so far, by category, by desk and by hour."
