"""Badge designer: the template drawn as it prints, items moved and resized with the mouse or
the arrow keys, a property panel, undo/redo, previews with real attendees, save as new.

The canvas paints `desktop.pdf.layout.compute(...)` through `painter.paint_layout`, the same
ops the PDF draws, so what the designer shows is what prints. Item geometry is edited in mm
in the template dict; every change is a QUndoCommand. Arrow keys nudge by 0.5 mm (Shift: 2 mm);
dragging snaps to 0.5 mm; the handle at an item's lower-right corner resizes it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import data_dir
from desktop.core import badges as core
from desktop.pdf import templates as tpl
from desktop.ui import file_dialogs
from desktop.ui.badges.canvas import NEW_ITEMS, DesignCanvas, edit
from desktop.ui.changes import Change, Changes
from desktop.ui.context import AppContext
from desktop.ui.errors import said
from desktop.ui.i18n import QT_TRANSLATE_NOOP, mark_data
from desktop.ui.keys import redo_keys, undo_keys
from desktop.ui.theme import theme

# What the Add menu calls each kind of item (translated where shown).
ADD_WORDS = {
    "text": QT_TRANSLATE_NOOP("DesignerPanel", "Add text"),
    "box": QT_TRANSLATE_NOOP("DesignerPanel", "Add box"),
    "line": QT_TRANSLATE_NOOP("DesignerPanel", "Add line"),
    "qr": QT_TRANSLATE_NOOP("DesignerPanel", "Add QR code"),
    "image": QT_TRANSLATE_NOOP("DesignerPanel", "Add event logo"),
}
# Each kind of item in words, beside the selected item's id.
TYPE_WORDS = {
    "text": QT_TRANSLATE_NOOP("DesignerPanel", "text"),
    "band": QT_TRANSLATE_NOOP("DesignerPanel", "band"),
    "box": QT_TRANSLATE_NOOP("DesignerPanel", "box"),
    "line": QT_TRANSLATE_NOOP("DesignerPanel", "line"),
    "qr": QT_TRANSLATE_NOOP("DesignerPanel", "QR code"),
    "image": QT_TRANSLATE_NOOP("DesignerPanel", "picture"),
}
PICTURE = "picture"  # "Add image…": a picture file chosen by the user
# Which colour of an item the Colour button sets.
COLOR_KEY = {"text": "color", "band": "text_color", "box": "fill", "line": "color", "qr": "color"}


class DesignerPanel(QWidget):
    """Designer: toolbar, canvas, property panel."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.canvas = DesignCanvas(self)
        self.template_box = mark_data(QComboBox())  # the templates' names
        self.side_box = QComboBox()
        for word, side in ((self.tr("Front"), "front"), (self.tr("Back"), "back")):
            self.side_box.addItem(word, side)
        self.preview_box = QComboBox()
        self.add_box = QComboBox()
        self.add_box.addItem(self.tr("Add item…"), "")
        for kind in NEW_ITEMS:
            add = ADD_WORDS.get(kind)
            self.add_box.addItem(
                self.tr(add) if add else self.tr("Add {item}").format(item=kind), kind
            )
        self.add_box.addItem(self.tr("Add image…"), PICTURE)
        self.delete_button = QPushButton(self.tr("Delete item"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        # The platform's keys (Redo: Ctrl+Shift+Z and Ctrl+Y), on actions: a button takes one.
        for button, keys, tip in (
            (self.undo_button, undo_keys(), self.tr("Undo")),
            (self.redo_button, redo_keys(), self.tr("Redo")),
        ):
            action = QAction(tip, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)
            names = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            button.setToolTip(self.tr("{action} ({keys})").format(action=tip, keys=names))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("new template name"))
        self.save_button = QPushButton(self.tr("Save as new template"))
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        # Overlaps are shown, never refused: the outline on the canvas and this line.
        self.overlap_label = QLabel("")
        self.overlap_label.setWordWrap(True)
        self.overlap_label.setStyleSheet(f"color: {theme().bad}")
        self.overlap_label.hide()

        # Two rows: in one, the designer was wider than a 1024 px screen.
        bar = QVBoxLayout()
        for widgets in (
            (QLabel(self.tr("Template")), self.template_box, QLabel(self.tr("Side")),
             self.side_box, QLabel(self.tr("Preview")), self.preview_box),
            (self.add_box, self.delete_button, self.undo_button, self.redo_button),
        ):  # fmt: skip
            line = QHBoxLayout()
            for w in widgets:
                line.addWidget(w)
            line.addStretch(1)
            bar.addLayout(line)
        # The combos keep their width whatever they hold (a long preview name or template
        # name): one growing to its content widened the window past a 1024 px screen.
        for box, chars in ((self.template_box, 16), (self.preview_box, 20)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(chars)

        self.props = QGroupBox(self.tr("Item"))
        form = QFormLayout(self.props)
        self.id_label = mark_data(QLabel("—"))  # the selected item's id in the template
        self.spins: dict[str, QDoubleSpinBox] = {}
        form.addRow(self.tr("Item"), self.id_label)
        for key, label in (
            ("x", self.tr("X (mm)")),
            ("y", self.tr("Y (mm)")),
            ("w", self.tr("Width (mm)")),
            ("h", self.tr("Height (mm)")),
            ("size", self.tr("QR size (mm)")),
            ("max_size", self.tr("Largest text (pt)")),
            ("min_size", self.tr("Smallest text (pt)")),
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
        form.addRow(self.tr("Text"), self.text_edit)
        self.bold_box = QCheckBox(self.tr("Bold"))
        self.bold_box.toggled.connect(lambda v: self._prop("bold", bool(v)))
        form.addRow("", self.bold_box)
        self.align_box = QComboBox()
        for word, align in (
            (self.tr("Left"), "left"),
            (self.tr("Centre"), "center"),
            (self.tr("Right"), "right"),
        ):
            self.align_box.addItem(word, align)
        self.align_box.activated.connect(lambda i: self._prop("align", self.align_box.itemData(i)))
        form.addRow(self.tr("Align"), self.align_box)
        self.color_button = QPushButton(self.tr("Colour…"))
        self.color_button.setObjectName("itemColor")
        self.color_button.clicked.connect(self._pick_color)
        form.addRow(self.tr("Colour"), self.color_button)
        self.background_button = QPushButton(self.tr("Background picture…"))
        self.background_button.setObjectName("backgroundPicture")
        self.background_button.clicked.connect(self.choose_background)
        self.no_background_button = QPushButton(self.tr("None"))
        self.no_background_button.setObjectName("noBackground")
        self.no_background_button.clicked.connect(lambda: self.canvas.set_background_image(None))
        bg_row = QHBoxLayout()
        bg_row.addWidget(self.background_button, 1)
        bg_row.addWidget(self.no_background_button)
        # The field names are what a template's text holds: they stay as they are.
        fields = QLabel(
            self.tr("Fields: {fields}; \\n = new line").format(
                fields=", ".join("{" + f + "}" for f in tpl.FIELDS)
            )
        )
        fields.setWordWrap(True)
        fields.setStyleSheet("color: #555")
        form.addRow(fields)
        form.addRow(self.overlap_label)

        side_box_layout = QVBoxLayout()
        side_box_layout.addWidget(self.props)
        side_box_layout.addLayout(bg_row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.name_edit)
        side_box_layout.addLayout(save_row)
        side_box_layout.addWidget(self.save_button)
        side_box_layout.addWidget(self.export_button)
        side_box_layout.addWidget(self.status)
        side_box_layout.addStretch(1)
        side_w = QWidget()
        side_w.setLayout(side_box_layout)
        side_w.setFixedWidth(300)

        body = QHBoxLayout()
        body.addWidget(self.canvas, 1)
        # The properties scroll on a short screen instead of making the window taller.
        side_scroll = QScrollArea()
        side_scroll.setWidget(side_w)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFixedWidth(side_w.width() + 18)
        side_scroll.setMinimumHeight(200)
        body.addWidget(side_scroll)
        root = QVBoxLayout(self)
        root.addLayout(bar)
        root.addLayout(body, 1)

        self._updating = False
        self.canvas.selection_changed.connect(lambda _id: self._load_props())
        self.canvas.changed.connect(self._load_props)
        self.canvas.changed.connect(self._show_overlaps)
        self.canvas.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.canvas.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.canvas.undo_stack.undo)
        self.redo_button.clicked.connect(self.canvas.undo_stack.redo)
        self.side_box.currentIndexChanged.connect(lambda i: self._side(self.side_box.itemData(i)))
        self.template_box.currentTextChanged.connect(self.load_template)
        self.preview_box.currentIndexChanged.connect(self._preview)
        self.save_button.clicked.connect(self.save_as_new)
        self.add_box.activated.connect(self._add)
        self.delete_button.clicked.connect(self.canvas.delete_selected)
        self.export_button.clicked.connect(self._export)
        self._stale = False
        self.ctx.signals.changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        """New or changed attendees (an import, a walk-in): the preview list follows."""
        if not changes.touches(Change.ATTENDEES, Change.EVENT):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    # --- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload template names and preview attendees (the longest name first)."""

        def read(s: Session) -> tuple[list[str], list[tuple[str, int]], str | None]:
            from desktop.core.events import current_event

            names = core.template_names(s, self.ctx.event_id)
            return names, core.sample_people(s), core.logo_file(s, current_event(s))

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
        # An empty event: the preview says it shows a sample person, not a registration.
        self.preview_box.addItem(
            self.tr("Sample person (陳大文)")
            if people
            else self.tr("Sample person (陳大文): no attendees yet"),
            0,
        )
        for label, aid in people:
            self.preview_box.addItem(self._person_label(label), aid)
        self.preview_box.setCurrentIndex(1 if people else 0)
        self.preview_box.blockSignals(False)
        self.load_template(self.template_box.currentText())
        self._preview()

    def _person_label(self, label: str) -> str:
        """A preview person's label from core.sample_people, its "Longest name: " in words."""
        head = "Longest name: "
        if label.startswith(head):
            return self.tr("Longest name: {name}").format(name=label[len(head) :])
        return label

    def load_template(self, name: str) -> None:
        if not name:
            return

        def read(s: Session) -> tuple[tpl.Template, dict[str, str]]:
            spec = core.load_template(s, name)
            return spec, core.image_files(s, spec)

        spec, files = self.ctx.worker.read(read)
        self.canvas.files = files
        self.canvas.set_template(spec)
        self.name_edit.setText(name if name.endswith("-custom") else f"{name}-custom")

    def _preview(self) -> None:
        aid = self.preview_box.currentData() or None
        self.canvas.values = self.ctx.worker.read(lambda s: core.preview_values(s, aid))
        self.canvas.update()
        self._show_warnings()

    def _show_warnings(self) -> None:
        self.canvas.repaint()
        self._show_overlaps()

    def _show_overlaps(self) -> None:
        """A warning under the properties (and in the status) for each overlapping pair."""
        warn = [said(w) for w in tpl.overlap_warnings(self.canvas.template, self.canvas.side)]
        self.overlap_label.setText("\n".join(f"⚠ {w}" for w in warn))
        self.overlap_label.setVisible(bool(warn))
        layout_warn = [said(w) for w in self.canvas.warnings]
        parts = (
            [self.tr("Warnings: {warnings}").format(warnings="; ".join(layout_warn))]
            if layout_warn
            else []
        ) + warn
        self.status.setText("\n".join(parts))

    def _side(self, side: str) -> None:
        self.canvas.side = side
        self.canvas.select("")
        self.canvas.update()
        self._show_overlaps()

    def _add(self, index: int) -> None:
        kind = self.add_box.itemData(index)
        self.add_box.setCurrentIndex(0)
        if kind == PICTURE:
            self.add_picture()
        elif kind:
            self.canvas.add_item(kind)
            self.canvas.setFocus()

    # --- pictures ----------------------------------------------------------------------------
    def _choose_picture(self, caption: str) -> tuple[bytes, str, float] | None:
        """A picture file the user picks, as PNG or JPEG bytes, its name and width/height."""
        from PySide6.QtGui import QImage

        from desktop.core.assets import check_image, read_image_file

        path = file_dialogs.open_file(
            self,
            caption,
            str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)"),
        )
        if not path:
            return None
        try:
            data = svg_to_png(path) if path.lower().endswith(".svg") else read_image_file(path)
            check_image(data, Path(path).name)
        except Exception as exc:
            from desktop.ui.errors import user_message

            self.status.setText(user_message(exc))
            return None
        image = QImage.fromData(data)
        ratio = image.width() / image.height() if not image.isNull() and image.height() else 1.0
        return data, Path(path).name, ratio

    def _store(self, data: bytes, name: str, then: Callable[[str], None]) -> None:
        """Keep the picture in the event (every desk prints it), then `then(ref)`."""
        from desktop.core.assets import asset_file, store_image
        from desktop.ui.errors import user_message

        event_id = self.ctx.event_id

        def write(s: Session) -> tuple[str, str | None]:
            ref = store_image(s, event_id, data, name)
            return ref, asset_file(s, ref)

        def done(result: tuple[str, str | None]) -> None:
            ref, file = result
            if file:
                self.canvas.files[ref] = file
            then(ref)

        self.ctx.worker.submit(write, done, lambda exc: self.status.setText(user_message(exc)))

    def add_picture(self) -> None:
        """Add image…: a PNG, JPEG or SVG file, kept with the event and drawn everywhere."""
        picked = self._choose_picture(self.tr("Add an image to the badge"))
        if picked is None:
            return
        data, name, ratio = picked
        w = 30.0
        h = round(max(5.0, min(60.0, w / ratio)), 1)

        def add(ref: str) -> None:
            self.canvas.add_item("image", {"source": ref, "name": name, "w": w, "h": h})
            self.status.setText(self.tr("Added {name}").format(name=name))
            self.canvas.setFocus()

        self._store(data, name, add)

    def choose_background(self) -> None:
        """A picture behind the whole badge (printed to the edge)."""
        picked = self._choose_picture(self.tr("Background picture of the badge"))
        if picked is not None:
            data, name, _ratio = picked
            self._store(data, name, self.canvas.set_background_image)

    def _pick_color(self) -> None:
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        it = self.canvas.item(self.canvas.selected) if self.canvas.selected else None
        key = COLOR_KEY.get(it["type"], "") if it else ""
        if not it or not key:
            return
        color = QColorDialog.getColor(QColor(it.get(key) or "#000000"), self, self.tr("Colour"))
        if color.isValid():
            self.set_item_color(color.name())

    def set_item_color(self, color: str) -> None:
        """Set the selected item's colour (text, band text, box fill, line, QR)."""
        it = self.canvas.item(self.canvas.selected) if self.canvas.selected else None
        key = COLOR_KEY.get(it["type"], "") if it else ""
        if it and key:
            self.canvas.change(self.canvas.selected, {key: color.lower()}, "Set colour")

    # --- properties --------------------------------------------------------------------------
    def _load_props(self) -> None:
        it = self.canvas.item(self.canvas.selected) if self.canvas.selected else None
        self._updating = True
        try:
            self.props.setEnabled(it is not None)
            self.delete_button.setEnabled(it is not None)
            word = TYPE_WORDS.get(it["type"]) if it else None
            kind = self.tr(word) if word else (it["type"] if it else "")
            self.id_label.setText(f"{it['id']} ({kind})" if it else "—")
            for key, sp in self.spins.items():
                has = it is not None and key in it
                sp.setEnabled(has)
                sp.setValue(float(edit(it)[key]) if it is not None and has else 0.0)
            is_text = it is not None and it["type"] in ("text", "band")
            self.text_edit.setEnabled(is_text)
            text = it.get("text", "") if it is not None and is_text else ""
            self.text_edit.setText(text.replace("\n", "\\n"))
            self.bold_box.setEnabled(it is not None and it["type"] == "text")
            self.bold_box.setChecked(bool(it.get("bold")) if it else False)
            self.align_box.setEnabled(it is not None and it["type"] == "text")
            key = COLOR_KEY.get(it["type"], "") if it else ""
            self.color_button.setEnabled(bool(key))
            shown = (it.get(key) or "") if it and key else ""
            self.color_button.setText(
                self.tr("Colour {colour}").format(colour=shown) if shown else self.tr("Colour…")
            )
            if it is not None and it["type"] == "text":
                self.align_box.setCurrentIndex(
                    max(0, self.align_box.findData(it.get("align", "left")))
                )
        finally:
            self._updating = False

    def _prop(self, key: str, value: Any) -> None:
        if self._updating or not self.canvas.selected:
            return
        self.canvas.change(self.canvas.selected, {key: value}, f"Set {key}")

    # --- saving ------------------------------------------------------------------------------
    def current_spec(self, name: str | None = None) -> tpl.Template:
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
            self.ctx.signals.notify(Change.TEMPLATES, initiator=self)
            self.saved.emit(name)
            self.refresh()
            self.template_box.setCurrentText(name)
            # After the refresh, which shows the new template's warnings in the same place.
            self.status.setText(
                self.tr("Saved {name} (version {version}) and {path}").format(
                    name=name, version=version, path=path
                )
            )

        self.ctx.worker.submit(
            lambda s: core.save_template(s, spec).version,
            done,
            lambda exc: self.status.setText(user_message(exc)),
        )

    def _export(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Export template"), f"{self.name_edit.text()}.json", "JSON (*.json)"
        )
        if path:
            self.save_json(path, self.name_edit.text().strip() or None)
            self.status.setText(self.tr("Exported to {path}").format(path=path))


def svg_to_png(path: str, long_side: int = 1200) -> bytes:
    """An SVG file drawn as a PNG (reportlab embeds pictures, not SVG), `long_side` pixels on
    its longer side; a clear error for a file that is no SVG Qt can draw."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from desktop.base.errors import UserError

    renderer = QSvgRenderer(path)
    size = renderer.defaultSize()
    if not renderer.isValid() or size.width() <= 0 or size.height() <= 0:
        raise UserError(
            QCoreApplication.translate(
                "DesignerPanel", "{name} is not an SVG picture Confdesk can draw"
            ).format(name=Path(path).name)
        )
    scale = long_side / max(size.width(), size.height())
    image = QImage(
        max(1, round(size.width() * scale)),
        max(1, round(size.height() * scale)),
        QImage.Format.Format_ARGB32,
    )
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide takes str
    return bytes(data.data())
