"""Badge layout shared by the PDF and the designer: a template + one attendee -> draw ops in mm.

The ops are those of every printed document (`desktop.pdf.ops`); a badge's text is placed
line by line here (`PlacedText`).

`compute(template, values, side)` fits every text, picks the category colour and resolves the
QR data once; Chinese is fitted and drawn in the glyph forms `values["glyph_forms"]` names
(hk, tw, cn: the attendee's, see desktop.core.badges.badge_values; none: the context's); `draw_pdf` paints the ops with reportlab and the designer paints the very same
ops with QPainter (`desktop/ui/badges/painter.py`), so what the designer shows is what prints.
Coordinates are mm from the badge's top-left corner, y downwards; text sizes are points.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics

from db.words import note
from desktop.pdf import fonts
from desktop.pdf.cjk_forms import FORMS
from desktop.pdf.ops import Image, Line, PlacedText, Qr, Rect
from desktop.pdf.qr import draw_qr, to_color
from desktop.pdf.templates import Item, Template, expand, side_items

MM = 72.0 / 25.4
FORMS_KEY = "glyph_forms"  # the values' key naming the badge's Chinese glyph forms
ASCENT = 0.76  # of the em, DejaVu Sans and WenQuanYi Micro Hei alike (0.76 / 0.24)
# Free space kept above and below the ink of every line, in em: a text never touches the
# edge of its box, so two boxes that nearly touch never have touching lines.
CLEARANCE = 0.12


def line_metrics(text: str, bold: bool) -> tuple[float, float]:
    """(ascent, descent) in em of a line of `text`: the glyphs' real outlines, at least the
    fonts' declared 0.76 / 0.24 (Arabic tails, stacked marks and CJK reach beyond them)."""
    top, depth = fonts.ink_extent(text, bold)
    return max(ASCENT, top), max(1.0 - ASCENT, depth)


Op = Rect | Line | PlacedText | Qr | Image


@dataclass
class Layout:
    """One side of one badge, ready to draw."""

    width: float
    height: float
    background: str
    background_image: str | None
    ops: list[Op]
    warnings: list[str] = field(default_factory=list)


def _text_op(item: Item, text: str, color: str, max_size: float, min_size: float) -> PlacedText:
    x, y, w, h = item["x"], item["y"], item["w"], item["h"]
    bold = bool(item.get("bold"))
    leading = 1.15
    max_lines = int(item.get("max_lines", 2))
    asc, desc = line_metrics(text, bold)
    # The height one line needs, in em: ascent + descent + clearance above and below.
    scale = asc + desc + 2 * CLEARANCE
    paragraphs = text.split("\n")
    if len(paragraphs) > 1:
        # An explicit line break ("{name}\n{name_local}"): each paragraph its own line.
        per = h / len(paragraphs)
        sizes, overflow = [], False
        fitted = []
        for p in paragraphs:
            r = fonts.fit_text(p, w * MM, per * MM, max_size, min_size, bold, 1, leading, scale)
            fitted.append(r)
            sizes.append(r.size)
            overflow |= r.overflow
        size = min(sizes)
        lines_fit = [(r.lines[0] if r.lines else "") for r in fitted]
        widths = [fonts.string_width(t, size, bold) for t in lines_fit]
    else:
        r = fonts.fit_text(
            text, w * MM, h * MM, max_size, min_size, bold, max_lines, leading, scale
        )
        size, overflow, lines_fit, widths = r.size, r.overflow, r.lines, r.widths
    block = size * (scale + leading * (len(lines_fit) - 1)) if lines_fit else 0
    valign = item.get("valign", "middle")
    top = y * MM
    if valign == "middle":
        top += (h * MM - block) / 2
    elif valign == "bottom":
        top += h * MM - block
    align = item.get("align", "left")
    lines: list[tuple[str, float, float]] = []
    for i, (t, lw) in enumerate(zip(lines_fit, widths, strict=False)):
        if align == "center":
            lx = x * MM + (w * MM - lw) / 2
        elif align == "right":
            lx = x * MM + w * MM - lw
        else:
            lx = x * MM
        base = top + (CLEARANCE + asc) * size + i * size * leading
        lines.append((t, lx / MM, base / MM))
    forms = fonts.current_forms()
    return PlacedText(x, y, w, h, lines, size, bold, color, overflow, item["id"], forms)


def compute(
    template: Template,
    values: dict[str, str],
    side: str = "front",
    logo_path: str | None = None,
) -> Layout:
    """The draw ops of one side of a badge for one attendee (`values`: field -> text)."""
    forms = values.get(FORMS_KEY)
    with fonts.glyph_forms(forms if forms in FORMS else None):
        return _compute(template, values, side, logo_path)


def _compute(
    template: Template, values: dict[str, str], side: str, logo_path: str | None
) -> Layout:
    ops: list[Op] = []
    warnings: list[str] = []
    colors = template["category_colors"]
    items = side_items(template, side)
    by_id = {i["id"]: i for i in items}
    for item in items:
        kind = item["type"]
        if kind == "text":
            text = expand(item["text"], values)
            other = by_id.get(item.get("grow_into") or "")
            if (
                other is not None
                and other.get("type") == "text"
                and not expand(other["text"], values)
            ):
                # The item below is empty (no Chinese name): take its space, stay centred.
                item = {**item, "h": max(item["h"], other["y"] + other["h"] - item["y"])}
            if item.get("upper"):
                text = text.upper()
            if not text:
                continue
            op = _text_op(item, text, item["color"], item["max_size"], item["min_size"])
            warn = fonts.has_unsupported(text)
            if warn:
                warnings.append(note("{item}: {warn}", item=item["id"], warn=warn))
            if op.overflow:
                warnings.append(note("{item}: text shortened to fit its box", item=item["id"]))
            ops.append(op)
        elif kind == "qr":
            data = expand(item["data"], values)
            if data:
                ops.append(Qr(item["x"], item["y"], item["size"], data, item["color"], item["id"]))
        elif kind == "band":
            fill = item.get("color") or colors.get(values.get("category", ""), "#555555")
            ops.append(Rect(item["x"], item["y"], item["w"], item["h"], fill, item=item["id"]))
            label = expand(item["text"], values).upper()
            if label:
                inner: Item = {
                    **item,
                    "x": item["x"] + 2,
                    "w": item["w"] - 4,
                    "y": item["y"] + 1,
                    "h": item["h"] - 2,
                    "bold": True,
                    "align": "center",
                    "valign": "middle",
                    "max_lines": 1,
                }
                ops.append(
                    _text_op(inner, label, item["text_color"], item["max_size"], item["min_size"])
                )
        elif kind == "image":
            src = item.get("source", "event_logo")
            path = logo_path if src == "event_logo" else src
            if path and Path(path).is_file():
                ops.append(Image(item["x"], item["y"], item["w"], item["h"], path, item["id"]))
        elif kind == "box":
            ops.append(
                Rect(
                    item["x"],
                    item["y"],
                    item["w"],
                    item["h"],
                    item.get("fill") or "",
                    item.get("stroke") or "",
                    float(item.get("stroke_width") or 0),
                    item["id"],
                )
            )
        elif kind == "line":
            ops.append(
                Line(
                    item["x"],
                    item["y"],
                    item["x"] + item["w"],
                    item["y"] + item["h"],
                    item["color"],
                    float(item["stroke_width"]),
                    item["id"],
                )
            )
    bg = template["background"]
    return Layout(
        template["width_mm"], template["height_mm"], bg["color"], bg["image"], ops, warnings
    )


@functools.lru_cache(maxsize=32)
def _image_reader(path: str) -> Any:
    from reportlab.lib.utils import ImageReader

    return ImageReader(path)


def draw_pdf(canvas: Any, layout: Layout, bleed: float = 0.0) -> None:
    """Paint a layout on a reportlab canvas whose origin is the badge's top-left corner.

    The caller translates (and scales) the canvas; here y grows upwards, so mm y -> -y * MM.
    Rectangles touching the badge edge are extended by `bleed` mm beyond it.
    """
    W, H = layout.width, layout.height
    if layout.background and layout.background.lower() not in ("#ffffff", "#fff", "white"):
        canvas.setFillColor(to_color(layout.background))
        canvas.rect(
            -bleed * MM, -(H + bleed) * MM, (W + 2 * bleed) * MM, (H + 2 * bleed) * MM, 0, 1
        )
    if layout.background_image and Path(layout.background_image).is_file():
        canvas.drawImage(
            _image_reader(layout.background_image), 0, -H * MM, W * MM, H * MM, mask="auto"
        )
    texts: list[PlacedText] = []
    for op in layout.ops:
        if isinstance(op, PlacedText):
            texts.append(op)
        elif isinstance(op, Qr):
            draw_qr(canvas, op.x * MM, -(op.y + op.size) * MM, op.size * MM, op.data, op.color)
        elif isinstance(op, Rect):
            x, y, w, h = op.x, op.y, op.w, op.h
            if bleed and op.fill:
                if x <= 0.01:
                    x, w = x - bleed, w + bleed
                if y <= 0.01:
                    y, h = y - bleed, h + bleed
                if op.x + op.w >= W - 0.01:
                    w += bleed
                if op.y + op.h >= H - 0.01:
                    h += bleed
            fill = 1 if op.fill else 0
            stroke = 1 if op.stroke and op.stroke_width > 0 else 0
            if not (fill or stroke):
                continue
            if fill:
                canvas.setFillColor(to_color(op.fill))
            if stroke:
                canvas.setStrokeColor(to_color(op.stroke))
                canvas.setLineWidth(op.stroke_width * MM)
            canvas.rect(x * MM, -(y + h) * MM, w * MM, h * MM, stroke, fill)
        elif isinstance(op, Line):
            canvas.setStrokeColor(to_color(op.color))
            canvas.setLineWidth(op.stroke_width * MM)
            canvas.line(op.x1 * MM, -op.y1 * MM, op.x2 * MM, -op.y2 * MM)
        elif isinstance(op, Image):
            canvas.drawImage(
                _image_reader(op.path),
                op.x * MM,
                -(op.y + op.h) * MM,
                op.w * MM,
                op.h * MM,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
    if texts:
        _draw_texts(canvas, texts)


@functools.lru_cache(maxsize=256)
def _rg(color: str) -> str:
    c = to_color(color)
    return f"{c.red:.4g} {c.green:.4g} {c.blue:.4g} rg"


def _draw_texts(canvas: Any, texts: list[PlacedText]) -> None:
    """All text of a badge in one PDF text object, above the shapes.

    The `Tf ... Tj` operators of each (font, size, string) are made once per document with
    reportlab's own subsetting (`splitString`, `getSubsetInternalName`) and reused: event
    names, categories and organizations repeat on hundreds of badges, and reportlab's text
    object costs more than everything else on a badge.
    """
    cache = canvas.__dict__.setdefault("_confdesk_tj", {})
    doc = canvas._doc
    code = ["q BT"]
    color = None
    for op in texts:
        if op.color != color:
            color = op.color
            code.append(_rg(color))
        for text, x, base in op.lines:
            code.append(f"1 0 0 1 {x * MM:.2f} {-base * MM:.2f} Tm")
            for name, sub in fonts.runs(text, op.bold, op.forms):
                key = (name, op.size, sub)
                ops = cache.get(key)
                if ops is None:
                    font = pdfmetrics.getFont(name)
                    ops = cache[key] = " ".join(
                        f"{font.getSubsetInternalName(subset, doc)} {op.size:g} Tf "
                        f"({canvas._escape(t)}) Tj"
                        for subset, t in font.splitString(sub, doc)
                    )
                code.append(ops)
    code.append("ET Q")
    canvas._code.append("\n".join(code))
