"""Paint a badge layout (desktop.pdf.layout) with QPainter: the designer's and the preview's
view of exactly the ops the PDF draws. Text is drawn run by run with the same shipped fonts,
positioned with reportlab's widths, so lines break and sit where they do on paper.
"""

from __future__ import annotations

import functools
import unicodedata

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QImage, QPainter, QPainterPath, QPen

from desktop.pdf import fonts
from desktop.pdf.layout import Layout
from desktop.pdf.ops import Image, Line, PlacedText, Qr, Rect
from desktop.pdf.qr import QUIET_ZONE, matrix

PT = 25.4 / 72.0  # mm per point
_BASE_PX = 100  # fonts are set at this pixel size and scaled: QFont sizes are integers


@functools.lru_cache(maxsize=16)
def qt_family(name: str) -> str:
    """reportlab font name -> Qt family of the same file (a shipped font, or a prepared Noto
    Sans CJK face of desktop.pdf.cjk_forms), loaded once."""
    fid = QFontDatabase.addApplicationFont(str(fonts.font_path(name)))
    fams = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    return fams[0] if fams else "Sans Serif"


def qt_families() -> dict[str, str]:
    """reportlab font name -> Qt family, for the shipped fonts."""
    return {name: qt_family(name) for name in (fonts.LATIN, fonts.LATIN_BOLD, fonts.CJK)}


@functools.lru_cache(maxsize=16)
def _qfont(name: str) -> QFont:
    f = QFont(qt_family(name))
    f.setPixelSize(_BASE_PX)
    f.setBold(name == fonts.LATIN_BOLD or name.endswith("-Bold"))
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


@functools.lru_cache(maxsize=32)
def _image(path: str) -> QImage:
    return QImage(path)


def paint_layout(p: QPainter, layout: Layout, show_boxes: bool = False) -> None:
    """Paint in mm units: the caller scales the painter so that 1.0 = 1 mm, origin top-left."""
    fonts.ensure_fonts()
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    p.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(layout.background or "#ffffff"))
    if layout.background_image:
        img = _image(layout.background_image)
        if not img.isNull():
            p.drawImage(QRectF(0, 0, layout.width, layout.height), img)
    for op in layout.ops:
        if isinstance(op, Rect):
            pen = (
                QPen(QColor(op.stroke), op.stroke_width)
                if op.stroke and op.stroke_width
                else Qt.PenStyle.NoPen
            )
            p.setPen(pen)
            p.setBrush(QBrush(QColor(op.fill)) if op.fill else Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(op.x, op.y, op.w, op.h))
        elif isinstance(op, Line):
            p.setPen(QPen(QColor(op.color), op.stroke_width))
            p.drawLine(QPointF(op.x1, op.y1), QPointF(op.x2, op.y2))
        elif isinstance(op, Qr):
            _paint_qr(p, op)
        elif isinstance(op, Image):
            img = _image(op.path)
            if not img.isNull():
                s = min(op.w / img.width(), op.h / img.height())
                w, h = img.width() * s, img.height() * s
                p.drawImage(QRectF(op.x + (op.w - w) / 2, op.y + (op.h - h) / 2, w, h), img)
    for op in layout.ops:  # text above the shapes, as in the PDF
        if isinstance(op, PlacedText):
            _paint_text(p, op)
    p.restore()


def _paint_text(p: QPainter, op: PlacedText) -> None:
    p.setPen(QColor(op.color))
    size_mm = op.size * PT
    k = size_mm / _BASE_PX
    for text, x, base in op.lines:
        cx = x
        for font, sub in fonts.runs(text, op.bold, op.forms):
            p.save()
            p.translate(cx, base)
            p.scale(k, k)
            p.setFont(_qfont(font))
            # The runs are already in drawing order and shaped (as the PDF draws them): a
            # left-to-right override keeps Qt from reordering right-to-left text a second time.
            p.drawText(QPointF(0, 0), f"\u202d{sub}\u202c" if _has_rtl(sub) else sub)
            p.restore()
            cx += _run_width(font, sub, op.size)


def _has_rtl(text: str) -> bool:
    return not text.isascii() and any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _run_width(font: str, sub: str, size: float) -> float:
    widths = fonts._widths[font]
    return sum(widths.get(ord(ch), 0.0) for ch in sub) * size * PT


def _paint_qr(p: QPainter, op: Qr) -> None:
    m = matrix(op.data)
    unit = op.size / m.total
    x0 = op.x + QUIET_ZONE * unit
    y0 = op.y + QUIET_ZONE * unit
    # One path with the winding rule: rows merge into one shape, no anti-aliased seams.
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for r, c, n in m.runs:
        path.addRect(QRectF(x0 + c * unit, y0 + r * unit, n * unit, unit))
    p.fillPath(path, QColor(op.color))


def render_image(layout: Layout, px_per_mm: float = 4.0) -> QImage:
    """The layout as an image (previews, screenshots, tests)."""
    img = QImage(
        max(1, round(layout.width * px_per_mm)),
        max(1, round(layout.height * px_per_mm)),
        QImage.Format.Format_ARGB32,
    )
    img.fill(QColor("#ffffff"))
    p = QPainter(img)
    p.scale(px_per_mm, px_per_mm)
    paint_layout(p, layout)
    p.end()
    return img
