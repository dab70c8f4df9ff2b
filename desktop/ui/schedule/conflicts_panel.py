"""The conflict list: every clash `find_conflicts` reports, refreshed after each edit.

Clicking (or Enter on) a row asks the screen to jump to and select its first session.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.schedule.conflicts import Conflict
from desktop.ui.schedule.style import conflict_kind_label

SESSIONS_ROLE = Qt.ItemDataRole.UserRole


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
        self.changeover.setSuffix(" min")
        self.changeover.setToolTip(
            "Changeover: the least time a speaker needs between sessions in different rooms"
        )
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Kind", "Conflict"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel("Changeover"))
        top.addWidget(self.changeover)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        self.changeover.editingFinished.connect(
            lambda: self.changeover_changed.emit(self.changeover.value())
        )
        self.set_conflicts([])

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.tree.clear()
        for c in conflicts:
            item = QTreeWidgetItem([conflict_kind_label(c.kind), c.message])
            item.setData(0, SESSIONS_ROLE, list(c.session_ids))
            item.setToolTip(1, c.message)
            item.setForeground(0, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(item)
        n = len(conflicts)
        if n:
            self.heading.setText(
                f"<b style='color:#b91c1c'>{n} conflict{'s' if n != 1 else ''}</b>"
            )
        else:
            self.heading.setText("<b style='color:#15803d'>No conflicts</b>")

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def messages(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(1) for i in range(self.count())]

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ids = item.data(0, SESSIONS_ROLE) or []
        if ids:
            self.session_activated.emit(int(ids[0]))
