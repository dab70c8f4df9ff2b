"""The designer's canvas: the badge drawn from the shared layout, item outlines, selection,
dragging, resizing (lower-right handle), arrow-key nudges (0.5 mm, Shift 2 mm), and the
undoable edits (QUndoCommand) that change the template dict in mm.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, cast

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core import badges as core
from desktop.pdf import templates as tpl
from desktop.pdf.layout import compute
from desktop.ui.badges.painter import paint_layout
from desktop.ui.i18n import QT_TRANSLATE_NOOP

SNAP = 0.5
OVERLAP = QColor("#d93025")
OVERLAP_FILL = QColor(217, 48, 37, 50)
HANDLE_PX = 8
GEOMETRY = ("x", "y", "w", "h", "size")


def _item_rect(item: tpl.Item) -> QRectF:
    if item["type"] == "qr":
        return QRectF(item["x"], item["y"], item["size"], item["size"])
    x, y, w, h = item["x"], item["y"], item["w"], item["h"]
    return QRectF(min(x, x + w), min(y, y + h), max(abs(w), 0.8), max(abs(h), 0.8))


def edit(item: tpl.Item) -> dict[str, Any]:
    """The item as the designer edits it: any of its fields by name (the dialogs' fields are
    checked again by `normalise` when the template is saved or drawn)."""
    return cast(dict[str, Any], item)


def _snap(v: float) -> float:
    return round(v / SNAP) * SNAP


class ItemChange(QUndoCommand):
    """Set some fields of one template item (geometry or properties), undoable."""

    def __init__(
        self,
        canvas: DesignCanvas,
        side: str,
        item_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
        applied: bool = False,
    ) -> None:
        super().__init__(text)
        self.canvas, self.side, self.item_id = canvas, side, item_id
        self.old, self.new = old, new
        self._skip = applied  # a drag already shows the new geometry

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            self.canvas.changed.emit()
            return
        self.canvas.set_fields(self.side, self.item_id, self.new)

    def undo(self) -> None:
        self.canvas.set_fields(self.side, self.item_id, self.old)


class ItemListChange(QUndoCommand):
    """Add an item to a side or remove one from it, undoable."""

    def __init__(
        self, canvas: DesignCanvas, side: str, item: tpl.Item, index: int, add: bool
    ) -> None:
        super().__init__(f"{'Add' if add else 'Delete'} {item['id']}")
        self.canvas, self.side, self.item, self.index, self.add = canvas, side, item, index, add

    def _insert(self) -> None:
        tpl.side_items(self.canvas.template, self.side).insert(self.index, copy.deepcopy(self.item))
        self.canvas.select(self.item["id"])
        self.canvas.changed.emit()

    def _remove(self) -> None:
        items = tpl.side_items(self.canvas.template, self.side)
        items[:] = [i for i in items if i["id"] != self.item["id"]]
        self.canvas.select("")
        self.canvas.changed.emit()

    def redo(self) -> None:
        self._insert() if self.add else self._remove()

    def undo(self) -> None:
        self._remove() if self.add else self._insert()


class BackgroundChange(QUndoCommand):
    """Set or remove the badge's background picture, undoable."""

    def __init__(self, canvas: DesignCanvas, old: str | None, new: str | None) -> None:
        super().__init__("Background picture")
        self.canvas, self.old, self.new = canvas, old, new

    def _set(self, value: str | None) -> None:
        self.canvas.template["background"] = {**self.canvas.template["background"], "image": value}
        self.canvas.changed.emit()

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


NEW_ITEMS: dict[str, dict[str, Any]] = {
    "text": {
        "type": "text",
        "x": 10,
        "y": 10,
        "w": 50,
        "h": 10,
        "text": QT_TRANSLATE_NOOP("DesignCanvas", "Text"),  # in the interface's language
        "max_size": 14,
        "min_size": 6,
        "align": "left",
    },
    "box": {
        "type": "box",
        "x": 10,
        "y": 10,
        "w": 30,
        "h": 20,
        "fill": "",
        "stroke": "#000000",
        "stroke_width": 0.3,
    },
    "line": {
        "type": "line",
        "x": 10,
        "y": 10,
        "w": 40,
        "h": 0,
        "color": "#000000",
        "stroke_width": 0.3,
    },
    "qr": {"type": "qr", "x": 10, "y": 10, "size": 25, "data": "{badge_code}"},
    "image": {"type": "image", "x": 10, "y": 10, "w": 25, "h": 15, "source": "event_logo"},
}


class DesignCanvas(QWidget):
    """The badge at screen scale, with item outlines, selection and a resize handle."""

    changed = Signal()
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 380)
        self.undo_stack = QUndoStack(self)
        self.template: tpl.Template = tpl.builtin(core.DEFAULT_TEMPLATE)
        self.values: dict[str, str] = {}
        self.logo: str | None = None
        # Stored pictures (asset: references) -> their files on this computer, for drawing.
        self.files: dict[str, str] = {}
        self.side = "front"
        self.selected: str = ""
        self.warnings: list[str] = []
        self.overlap_warnings: list[str] = []
        self._drag: dict[str, Any] | None = None
        self.changed.connect(self.update)

    # --- model -------------------------------------------------------------------------------
    def set_template(self, spec: Mapping[str, Any]) -> None:
        self.template = tpl.normalise(spec)
        self.undo_stack.clear()
        self.selected = ""
        self.selection_changed.emit("")
        self.changed.emit()

    def items(self) -> list[tpl.Item]:
        return tpl.side_items(self.template, self.side)

    def item(self, item_id: str, side: str | None = None) -> tpl.Item | None:
        for it in tpl.side_items(self.template, side or self.side):
            if it["id"] == item_id:
                return it
        return None

    def set_fields(self, side: str, item_id: str, fields: dict[str, Any]) -> None:
        it = self.item(item_id, side)
        if it is not None:
            edit(it).update(copy.deepcopy(fields))
            self.changed.emit()

    def change(self, item_id: str, new: dict[str, Any], text: str) -> None:
        """Apply a property change through the undo stack."""
        it = self.item(item_id)
        if it is None:
            return
        old = {k: copy.deepcopy(it.get(k)) for k in new}
        if old == new:
            return
        self.undo_stack.push(ItemChange(self, self.side, item_id, old, new, text))

    def add_item(self, kind: str, fields: dict[str, Any] | None = None) -> str:
        """Add a new item of a kind (text, box, line, qr, image) to the current side, where it
        covers no other item when there is such a place."""
        ids = {i["id"] for i in self.items()}
        n = 1
        while f"{kind}{n}" in ids:
            n += 1
        raw = {**NEW_ITEMS[kind], **(fields or {}), "id": f"{kind}{n}"}
        if kind == "text" and "text" not in (fields or {}):
            raw["text"] = self.tr(NEW_ITEMS["text"]["text"])
        item = tpl.normalise({**self.template, "front": [], "back": [raw]})["back"][0]
        edit(item).update(self._free_place(item))
        self.undo_stack.push(ItemListChange(self, self.side, item, len(self.items()), True))
        return item["id"]

    def _free_place(self, item: tpl.Item) -> dict[str, float]:
        """The first position (5 mm steps, top-left first) where `item` overlaps nothing."""
        w, h = self.template["width_mm"], self.template["height_mm"]
        x0, y0, x1, y1 = tpl.item_rect(item)
        iw, ih = x1 - x0, y1 - y0
        content = ("text", "qr", "band", "image")  # boxes and lines are decoration under them
        others = [tpl.item_rect(i) for i in self.items() if i["type"] in content]
        y = 2.0
        while y + ih <= h:
            x = 2.0
            while x + iw <= w:
                if all(x + iw <= a or b <= x or y + ih <= c or d <= y for a, c, b, d in others):
                    return {"x": x, "y": y}
                x += 5.0
            y += 5.0
        return {"x": item["x"], "y": item["y"]}

    def set_background_image(self, ref: str | None) -> None:
        """Put a picture behind the whole badge (None: none), undoable."""
        old = self.template["background"].get("image")
        if old != ref:
            self.undo_stack.push(BackgroundChange(self, old, ref))

    def delete_selected(self) -> None:
        it = self.item(self.selected) if self.selected else None
        if it is not None:
            index = self.items().index(it)
            self.undo_stack.push(ItemListChange(self, self.side, copy.deepcopy(it), index, False))

    # --- geometry ----------------------------------------------------------------------------
    def scale(self) -> float:
        """Pixels per mm, fitting the badge into the widget with a margin."""
        w, h = self.template["width_mm"], self.template["height_mm"]
        return max(0.5, min((self.width() - 24) / w, (self.height() - 24) / h))

    def origin(self) -> QPointF:
        s = self.scale()
        w, h = self.template["width_mm"] * s, self.template["height_mm"] * s
        return QPointF((self.width() - w) / 2, (self.height() - h) / 2)

    def to_mm(self, pos: QPointF) -> QPointF:
        o, s = self.origin(), self.scale()
        return QPointF((pos.x() - o.x()) / s, (pos.y() - o.y()) / s)

    def item_widget_rect(self, item_id: str) -> QRectF:
        """Where an item is on screen (widget pixels); tests drag items through this."""
        it = self.item(item_id)
        if it is None:
            return QRectF()
        r, o, s = _item_rect(it), self.origin(), self.scale()
        return QRectF(o.x() + r.x() * s, o.y() + r.y() * s, r.width() * s, r.height() * s)

    def hit(self, pos: QPointF) -> tuple[str, bool]:
        """(item id, on its resize handle) under a widget position; topmost item first."""
        for it in reversed(self.items()):
            r = self.item_widget_rect(it["id"])
            handle = QRectF(
                r.right() - HANDLE_PX, r.bottom() - HANDLE_PX, HANDLE_PX * 2, HANDLE_PX * 2
            )
            if it["id"] == self.selected and handle.contains(pos):
                return it["id"], True
            if r.contains(pos):
                return it["id"], False
        return "", False

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#e6e8ec"))
        o, s = self.origin(), self.scale()
        drawn = tpl.with_files(self.template, self.files) if self.files else self.template
        layout = compute(drawn, self.values, self.side, self.logo)
        self.warnings = layout.warnings
        p.save()
        p.translate(o)
        p.scale(s, s)
        p.fillRect(QRectF(0.6, 0.6, layout.width, layout.height), QColor(0, 0, 0, 40))
        paint_layout(p, layout)
        p.restore()
        for it in self.items():
            r = self.item_widget_rect(it["id"])
            sel = it["id"] == self.selected
            pen = QPen(QColor("#1a73e8") if sel else QColor(30, 30, 30, 70), 2 if sel else 1)
            pen.setStyle(Qt.PenStyle.SolidLine if sel else Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r)
            if sel:
                p.fillRect(
                    QRectF(
                        r.right() - HANDLE_PX / 2, r.bottom() - HANDLE_PX / 2, HANDLE_PX, HANDLE_PX
                    ),
                    QColor("#1a73e8"),
                )
        # Overlapping items are allowed (a deliberate design may want it) but outlined in red,
        # on top of the item outlines.
        self.overlap_warnings = tpl.overlap_warnings(self.template, self.side)
        for _a, _b, (x0, y0, x1, y1) in tpl.overlaps(self.template, self.side):
            shared = QRectF(o.x() + x0 * s, o.y() + y0 * s, (x1 - x0) * s, (y1 - y0) * s)
            p.fillRect(shared, OVERLAP_FILL)
            p.setPen(QPen(QColor("#ffffff"), 4))  # under the dashes: visible on any colour
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(shared)
            pen = QPen(OVERLAP, 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(shared)
        p.end()

    # --- mouse and keys ----------------------------------------------------------------------
    def select(self, item_id: str) -> None:
        if item_id != self.selected:
            self.selected = item_id
            self.selection_changed.emit(item_id)
            self.update()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self.setFocus()
        item_id, on_handle = self.hit(e.position())
        self.select(item_id)
        if item_id and e.button() == Qt.MouseButton.LeftButton:
            it = self.item(item_id)
            assert it is not None
            self._drag = {
                "id": item_id,
                "resize": on_handle,
                "start": self.to_mm(e.position()),
                "old": {k: edit(it)[k] for k in GEOMETRY if k in it},
            }

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if not self._drag:
            return
        it = self.item(self._drag["id"])
        if it is None:
            return
        now = self.to_mm(e.position())
        dx = now.x() - self._drag["start"].x()
        dy = now.y() - self._drag["start"].y()
        old = self._drag["old"]
        if self._drag["resize"]:
            if it["type"] == "qr":
                it["size"] = max(5.0, _snap(old["size"] + max(dx, dy)))
            else:
                it["w"] = (
                    max(1.0, _snap(old["w"] + dx)) if it["type"] != "line" else _snap(old["w"] + dx)
                )
                it["h"] = (
                    max(1.0, _snap(old["h"] + dy)) if it["type"] != "line" else _snap(old["h"] + dy)
                )
        else:
            it["x"] = _snap(old["x"] + dx)
            it["y"] = _snap(old["y"] + dy)
        self.changed.emit()

    def mouseReleaseEvent(self, _e: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if not drag:
            return
        it = self.item(drag["id"])
        if it is None:
            return
        new = {k: edit(it)[k] for k in drag["old"]}
        if new != drag["old"]:
            what = "Resize" if drag["resize"] else "Move"
            self.undo_stack.push(
                ItemChange(
                    self,
                    self.side,
                    drag["id"],
                    drag["old"],
                    new,
                    f"{what} {drag['id']}",
                    applied=True,
                )
            )

    def keyPressEvent(self, e: QKeyEvent) -> None:
        step = 2.0 if e.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.5
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        it = self.item(self.selected) if self.selected else None
        if it is not None and e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
            return
        if it is not None and e.key() in moves:
            dx, dy = moves[Qt.Key(e.key())]
            self.change(
                it["id"],
                {"x": round(it["x"] + dx, 2), "y": round(it["y"] + dy, 2)},
                f"Nudge {it['id']}",
            )
            return
        super().keyPressEvent(e)
