"""Tracks and their colours (the colour of every block on the grid).

Renames and colour changes are written as one undoable step on OK. New tracks are created
at once when added (the core has no way to delete a track, so adding one is not undoable).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.schedule import editing
from desktop.ui.errors import user_message
from desktop.ui.schedule.commands import CallCommand
from desktop.ui.schedule.controller import ScheduleController
from desktop.ui.theme import theme

ID_ROLE = Qt.ItemDataRole.UserRole
# A palette that stays readable as a light tint behind dark text.
PALETTE = (
    "#2563eb",
    "#16a34a",
    "#ea580c",
    "#9333ea",
    "#db2777",
    "#0891b2",
    "#ca8a04",
    "#4b5563",
)


def swatch(color: str) -> QIcon:
    pm = QPixmap(18, 18)
    pm.fill(QColor(color))
    return QIcon(pm)


class TracksDialog(QDialog):
    """Name and colour of each track; double-click the colour to change it."""

    def __init__(self, controller: ScheduleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Tracks"))
        self.resize(460, 340)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Colour")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        self.old: dict[int, tuple[str, str]] = {}
        self._load()
        self.add_button = add = QPushButton(self.tr("&Add track"))
        colour = QPushButton(self.tr("&Colour…"))
        self.remove_button = QPushButton(self.tr("&Remove track"))
        add.clicked.connect(self.add_track)
        colour.clicked.connect(lambda: self.pick_colour(self.table.currentRow()))
        self.remove_button.clicked.connect(self.remove_track)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(colour)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme().bad};")
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.apply)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(box)

    def _load(self) -> None:
        data = self.controller.data
        assert data is not None
        self.table.setRowCount(0)
        for t in data.tracks:
            self.old[t.id] = (t.name, t.color)
            self._add_row(t.id, t.name, t.color)

    def _add_row(self, track_id: int, name: str, color: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(name)
        item.setData(ID_ROLE, track_id)
        self.table.setItem(r, 0, item)
        c = QTableWidgetItem(swatch(color), color)
        c.setFlags(c.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(r, 1, c)

    def _cell_double_clicked(self, row: int, column: int) -> None:
        if column == 1:
            self.pick_colour(row)

    def pick_colour(self, row: int) -> None:
        if row < 0:
            return
        item = self.table.item(row, 1)
        chosen = QColorDialog.getColor(QColor(item.text()), self, self.tr("Track colour"))
        if chosen.isValid():
            self.set_colour(row, chosen.name())

    def set_colour(self, row: int, color: str) -> None:
        item = self.table.item(row, 1)
        item.setText(color)
        item.setIcon(swatch(color))

    def add_track(self) -> None:
        """Create a track at once (with the next palette colour)."""
        n = self.table.rowCount()
        name = self.tr("Track {number}").format(number=n + 1)
        color = PALETTE[n % len(PALETTE)]
        try:
            track_id = self.controller.write(lambda s: editing.create_track(s, name, color))
        except Exception as exc:
            self.error.setText(user_message(exc))
            return
        self.old[track_id] = (name, color)
        self._add_row(track_id, name, color)
        self.controller.after_write(None)
        self.table.setCurrentCell(n, 0)
        item = self.table.item(n, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_track(self) -> None:
        """Remove the selected track after asking; its sessions keep their place, no track."""
        r = self.table.currentRow()
        if r < 0:
            return
        track_id = self.table.item(r, 0).data(ID_ROLE)
        name = self.table.item(r, 0).text()
        data = self.controller.data
        used = sum(1 for x in (data.sessions if data else []) if x.track and x.track.id == track_id)
        question = (
            self.tr(
                "Remove the track {name}? Its {count} session(s) keep their place, with no "
                "track. This cannot be undone."
            )
            if used
            else self.tr("Remove the track {name}? This cannot be undone.")
        )
        answer = QMessageBox.question(
            self, self.tr("Remove track"), question.format(name=repr(name), count=used)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.controller.write(lambda s: editing.delete_track(s, track_id))
        except Exception as exc:
            self.error.setText(user_message(exc))
            return
        self.old.pop(track_id, None)
        self.table.removeRow(r)
        self.controller.after_write(None)

    def planned(self) -> list[tuple[int, dict, dict]]:
        out = []
        for r in range(self.table.rowCount()):
            track_id = self.table.item(r, 0).data(ID_ROLE)
            name = self.table.item(r, 0).text().strip()
            color = self.table.item(r, 1).text()
            old_name, old_color = self.old[track_id]
            old, new = {}, {}
            if name != old_name:
                old["name"], new["name"] = old_name, name
            if color.lower() != old_color.lower():
                old["color"], new["color"] = old_color, color
            if new:
                out.append((track_id, old, new))
        return out

    def apply(self) -> None:
        updates = self.planned()
        if not updates:
            self.accept()
            return

        def do(s: Session) -> None:
            for track_id, _old, new in updates:
                editing.update_track(s, track_id, **new)

        def revert(s: Session) -> None:
            for track_id, old, _new in updates:
                editing.update_track(s, track_id, **old)

        if self.controller.execute(
            CallCommand(self.controller, self.tr("Edit tracks"), do, revert), report=False
        ):
            self.accept()
        else:
            self.error.setText(self.controller.last_error)
