"""Designer: Add image… through the real file dialog (PNG, SVG, a file that is no picture), a
background picture, an item's colour; the picture is kept in the event and printed by a
batch on another desk after the original file is gone (pdftoppm pixels)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop.core import badges as core
from desktop.pdf import templates as tpl
from desktop.ui.badges.designer import PICTURE, DesignerPanel
from tests.pdf.helpers import NAMES, add_people
from tests.tools import need
from tests.ui.desk_support import desk_context


def _pick(path: Path, seen: list[str]) -> None:
    """When the next file dialog shows, type `path` in it and press Open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen.append(dialog.directory().absolutePath())
            dialog.setDirectory(str(path.parent))
            dialog.findChild(QLineEdit).setText(path.name)
            dialog.accept()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def _panel(qtbot, ctx) -> DesignerPanel:
    panel = DesignerPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.template_box.setCurrentText("a6-conference")
    return panel


def _add_picture(qtbot, panel: DesignerPanel, path: Path) -> str:
    before = {i["id"] for i in panel.canvas.items()}
    seen: list[str] = []
    _pick(path, seen)
    panel.add_box.activated.emit(panel.add_box.findData(PICTURE))
    assert seen  # the real file dialog opened
    qtbot.waitUntil(lambda: len(panel.canvas.items()) > len(before), timeout=5000)
    (new,) = [i for i in panel.canvas.items() if i["id"] not in before]
    return str(new["id"])


def _share(pdf: Path, tmp: Path, rgb: tuple[int, int, int]) -> float:
    """The share of a PDF's first page painted in (about) `rgb`."""
    need("pdftoppm")
    prefix = tmp / f"{pdf.stem}-page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True
    )
    with Image.open(next(tmp.glob(f"{pdf.stem}-page*.png"))) as img:
        raw = img.convert("RGB").tobytes()
    px = list(zip(raw[0::3], raw[1::3], raw[2::3], strict=True))
    return sum(1 for p in px if all(abs(a - b) < 16 for a, b in zip(p, rgb, strict=True))) / len(px)


def test_add_image_keeps_the_picture_in_the_event_and_prints_it_elsewhere(
    qtbot, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_people(store, NAMES[:2])
    picture = tmp_path / "pics" / "sponsor.png"
    picture.parent.mkdir()
    Image.new("RGB", (600, 300), (0, 160, 70)).save(picture)
    with desk_context(store) as ctx:
        panel = _panel(qtbot, ctx)
        item_id = _add_picture(qtbot, panel, picture)
        item = panel.canvas.item(item_id)
        assert item["source"].startswith("asset:") and item["name"] == "sponsor.png"
        assert item["w"] == 30 and item["h"] == 15  # the picture's shape
        # Placed where it covers nothing: no "Logo overlaps Logo".
        assert not tpl.overlap_warnings(panel.canvas.template, "front")
        pix = panel.canvas.grab().toImage()
        rect = panel.canvas.item_widget_rect(item_id)
        c = pix.pixelColor(rect.center().toPoint())
        assert (c.red(), c.green(), c.blue()) == (0, 160, 70)  # drawn on the canvas
        panel.name_edit.setText("with sponsor")
        panel.save_as_new()
        try:
            qtbot.waitUntil(lambda: "Saved with sponsor" in panel.status.text(), timeout=5000)
        except Exception:
            raise AssertionError(panel.status.text()) from None
    picture.unlink()
    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(tmp_path / "another-desk"))
    with store.session() as s:
        out = tmp_path / "batch.pdf"
        core.render_badges(s, out, "with sponsor", "single", core.Selection(ids=[1]))
    assert _share(out, tmp_path, (0, 160, 70)) > 0.01


def test_an_svg_is_drawn_and_a_file_that_is_no_picture_says_so(
    qtbot, store, tmp_path: Path
) -> None:
    svg = tmp_path / "mark.svg"
    svg.write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100'>"
        "<rect width='200' height='100' fill='#c81e64'/></svg>"
    )
    fake = tmp_path / "fake.png"
    fake.write_text("not a picture at all")
    with desk_context(store) as ctx:
        panel = _panel(qtbot, ctx)
        item_id = _add_picture(qtbot, panel, svg)
        rect = panel.canvas.item_widget_rect(item_id)
        c = panel.canvas.grab().toImage().pixelColor(rect.center().toPoint())
        assert (c.red(), c.green(), c.blue()) == (0xC8, 0x1E, 0x64)
        count = len(panel.canvas.items())
        seen: list[str] = []
        _pick(fake, seen)
        panel.add_picture()
        assert seen and len(panel.canvas.items()) == count
        assert "not a PNG or JPEG" in panel.status.text() and "\n" not in panel.status.text()


def test_background_picture_and_item_colour_are_undoable(qtbot, store, tmp_path: Path) -> None:
    bg = tmp_path / "bg.jpg"
    Image.new("RGB", (420, 592), (250, 230, 120)).save(bg, "JPEG")
    with desk_context(store) as ctx:
        panel = _panel(qtbot, ctx)
        seen: list[str] = []
        _pick(bg, seen)
        panel.choose_background()
        qtbot.waitUntil(lambda: bool(panel.canvas.template["background"]["image"]), timeout=5000)
        assert panel.canvas.template["background"]["image"].startswith("asset:")
        assert _canvas_share(panel, (250, 230, 120)) > 0.05  # behind the badge's items
        panel.canvas.select("name")
        panel.set_item_color("#AA0000")
        assert panel.canvas.item("name")["color"] == "#aa0000"
        assert panel.color_button.text() == "Colour #aa0000"
        panel.canvas.undo_stack.undo()
        assert panel.canvas.item("name")["color"] != "#aa0000"
        panel.canvas.undo_stack.undo()
        assert panel.canvas.template["background"]["image"] is None


def _canvas_share(panel: DesignerPanel, rgb: tuple[int, int, int]) -> float:
    image = panel.canvas.grab().toImage()
    hits = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            c = image.pixelColor(x, y)
            total += 1
            hits += all(
                abs(a - b) < 14 for a, b in zip((c.red(), c.green(), c.blue()), rgb, strict=True)
            )
    return hits / total


def test_templates_by_category_from_the_badges_screen(qtbot, store) -> None:
    from desktop.ui.badges import BadgesScreen
    from desktop.ui.badges.category_templates import CategoryTemplatesDialog

    with desk_context(store) as ctx:
        screen = BadgesScreen(ctx)
        qtbot.addWidget(screen)
        screen.show()
        assert screen.by_category_note.isHidden()
        answered: list[str] = []

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, CategoryTemplatesDialog):
                box = dialog.boxes["speaker"]
                box.setCurrentIndex(box.findData("cr80"))
                answered.append(box.currentText())
                dialog.save()
            else:
                QTimer.singleShot(50, answer)

        QTimer.singleShot(50, answer)
        qtbot.mouseClick(screen.by_category_button, _left())
        assert answered == ["cr80"]
        assert screen.by_category_note.text() == "Speaker: cr80"
        with store.factory() as s:
            assert core.category_templates(s) == {"speaker": "cr80"}


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
