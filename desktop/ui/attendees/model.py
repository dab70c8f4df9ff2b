"""The attendee table model, the Anki way: SQL sorts and filters ids, rows load on demand.

`reload()` runs the core's attendee list query (desktop.core.attendee_list), which returns
the ids of the matching attendees in display order.
`data()` looks a row up in a small LRU cache; on a miss it loads the whole page (PAGE_SIZE
ids) around it with one `WHERE id IN (...)` query, so scrolling through 100,000 rows keeps at
most `max_cache` rows in memory.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QColor, QFont
from sqlalchemy.orm import Session

from desktop.core import attendee_list as listing
from desktop.core.attendee_list import FIELDS, AttendeeFilter, fetch_ids, id_query
from desktop.ui.desk.style import category_label
from desktop.ui.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")


class Reader(Protocol):
    """Runs `fn(session)` on the event's store and returns its answer (DbWorker.read)."""

    def __call__(self, fn: Callable[[Session], T], /) -> T: ...


ATTENDEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100
DEFAULT_MAX_CACHE = 1000
# data() runs for every cell and role on every paint: compare plain ints.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
# What the Status column says (translated where shown: status_label).
STATUS_WORDS = {
    "registered": QT_TRANSLATE_NOOP("AttendeeTableModel", "Registered"),
    "cancelled": QT_TRANSLATE_NOOP("AttendeeTableModel", "Cancelled"),
}
_ID_ROLE = int(ATTENDEE_ID_ROLE)


@dataclass(frozen=True)
class Column:
    key: str  # one of the core's sort keys (desktop.core.attendee_list.SORTS)
    title: str

    @property
    def shown_title(self) -> str:
        """The title in the interface's language."""
        return QCoreApplication.translate("AttendeeTableModel", self.title)


COLUMNS: tuple[Column, ...] = (
    Column("number", QT_TRANSLATE_NOOP("AttendeeTableModel", "No.")),
    Column("family_name", QT_TRANSLATE_NOOP("AttendeeTableModel", "Family name")),
    Column("given_name", QT_TRANSLATE_NOOP("AttendeeTableModel", "Given name")),
    Column("name_local", QT_TRANSLATE_NOOP("AttendeeTableModel", "Local name")),
    Column("organization", QT_TRANSLATE_NOOP("AttendeeTableModel", "Organization")),
    Column("country", QT_TRANSLATE_NOOP("AttendeeTableModel", "Country")),
    Column("category", QT_TRANSLATE_NOOP("AttendeeTableModel", "Category")),
    Column("status", QT_TRANSLATE_NOOP("AttendeeTableModel", "Status")),
    Column("checked_in_at", QT_TRANSLATE_NOOP("AttendeeTableModel", "Checked in")),
    Column("badge_printed_at", QT_TRANSLATE_NOOP("AttendeeTableModel", "Badge printed")),
)
_KEYS = [c.key for c in COLUMNS]
_STATUS = _KEYS.index("status")
_CATEGORY = _KEYS.index("category")
_CHECKED_IN = _KEYS.index("checked_in_at")
_DESK = FIELDS.index("checked_in_desk")
_TIMES = (_CHECKED_IN, _KEYS.index("badge_printed_at"))


def status_label(status: str) -> str:
    """How a registration's status reads on screen ("registered" -> "Registered", 已報名):
    a word, never the stored code."""
    word = STATUS_WORDS.get(status)
    return QCoreApplication.translate("AttendeeTableModel", word) if word else status


def time_text(local: dt.datetime) -> str:
    """A local time as the table shows it ("Thu 03 Dec 09:05"), in the interface's language."""
    # The wall-clock time as it is: labelled UTC, so Qt does not look up a zone (10x faster).
    when = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.utc(),
    )
    # The format is Qt's (QLocale.toString); each language orders its own date.
    return QLocale().toString(
        when, QCoreApplication.translate("AttendeeTableModel", "ddd dd MMM HH:mm")
    )


class AttendeeTableModel(QAbstractTableModel):
    """Rows are attendee ids; cells are fetched a page at a time into a bounded LRU cache.

    The cache holds whole pages (PAGE_SIZE rows, formatted for display when loaded), at most
    `max_cache` rows; a page is evicted least recently used first.
    """

    def __init__(
        self,
        read: Reader,
        event_id: int,
        timezone: str = "UTC",
        max_cache: int = DEFAULT_MAX_CACHE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self.event_id = event_id
        self._zone = zoneinfo.ZoneInfo(timezone)
        self.max_cache = max(max_cache, PAGE_SIZE)
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._last_page = -1
        self._last_rows: list[tuple[Any, ...]] = []
        self._status_words = {k: status_label(k) for k in STATUS_WORDS}
        self._at_desk = self.tr("{time} at {desk}")
        self._grey = QColor("#9a9a9a")
        self._struck = QFont()
        self._struck.setStrikeOut(True)  # a cancelled registration, greyed and struck through
        self.filter = AttendeeFilter()
        self.sort_column = 0
        self.descending = False
        self.peak_cache = 0
        self.pages_loaded = 0

    # --- what tests, benchmarks and the screen use -------------------------------------
    @property
    def cache_size(self) -> int:
        """Rows currently held in memory."""
        return sum(len(rows) for rows in self._pages.values())

    def ids(self) -> Sequence[int]:
        return self._ids

    def attendee_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, attendee_id: int) -> int | None:
        """The row showing this attendee, or None when the filter hides it."""
        if self._row_of is None:
            self._row_of = {a: r for r, a in enumerate(self._ids)}
        return self._row_of.get(attendee_id)

    def set_filter(self, flt: AttendeeFilter) -> None:
        self.filter = flt
        self.reload()

    def set_text(self, text: str) -> None:
        self.set_filter(replace(self.filter, text=text))

    def reload(self) -> None:
        """Run the id query again (after a filter, a sort or a change in the data)."""
        q = id_query(self.event_id, self.filter, _KEYS[self.sort_column], self.descending)
        ids = self._read(lambda s: fetch_ids(s, q))
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._forget()
        self.endResetModel()

    def invalidate(self, attendee_ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (all, or these) so the next paint reads them again."""
        if attendee_ids is None:
            self._forget()
        else:
            for a in attendee_ids:
                row = self.row_of(a)
                if row is not None:
                    self._pages.pop(row // PAGE_SIZE, None)
            self._last_page = -1
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    # --- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return COLUMNS[section].shown_title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            value = self._row(index.row())[index.column()]
            if index.column() == _STATUS:
                return self._status_words.get(value, value)  # words, not codes
            if index.column() == _CATEGORY and value:
                return category_label(value)
            return value
        if role == _FOREGROUND:
            return self._grey if self._row(index.row())[_STATUS] == "cancelled" else None
        if role == _FONT:
            return self._struck if self._row(index.row())[_STATUS] == "cancelled" else None
        if role == _ID_ROLE:
            return self._ids[index.row()]
        if role == _TOOLTIP and index.column() == _CHECKED_IN:
            row = self._row(index.row())
            return (
                self._at_desk.format(time=row[_CHECKED_IN], desk=row[_DESK]) if row[_DESK] else None
            )
        return None

    # --- internals ---------------------------------------------------------------------
    def _forget(self) -> None:
        self._pages.clear()
        self._last_page = -1
        self._last_rows = []

    def _local(self, utc: dt.datetime | None) -> str:
        if utc is None:
            return ""
        return time_text(utc.replace(tzinfo=dt.UTC).astimezone(self._zone))

    def _row(self, row_no: int) -> tuple[Any, ...]:
        page = row_no // PAGE_SIZE
        if page != self._last_page:
            rows = self._pages.get(page)
            if rows is None:
                rows = self._load_page(page)
            else:
                self._pages.move_to_end(page)
            self._last_page, self._last_rows = page, rows
        return self._last_rows[row_no - page * PAGE_SIZE]

    def _load_page(self, page: int) -> list[tuple[Any, ...]]:
        wanted = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        found = self._read(lambda s: listing.rows(s, wanted))
        blank = ("",) * len(FIELDS)
        rows = []
        for aid in wanted:
            r = found.get(aid)
            if r is None:  # deleted since the id query: an empty row until the next refresh
                rows.append(blank)
                continue
            values = list(r)
            for col in _TIMES:
                values[col] = self._local(values[col])
            rows.append(tuple(values))
        self._pages[page] = rows
        self.pages_loaded += 1
        while len(self._pages) > self.max_cache // PAGE_SIZE:
            self._pages.popitem(last=False)
        self.peak_cache = max(self.peak_cache, self.cache_size)
        return rows
