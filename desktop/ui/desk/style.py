"""Look of the registration desk: outcome colours, category chips and CJK-capable fonts.

Colours are never the only signal: every outcome has a symbol and a word too, and the palette
(Okabe-Ito for categories, dark green / amber / dark red for outcomes with white or black text
chosen for contrast) stays readable for colour-blind volunteers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase

from desktop.base.categories import CATEGORY_WORDS_ZH
from desktop.pdf.templates import DEFAULT_CATEGORY_COLORS as DEFAULT_COLORS
from desktop.ui import i18n

RESOURCES = Path(__file__).resolve().parents[3] / "resources"

# Families that carry Traditional Chinese glyphs, best first (Hong Kong event: HK/TC first).
CJK_FAMILIES = (
    "Noto Sans CJK HK",
    "Noto Sans CJK TC",
    "Source Han Sans HK",
    "Source Han Sans TC",
    "Microsoft JhengHei",
    "PingFang HK",
    "PingFang TC",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
)
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")


@dataclass(frozen=True)
class Tone:
    """One outcome look: background, text colour, symbol."""

    background: str
    foreground: str
    symbol: str


# Outcome tones; the keys are `desktop.core.checkin.Outcome` values plus the idle states.
GREEN = Tone("#146C2E", "#FFFFFF", "✔")
AMBER = Tone("#F2A900", "#1A1A1A", "⚠")
RED = Tone("#B3261E", "#FFFFFF", "✖")
NEUTRAL = Tone("#2F3A4A", "#FFFFFF", "▶")
NOT_FOUND = Tone("#2F3A4A", "#FFFFFF", "?")
INFO = Tone("#0B5CAD", "#FFFFFF", "↺")

OUTCOME_TONES: dict[str, Tone] = {
    "checked_in": GREEN,
    "already": AMBER,
    "unknown": RED,
    "forged": RED,
    "other_event": RED,
    "cancelled": RED,
    "invalid": RED,
    "not_on_list": RED,  # a check-in list's rule refused (desktop.core.checkin_lists)
    "outside_hours": RED,
    "exited": GREEN,
    "full": RED,  # a door at capacity
    "pick": AMBER,  # an order of several people: choose who is here
}

# The badge bands' colours: a chip at the desk matches the band on the badge it prints.
CATEGORY_COLORS: dict[str, str] = DEFAULT_COLORS


# The colours the open event chose (File > Event details), over the palette above.
_event_colors: dict[str, str] = {}


def set_event_colors(colors: dict[str, str]) -> None:
    """Use the event's own category colours from now on (only those it chose)."""
    _event_colors.clear()
    _event_colors.update(colors)


def category_color(category: str) -> QColor:
    """The chip colour of an attendee category (grey for unknown ones)."""
    key = (category or "").lower()
    return QColor(_event_colors.get(key) or CATEGORY_COLORS.get(key, "#BBBBBB"))


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on this background (WCAG relative luminance)."""

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(x) for x in (background.redF(), background.greenF(), background.blueF()))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#1A1A1A") if luminance > 0.35 else QColor("#FFFFFF")


def category_label(category: str) -> str:
    """How a category reads on screen, in the interface's language ("vip" -> "VIP", 貴賓,
    贵宾): a word, never the stored code."""
    c = (category or "attendee").lower()
    language = i18n.current()
    if language != "en" and c in CATEGORY_WORDS_ZH:
        return CATEGORY_WORDS_ZH[c][0 if language == "zh_HK" else 1]
    return "VIP" if c == "vip" else c.replace("_", " ").capitalize()


@cache
def cjk_family() -> str:
    """A font family that renders Chinese names: an installed one, else the bundled WenQuanYi."""
    installed = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    bundled = RESOURCES / "fonts" / "wqy-microhei.ttc"
    if bundled.exists():
        font_id = QFontDatabase.addApplicationFont(str(bundled))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            return families[0]
    return ""


@cache
def latin_family() -> str:
    installed = set(QFontDatabase.families())
    return next((f for f in LATIN_FAMILIES if f in installed), "")


def desk_font(point_size: float, bold: bool = False) -> QFont:
    """A font for names: Latin family first, then a CJK fallback so 陳大文 never shows boxes."""
    font = QFont()
    families = [f for f in (latin_family(), cjk_family()) if f]
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
