"""The history of one attendee: check-ins, undos, refused scans, prints, edits, merges."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core import attendees
from desktop.core.attendees import editable_values
from desktop.core.events import current_event
from desktop.ui.context import AppContext
from desktop.ui.desk.result_panel import event_zone
from desktop.ui.desk.style import desk_font

COLUMNS = ("When", "What", "Desk", "Operator", "Details")
# history() kinds as a volunteer reads them.
KIND_WORDS = {
    "checkin": "Checked in",
    "undo": "Check-in undone",
    "refused": "Scan refused",
    "print": "Badge printed",
    "edit": "Edited",
    "cancel": "Registration cancelled",
    "restore": "Registration restored",
    "merge": "Merged",
    "register": "Registered",
}


def detail_text(detail: Any) -> str:
    """A log entry's details as one readable line."""
    if detail is None:
        return ""
    if isinstance(detail, dict):
        parts = []
        for k, v in detail.items():
            if isinstance(v, (list, tuple)) and len(v) == 2:
                parts.append(f"{k}: {v[0] or '–'} → {v[1] or '–'}")
            else:
                parts.append(f"{k}: {v}")
        return "; ".join(parts)
    return str(detail)


class HistoryDialog(QDialog):
    """A read-only table of everything that happened to one attendee, newest first."""

    def __init__(self, ctx: AppContext, attendee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

        def load(s: Session) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
            return (
                editable_values(s, attendee_id),
                attendees.history(s, attendee_id),
                current_event(s).timezone,
            )

        person, self.entries, tz = ctx.worker.read(load)
        zone = event_zone(tz)
        name = " ".join(p for p in (person["given_name"], person["family_name"]) if p)
        self.setWindowTitle(f"History of {name or person['name_local']}")
        self.resize(820, 420)
        heading = QLabel(f"{name}  {person['name_local']}".strip())
        heading.setFont(desk_font(15, bold=True))
        summary = QLabel(
            f"No. {person['number']} · {len(self.entries)} entr"
            f"{'y' if len(self.entries) == 1 else 'ies'} · times in {tz}"
        )
        summary.setStyleSheet("color: palette(placeholder-text);")

        self.table = QTableWidget(len(self.entries), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, e in enumerate(self.entries):
            at = e.get("at")
            when = (
                at.replace(tzinfo=dt.UTC).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
                if isinstance(at, dt.datetime)
                else str(at or "")
            )
            cells = (
                when,
                KIND_WORDS.get(str(e.get("kind")), str(e.get("kind", "")).replace("_", " ")),
                e.get("desk") or "",
                e.get("operator") or "",
                detail_text(e.get("detail")),
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        empty = QLabel("Nothing has happened to this registration yet.")
        empty.setVisible(not self.entries)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addWidget(summary)
        box.addWidget(self.table, 1)
        box.addWidget(empty)
        box.addWidget(buttons)

    def rows(self) -> list[list[str]]:
        """The table as text (what a user reads)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
