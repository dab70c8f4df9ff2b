"""Rooms: names, capacities, order (the grid's columns) and availability windows.

All edits made in the table are written as ONE undoable step when the dialog is accepted
(new rooms are created, changed ones updated; undo reverses both). Deleting a room
unschedules its sessions, so it asks first and is not undoable.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desktop.base.schedule import RoomData
from desktop.core.schedule import editing
from desktop.core.schedule.windows import Window, parse_windows, summary
from desktop.ui.errors import said
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.schedule.commands import CallCommand
from desktop.ui.schedule.controller import ScheduleController
from desktop.ui.theme import theme

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("RoomsDialog", "Name"),
    QT_TRANSLATE_NOOP("RoomsDialog", "Capacity"),
    QT_TRANSLATE_NOOP("RoomsDialog", "Available (event time; blank = always)"),
)


class RoomsDialog(QDialog):
    """A table of rooms in column order; OK writes every change as one undoable step."""

    def __init__(self, controller: ScheduleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Rooms"))
        self.resize(720, 380)
        data = controller.data
        assert data is not None
        self.tz = zoneinfo.ZoneInfo(data.timezone)
        self.rooms: dict[int, RoomData] = {r.id: r for r in data.rooms}
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RoomsDialog", c) for c in COLUMNS]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for r in data.rooms:
            self._add_row(
                r.id, r.name, r.capacity, summary(r.availability) if r.availability else ""
            )
        add = QPushButton(self.tr("&Add room"))
        up = QPushButton(self.tr("Move &up"))
        down = QPushButton(self.tr("Move &down"))
        delete = QPushButton(self.tr("Delete…"))
        add.clicked.connect(self.add_room)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        delete.clicked.connect(self._delete)
        row = QHBoxLayout()
        for b in (add, up, down, delete):
            row.addWidget(b)
        row.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme().bad};")
        self.error.setWordWrap(True)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.apply)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "The order here is the order of the grid's columns. Availability: one window "
                    "per line or separated by ';', e.g. 2026-12-03 09:00-18:00."
                )
            )
        )
        lay.addWidget(self.table)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(box)

    def _add_row(self, room_id: int | None, name: str, capacity: int | None, avail: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        name_item = QTableWidgetItem(name)
        name_item.setData(ID_ROLE, room_id)
        self.table.setItem(r, 0, name_item)
        self.table.setItem(r, 1, QTableWidgetItem("" if capacity is None else str(capacity)))
        self.table.setItem(r, 2, QTableWidgetItem(avail.replace("; ", "\n") if avail else ""))

    def add_room(self) -> None:
        name = self.tr("Room {number}").format(number=self.table.rowCount() + 1)
        self._add_row(None, name, None, "")
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.editItem(item)

    def _row(self, r: int) -> list[str]:
        return [(self.table.item(r, c).text() if self.table.item(r, c) else "") for c in range(3)]

    def _move(self, step: int) -> None:
        r = self.table.currentRow()
        other = r + step
        if r < 0 or not 0 <= other < self.table.rowCount():
            return
        ids = [self.table.item(i, 0).data(ID_ROLE) for i in range(self.table.rowCount())]
        rows = [self._row(i) for i in range(self.table.rowCount())]
        rows[r], rows[other] = rows[other], rows[r]
        ids[r], ids[other] = ids[other], ids[r]
        self.table.setRowCount(0)
        for rid, (name, cap, avail) in zip(ids, rows, strict=True):
            self._add_row(rid, name, int(cap) if cap.strip().isdigit() else None, avail)
        self.table.selectRow(other)

    def _delete(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        room_id = self.table.item(r, 0).data(ID_ROLE)
        name = self.table.item(r, 0).text()
        if room_id is None:
            self.table.removeRow(r)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete room"),
            self.tr(
                "Delete {name}? Its sessions become unscheduled. This cannot be undone."
            ).format(name=repr(name)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.controller.write(lambda s: editing.delete_room(s, room_id))
        except Exception as exc:
            from desktop.ui.errors import user_message

            self.error.setText(user_message(exc))
            return
        self.table.removeRow(r)
        self.controller.after_write(None)

    def planned(self) -> tuple[list[dict[str, Any]], list[tuple[int, dict, dict]]]:
        """(rooms to create, [(room id, old fields, new fields)]) from the table; ValueError."""
        creates: list[dict[str, Any]] = []
        updates: list[tuple[int, dict, dict]] = []
        names: set[str] = set()
        for r in range(self.table.rowCount()):
            name, cap, avail = (t.strip() for t in self._row(r))
            if not name:
                raise ValueError(self.tr("row {row}: a room needs a name").format(row=r + 1))
            if name.casefold() in names:
                raise ValueError(self.tr("two rooms are called {name}").format(name=repr(name)))
            names.add(name.casefold())
            if cap and not cap.isdigit():
                raise ValueError(
                    self.tr("{name}: the capacity must be a whole number, not {value}").format(
                        name=name, value=repr(cap)
                    )
                )
            try:
                windows: list[Window] = parse_windows(avail, self.tz)
            except ValueError as exc:
                raise ValueError(f"{name}: {said(exc.args[0])}") from None
            new = {
                "name": name,
                "capacity": int(cap) if cap else None,
                "position": r + 1,
                "availability": windows,
            }
            room_id = self.table.item(r, 0).data(ID_ROLE)
            if room_id is None:
                creates.append(new)
                continue
            old_room = self.rooms[room_id]
            old = {
                "name": old_room.name,
                "capacity": old_room.capacity,
                "position": old_room.position,
                "availability": list(old_room.availability),
            }
            changed = [k for k in new if new[k] != old[k]]
            if changed:
                updates.append(
                    (room_id, {k: old[k] for k in changed}, {k: new[k] for k in changed})
                )
        return creates, updates

    def apply(self) -> None:
        try:
            creates, updates = self.planned()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        if not creates and not updates:
            self.accept()
            return
        created: list[int] = []

        def do(s: Session) -> None:
            # Names may swap between rooms: move them out of the way first.
            for room_id, _old, new in updates:
                if "name" in new:
                    editing.update_room(s, room_id, name=f"~renaming {room_id}")
            for room_id, _old, new in updates:
                editing.update_room(s, room_id, **new)
            created.clear()
            for fields in creates:
                f = dict(fields)
                created.append(editing.create_room(s, f.pop("name"), **f))

        def revert(s: Session) -> None:
            for room_id in created:
                editing.delete_room(s, room_id)
            for room_id, old, _new in updates:
                if "name" in old:
                    editing.update_room(s, room_id, name=f"~renaming {room_id}")
            for room_id, old, _new in updates:
                editing.update_room(s, room_id, **old)

        n = len(creates) + len(updates)
        text = (
            self.tr("Edit rooms ({count} changes)")
            if n != 1
            else self.tr("Edit rooms ({count} change)")
        ).format(count=n)
        if self.controller.execute(CallCommand(self.controller, text, do, revert), report=False):
            self.accept()
        else:
            self.error.setText(self.controller.last_error)
