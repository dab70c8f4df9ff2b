"""Light, dark, and a dark system palette: every screen's key texts are readable.

Each case builds the real window on the demo event, shows every screen, and measures the
pixels Qt painted: the background of a text's area (its most common colour) against the
colour that stands out most from it (the text's), as a WCAG contrast ratio. A dark theme
must also really be dark (no light cards with white text on them).
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.app import Shell
from desktop.ui.settings import Settings
from desktop.ui.theme import contrast, dark_palette

FLOOR = 4.5  # WCAG AA for body text


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def _colours(widget: QWidget) -> tuple[QColor, QColor]:
    """(background, the colour farthest from it) of what `widget` shows now."""
    image = widget.grab().toImage()
    step = max(1, min(image.width(), image.height()) // 60)
    tally: Tally[int] = Tally()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            tally[image.pixel(x, y)] += 1
    bg = QColor.fromRgb(tally.most_common(1)[0][0])
    fg = max((QColor.fromRgb(p) for p in tally), key=lambda c: contrast(c, bg))
    return bg, fg


def _readable(widget: QWidget, what: str) -> QColor:
    bg, fg = _colours(widget)
    ratio = contrast(fg, bg)
    assert ratio >= FLOOR, f"{what}: {fg.name()} on {bg.name()} is {ratio:.1f}:1"
    return bg


def _walk(sh: Shell, qtbot) -> dict[str, QColor]:
    """Show every screen and check its key texts; returns the backgrounds measured."""
    window = sh.window
    window.resize(1280, 800)
    seen: dict[str, QColor] = {}
    window.show_screen("desk")
    desk = window.screen_widget("desk")
    qtbot.waitUntil(lambda: bool(desk.counts), timeout=5000)
    seen["counter"] = _readable(desk.event_counter, "desk counter")
    _readable(desk.event_counter.value, "desk counter's number")
    qtbot.keyClicks(desk.field, "chan")
    qtbot.waitUntil(lambda: desk.hits.rowCount() > 0, timeout=5000)
    seen["results"] = _readable(desk.view.viewport(), "desk results")
    seen["sidebar"] = _readable(window.nav, "navigation")
    window.show_screen("attendees")
    table = window.screen_widget("attendees").table
    seen["table"] = _readable(table.viewport(), "attendee rows")
    window.show_screen("schedule")
    view = window.screen_widget("schedule").view
    qtbot.waitUntil(lambda: view.timetable.layout is not None, timeout=5000)
    seen["hours"] = _readable(view.ruler, "timetable hours")
    seen["rooms"] = _readable(view.header, "timetable rooms")
    window.show_screen("dashboard")
    dash = window.screen_widget("dashboard")
    qtbot.waitUntil(lambda: dash.tiles["registered"].value.text() not in ("", "–"), timeout=8000)
    seen["tile"] = _readable(dash.tiles["registered"], "dashboard tile")
    _readable(dash.tiles["registered"].value, "dashboard tile's number")
    for key in ("badges", "program"):
        window.show_screen(key)
        _readable(window.screen_widget(key), f"{key} screen")
    _readable(window.statusBar(), "status bar")
    return seen


def _open(qapp: QApplication, db: Path, theme: str) -> Shell:
    settings = Settings()
    settings.set("ui/theme", theme)
    sh = Shell(qapp, settings, "desk")
    sh.open(str(db))
    return sh


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_screen_is_readable_in_light_and_dark(
    qapp: QApplication, qtbot, demo_db: Path, theme: str, restore_palette: None
) -> None:
    sh = _open(qapp, demo_db, theme)
    try:
        seen = _walk(sh, qtbot)
        dark = theme == "dark"
        for where in ("counter", "results", "table", "hours", "tile"):
            assert (seen[where].lightness() < 100) == dark, (where, seen[where].name())
    finally:
        sh.window.close()
        sh.shutdown()


def test_a_dark_system_palette_is_followed(
    qapp: QApplication, qtbot, demo_db: Path, restore_palette: None
) -> None:
    from desktop.ui import theme as theme_module

    qapp.setPalette(dark_palette())  # what a desktop in dark mode hands the app
    theme_module._system_palette = None  # the app starts now, on this desktop
    sh = _open(qapp, demo_db, "system")
    try:
        seen = _walk(sh, qtbot)
        assert seen["counter"].lightness() < 100  # a dark card, not a light one
    finally:
        sh.window.close()
        sh.shutdown()
        theme_module._system_palette = None


def test_choosing_dark_in_settings_rebuilds_the_window_dark(
    qapp: QApplication, qtbot, demo_db: Path, restore_palette: None
) -> None:
    sh = _open(qapp, demo_db, "light")
    try:
        first = sh.window
        sh.settings.set("ui/theme", "dark")
        first.rebuild_requested.emit()
        assert sh.window is not first and sh.window.current_key() == "desk"
        desk = sh.window.screen_widget("desk")
        qtbot.waitUntil(lambda: bool(desk.counts), timeout=5000)
        assert _readable(desk.event_counter, "desk counter").lightness() < 100
    finally:
        sh.window.close()
        sh.shutdown()
