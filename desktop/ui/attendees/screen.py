"""The Attendees screen: a filter bar, a toolbar and the lazy attendee table.

Hook points for other modules (edit, merge, history dialogs):
- `toolbar`: a QToolBar; add actions with `screen.toolbar.addAction(...)`.
- `selected_attendee_ids()`, `current_attendee_id()`: what the user selected.
- `refresh()`: query again (keeps the filter and the sort).
- `attendee_activated(int)`: emitted on double click / Enter on a row.
- `selection_changed()`: emitted when the selection changes (enable/disable actions).
- `open_item(attendee_id)`: select and scroll to an attendee (used by show_screen).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db.models import ATTENDEE_STATUSES, CATEGORIES
from desktop.core.attendee_list import AttendeeFilter
from desktop.core.events import event_by_id
from desktop.ui.attendees.actions import AttendeeActions
from desktop.ui.attendees.model import COLUMNS, AttendeeTableModel, status_label, time_text
from desktop.ui.changes import Change, Changes
from desktop.ui.context import AppContext
from desktop.ui.desk.style import category_label
from desktop.ui.empty_event import EmptyEventHint
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.import_wizard import add_toolbar_actions
from desktop.ui.settings import Settings

_REFRESH_ON = (Change.ATTENDEES, Change.CHECKINS, Change.PRINTS, Change.EVENT)
_ORG = [c.key for c in COLUMNS].index("organization")
_TIME_KEYS = {"checked_in_at", "badge_printed_at"}
COLUMN_CAP = 360  # px: a column sized to its content is at most this wide
COLUMNS_KEY = "attendees/columns"  # the header's state once a user set a width
_TRISTATE = (
    (QT_TRANSLATE_NOOP("AttendeesScreen", "Any"), None),
    (QT_TRANSLATE_NOOP("AttendeesScreen", "Yes"), True),
    (QT_TRANSLATE_NOOP("AttendeesScreen", "No"), False),
)
# The widest time the time columns hold (a Wednesday, 30 December, 23:59).
_WIDE_TIME = dt.datetime(2020, 12, 30, 23, 59)


def _combo(items: list[tuple[str, object]], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for label, value in items:
        box.addItem(label, value)
    return box


class AttendeesScreen(QWidget):
    """Every attendee of the event, sorted and filtered in SQL, loaded as you scroll."""

    attendee_activated = Signal(int)
    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        tz = ctx.worker.read(lambda s: event_by_id(s, ctx.event_id).timezone)
        self.model = AttendeeTableModel(ctx.worker.read, ctx.event_id, tz, parent=self)

        self.toolbar = QToolBar(self.tr("Attendee actions"))
        self.toolbar.setObjectName("attendeeToolbar")

        self.search = QLineEdit()
        self.search.setObjectName("attendeeSearch")
        self.search.setPlaceholderText(
            self.tr("Filter: name, 中文名, organization, email, number, code…")
        )
        self.search.setClearButtonEnabled(True)
        self.category = _combo(
            [
                (self.tr("All categories"), ""),
                *((category_label(c), c) for c in CATEGORIES),
            ],
            "categoryFilter",
        )
        self.status = _combo(
            [(self.tr("Any status"), ""), *((status_label(s), s) for s in ATTENDEE_STATUSES)],
            "statusFilter",
        )
        self.checked_in = _combo(
            [(self.tr("Checked in: {answer}").format(answer=self.tr(a)), v) for a, v in _TRISTATE],
            "checkedInFilter",
        )
        self.printed = _combo(
            [(self.tr("Printed: {answer}").format(answer=self.tr(a)), v) for a, v in _TRISTATE],
            "printedFilter",
        )
        self.count = QLabel()
        self.count.setObjectName("attendeeCount")

        # Row 1: the actions other modules add, and the count; row 2: the filters.
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.count)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for w in (self.category, self.status, self.checked_in, self.printed):
            bar.addWidget(w)

        self.table = QTableView()
        self.table.setObjectName("attendeeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks every row for its size (100,000 rows).
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Columns as wide as what they hold; the room left goes to the organization, not to
        # the last column. Widths a user sets are kept (Settings, "attendees/columns").
        hh.setStretchLastSection(False)
        for col, width in zip(
            range(len(COLUMNS)), (56, 112, 112, 80, 200, 64, 90, 90, 136), strict=False
        ):
            self.table.setColumnWidth(col, width)
        self._fitting = False
        self._columns_fitted = self._restore_columns()
        hh.sectionResized.connect(self._column_resized)
        # Indicator first: enabling sorting then runs the first query exactly once.
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addLayout(bar)
        self.empty_hint = EmptyEventHint(ctx, self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        for box in (self.category, self.status, self.checked_in, self.printed):
            box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ctx.signals.changed.connect(self._on_data_changed)
        self._update_count()
        # Edit, Notes, Cancel/Restore, Merge, History (and double click to edit).
        self.row_actions = AttendeeActions(self)
        add_toolbar_actions(self)  # Import…, Export…

    # --- hook points -------------------------------------------------------------------
    def selected_attendee_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.attendee_id(r) for r in rows]

    def shown_attendee_ids(self) -> list[int]:
        """Everyone the table shows (the current filter), in its order."""
        return list(self.model.ids())

    def current_attendee_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.attendee_id(idx.row()) if idx.isValid() else None

    def refresh(self) -> None:
        """Run the query again, keeping the filter, the sort and the selection."""
        selected = self.selected_attendee_ids()
        self.model.reload()
        self._dirty = False
        self._reselect(selected)
        self._update_count()

    def open_item(self, attendee_id: int) -> None:
        """Select and show one attendee, clearing the filters if they hide it."""
        if self.model.row_of(attendee_id) is None:
            self.clear_filters()
        self._reselect([attendee_id])

    def clear_filters(self) -> None:
        for box in (self.category, self.status, self.checked_in, self.printed):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()

    def on_shown(self) -> None:
        if self._dirty:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._columns_fitted:
            QTimer.singleShot(0, self.fit_columns)  # once the table has its width

    def fit_columns(self) -> None:
        """Each column as wide as its header and the rows in view (at most COLUMN_CAP px);
        the room left to the organization column."""
        self._fitting = True
        try:
            # A time column holds "Wed 30 Dec 23:59" once people arrive, empty or not.
            time_width = self.table.fontMetrics().horizontalAdvance(time_text(_WIDE_TIME)) + 16
            for col in range(self.model.columnCount()):
                self.table.resizeColumnToContents(col)
                width = self.table.columnWidth(col)
                if COLUMNS[col].key in _TIME_KEYS:
                    width = max(width, time_width)
                self.table.setColumnWidth(col, min(width, COLUMN_CAP))
            spare = self.table.viewport().width() - self.table.horizontalHeader().length()
            if spare > 0:
                self.table.setColumnWidth(_ORG, self.table.columnWidth(_ORG) + spare)
        finally:
            self._fitting = False
        self._columns_fitted = self.model.rowCount() > 0

    def _column_resized(self, _col: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        self._columns_fitted = True  # the user's widths from now on
        Settings().set(COLUMNS_KEY, self.table.horizontalHeader().saveState())

    def _restore_columns(self) -> bool:
        saved = Settings().get(COLUMNS_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            return bool(self.table.horizontalHeader().restoreState(saved))
        return False

    # --- internals ---------------------------------------------------------------------
    def current_filter(self) -> AttendeeFilter:
        return AttendeeFilter(
            text=self.search.text(),
            category=self.category.currentData() or "",
            status=self.status.currentData() or "",
            checked_in=self.checked_in.currentData(),
            printed=self.printed.currentData(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        selected = self.selected_attendee_ids()
        self.model.set_filter(self.current_filter())
        self.table.scrollToTop()  # a new filter shows its first matches, not the old position
        # Who is still shown stays selected; the actions follow (nothing hidden is edited).
        self._reselect(selected, scroll=False)
        self._update_count()
        self.selection_changed.emit()

    def _reselect(self, attendee_ids: list[int], scroll: bool = True) -> None:
        sm = self.table.selectionModel()
        sm.clearSelection()
        first = True
        for aid in attendee_ids:
            row = self.model.row_of(aid)
            if row is None:
                continue
            idx = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if first:
                sm.setCurrentIndex(idx, flags)
                if scroll:
                    self.table.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)
                first = False
            else:
                sm.select(idx, flags)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        count = f"{n:,}"
        self.count.setText(
            self.tr("{count} attendees").format(count=count)
            if n != 1
            else self.tr("{count} attendee").format(count=count)
        )
        unfiltered = not self.search.text().strip() and all(
            w.currentIndex() == 0
            for w in (self.category, self.status, self.checked_in, self.printed)
        )
        self.empty_hint.setVisible(n == 0 and unfiltered)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.attendee_activated.emit(self.model.attendee_id(index.row()))

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches(*_REFRESH_ON):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True
