"""The window shrinks to 1024x640 (a small laptop, a projector) and every screen still fits in
it: nothing holds the window wider or taller, and every visible control lies inside its
screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit

from desktop.ui.app import Shell
from desktop.ui.settings import Settings
from tests.tools import python_on_x11


def test_every_screen_fits_a_1024x640_window(
    qapp: QApplication, demo_db: Path, tmp_path: Any
) -> None:
    shell = Shell(qapp, Settings(), "desk")
    try:
        shell.open(str(demo_db))
        window = shell.window
        assert window is not None
        window.show()
        window.resize(1024, 640)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (1024, 640)
        for key in window.screen_actions:
            window.show_screen(key)
            for _ in range(5):
                QApplication.processEvents()
            screen = window.screen_widget(key)
            hint = screen.minimumSizeHint()
            assert hint.width() <= screen.width() and hint.height() <= screen.height(), (key, hint)
            inside = screen.rect()
            controls = [
                c
                for kind in (QAbstractButton, QComboBox, QLineEdit)
                for c in screen.findChildren(kind)
            ]
            for control in controls:
                if not control.isVisibleTo(screen) or control.window() is not window:
                    continue
                top_left = control.mapTo(screen, control.rect().topLeft())
                bottom_right = control.mapTo(screen, control.rect().bottomRight())
                where = (
                    f"{key}: {type(control).__name__} {getattr(control, 'text', lambda: '')()!r}"
                )
                assert inside.contains(top_left) and inside.contains(bottom_right), where
            window.grab().save(str(tmp_path / f"{key}-1024x640.png"))
        assert (window.width(), window.height()) == (1024, 640)
    finally:
        if shell.window is not None:
            shell.window.close()
        shell.shutdown()


_FITS_ON_X11 = """
import sys
from PySide6.QtWidgets import QApplication
from desktop.ui.app import Shell, make_application
from desktop.ui.settings import Settings

app = make_application([])
sh = Shell(app, Settings(), "badges")
sh.open(sys.argv[1])
w = sh.window
w.show()
for _ in range(20):
    app.processEvents()
w.screen_widget("badges").open_designer()
for _ in range(20):
    app.processEvents()
area = app.primaryScreen().availableGeometry()
print(area.width(), area.height(), w.width(), w.height())
w.close()
sh.shutdown()
"""


def test_the_window_opens_within_a_small_screen_and_stays_there(
    tmp_path: Path, demo_db: Path
) -> None:
    """On a real X server with a 1024x640 screen the window opens within it (not 1280x800
    with the status bar below the edge), and the badge designer does not widen it."""
    out = python_on_x11(_FITS_ON_X11, str(demo_db), screen="1024x640x24")
    assert out.returncode == 0, out.stderr[-2000:]
    area_w, area_h, w, h = map(int, out.stdout.split()[-4:])
    assert w <= area_w and h <= area_h, out.stdout
