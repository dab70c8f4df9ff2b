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
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryDialog", "When"),
    QT_TRANSLATE_NOOP("HistoryDialog", "What"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Desk"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Operator"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Details"),
)
# history() kinds as a volunteer reads them (translated where shown).
KIND_WORDS = {
    "checkin": QT_TRANSLATE_NOOP("HistoryDialog", "Checked in"),
    "undo": QT_TRANSLATE_NOOP("HistoryDialog", "Check-in undone"),
    "refused": QT_TRANSLATE_NOOP("HistoryDialog", "Scan refused"),
    "print": QT_TRANSLATE_NOOP("HistoryDialog", "Badge printed"),
    "print failed": QT_TRANSLATE_NOOP("HistoryDialog", "Print failed"),
    "edit": QT_TRANSLATE_NOOP("HistoryDialog", "Edited"),
    "cancel": QT_TRANSLATE_NOOP("HistoryDialog", "Registration cancelled"),
    "restore": QT_TRANSLATE_NOOP("HistoryDialog", "Registration restored"),
    "merge": QT_TRANSLATE_NOOP("HistoryDialog", "Merged"),
    "register": QT_TRANSLATE_NOOP("HistoryDialog", "Registered"),
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
        self.setWindowTitle(self.tr("History of {name}").format(name=name or person["name_local"]))
        self.resize(820, 420)
        heading = mark_data(QLabel(f"{name}  {person['name_local']}".strip()))
        heading.setFont(desk_font(15, bold=True))
        summary = QLabel(
            (
                self.tr("No. {number} · {count} entry · times in {zone}")
                if len(self.entries) == 1
                else self.tr("No. {number} · {count} entries · times in {zone}")
            ).format(number=person["number"], count=len(self.entries), zone=tz)
        )
        summary.setStyleSheet("color: palette(placeholder-text);")

        self.table = QTableWidget(len(self.entries), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
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
                self._kind(str(e.get("kind", ""))),
                e.get("desk") or "",
                e.get("operator") or "",
                detail_text(e.get("detail")),
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        empty = QLabel(self.tr("Nothing has happened to this registration yet."))
        empty.setVisible(not self.entries)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addWidget(summary)
        box.addWidget(self.table, 1)
        box.addWidget(empty)
        box.addWidget(buttons)

    def _kind(self, kind: str) -> str:
        """What happened, as a word in the interface's language."""
        word = KIND_WORDS.get(kind)
        return self.tr(word) if word else kind.replace("_", " ")

    def rows(self) -> list[list[str]]:
        """The table as text (what a user reads)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
