"""The list of sessions without a time: drag one onto the grid, or press U to place it.

A block dragged from the grid and released over this list is unscheduled (the grid asks
`contains_global()` while it drags, and `set_drop_highlight()` shows the target).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.base.schedule import SessionData
from desktop.core.text import fold
from desktop.ui.schedule.blocks import session_mime
from desktop.ui.schedule.style import speaker_line, status_label, track_color, type_label

ID_ROLE = Qt.ItemDataRole.UserRole


def _swatch(color: QColor) -> QIcon:
    pm = QPixmap(12, 28)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(color)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(2, 0, 6, 28, 2, 2)
    p.end()
    return QIcon(pm)


class _SessionList(QListWidget):
    schedule_requested = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(12, 28))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.itemDoubleClicked.connect(lambda it: self.edit_requested.emit(it.data(ID_ROLE)))

    def startDrag(self, actions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(session_mime(int(item.data(ID_ROLE))))
        pm = QPixmap(180, 36)
        pm.fill(QColor(29, 78, 216, 60))
        p = QPainter(pm)
        p.setPen(QColor("#1e3a8a"))
        p.drawText(
            pm.rect().adjusted(6, 0, -6, 0),
            Qt.AlignmentFlag.AlignVCenter,
            item.text().split("\n")[0],
        )
        p.end()
        drag.setPixmap(pm)
        drag.setHotSpot(QPoint(10, 10))
        drag.exec(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() == Qt.Key.Key_U and not event.modifiers():
            self.schedule_requested.emit(int(item.data(ID_ROLE)))
            return
        if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(int(item.data(ID_ROLE)))
            return
        super().keyPressEvent(event)


class UnscheduledPanel(QWidget):
    """Title, a filter box and the list of unscheduled sessions."""

    schedule_requested = Signal(int)  # U: place at the first free slot
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self._heading(None))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = _SessionList()
        self.list.setToolTip(
            self.tr(
                "Drag a session onto the grid, or select it and press U to place it in the first "
                "free slot. Drop a block from the grid here to unschedule it."
            )
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.title)
        lay.addWidget(self.filter)
        lay.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.schedule_requested.connect(self.schedule_requested)
        self.list.edit_requested.connect(self.edit_requested)
        self._sessions: list[SessionData] = []
        self._highlight = False

    def set_sessions(self, sessions: Sequence[SessionData]) -> None:
        current = self.selected_id()
        self._sessions = list(sessions)
        self.list.clear()
        for sd in self._sessions:
            kind = type_label(sd.type)
            parts = [kind, self.tr("{minutes} min").format(minutes=sd.duration_min)]
            if sd.status != "confirmed":
                parts.append(status_label(sd.status).lower())
            text = f"{sd.title}\n{' · '.join(parts)}"
            speakers = speaker_line(sd)
            if speakers:
                text += f"\n{speakers}"
            item = QListWidgetItem(_swatch(track_color(sd)), text)
            item.setData(ID_ROLE, sd.id)
            item.setData(
                Qt.ItemDataRole.UserRole + 1, fold(f"{sd.title} {speakers} {sd.type} {kind}")
            )
            item.setToolTip(sd.title)
            self.list.addItem(item)
            if sd.id == current:
                self.list.setCurrentItem(item)
        self.title.setText(self._heading(len(self._sessions)))
        self._apply_filter(self.filter.text())

    def _heading(self, count: int | None) -> str:
        title = self.tr("Unscheduled")
        return f"<b>{title}</b>" if count is None else f"<b>{title}</b> ({count})"

    def _apply_filter(self, text: str) -> None:
        needle = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.data(Qt.ItemDataRole.UserRole + 1))

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def select(self, session_id: int) -> bool:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == session_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return True
        return False

    def contains_global(self, global_pos: QPoint) -> bool:
        """Whether a screen position is over this panel (a block dropped here is unscheduled)."""
        inside = self.rect().contains(self.mapFromGlobal(global_pos)) and self.isVisible()
        self.set_drop_highlight(inside)
        return inside

    def set_drop_highlight(self, on: bool) -> None:
        if on == self._highlight:
            return
        self._highlight = on
        self.list.setStyleSheet(
            "QListWidget { background: #dbeafe; color: #111827; }" if on else ""
        )
