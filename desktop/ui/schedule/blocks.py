"""Session blocks on the timetable and the geometry they are laid out by.

`DayLayout` turns times into y and rooms into x at the current zoom; `SessionItem` draws one
session (track colour, time and type, title, speakers; red outline and badge when in
conflict) and handles dragging it: moving (snapped), resizing from the bottom edge, and
dropping it on the unscheduled list. Items never write; they ask their scene
(`grid.TimetableScene`) through its signals.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.base.schedule import RoomData, SessionData
from desktop.core.schedule.conflicts import Conflict
from desktop.core.schedule.slots import snap_minutes
from desktop.ui.schedule.style import (
    conflict_html,
    session_colors,
    speaker_line,
    status_label,
    time_range,
    type_label,
)

if TYPE_CHECKING:
    from desktop.ui.schedule.grid import TimetableScene

MIME_SESSION = "application/x-confdesk-session"
HEADER_H = 42
RULER_W = 58
BASE_PPM = 1.8  # pixels per minute at zoom 1 (one hour = 108 px)
BASE_COL_W = 200
MIN_COL_W = 135  # below this a column scrolls sideways instead of squeezing further
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
        # Columns share the view's width when every room fits at MIN_COL_W or more, so a
        # handful of rooms is seen at once; with many rooms they keep MIN_COL_W and scroll.
        if fill_width > 0:
            self.col_w = max(MIN_COL_W, (fill_width - 2) / max(1, len(self.rooms)))
        else:
            self.col_w = BASE_COL_W * min(1.6, max(0.75, zoom**0.5))
        self._index = {r.id: i for i, r in enumerate(self.rooms)}

    def same_as(self, other: DayLayout) -> bool:
        """Whether `other` puts every block in the same place (same day, rooms, zoom)."""
        return (
            self.rooms == other.rooms
            and self.day_start == other.day_start
            and self.day_end == other.day_end
            and self.ppm == other.ppm
            and self.col_w == other.col_w
        )

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

    def rect(
        self,
        index: int | None,
        plenary: bool,
        start: dt.datetime,
        minutes: int,
        lane: tuple[int, int] = (0, 1),
    ) -> QRectF:
        """Scene rectangle of a block (a plenary spans every column; overlapping blocks in
        one room split its width into `lane` = (this lane, lanes))."""
        y = self.y_of(start)
        h = max(minutes * self.ppm, 8.0)
        if plenary or index is None:
            return QRectF(GAP, y + 1, self.width - 2 * GAP, h - 2)
        w = self.col_w / lane[1]
        return QRectF(index * self.col_w + lane[0] * w + GAP, y + 1, w - 2 * GAP, h - 2)


def compact_line(sd: SessionData) -> str:
    """The one line a short block shows: start time and title."""
    return f"{sd.start:%H:%M}  {sd.title}" if sd.start is not None else sd.title


class SessionItem(QGraphicsItem):
    """One session block: track colour, time and type, title, speakers; red when in conflict."""

    def __init__(
        self,
        sd: SessionData,
        conflicts: list[Conflict],
        layout: DayLayout,
        lane: tuple[int, int] = (0, 1),
    ) -> None:
        super().__init__()
        self.sd = sd
        self.lane = lane
        self.conflicts = conflicts
        self.layout = layout
        self._size = QRectF()
        self._drag: dict | None = None
        self.over_unscheduled = False
        self.painted_text: list[str] = []  # the lines the block last showed
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2 if sd.plenary else 1)
        self.place()

    def refresh(
        self,
        sd: SessionData,
        conflicts: list[Conflict],
        layout: DayLayout,
        lane: tuple[int, int],
    ) -> None:
        """Show a newer version of the session (after an edit)."""
        self.sd = sd
        self.conflicts = conflicts
        self.layout = layout
        self.lane = lane
        self.setToolTip("")
        self.setZValue(2 if sd.plenary else 1)
        self.place()

    @property
    def session_id(self) -> int:
        return self.sd.id

    @property
    def in_conflict(self) -> bool:
        return bool(self.conflicts)

    def tooltip(self) -> str:
        sd = self.sd
        if sd.plenary:
            where = QCoreApplication.translate("SessionItem", "all rooms")
        elif sd.room:
            where = _esc(sd.room.name)
        else:
            where = QCoreApplication.translate("SessionItem", "no room")
        parts = [
            f"<b>{_esc(sd.title)}</b>",
            f"{time_range(sd)} · {where} · {type_label(sd.type)} · {status_label(sd.status)}",
        ]
        if sd.speakers:
            parts.append(_esc(speaker_line(sd, long=True)))
        if sd.track:
            track = QCoreApplication.translate("SessionItem", "Track: {name}")
            parts.append(track.format(name=_esc(sd.track.name)))
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
            self.lane,
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
        shown = self.painted_text = []

        def draw(box: QRectF, flags: Qt.AlignmentFlag, text: str) -> None:
            shown.append(text)
            painter.drawText(box, flags, text)

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
        if bottom - y + 2 < fm_small.height() + fm_bold.lineSpacing():
            # Too short for the time line and a title line (a 30-minute talk after Fit day):
            # the title wins, after the start time, on the one line there is.
            if bottom - y + 4 >= fm_bold.height():
                painter.setFont(bold)
                painter.setPen(ink)
                draw(
                    QRectF(text_r.left(), y, text_r.width(), max(bottom - y, fm_bold.height())),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    fm_bold.elidedText(
                        compact_line(sd), Qt.TextElideMode.ElideRight, text_r.width()
                    ),
                )
            return
        # Line 1: time and type.
        meta = f"{time_range(sd)}  {type_label(sd.type)}"
        if sd.status != "confirmed":
            meta += f" · {status_label(sd.status).lower()}"
        if fm_small.height() <= bottom - y + 2:
            painter.setFont(small)
            painter.setPen(ink.lighter(140) if ink.lightness() < 128 else ink)
            draw(
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
            draw(
                QRectF(text_r.left(), y, text_r.width(), lines * fm_bold.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                text,
            )
            used = text.count("\n") + 1
            y += used * fm_bold.lineSpacing()
        if speakers and bottom - y >= fm_small.height() - 1:
            painter.setFont(small)
            painter.setPen(ink)
            draw(
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

    def _timetable(self) -> TimetableScene | None:
        """The TimetableScene holding this block (None while it is not on one)."""
        scene = self.scene()
        # Told by its signal, not isinstance: grid.py imports this module.
        return cast("TimetableScene", scene) if hasattr(scene, "move_requested") else None

    def _near_bottom(self, y: float) -> bool:
        return y >= self._size.height() - RESIZE_GRIP and self._size.height() > 3 * RESIZE_GRIP

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hoverMoveEvent(event)

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
        self._drag_to(drag, event.scenePos(), event.screenPos())
        event.accept()

    def _drag_to(
        self, drag: dict[str, Any], scene_pos: QPointF, screen_pos: QPoint | QPointF
    ) -> None:
        """Show the block where it would land with the pointer at `scene_pos` (snapped)."""
        delta = scene_pos - drag["press"]
        scene = self._timetable()
        snap = scene.snap if scene is not None else 15
        lay = self.layout
        room_id = self.sd.room.id if self.sd.room else None
        if drag["mode"] == "resize":
            minutes = max(snap, snap_minutes((drag["size"].height() + delta.y()) / lay.ppm, snap))
            start = self.sd.start
            assert start is not None
            r = lay.rect(lay.room_index(room_id), self.sd.plenary, start, minutes, self.lane)
            self.set_geometry(r)
            drag["target"] = (room_id, start, minutes)
            return
        start = lay.time_at(drag["origin"].y() + delta.y(), snap)
        if self.sd.plenary or not lay.rooms:
            index = lay.room_index(room_id)
        else:
            index = lay.index_at(scene_pos.x())
            room_id = lay.rooms[index].id
        self.setZValue(10)
        self.set_geometry(lay.rect(index, self.sd.plenary, start, self.sd.duration_min))
        drag["target"] = (room_id, start, self.sd.duration_min)
        over = scene is not None and scene.is_over_unscheduled(screen_pos)
        if over != self.over_unscheduled:
            self.over_unscheduled = over
            self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        scene = self._timetable()
        if drag is None or scene is None:
            return
        if drag["moved"]:
            self._drag_to(drag, event.scenePos(), event.screenPos())
        self.setZValue(2 if self.sd.plenary else 1)
        # The edit rebuilds the scene, deleting this item: let the event finish first.
        if self.over_unscheduled:
            self.over_unscheduled = False
            _later(scene.unschedule_requested.emit, self.sd.id)
            return
        target = drag["target"]
        if not drag["moved"] or target is None:
            return
        room_id, start, minutes = target
        current = (self.sd.room.id if self.sd.room else None, self.sd.start, self.sd.duration_min)
        if (room_id, start, minutes) == current:
            self.place()
            return
        _later(scene.move_requested.emit, self.sd.id, room_id, start, minutes)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._timetable()
        if scene is not None:
            _later(scene.edit_requested.emit, self.sd.id)


def _later(fn: Callable[..., Any], *args: Any) -> None:
    """Call `fn(*args)` from the event loop, after the current event handler returned."""
    QTimer.singleShot(0, lambda: fn(*args))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# A Chinese, Japanese or Korean character: a line may break before or after it.
_CJK_OR_RUN = re.compile(
    "[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
    "|[^\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]+"
)


def _wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> str:
    """Word-wrap `text` into at most `max_lines` lines, eliding the last. Lines break between
    words (and between CJK characters), never inside a word: a word wider than the block is
    elided on a line of its own ("Regula…"), not split into "Reg/ulati/ng"."""
    pieces: list[tuple[str, bool]] = []  # (piece, a space before it)
    for word in text.split():
        for i, part in enumerate(_CJK_OR_RUN.findall(word)):
            pieces.append((part, i == 0))
    lines: list[str] = []
    line = ""
    for part, spaced in pieces:
        joined = line + (" " if spaced and line else "") + part
        if fm.horizontalAdvance(joined) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        line = (
            part
            if fm.horizontalAdvance(part) <= width
            else (fm.elidedText(part, Qt.TextElideMode.ElideRight, width))
        )
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return "\n".join(lines)
