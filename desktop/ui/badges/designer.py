"""Badge designer: the template drawn as it prints, items moved and resized with the mouse or
the arrow keys, a property panel, undo/redo, previews with real attendees, save as new.

The canvas paints `desktop.pdf.layout.compute(...)` through `painter.paint_layout`, the same
ops the PDF draws, so what the designer shows is what prints. Item geometry is edited in mm
in the template dict; every change is a QUndoCommand. Arrow keys nudge by 0.5 mm (Shift: 2 mm);
dragging snaps to 0.5 mm; the handle at an item's lower-right corner resizes it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

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
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db.engine import data_dir
from desktop.core import badges as core
from desktop.pdf import templates as tpl
from desktop.pdf.layout import compute
from desktop.ui.badges.painter import paint_layout
from desktop.ui.context import AppContext

SNAP = 0.5
HANDLE_PX = 8
GEOMETRY = ("x", "y", "w", "h", "size")


def _item_rect(item: dict[str, Any]) -> QRectF:
    if item["type"] == "qr":
        return QRectF(item["x"], item["y"], item["size"], item["size"])
    x, y, w, h = item["x"], item["y"], item["w"], item["h"]
    return QRectF(min(x, x + w), min(y, y + h), max(abs(w), 0.8), max(abs(h), 0.8))


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
        self, canvas: DesignCanvas, side: str, item: dict[str, Any], index: int, add: bool
    ) -> None:
        super().__init__(f"{'Add' if add else 'Delete'} {item['id']}")
        self.canvas, self.side, self.item, self.index, self.add = canvas, side, item, index, add

    def _insert(self) -> None:
        self.canvas.template[self.side].insert(self.index, copy.deepcopy(self.item))
        self.canvas.select(self.item["id"])
        self.canvas.changed.emit()

    def _remove(self) -> None:
        items = self.canvas.template[self.side]
        items[:] = [i for i in items if i["id"] != self.item["id"]]
        self.canvas.select("")
        self.canvas.changed.emit()

    def redo(self) -> None:
        self._insert() if self.add else self._remove()

    def undo(self) -> None:
        self._remove() if self.add else self._insert()


NEW_ITEMS: dict[str, dict[str, Any]] = {
    "text": {
        "type": "text",
        "x": 10,
        "y": 10,
        "w": 50,
        "h": 10,
        "text": "Text",
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
        self.template: dict[str, Any] = tpl.builtin(core.DEFAULT_TEMPLATE)
        self.values: dict[str, str] = {}
        self.logo: str | None = None
        self.side = "front"
        self.selected: str = ""
        self.warnings: list[str] = []
        self._drag: dict[str, Any] | None = None
        self.changed.connect(self.update)

    # --- model -------------------------------------------------------------------------------
    def set_template(self, spec: dict[str, Any]) -> None:
        self.template = tpl.normalise(spec)
        self.undo_stack.clear()
        self.selected = ""
        self.selection_changed.emit("")
        self.changed.emit()

    def items(self) -> list[dict[str, Any]]:
        return self.template[self.side]

    def item(self, item_id: str, side: str | None = None) -> dict[str, Any] | None:
        for it in self.template[side or self.side]:
            if it["id"] == item_id:
                return it
        return None

    def set_fields(self, side: str, item_id: str, fields: dict[str, Any]) -> None:
        it = self.item(item_id, side)
        if it is not None:
            it.update(copy.deepcopy(fields))
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

    def add_item(self, kind: str) -> str:
        """Add a new item of a kind (text, box, line, qr, image) to the current side."""
        ids = {i["id"] for i in self.items()}
        n = 1
        while f"{kind}{n}" in ids:
            n += 1
        item = tpl.normalise(
            {**self.template, "front": [], "back": [dict(NEW_ITEMS[kind], id=f"{kind}{n}")]}
        )["back"][0]
        self.undo_stack.push(ItemListChange(self, self.side, item, len(self.items()), True))
        return item["id"]

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
        layout = compute(self.template, self.values, self.side, self.logo)
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
                "old": {k: it[k] for k in GEOMETRY if k in it},
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
        new = {k: it[k] for k in drag["old"]}
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


class DesignerPanel(QWidget):
    """Designer: toolbar, canvas, property panel."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.canvas = DesignCanvas(self)
        self.template_box = QComboBox()
        self.side_box = QComboBox()
        self.side_box.addItems(["front", "back"])
        self.preview_box = QComboBox()
        self.add_box = QComboBox()
        self.add_box.addItem("Add item…", "")
        for kind in NEW_ITEMS:
            self.add_box.addItem(f"Add {kind}", kind)
        self.delete_button = QPushButton("Delete item")
        self.undo_button = QPushButton("Undo")
        self.redo_button = QPushButton("Redo")
        self.undo_button.setShortcut("Ctrl+Z")
        self.redo_button.setShortcut("Ctrl+Shift+Z")
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("new template name")
        self.save_button = QPushButton("Save as new template")
        self.export_button = QPushButton("Export JSON…")
        self.status = QLabel("")
        self.status.setWordWrap(True)

        bar = QHBoxLayout()
        for w in (
            QLabel("Template"),
            self.template_box,
            QLabel("Side"),
            self.side_box,
            QLabel("Preview"),
            self.preview_box,
            self.add_box,
            self.delete_button,
            self.undo_button,
            self.redo_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)

        self.props = QGroupBox("Item")
        form = QFormLayout(self.props)
        self.id_label = QLabel("—")
        self.spins: dict[str, QDoubleSpinBox] = {}
        form.addRow("Item", self.id_label)
        for key, label in (
            ("x", "X (mm)"),
            ("y", "Y (mm)"),
            ("w", "Width (mm)"),
            ("h", "Height (mm)"),
            ("size", "QR size (mm)"),
            ("max_size", "Largest text (pt)"),
            ("min_size", "Smallest text (pt)"),
        ):
            sp = QDoubleSpinBox()
            sp.setRange(-50 if key in "xywh" else 1, 500)
            sp.setDecimals(1)
            sp.setSingleStep(0.5)
            sp.setKeyboardTracking(False)
            sp.valueChanged.connect(lambda v, k=key: self._prop(k, round(float(v), 2)))
            self.spins[key] = sp
            form.addRow(label, sp)
        self.text_edit = QLineEdit()
        self.text_edit.editingFinished.connect(
            lambda: self._prop("text", self.text_edit.text().replace("\\n", "\n"))
        )
        form.addRow("Text", self.text_edit)
        self.bold_box = QCheckBox("Bold")
        self.bold_box.toggled.connect(lambda v: self._prop("bold", bool(v)))
        form.addRow("", self.bold_box)
        self.align_box = QComboBox()
        self.align_box.addItems(["left", "center", "right"])
        self.align_box.currentTextChanged.connect(lambda v: self._prop("align", v))
        form.addRow("Align", self.align_box)
        fields = QLabel(
            "Fields: " + ", ".join("{" + f + "}" for f in tpl.FIELDS) + r"; \n = new line"
        )
        fields.setWordWrap(True)
        fields.setStyleSheet("color: #555")
        form.addRow(fields)

        side = QVBoxLayout()
        side.addWidget(self.props)
        save_row = QHBoxLayout()
        save_row.addWidget(self.name_edit)
        side.addLayout(save_row)
        side.addWidget(self.save_button)
        side.addWidget(self.export_button)
        side.addWidget(self.status)
        side.addStretch(1)
        side_w = QWidget()
        side_w.setLayout(side)
        side_w.setFixedWidth(300)

        body = QHBoxLayout()
        body.addWidget(self.canvas, 1)
        body.addWidget(side_w)
        root = QVBoxLayout(self)
        root.addLayout(bar)
        root.addLayout(body, 1)

        self._updating = False
        self.canvas.selection_changed.connect(lambda _id: self._load_props())
        self.canvas.changed.connect(self._load_props)
        self.canvas.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.canvas.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.canvas.undo_stack.undo)
        self.redo_button.clicked.connect(self.canvas.undo_stack.redo)
        self.side_box.currentTextChanged.connect(self._side)
        self.template_box.currentTextChanged.connect(self.load_template)
        self.preview_box.currentIndexChanged.connect(self._preview)
        self.save_button.clicked.connect(self.save_as_new)
        self.add_box.activated.connect(self._add)
        self.delete_button.clicked.connect(self.canvas.delete_selected)
        self.export_button.clicked.connect(self._export)
        self.refresh()

    # --- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload template names and preview attendees (the longest name first)."""

        def read(s: Any) -> tuple[list[str], list[tuple[str, int]], str | None]:
            from sqlalchemy import func, select

            from db.models import Attendee
            from desktop.core.events import current_event

            names = core.template_names(s, self.ctx.event_id)
            longest = core.longest_name_attendee(s)
            people: list[tuple[str, int]] = []
            if longest:
                a = s.get(Attendee, longest)
                people.append((f"Longest name: {a.display_name[:40]}", a.id))
            rows = s.execute(
                select(Attendee.id, Attendee.given_name, Attendee.family_name, Attendee.name_local)
                .where(Attendee.merged_into_id.is_(None))
                .order_by(func.length(Attendee.name_local).desc(), Attendee.family_name)
                .limit(25)
            ).all()
            people += [(f"{g} {f} {loc}".strip(), i) for i, g, f, loc in rows]
            return names, people, current_event(s).logo_path

        names, people, logo = self.ctx.worker.read(read)
        self.canvas.logo = logo
        self.template_box.blockSignals(True)
        current = self.template_box.currentText() or core.DEFAULT_TEMPLATE
        self.template_box.clear()
        self.template_box.addItems(names)
        self.template_box.setCurrentText(current)
        self.template_box.blockSignals(False)
        self.preview_box.blockSignals(True)
        self.preview_box.clear()
        self.preview_box.addItem("Sample (陳大文)", 0)
        for label, aid in people:
            self.preview_box.addItem(label, aid)
        self.preview_box.setCurrentIndex(1 if people else 0)
        self.preview_box.blockSignals(False)
        self.load_template(self.template_box.currentText())
        self._preview()

    def load_template(self, name: str) -> None:
        if not name:
            return
        spec = self.ctx.worker.read(lambda s: core.load_template(s, name))
        self.canvas.set_template(spec)
        self.name_edit.setText(f"{name}-custom")

    def _preview(self) -> None:
        aid = self.preview_box.currentData() or None
        self.canvas.values = self.ctx.worker.read(lambda s: core.preview_values(s, aid))
        self.canvas.update()
        self._show_warnings()

    def _show_warnings(self) -> None:
        self.canvas.repaint()
        warn = self.canvas.warnings
        self.status.setText("Warnings: " + "; ".join(warn) if warn else "")

    def _side(self, side: str) -> None:
        self.canvas.side = side
        self.canvas.select("")
        self.canvas.update()

    def _add(self, index: int) -> None:
        kind = self.add_box.itemData(index)
        self.add_box.setCurrentIndex(0)
        if kind:
            self.canvas.add_item(kind)
            self.canvas.setFocus()

    # --- properties --------------------------------------------------------------------------
    def _load_props(self) -> None:
        it = self.canvas.item(self.canvas.selected) if self.canvas.selected else None
        self._updating = True
        try:
            self.props.setEnabled(it is not None)
            self.id_label.setText(f"{it['id']} ({it['type']})" if it else "—")
            for key, sp in self.spins.items():
                has = it is not None and key in it
                sp.setEnabled(has)
                sp.setValue(float(it[key]) if has else 0.0)
            is_text = it is not None and it["type"] in ("text", "band")
            self.text_edit.setEnabled(is_text)
            self.text_edit.setText(it.get("text", "").replace("\n", "\\n") if is_text else "")
            self.bold_box.setEnabled(it is not None and it["type"] == "text")
            self.bold_box.setChecked(bool(it.get("bold")) if it else False)
            self.align_box.setEnabled(it is not None and it["type"] == "text")
            if it is not None and it["type"] == "text":
                self.align_box.setCurrentText(it.get("align", "left"))
        finally:
            self._updating = False

    def _prop(self, key: str, value: Any) -> None:
        if self._updating or not self.canvas.selected:
            return
        self.canvas.change(self.canvas.selected, {key: value}, f"Set {key}")

    # --- saving ------------------------------------------------------------------------------
    def current_spec(self, name: str | None = None) -> dict[str, Any]:
        spec = copy.deepcopy(self.canvas.template)
        if name:
            spec["name"] = name
            spec["title"] = f"{name} (designed in Confdesk)"
        return tpl.normalise(spec)

    def save_json(self, path: str | Path, name: str | None = None) -> Path:
        """Write the template as edited to a JSON file (versioned format)."""
        return tpl.save_file(self.current_spec(name), path)

    def save_as_new(self) -> None:
        """Save under the name typed: in the event's database and as JSON in the data folder."""
        from desktop.ui.errors import user_message

        name = self.name_edit.text().strip()
        try:
            spec = self.current_spec(name)
        except Exception as exc:  # UserError from validation: show it, keep the edits
            self.status.setText(user_message(exc))
            return
        folder = data_dir() / "templates"
        folder.mkdir(parents=True, exist_ok=True)
        path = tpl.save_file(spec, folder / f"{name}.json")

        def done(version: int) -> None:
            self.status.setText(f"Saved {name} (version {version}) and {path}")
            self.ctx.signals.data_changed.emit("templates")
            self.saved.emit(name)
            self.refresh()
            self.template_box.setCurrentText(name)

        self.ctx.worker.submit(
            lambda s: core.save_template(s, spec).version,
            done,
            lambda exc: self.status.setText(user_message(exc)),
        )

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export template", f"{self.name_edit.text()}.json", "JSON (*.json)"
        )
        if path:
            self.save_json(path, self.name_edit.text().strip() or None)
            self.status.setText(f"Exported to {path}")


def load_json(path: str | Path) -> dict[str, Any]:
    """Read a saved template JSON (tests and import)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))
