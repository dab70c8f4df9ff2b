"""The conflict list: every clash `find_conflicts` reports, refreshed after each edit.

Clicking (or Enter on) a row asks the screen to jump to and select its first session.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.schedule.conflicts import Conflict
from desktop.ui.schedule.conflict_words import say
from desktop.ui.schedule.style import conflict_kind_label
from desktop.ui.theme import theme

COMPACT_W = 240  # one width with or without conflicts: the grid never reflows
FULL_W = 240
ITEM_CHROME = 24  # an entry's icon gap, padding and frame, left and right
ITEM_PADDING = 10  # and above and below
SESSIONS_ROLE = Qt.ItemDataRole.UserRole
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1


def _dot() -> QIcon:
    pm = QPixmap(12, 12)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#dc2626"))
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(pm)


class ConflictsPanel(QWidget):
    """A heading with the count, the changeover setting and the list of conflicts."""

    session_activated = Signal(int)
    changeover_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.changeover = QSpinBox()
        self.changeover.setRange(0, 120)
        self.changeover.setValue(10)
        self.changeover.setSuffix(self.tr(" min"))
        self.changeover.setToolTip(
            self.tr(
                "Changeover: the least time a speaker needs between sessions in different rooms"
            )
        )
        # One wrapped entry per conflict: the kind on its first line, the message below.
        self.tree = QListWidget()
        self.tree.setWordWrap(True)
        self.tree.setResizeMode(QListView.ResizeMode.Adjust)
        self.tree.setUniformItemSizes(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        # Heading, then the setting on its own row: with no conflicts the panel shrinks to
        # COMPACT_W and gives its width to the grid.
        setting = QHBoxLayout()
        setting.addWidget(QLabel(self.tr("Changeover")))
        setting.addWidget(self.changeover)
        setting.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.heading)
        lay.addLayout(setting)
        lay.addWidget(self.tree, 1)
        lay.addStretch(0)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        self.changeover.editingFinished.connect(
            lambda: self.changeover_changed.emit(self.changeover.value())
        )
        # Per panel, not module-wide: no Qt pixmap may outlive the QApplication.
        self._icon = _dot()
        self.set_conflicts([])

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.tree.clear()
        for c in conflicts:
            said = say(c.message)
            item = QListWidgetItem(self._icon, f"{conflict_kind_label(c.kind)}\n{said}")
            item.setData(SESSIONS_ROLE, list(c.session_ids))
            item.setData(MESSAGE_ROLE, said)
            item.setToolTip(said)
            self.tree.addItem(item)
        n = len(conflicts)
        self.tree.setVisible(bool(n))
        self._fit_items()
        if n:
            text = (self.tr("{count} conflicts") if n != 1 else self.tr("{count} conflict")).format(
                count=n
            )
            self.heading.setText(f"<b style='color:{theme().bad}'>{text}</b>")
        else:
            text = self.tr("No conflicts")
            self.heading.setText(f"<b style='color:{theme().ok}'>{text}</b>")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_items()

    def _fit_items(self) -> None:
        """Each entry as tall as its wrapped text at the list's width: the list's own sizing
        measured entries at another width and cut their last line."""
        if self.tree.isHidden() or not self.tree.count():
            return
        icon = self.tree.iconSize().width() if not self.tree.iconSize().isEmpty() else 16
        width = max(60, self.tree.viewport().width() - icon - ITEM_CHROME)
        fm = self.tree.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        for i in range(self.tree.count()):
            item = self.tree.item(i)
            box = fm.boundingRect(QRect(0, 0, width, 100_000), flags, item.text())
            item.setSizeHint(QSize(width, box.height() + ITEM_PADDING))

    @property
    def compact(self) -> bool:
        """True while there is nothing to list (the panel is narrow)."""
        return self.tree.isHidden()

    def count(self) -> int:
        return self.tree.count()

    def messages(self) -> list[str]:
        return [self.tree.item(i).data(MESSAGE_ROLE) for i in range(self.count())]

    def _activate(self, item: QListWidgetItem) -> None:
        ids = item.data(SESSIONS_ROLE) or []
        if ids:
            self.session_activated.emit(int(ids[0]))
