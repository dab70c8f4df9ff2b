"""The desk's search field and result list: a small model and a painting delegate.

At most one page of hits (50) is ever shown, so the model is a plain list reset on each
search; the delegate paints each row (no widget per row), which keeps a keystroke-to-paint
round trip to a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core.checkin import AttendeeCard
from desktop.ui.desk.result_panel import local_time
from desktop.ui.desk.style import category_color, category_label, desk_font
from desktop.ui.theme import theme

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_HEIGHT = 62

_Index = QModelIndex | QPersistentModelIndex


def status_text(hit: AttendeeCard, zone: dt.tzinfo) -> tuple[str, QColor]:
    """The status column of a hit: words and symbol, colour as a second signal."""
    if hit.status == "cancelled":
        return QCoreApplication.translate("HitDelegate", "✖ Cancelled"), QColor(theme().bad)
    if hit.checked_in_at is not None:
        where = f" · {hit.checked_in_desk}" if hit.checked_in_desk else ""
        shown = QCoreApplication.translate("HitDelegate", "✔ In {time}")
        return shown.format(time=local_time(hit.checked_in_at, zone)) + where, QColor(theme().ok)
    return QCoreApplication.translate("HitDelegate", "○ Not checked in"), QColor(theme().muted)


class HitsModel(QAbstractListModel):
    """The current search hits (attendee cards with a rank)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Any] = []

    def set_hits(self, hits: Sequence[Any]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(p for p in (hit.display_name, hit.name_local, hit.organization) if p)
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.id
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints a hit: category strip, name EN + 中文 on a line of their own, then category,
    organization and e-mail (elided first) with the status at the right."""

    def __init__(self, zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.name_font = desk_font(15, bold=True)
        self.small_font = desk_font(11)
        self.status_font = desk_font(11, bold=True)
        self.name_fm = QFontMetrics(self.name_font)
        self.small_fm = QFontMetrics(self.small_font)
        self.status_fm = QFontMetrics(self.status_font)
        # Tried in turn when a long name does not fit the first line at the usual size.
        self.smaller_name_fonts = [desk_font(13, bold=True), desk_font(12, bold=True)]

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(100, ROW_HEIGHT)

    def texts(self, hit: AttendeeCard, width: int) -> tuple[str, QFont, str, str]:
        """What a row of `width` pixels shows: (name, its font, second line, status).

        The name has the whole first line (shrunk a little before it is ever elided); the
        status sits at the right of the second line, and the organization line gives way.
        """
        inner = width - 26 - 10
        name = "  ".join(p for p in (hit.display_name, hit.name_local) if p) or self.tr("(no name)")
        font, fm = self.name_font, self.name_fm
        for candidate in self.smaller_name_fonts:
            if fm.horizontalAdvance(name) <= inner:
                break
            font, fm = candidate, QFontMetrics(candidate)
        status, _colour = status_text(hit, self.zone)
        second_w = inner - self.status_fm.horizontalAdvance(status) - 12
        second = " · ".join(
            p for p in (category_label(hit.category), hit.organization, hit.email) if p
        )
        return (
            fm.elidedText(name, Qt.TextElideMode.ElideRight, inner),
            font,
            self.small_fm.elidedText(second, Qt.TextElideMode.ElideRight, max(second_w, 0)),
            status,
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        painter.save()
        r: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        t = theme()
        painter.fillRect(r, QColor(t.selected if selected else t.canvas))
        painter.setPen(QPen(QColor(t.line_soft)))
        painter.drawLine(r.bottomLeft(), r.bottomRight())
        if selected:
            painter.fillRect(QRect(r.left(), r.top(), 4, r.height()), QColor(t.accent))
        chip = category_color(hit.category)
        painter.fillRect(QRect(r.left() + 8, r.top() + 10, 8, r.height() - 20), chip)

        left = r.left() + 26
        inner = r.width() - 26 - 10
        name, name_font, second, status = self.texts(hit, r.width())
        painter.setFont(name_font)
        painter.setPen(QColor(t.muted if hit.status == "cancelled" else t.text))
        painter.drawText(
            QRect(left, r.top() + 6, inner, 28),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        painter.setFont(self.small_font)
        painter.setPen(QColor(t.muted))
        painter.drawText(
            QRect(left, r.top() + 34, inner, 22),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            second,
        )
        painter.setFont(self.status_font)
        painter.setPen(status_text(hit, self.zone)[1])
        painter.drawText(
            QRect(left, r.top() + 34, inner, 22),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            status,
        )
        painter.restore()


class HitsView(QListView):
    """The result list; Enter or a click checks the chosen person in."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            f"QListView {{ border: 1px solid {theme().line}; border-radius: 8px;"
            f" background: {theme().canvas}; }}"
        )
        self.clicked.connect(self._emit)
        self.activated.connect(self._emit)

    def _emit(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(int(index.data(ID_ROLE)))

    def move_selection(self, step: int) -> None:
        """Move the highlight by `step` rows (clamped), as arrow keys in the field do."""
        rows = self.model().rowCount() if self.model() else 0
        if rows == 0:
            return
        current = self.currentIndex().row() if self.currentIndex().isValid() else -1
        row = max(0, min(rows - 1, current + step))
        self.setCurrentIndex(self.model().index(row, 0))

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None


class DeskField(QLineEdit):
    """The one search field: arrow keys move through the results, Esc clears."""

    move_requested = Signal(int)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(desk_font(20))
        self.setMinimumHeight(54)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Scan a badge, or type a name, 中文姓名, organization, e-mail…")
        )
        self.setStyleSheet(
            f"QLineEdit {{ border: 2px solid {theme().accent}; border-radius: 8px;"
            " padding: 4px 12px; }"
        )

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z at the desk undoes the last check-in, not the typing in this field.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 8,
            Qt.Key.Key_PageUp: -8,
        }
        if event.key() in steps:
            self.move_requested.emit(steps[Qt.Key(event.key())])
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.cleared.emit()
            return
        super().keyPressEvent(event)


class Caption(QWidget):
    """A one-line caption that never asks its layout to recompute when its text changes
    (a QLabel would, and re-laying out the desk costs more than painting the hits)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setFont(desk_font(11, bold=True))
        self.setFixedHeight(QFontMetrics(self.font()).height() + 6)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        fm = QFontMetrics(self.font())
        painter.drawText(
            self.rect(),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(self._text, Qt.TextElideMode.ElideRight, self.width()),
        )
        painter.end()
