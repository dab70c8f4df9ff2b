"""Designer: drag an item with the mouse and see its mm position change in the saved JSON;
nudge with arrows; undo/redo; the preview shows the longest name; the Badges screen's batch."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.ui.badges import BadgesScreen
from desktop.ui.badges.designer import DesignerPanel
from desktop.ui.changes import Change
from tests.pdf.helpers import NAMES, add_people
from tests.ui.desk_support import desk_context


def _drag(widget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 5
    for i in range(1, steps + 1):
        p = start + (end - start) * i / steps
        QTest.mouseMove(widget, p)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_drag_moves_item_in_saved_json(qtbot, store, tmp_path: Path) -> None:
    add_people(store, NAMES[:3])
    with desk_context(store) as ctx:
        panel = DesignerPanel(ctx)
        qtbot.addWidget(panel)
        panel.resize(1100, 800)
        panel.show()
        qtbot.waitExposed(panel)
        panel.template_box.setCurrentText("cr80")
        canvas = panel.canvas
        before = dict(canvas.item("qr"))
        scale = canvas.scale()
        r = canvas.item_widget_rect("qr")
        start = r.center().toPoint()
        end = start + QPoint(round(10 * scale), round(5 * scale))  # 10 mm right, 5 mm down
        _drag(canvas, start, end)
        assert canvas.selected == "qr"
        out = panel.save_json(tmp_path / "moved.json", "cr80-moved")
        saved = {i["id"]: i for i in json.loads(out.read_text(encoding="utf-8"))["front"]}
        assert saved["qr"]["x"] == before["x"] + 10
        assert saved["qr"]["y"] == before["y"] + 5
        assert saved["name"]["x"] == dict(canvas.item("name"))["x"]  # others stay
        # Arrow keys nudge (0.5 mm, Shift 2 mm), and undo/redo walk back through the moves.
        QTest.keyClick(canvas, Qt.Key.Key_Left)
        QTest.keyClick(canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
        assert canvas.item("qr")["x"] == before["x"] + 9.5
        assert canvas.item("qr")["y"] == before["y"] + 3
        assert panel.spins["x"].value() == before["x"] + 9.5  # the property panel follows
        canvas.undo_stack.undo()
        canvas.undo_stack.undo()
        canvas.undo_stack.undo()
        assert (canvas.item("qr")["x"], canvas.item("qr")["y"]) == (before["x"], before["y"])
        canvas.undo_stack.redo()
        assert canvas.item("qr")["x"] == before["x"] + 10


def test_resize_and_property_panel_and_save_as_new(qtbot, store) -> None:
    add_people(store, NAMES[:2])
    with desk_context(store) as ctx:
        panel = DesignerPanel(ctx)
        qtbot.addWidget(panel)
        panel.resize(1100, 800)
        panel.show()
        canvas = panel.canvas
        canvas.select("name")
        r = canvas.item_widget_rect("name")
        w0 = canvas.item("name")["w"]
        corner = r.bottomRight().toPoint()
        _drag(canvas, corner, corner + QPoint(round(-10 * canvas.scale()), 0))
        assert canvas.item("name")["w"] == w0 - 10
        panel.spins["max_size"].setValue(20)
        assert canvas.item("name")["max_size"] == 20
        canvas.undo_stack.undo()
        assert canvas.item("name")["max_size"] != 20
        panel.name_edit.setText("a6-desk")
        with qtbot.waitSignal(panel.saved, timeout=5000):
            panel.save_as_new()
        from desktop.core import badges

        with store.session() as s:
            saved = badges.load_template(s, "a6-desk")
        assert {i["id"]: i for i in saved["front"]}["name"]["w"] == w0 - 10


def test_preview_uses_longest_name(qtbot, store) -> None:
    add_people(
        store,
        [
            *NAMES[:2],
            {"given_name": "Maximiliana Alexandra", "family_name": "von Hohenzollern-Sigmaringen"},
        ],
    )
    with desk_context(store) as ctx:
        panel = DesignerPanel(ctx)
        qtbot.addWidget(panel)
        assert panel.preview_box.currentText().startswith("Longest name: Maximiliana")
        assert panel.canvas.values["family_name"] == "von Hohenzollern-Sigmaringen"


def test_badges_screen_batch_with_progress(qtbot, store, tmp_path: Path) -> None:
    add_people(store, NAMES * 3)
    with desk_context(store) as ctx:
        screen = BadgesScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1200, 800)
        screen.show()
        assert screen.preview.pixmap() is not None and not screen.preview.pixmap().isNull()
        screen.category_box.setCurrentIndex(screen.category_box.findData("speaker"))
        out = tmp_path / "speakers.pdf"
        screen.run_batch(str(out))
        qtbot.waitUntil(lambda: "badges on" in screen.status.text(), timeout=10000)
        assert screen.status.text().startswith("3 badges on 1 pages")
        assert out.exists()
        # The batch runs as a job of the runner, not on the desk's lane: a scan-sized write
        # on the lane is answered while the batch is still being made.
        from sqlalchemy import func, select

        from db.models import PrintLog

        screen.category_box.setCurrentIndex(0)
        screen.run_batch(str(tmp_path / "all.pdf"))
        lane = ctx.worker.submit(lambda _s: "lane")
        assert lane.result(timeout=5) == "lane" and screen.cancel_button.isVisible()
        # A cancelled batch logs nothing.
        screen.cancel()
        qtbot.waitUntil(lambda: screen.make_button.isEnabled(), timeout=10000)
        assert screen.status.text().startswith("Cancelled")
        assert not (tmp_path / "all.pdf").exists()
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(PrintLog)) == 3


def test_add_and_delete_items_undoably(qtbot, store) -> None:
    with desk_context(store) as ctx:
        panel = DesignerPanel(ctx)
        qtbot.addWidget(panel)
        canvas = panel.canvas
        n = len(canvas.items())
        new_id = canvas.add_item("text")
        assert canvas.selected == new_id and len(canvas.items()) == n + 1
        canvas.setFocus()
        QTest.keyClick(canvas, Qt.Key.Key_Delete)
        assert canvas.item(new_id) is None
        canvas.undo_stack.undo()
        assert canvas.item(new_id)["text"] == "Text"
        canvas.undo_stack.undo()
        assert len(canvas.items()) == n


def test_overlap_is_warned_and_outlined_not_refused(qtbot, store) -> None:
    add_people(store, NAMES[:1])
    with desk_context(store) as ctx:
        panel = DesignerPanel(ctx)
        qtbot.addWidget(panel)
        panel.resize(1100, 800)
        panel.show()
        qtbot.waitExposed(panel)
        panel.template_box.setCurrentText("a6-conference")
        canvas = panel.canvas
        assert panel.overlap_label.isHidden() and "overlaps" not in panel.status.text()
        qr, band = canvas.item_widget_rect("qr"), canvas.item_widget_rect("band")
        start = qr.center().toPoint()
        _drag(canvas, start, start + QPoint(0, round(band.center().y() - qr.center().y())))
        moved = canvas.item("qr")
        assert moved["y"] + moved["size"] > canvas.item("band")["y"] + 8  # the move was allowed
        assert "QR overlaps Category band" in panel.overlap_label.text()
        assert not panel.overlap_label.isHidden()
        assert "QR overlaps Category band" in panel.status.text()
        # The shared area is outlined in red on the canvas.
        img = canvas.grab().toImage()
        shared = canvas.item_widget_rect("qr").intersected(canvas.item_widget_rect("band"))
        x0, y0, y1 = round(shared.left()), round(shared.top()) + 2, round(shared.bottom()) - 2
        red_rows = sum(
            any(
                (c := img.pixelColor(x0 + dx, y)).red() > 180 and c.green() < 90 and c.blue() < 90
                for dx in range(-1, 3)
            )
            for y in range(y0, y1)
        )
        assert red_rows > (y1 - y0) * 0.3  # a dashed red edge
        canvas.undo_stack.undo()
        assert panel.overlap_label.isHidden() and "overlaps" not in panel.status.text()


def test_labels_are_words_and_names_may_hold_spaces(qtbot, store) -> None:
    add_people(store, NAMES[:2])
    with desk_context(store) as ctx:
        panel = DesignerPanel(ctx)
        qtbot.addWidget(panel)
        adds = [panel.add_box.itemText(i) for i in range(panel.add_box.count())]
        assert "Add QR code" in adds and "Add qr" not in adds
        assert [panel.side_box.itemText(i) for i in range(2)] == ["Front", "Back"]
        assert [panel.align_box.itemText(i) for i in range(3)] == ["Left", "Centre", "Right"]
        panel.canvas.select("name")
        panel.align_box.setCurrentIndex(2)
        panel.align_box.activated.emit(2)
        assert panel.canvas.item("name")["align"] == "right"
        panel.side_box.setCurrentIndex(1)
        assert panel.canvas.side == "back"
        panel.side_box.setCurrentIndex(0)
        panel.name_edit.setText("Speaker badge 2026")
        with qtbot.waitSignal(panel.saved, timeout=5000):
            panel.save_as_new()
        assert panel.template_box.currentText() == "Speaker badge 2026"
        panel.name_edit.setText("../outside")
        panel.save_as_new()
        assert "template name" in panel.status.text()


def test_the_preview_list_names_each_person_once_and_follows_imports(qtbot, store) -> None:
    with desk_context(store) as ctx:
        panel = DesignerPanel(ctx)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.preview_box.count() == 1
        assert panel.preview_box.itemText(0) == "Sample person (陳大文): no attendees yet"
        add_people(
            store,
            [
                *NAMES[:3],
                {"given_name": "Maximiliana Alexandra", "family_name": "von Hohenzollern"},
            ],
        )
        ctx.signals.notify(Change.ATTENDEES)  # what an import says when it is done
        labels = [panel.preview_box.itemText(i) for i in range(panel.preview_box.count())]
        assert labels[0] == "Sample person (陳大文)"
        assert labels[1].startswith("Longest name: Maximiliana")
        assert not any(label.startswith("Maximiliana") for label in labels[2:])
        assert len(labels) == len(set(labels)) == 1 + 4
