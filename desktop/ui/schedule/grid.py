"""The timetable grid: one day, rooms as columns, time running down, sessions as blocks.

`TimetableScene` holds one `blocks.SessionItem` per session of the shown day, laid out by a
`blocks.DayLayout` (minutes to pixels, rooms to columns). `TimetableView` adds the room header and
the time ruler (child widgets in the view's margins, so they stay put while scrolling), zoom,
drops from the unscheduled list, and the keyboard. The grid never writes: it emits
`move_requested` / `unschedule_requested` / `edit_requested` and the screen turns those into
undoable commands, after which the grid is rebuilt from the stored truth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsView,
    QWidget,
)

from desktop.base.schedule import RoomData, SessionData
from desktop.core.schedule.conflicts import Conflict
from desktop.core.schedule.slots import assign_lanes
from desktop.ui.schedule.blocks import (
    BASE_PPM,
    HEADER_H,
    RULER_W,
    TOP_PAD,
    ZOOM_LEVELS,
    DayLayout,
    SessionItem,
    mime_session_id,
)
from desktop.ui.theme import theme


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

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        # Tooltips are built when Qt asks for one, so they always show the current conflicts
        # (formatting 1,000 of them up front would slow opening a day).
        for item in self.items(event.scenePos()):
            if isinstance(item, SessionItem):
                item.setToolTip(item.tooltip())
                break
        super().helpEvent(event)

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
        """Show the given day's sessions: blocks that did not change are kept as they are,
        so an edit costs only the blocks it touched (and their cached pictures stay)."""
        selected = self.selected_id()
        same_grid = self.layout is not None and self.layout.same_as(layout)
        if same_grid and self.layout is not None:
            layout = self.layout
        else:
            self.layout = layout
            self.setSceneRect(QRectF(0, -TOP_PAD, layout.width, layout.height + 2 * TOP_PAD))
        lanes = assign_lanes(sessions)
        keep: dict[int, SessionItem] = {}
        for sd in sessions:
            if sd.start is None:
                continue
            found = conflicts.get(sd.id, [])
            lane = lanes.get(sd.id, (0, 1))
            item = self.items_by_id.pop(sd.id, None)
            if item is None:
                item = SessionItem(sd, found, layout, lane)
                self.addItem(item)
            elif not same_grid or item.sd != sd or item.conflicts != found or item.lane != lane:
                item.refresh(sd, found, layout, lane)
            keep[sd.id] = item
        for item in self.items_by_id.values():
            self.removeItem(item)
        self.items_by_id = keep
        if selected is not None and selected in keep:
            keep[selected].setSelected(True)
        if not same_grid:
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

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        t = theme()
        painter.fillRect(rect, QColor(t.canvas))
        lay = self.layout
        if lay is None:
            return
        # Alternate column tints and room unavailability (hatched).
        for i, room in enumerate(lay.rooms):
            col = QRectF(i * lay.col_w, 0, lay.col_w, lay.height)
            if not col.intersects(rect):
                continue
            if i % 2:
                painter.fillRect(col, QColor(t.canvas_alt))
            if room.availability:
                self._paint_unavailable(painter, lay, col, room)
        # Hour and half-hour lines.
        minutes = int(lay.minutes)
        for m in range(0, minutes + 1, 15):
            y = m * lay.ppm
            if y < rect.top() - 1 or y > rect.bottom() + 1:
                continue
            if m % 60 == 0:
                painter.setPen(QPen(QColor(t.line), 1))
            elif m % 30 == 0:
                painter.setPen(QPen(QColor(t.line_soft), 1))
            elif lay.ppm >= 2.5:
                painter.setPen(QPen(QColor(t.line_faint), 1, Qt.PenStyle.DotLine))
            else:
                continue
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(QColor(t.line), 1))
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
        t = theme()
        p.fillRect(self.rect(), QColor(t.header))
        lay = self.view.timetable.layout
        p.setPen(QPen(QColor(t.line)))
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
            p.setPen(QColor(t.text))
            p.setFont(name_font)
            fm = p.fontMetrics()
            p.drawText(
                box,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                fm.elidedText(room.name, Qt.TextElideMode.ElideRight, box.width()),
            )
            if room.capacity:
                p.setFont(small)
                p.setPen(QColor(t.muted))
                p.drawText(
                    box,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    self.tr("{count} seats").format(count=room.capacity),
                )
            p.setPen(QPen(QColor(t.line)))
            p.drawLine(x1, 0, x1, self.height())


class _TimeRuler(QWidget):
    """Hour and half-hour labels left of the grid, scrolled with the view."""

    def __init__(self, view: TimetableView) -> None:
        super().__init__(view)
        self.view = view

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        colors = theme()
        p.fillRect(self.rect(), QColor(colors.header))
        p.setPen(QPen(QColor(colors.line)))
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
            p.setPen(QColor(colors.text if hour else colors.muted))
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
        # A day is always taller than the view: a fixed scroll bar keeps the width stable,
        # so the blocks are laid out once, not again when a scroll bar appears.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
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
        # The whole viewport, not only the scene: a smaller scene would leave old paint
        # (blocks at their former size) where it no longer reaches.
        self.viewport().update()
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
        want = (self.viewport().height() - 2 * TOP_PAD - 2) / (lay.minutes * BASE_PPM)
        self.set_zoom(max(ZOOM_LEVELS[0], min(want, ZOOM_LEVELS[-1])), 0)
        # Columns already share the width (DayLayout); start at the first hour and room.
        for bar in (self.verticalScrollBar(), self.horizontalScrollBar()):
            bar.setValue(bar.minimum())

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        lay = self.timetable.layout
        if lay is not None and lay.rooms:
            return
        # An empty event: say what to do first, in the middle of the view.
        painter.save()
        painter.resetTransform()
        painter.setPen(QColor(theme().muted))
        painter.drawText(
            self.viewport().rect(),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("No rooms yet.\nAdd them with Rooms… in the toolbar, then drag sessions here."),
        )
        painter.restore()

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

    def _drop_target(self, pos: QPointF, session_id: int) -> tuple[int, dt.datetime, int] | None:
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
        index = None if target is None or lay is None else lay.room_index(target[0])
        if sid is None or target is None or lay is None or index is None:
            self.timetable.ghost.hide()
            event.ignore()
            return
        sd = self.lookup(sid)
        _, start, minutes = target
        self.timetable.ghost.setRect(lay.rect(index, bool(sd and sd.plenary), start, minutes))
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

    def event(self, event: QEvent) -> bool:
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
            # The form is modal: open it after this key event, not inside it.
            QTimer.singleShot(0, lambda: scene.edit_requested.emit(sd.id))
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
