"""The timetable grid: one day, rooms as columns, time running down, sessions as blocks.

`TimetableScene` holds one `SessionItem` per session of the shown day, laid out by a
`DayLayout` (minutes to pixels, rooms to columns). `TimetableView` adds the room header and
the time ruler (child widgets in the view's margins, so they stay put while scrolling), zoom,
drops from the unscheduled list, and the keyboard. The grid never writes: it emits
`move_requested` / `unschedule_requested` / `edit_requested` and the screen turns those into
undoable commands, after which the grid is rebuilt from the stored truth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.core.schedule.conflicts import Conflict
from desktop.core.schedule.data import RoomData, SessionData
from desktop.ui.schedule.slots import snap_minutes
from desktop.ui.schedule.style import (
    TYPE_LABELS,
    conflict_html,
    session_colors,
    speaker_line,
    time_range,
)

MIME_SESSION = "application/x-confdesk-session"
HEADER_H = 42
RULER_W = 58
BASE_PPM = 1.8  # pixels per minute at zoom 1 (one hour = 108 px)
BASE_COL_W = 200
ZOOM_LEVELS = (0.5, 0.6, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)
RESIZE_GRIP = 7  # pixels at the bottom edge that resize instead of move
TOP_PAD = 10  # scene space above the first hour, so its label is not cut
GAP = 2  # pixels between a session block and its column edges


def session_mime(session_id: int) -> QMimeData:
    """What a dragged session carries (from the unscheduled list or elsewhere)."""
    mime = QMimeData()
    mime.setData(MIME_SESSION, QByteArray(str(session_id).encode()))
    return mime


def mime_session_id(mime: QMimeData) -> int | None:
    if not mime.hasFormat(MIME_SESSION):
        return None
    try:
        return int(bytes(mime.data(MIME_SESSION).data()).decode())
    except ValueError:
        return None


class DayLayout:
    """Geometry of one day: rooms to x, times to y, at the current zoom."""

    def __init__(
        self,
        rooms: Sequence[RoomData],
        day_start: dt.datetime,
        day_end: dt.datetime,
        zoom: float,
        fill_width: float = 0,
    ) -> None:
        self.rooms = list(rooms)
        self.day_start = day_start
        self.day_end = day_end
        self.zoom = zoom
        self.fill_width = fill_width
        self.ppm = BASE_PPM * zoom
        # Columns widen to fill the view when there are few rooms.
        natural = BASE_COL_W * min(1.6, max(0.75, zoom**0.5))
        self.col_w = max(natural, (fill_width - 2) / max(1, len(self.rooms)))
        self._index = {r.id: i for i, r in enumerate(self.rooms)}

    @property
    def minutes(self) -> float:
        return (self.day_end - self.day_start).total_seconds() / 60

    @property
    def width(self) -> float:
        return max(1, len(self.rooms)) * self.col_w

    @property
    def height(self) -> float:
        return self.minutes * self.ppm

    def room_index(self, room_id: int | None) -> int | None:
        return None if room_id is None else self._index.get(room_id)

    def index_at(self, x: float) -> int:
        return min(max(int(x // self.col_w), 0), max(0, len(self.rooms) - 1))

    def y_of(self, t: dt.datetime) -> float:
        return (t - self.day_start).total_seconds() / 60 * self.ppm

    def time_at(self, y: float, snap: int) -> dt.datetime:
        """The snapped time at scene y, kept inside the day."""
        minutes = snap_minutes(y / self.ppm, snap)
        minutes = min(max(minutes, 0), int(self.minutes) - snap)
        return self.day_start + dt.timedelta(minutes=minutes)

    def rect(self, index: int | None, plenary: bool, start: dt.datetime, minutes: int) -> QRectF:
        """Scene rectangle of a block (a plenary spans every column)."""
        y = self.y_of(start)
        h = max(minutes * self.ppm, 8.0)
        if plenary or index is None:
            return QRectF(GAP, y + 1, self.width - 2 * GAP, h - 2)
        return QRectF(index * self.col_w + GAP, y + 1, self.col_w - 2 * GAP, h - 2)


class SessionItem(QGraphicsItem):
    """One session block: track colour, time and type, title, speakers; red when in conflict."""

    def __init__(self, sd: SessionData, conflicts: list[Conflict], layout: DayLayout) -> None:
        super().__init__()
        self.sd = sd
        self.conflicts = conflicts
        self.layout = layout
        self._size = QRectF()
        self._drag: dict | None = None
        self.over_unscheduled = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2 if sd.plenary else 1)
        self.setToolTip(self.tooltip())
        self.place()

    @property
    def session_id(self) -> int:
        return self.sd.id

    @property
    def in_conflict(self) -> bool:
        return bool(self.conflicts)

    def tooltip(self) -> str:
        sd = self.sd
        where = "all rooms" if sd.plenary else (sd.room.name if sd.room else "no room")
        parts = [
            f"<b>{_esc(sd.title)}</b>",
            f"{time_range(sd)} · {where} · {TYPE_LABELS.get(sd.type, sd.type)} · {sd.status}",
        ]
        if sd.speakers:
            parts.append(_esc(speaker_line(sd, long=True)))
        if sd.track:
            parts.append(f"Track: {_esc(sd.track.name)}")
        if self.conflicts:
            parts.append(conflict_html(self.conflicts))
        return "<br>".join(parts)

    def place(self) -> None:
        """Put the block where its session is, at the layout's zoom."""
        assert self.sd.start is not None
        r = self.layout.rect(
            self.layout.room_index(self.sd.room.id if self.sd.room else None),
            self.sd.plenary,
            self.sd.start,
            self.sd.duration_min,
        )
        self.set_geometry(r)

    def set_geometry(self, r: QRectF) -> None:
        self.prepareGeometryChange()
        self._size = QRectF(0, 0, r.width(), r.height())
        self.setPos(r.topLeft())
        self.update()

    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-2, -2, 2, 2)

    # -- painting ------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        sd = self.sd
        r = self._size
        fill, stripe, ink = session_colors(sd)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(r, 4, 4)
        if sd.type == "break":
            painter.setBrush(QBrush(QColor(0, 0, 0, 18), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(r, 4, 4)
        painter.setBrush(QBrush(stripe))
        painter.drawRoundedRect(QRectF(r.left(), r.top(), 5, r.height()), 2, 2)
        if self.over_unscheduled:
            painter.setBrush(QBrush(QColor(255, 255, 255, 150)))
            painter.drawRoundedRect(r, 4, 4)

        # Border: selection wins over conflict colour, both thick; drafts dashed.
        if self.isSelected():
            pen = QPen(QColor("#1d4ed8"), 3)
        elif self.conflicts:
            pen = QPen(QColor("#dc2626"), 2.5)
        else:
            pen = QPen(stripe.darker(115), 1)
            if sd.status == "draft":
                pen.setStyle(Qt.PenStyle.DashLine)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if self.conflicts and self.isSelected():
            painter.setPen(QPen(QColor("#dc2626"), 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(r.adjusted(3, 3, -3, -3), 3, 3)
        self._paint_text(painter, r, ink)
        if self.conflicts:
            self._paint_badge(painter, r)

    def _paint_text(self, painter: QPainter, r: QRectF, ink: QColor) -> None:
        sd = self.sd
        text_r = r.adjusted(10, 3, -6 - (16 if self.conflicts else 0), -3)
        base = QFont(painter.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1.5))
        bold = QFont(base)
        bold.setBold(True)
        bold.setStrikeOut(sd.status == "cancelled")
        fm_small = QFontMetricsF(small)
        fm_bold = QFontMetricsF(bold)
        y = text_r.top()
        bottom = text_r.bottom()
        # Line 1: time and type.
        meta = f"{time_range(sd)}  {TYPE_LABELS.get(sd.type, sd.type)}"
        if sd.status != "confirmed":
            meta += f" · {sd.status}"
        if fm_small.height() <= bottom - y + 2:
            painter.setFont(small)
            painter.setPen(ink.lighter(140) if ink.lightness() < 128 else ink)
            painter.drawText(
                QRectF(text_r.left(), y, text_r.width(), fm_small.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                fm_small.elidedText(meta, Qt.TextElideMode.ElideRight, text_r.width()),
            )
            y += fm_small.height()
        # Title: as many wrapped lines as fit, leaving one line for the speakers if possible.
        speakers = speaker_line(sd)
        room_left = bottom - y
        reserve = fm_small.height() if speakers and room_left > 2 * fm_bold.height() else 0
        title_h = room_left - reserve
        lines = max(0, int(title_h // fm_bold.lineSpacing()))
        if lines:
            painter.setFont(bold)
            painter.setPen(ink)
            text = _wrap(sd.title, fm_bold, text_r.width(), lines)
            painter.drawText(
                QRectF(text_r.left(), y, text_r.width(), lines * fm_bold.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                text,
            )
            used = text.count("\n") + 1
            y += used * fm_bold.lineSpacing()
        if speakers and bottom - y >= fm_small.height() - 1:
            painter.setFont(small)
            painter.setPen(ink)
            painter.drawText(
                QRectF(text_r.left(), y, text_r.width(), fm_small.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                fm_small.elidedText(speakers, Qt.TextElideMode.ElideRight, text_r.width()),
            )

    def _paint_badge(self, painter: QPainter, r: QRectF) -> None:
        badge = QRectF(r.right() - 19, r.top() + 4, 15, 15)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#dc2626"))
        painter.drawEllipse(badge)
        f = QFont(painter.font())
        f.setBold(True)
        f.setPointSizeF(8)
        painter.setFont(f)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")

    # -- mouse: move, resize, drop on the unscheduled list --------------------------------

    def _near_bottom(self, y: float) -> bool:
        return y >= self._size.height() - RESIZE_GRIP and self._size.height() > 3 * RESIZE_GRIP

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        shape = (
            Qt.CursorShape.SizeVerCursor
            if self._near_bottom(event.pos().y())
            else Qt.CursorShape.OpenHandCursor
        )
        self.setCursor(QCursor(shape))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        scene = self.scene()
        if scene is not None:
            scene.clearSelection()
        self.setSelected(True)
        self._drag = {
            "mode": "resize" if self._near_bottom(event.pos().y()) else "move",
            "press": event.scenePos(),
            "origin": self.pos(),
            "size": QRectF(self._size),
            "moved": False,
            "target": None,
        }
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return
        delta = event.scenePos() - drag["press"]
        if not drag["moved"] and delta.manhattanLength() < QApplication.startDragDistance():
            return
        drag["moved"] = True
        scene = self.scene()
        snap = scene.snap if isinstance(scene, TimetableScene) else 15
        lay = self.layout
        if drag["mode"] == "resize":
            minutes = max(snap, snap_minutes((drag["size"].height() + delta.y()) / lay.ppm, snap))
            start = self.sd.start
            assert start is not None
            r = lay.rect(
                lay.room_index(self.sd.room.id if self.sd.room else None),
                self.sd.plenary,
                start,
                minutes,
            )
            self.set_geometry(r)
            drag["target"] = (self.sd.room.id if self.sd.room else None, start, minutes)
        else:
            top = drag["origin"].y() + delta.y()
            start = lay.time_at(top, snap)
            if self.sd.plenary or not lay.rooms:
                index = lay.room_index(self.sd.room.id if self.sd.room else None)
            else:
                index = lay.index_at(event.scenePos().x())
            room_id = self.sd.room.id if self.sd.plenary and self.sd.room else None
            if index is not None and not self.sd.plenary:
                room_id = lay.rooms[index].id
            self.setZValue(10)
            self.set_geometry(lay.rect(index, self.sd.plenary, start, self.sd.duration_min))
            drag["target"] = (room_id, start, self.sd.duration_min)
            over = isinstance(scene, TimetableScene) and scene.is_over_unscheduled(
                event.screenPos()
            )
            if over != self.over_unscheduled:
                self.over_unscheduled = over
                self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        scene = self.scene()
        if drag is None or not isinstance(scene, TimetableScene):
            return
        self.setZValue(2 if self.sd.plenary else 1)
        if self.over_unscheduled:
            self.over_unscheduled = False
            scene.unschedule_requested.emit(self.sd.id)
            return
        target = drag["target"]
        if not drag["moved"] or target is None:
            return
        room_id, start, minutes = target
        current = (self.sd.room.id if self.sd.room else None, self.sd.start, self.sd.duration_min)
        if (room_id, start, minutes) == current:
            self.place()
            return
        scene.move_requested.emit(self.sd.id, room_id, start, minutes)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if isinstance(scene, TimetableScene):
            scene.edit_requested.emit(self.sd.id)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> str:
    """Word-wrap `text` (any script) into at most `max_lines` lines, eliding the last."""
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < max_lines:
        if len(lines) == max_lines - 1 or fm.horizontalAdvance(rest) <= width:
            lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        # Longest prefix that fits, broken at a space when there is one (CJK: anywhere).
        lo, hi = 1, len(rest)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fm.horizontalAdvance(rest[:mid]) <= width:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0 and rest[cut : cut + 1] not in ("",) and space > cut // 3:
            cut = space
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return "\n".join(lines)


class TimetableScene(QGraphicsScene):
    """The blocks of one day plus the background grid (columns, hour lines)."""

    move_requested = Signal(int, object, object, int)  # session id, room id, start, minutes
    unschedule_requested = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout: DayLayout | None = None
        self.items_by_id: dict[int, SessionItem] = {}
        self.snap = 15
        self.unscheduled_zone: Callable[[QPoint], bool] | None = None
        self.ghost = QGraphicsRectItem()
        self.ghost.setPen(QPen(QColor("#1d4ed8"), 2, Qt.PenStyle.DashLine))
        self.ghost.setBrush(QColor(29, 78, 216, 40))
        self.ghost.setZValue(20)
        self.ghost.hide()
        self.addItem(self.ghost)

    def is_over_unscheduled(self, global_pos: QPoint | QPointF) -> bool:
        if self.unscheduled_zone is None:
            return False
        return self.unscheduled_zone(QPointF(global_pos).toPoint())

    def show_day(
        self,
        layout: DayLayout,
        sessions: Sequence[SessionData],
        conflicts: dict[int, list[Conflict]],
    ) -> None:
        """Replace the blocks with the given day's sessions."""
        selected = self.selected_id()
        for item in self.items_by_id.values():
            self.removeItem(item)
        self.items_by_id = {}
        self.layout = layout
        self.setSceneRect(QRectF(0, -TOP_PAD, layout.width, layout.height + 2 * TOP_PAD))
        for sd in sessions:
            if sd.start is None:
                continue
            item = SessionItem(sd, conflicts.get(sd.id, []), layout)
            self.addItem(item)
            self.items_by_id[sd.id] = item
        if selected is not None and selected in self.items_by_id:
            self.items_by_id[selected].setSelected(True)
        self.update()

    def relayout(self, layout: DayLayout) -> None:
        """Same sessions, new zoom."""
        self.layout = layout
        self.setSceneRect(QRectF(0, -TOP_PAD, layout.width, layout.height + 2 * TOP_PAD))
        for item in self.items_by_id.values():
            item.layout = layout
            item.place()
        self.update()

    def selected_id(self) -> int | None:
        for item in self.selectedItems():
            if isinstance(item, SessionItem):
                return item.session_id
        return None

    def select(self, session_id: int | None) -> SessionItem | None:
        self.clearSelection()
        item = self.items_by_id.get(session_id) if session_id is not None else None
        if item is not None:
            item.setSelected(True)
        return item

    def ordered_items(self) -> list[SessionItem]:
        """Blocks in reading order: by start, then column."""
        lay = self.layout

        def key(it: SessionItem) -> tuple:
            col = (
                -1
                if it.sd.plenary
                else (lay.room_index(it.sd.room.id) if lay and it.sd.room else 0)
            )
            return (it.sd.start, col if col is not None else 0, it.sd.id)

        return sorted(self.items_by_id.values(), key=key)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("#ffffff"))
        lay = self.layout
        if lay is None:
            return
        # Alternate column tints and room unavailability (hatched).
        for i, room in enumerate(lay.rooms):
            col = QRectF(i * lay.col_w, 0, lay.col_w, lay.height)
            if not col.intersects(rect):
                continue
            if i % 2:
                painter.fillRect(col, QColor("#f7f8fa"))
            if room.availability:
                self._paint_unavailable(painter, lay, col, room)
        # Hour and half-hour lines.
        minutes = int(lay.minutes)
        for m in range(0, minutes + 1, 15):
            y = m * lay.ppm
            if y < rect.top() - 1 or y > rect.bottom() + 1:
                continue
            if m % 60 == 0:
                painter.setPen(QPen(QColor("#c9ced6"), 1))
            elif m % 30 == 0:
                painter.setPen(QPen(QColor("#e3e6eb"), 1))
            elif lay.ppm >= 2.5:
                painter.setPen(QPen(QColor("#f0f1f4"), 1, Qt.PenStyle.DotLine))
            else:
                continue
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(QColor("#d5d9e0"), 1))
        for i in range(len(lay.rooms) + 1):
            x = i * lay.col_w
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    @staticmethod
    def _paint_unavailable(painter: QPainter, lay: DayLayout, col: QRectF, room: RoomData) -> None:
        brush = QBrush(QColor(120, 120, 120, 45), Qt.BrushStyle.BDiagPattern)
        t = lay.day_start
        for a, b in [*sorted(room.availability), (lay.day_end, lay.day_end)]:
            if a > t:
                y0, y1 = lay.y_of(max(t, lay.day_start)), lay.y_of(min(a, lay.day_end))
                if y1 > y0:
                    painter.fillRect(QRectF(col.left(), y0, col.width(), y1 - y0), brush)
            t = max(t, b)


class _RoomHeader(QWidget):
    """Room names above the columns, scrolled with the view."""

    def __init__(self, view: TimetableView) -> None:
        super().__init__(view)
        self.view = view

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#eef1f5"))
        lay = self.view.timetable.layout
        p.setPen(QPen(QColor("#c9ced6")))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        if lay is None:
            return
        name_font = QFont(self.font())
        name_font.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        for i, room in enumerate(lay.rooms):
            x0 = self.view.mapFromScene(QPointF(i * lay.col_w, 0)).x()
            x1 = self.view.mapFromScene(QPointF((i + 1) * lay.col_w, 0)).x()
            if x1 < 0 or x0 > self.width():
                continue
            box = QRect(x0 + 6, 3, x1 - x0 - 12, self.height() - 6)
            p.setPen(QColor("#1f2937"))
            p.setFont(name_font)
            fm = p.fontMetrics()
            p.drawText(
                box,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                fm.elidedText(room.name, Qt.TextElideMode.ElideRight, box.width()),
            )
            if room.capacity:
                p.setFont(small)
                p.setPen(QColor("#6b7280"))
                p.drawText(
                    box,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    f"{room.capacity} seats",
                )
            p.setPen(QPen(QColor("#c9ced6")))
            p.drawLine(x1, 0, x1, self.height())


class _TimeRuler(QWidget):
    """Hour and half-hour labels left of the grid, scrolled with the view."""

    def __init__(self, view: TimetableView) -> None:
        super().__init__(view)
        self.view = view

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#eef1f5"))
        p.setPen(QPen(QColor("#c9ced6")))
        p.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        lay = self.view.timetable.layout
        if lay is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        step = 30 if lay.ppm * 30 >= 28 else 60
        for m in range(0, int(lay.minutes) + 1, step):
            y = self.view.mapFromScene(QPointF(0, m * lay.ppm)).y()
            if y < -10 or y > self.height() + 10:
                continue
            t = lay.day_start + dt.timedelta(minutes=m)
            hour = m % 60 == 0
            p.setFont(bold if hour else small)
            p.setPen(QColor("#1f2937") if hour else QColor("#6b7280"))
            p.drawText(
                QRect(0, y - 8, self.width() - 8, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                t.strftime("%H:%M"),
            )


class TimetableView(QGraphicsView):
    """The scrolling, zooming grid with its header and ruler; keyboard and drops."""

    zoom_changed = Signal(float)
    schedule_first_free = Signal()  # U pressed on the grid

    def __init__(self, parent: QWidget | None = None) -> None:
        self.timetable = TimetableScene()
        super().__init__(self.timetable, parent)
        self.timetable.setParent(self)
        self.zoom = 1.0
        self.lookup: Callable[[int], SessionData | None] = lambda _id: None
        self.setViewportMargins(RULER_W, HEADER_H, 0, 0)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.header = _RoomHeader(self)
        self.ruler = _TimeRuler(self)
        self.horizontalScrollBar().valueChanged.connect(self.header.update)
        self.verticalScrollBar().valueChanged.connect(self.ruler.update)

    # -- layout and zoom -----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        vp = self.viewport().geometry()
        self.header.setGeometry(vp.left(), vp.top() - HEADER_H, vp.width(), HEADER_H)
        self.ruler.setGeometry(vp.left() - RULER_W, vp.top(), RULER_W, vp.height())
        lay = self.timetable.layout
        if lay is not None and abs(lay.fill_width - vp.width()) > 1:
            self.timetable.relayout(
                DayLayout(lay.rooms, lay.day_start, lay.day_end, lay.zoom, vp.width())
            )

    def refresh_margins(self) -> None:
        self.header.update()
        self.ruler.update()

    def set_zoom(self, zoom: float, anchor_y: float | None = None) -> None:
        """Change minutes-to-pixels; the time at `anchor_y` (viewport) stays put."""
        zoom = min(max(zoom, ZOOM_LEVELS[0]), ZOOM_LEVELS[-1])
        lay = self.timetable.layout
        if lay is None or abs(zoom - self.zoom) < 1e-6:
            self.zoom = zoom
            return
        anchor_y = self.viewport().height() / 2 if anchor_y is None else anchor_y
        minute = self.mapToScene(QPoint(0, int(anchor_y))).y() / lay.ppm
        self.zoom = zoom
        new = DayLayout(lay.rooms, lay.day_start, lay.day_end, zoom, lay.fill_width)
        self.timetable.relayout(new)
        self.verticalScrollBar().setValue(int(minute * new.ppm - anchor_y))
        self.refresh_margins()
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_LEVELS if z > self.zoom + 1e-6), ZOOM_LEVELS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(
            next((z for z in reversed(ZOOM_LEVELS) if z < self.zoom - 1e-6), ZOOM_LEVELS[0])
        )

    def zoom_to_fit(self) -> None:
        """Fit the whole day into the visible height."""
        lay = self.timetable.layout
        if lay is None or lay.minutes <= 0:
            return
        want = (self.viewport().height() - 4) / (lay.minutes * BASE_PPM)
        self.set_zoom(max(ZOOM_LEVELS[0], min(want, ZOOM_LEVELS[-1])), 0)
        self.verticalScrollBar().setValue(0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * (1.15**steps), event.position().y())
            event.accept()
            return
        super().wheelEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:
            self.header.update()
        if dy:
            self.ruler.update()

    def show_session(self, session_id: int) -> bool:
        """Select the block and scroll it into view; False when it is not on this day."""
        item = self.timetable.select(session_id)
        if item is None:
            return False
        self.ensureVisible(item, 40, 40)
        item.setFocus()
        return True

    # -- drops from the unscheduled list --------------------------------------------------

    def _drop_target(self, pos: QPointF, session_id: int) -> tuple[object, dt.datetime, int] | None:
        lay = self.timetable.layout
        sd = self.lookup(session_id)
        if lay is None or sd is None or not lay.rooms:
            return None
        scene_pos = self.mapToScene(pos.toPoint())
        index = lay.index_at(scene_pos.x())
        start = lay.time_at(scene_pos.y(), self.timetable.snap)
        room_id = lay.rooms[index].id
        if sd.plenary and sd.room is not None and lay.room_index(sd.room.id) is not None:
            room_id = sd.room.id
        return room_id, start, sd.duration_min

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if mime_session_id(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        sid = mime_session_id(event.mimeData())
        target = None if sid is None else self._drop_target(event.position(), sid)
        lay = self.timetable.layout
        if target is None or lay is None:
            self.timetable.ghost.hide()
            event.ignore()
            return
        sd = self.lookup(sid)
        room_id, start, minutes = target
        self.timetable.ghost.setRect(
            lay.rect(lay.room_index(room_id), bool(sd and sd.plenary), start, minutes)
        )
        self.timetable.ghost.show()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: object) -> None:
        self.timetable.ghost.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self.timetable.ghost.hide()
        sid = mime_session_id(event.mimeData())
        target = None if sid is None else self._drop_target(event.position(), sid)
        if sid is None or target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        room_id, start, minutes = target
        self.timetable.move_requested.emit(sid, room_id, start, minutes)

    # -- keyboard ------------------------------------------------------------------------

    def event(self, event: object) -> bool:
        # Tab / Shift+Tab walk through the sessions instead of leaving the grid.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.select_next(-1 if back else 1)
            return True
        return super().event(event)

    def select_next(self, direction: int) -> None:
        items = self.timetable.ordered_items()
        if not items:
            return
        current = self.timetable.selected_id()
        ids = [it.session_id for it in items]
        i = ids.index(current) + direction if current in ids else (0 if direction > 0 else -1)
        self.show_session(ids[i % len(ids)])

    def select_neighbour(self, key: int) -> None:
        """Ctrl+arrows: the next block above/below in the column, or beside it."""
        items = self.timetable.ordered_items()
        current = self.timetable.items_by_id.get(self.timetable.selected_id() or -1)
        if current is None:
            if items:
                self.show_session(items[0].session_id)
            return
        c = current.sceneBoundingRect().center()

        def pick(pred: Callable[[QPointF], bool], dist: Callable[[QPointF], float]) -> None:
            cands = [
                it for it in items if it is not current and pred(it.sceneBoundingRect().center())
            ]
            if cands:
                best = min(cands, key=lambda it: dist(it.sceneBoundingRect().center()))
                self.show_session(best.session_id)

        if key == Qt.Key.Key_Down:
            pick(lambda p: p.y() > c.y(), lambda p: (p.y() - c.y()) + 4 * abs(p.x() - c.x()))
        elif key == Qt.Key.Key_Up:
            pick(lambda p: p.y() < c.y(), lambda p: (c.y() - p.y()) + 4 * abs(p.x() - c.x()))
        elif key == Qt.Key.Key_Right:
            pick(lambda p: p.x() > c.x() + 1, lambda p: 4 * (p.x() - c.x()) + abs(p.y() - c.y()))
        elif key == Qt.Key.Key_Left:
            pick(lambda p: p.x() < c.x() - 1, lambda p: 4 * (c.x() - p.x()) + abs(p.y() - c.y()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        scene = self.timetable
        sid = scene.selected_id()
        sd = self.lookup(sid) if sid is not None else None
        if key in arrows and (mods & Qt.KeyboardModifier.ControlModifier or sd is None):
            self.select_neighbour(key)
            return
        if key == Qt.Key.Key_Escape:
            scene.clearSelection()
            return
        if key == Qt.Key.Key_U and not mods:
            self.schedule_first_free.emit()
            return
        if sd is None or sd.start is None:
            super().keyPressEvent(event)
            return
        room_id = sd.room.id if sd.room else None
        step = dt.timedelta(minutes=scene.snap)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            scene.edit_requested.emit(sd.id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            scene.unschedule_requested.emit(sd.id)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods & Qt.KeyboardModifier.ShiftModifier:
            sign = 1 if key == Qt.Key.Key_Down else -1
            minutes = max(scene.snap, sd.duration_min + sign * scene.snap)
            if minutes != sd.duration_min:
                scene.move_requested.emit(sd.id, room_id, sd.start, minutes)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            start = sd.start + (step if key == Qt.Key.Key_Down else -step)
            lay = scene.layout
            if lay is None or (
                lay.day_start <= start
                and start + dt.timedelta(minutes=sd.duration_min) <= lay.day_end
            ):
                scene.move_requested.emit(sd.id, room_id, start, sd.duration_min)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            lay = scene.layout
            index = lay.room_index(room_id) if lay else None
            if lay is None or index is None or sd.plenary:
                return
            index += 1 if key == Qt.Key.Key_Right else -1
            if 0 <= index < len(lay.rooms):
                scene.move_requested.emit(sd.id, lay.rooms[index].id, sd.start, sd.duration_min)
        else:
            super().keyPressEvent(event)
