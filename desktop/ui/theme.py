"""Light and dark: the palette the app runs with, and the colours its own drawings use.

Settings > Appearance chooses System (the palette the desktop gives, light or dark), Light or
Dark. The choice is applied before the window is built (`apply_theme`); the app opens the
event again after a change, because style sheets take their colours when they are set.
Everything Confdesk paints or styles itself (the desk's cards and results, the timetable, the
dashboard) takes its colours from `theme()`, which follows the palette in use, so no text is
drawn in the palette's colour on a background of the other kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

CHOICES = (("system", "Same as the system"), ("light", "Light"), ("dark", "Dark"))


@dataclass(frozen=True)
class Theme:
    dark: bool
    text: str  # body text on `canvas` and `surface`
    muted: str  # captions, secondary lines
    canvas: str  # lists, the timetable, charts
    canvas_alt: str  # every other room column
    surface: str  # cards: the desk's counters, the dashboard's tiles
    border: str
    line: str  # grid lines: hour
    line_soft: str  # half hour
    line_faint: str  # quarter hour
    header: str  # the timetable's room and hour headers
    selected: str  # a selected row
    accent: str  # focus frame, selection bar
    ok: str  # "In 09:12" in green
    bad: str  # "Cancelled" in red
    warn: str  # "printing", open issues: amber
    hint_bg: str
    hint_border: str


LIGHT = Theme(
    dark=False,
    text="#111418",
    muted="#44505F",
    canvas="#FFFFFF",
    canvas_alt="#F7F8FA",
    surface="#F1F4F8",
    border="#D5DAE1",
    line="#C9CED6",
    line_soft="#E3E6EB",
    line_faint="#F0F1F4",
    header="#EEF1F5",
    selected="#DCEBFF",
    accent="#0B5CAD",
    ok="#146C2E",
    bad="#B3261E",
    warn="#9A6200",
    hint_bg="#EEF4FB",
    hint_border="#B8CCE4",
)

DARK = Theme(
    dark=True,
    text="#E8EBEF",
    muted="#A9B3BF",
    canvas="#1B1F24",
    canvas_alt="#20252B",
    surface="#272D35",
    border="#3C4450",
    line="#4A525E",
    line_soft="#363D47",
    line_faint="#2B3139",
    header="#252A31",
    selected="#1F3A5C",
    accent="#5AA2F0",
    ok="#7BD88F",
    bad="#FF8A80",
    warn="#E8B04A",
    hint_bg="#1E2A38",
    hint_border="#34506E",
)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def theme() -> Theme:
    """The colours of the palette in use."""
    return DARK if is_dark(QGuiApplication.palette()) else LIGHT


def dark_palette() -> QPalette:
    """A dark palette for every role widgets use (Fusion's roles, dark values)."""
    t = DARK
    p = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#22272E"),
        (roles.WindowText, t.text),
        (roles.Base, t.canvas),
        (roles.AlternateBase, t.canvas_alt),
        (roles.ToolTipBase, "#2D333B"),
        (roles.ToolTipText, t.text),
        (roles.PlaceholderText, "#8B95A1"),
        (roles.Text, t.text),
        (roles.Button, "#2D333B"),
        (roles.ButtonText, t.text),
        (roles.BrightText, "#FF6B6B"),
        (roles.Light, "#3A414B"),
        (roles.Midlight, "#30363F"),
        (roles.Mid, "#444C56"),
        (roles.Dark, "#15181C"),
        (roles.Shadow, "#000000"),
        (roles.Highlight, "#2F6FB0"),
        (roles.HighlightedText, "#FFFFFF"),
        (roles.Link, t.accent),
        (roles.LinkVisited, "#B392F0"),
    ):
        p.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#6E7681"))
    return p


_system_palette: QPalette | None = None


def apply_theme(app: QApplication, choice: str) -> None:
    """Run with the system's palette, or a light or dark one (before windows are built)."""
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    if choice == "dark":
        app.setPalette(dark_palette())
    elif choice == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_system_palette)


def contrast(fg: QColor, bg: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21; 4.5 is the floor for body text)."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    a, b = lum(fg), lum(bg)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
