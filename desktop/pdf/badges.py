"""Render badges to PDF: one per page or n-up on a label sheet, crop marks, duplex or
fold-over backs, per-printer offsets, and a calibration page. Qt-free; the batch takes a
progress callback and a cancel flag.

The caller gives plain data (`BadgeData`: field values of one attendee); `desktop/core/badges`
turns database rows into it and logs the prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.pdf import fonts
from desktop.pdf.layout import MM, Layout, compute, draw_pdf
from desktop.pdf.sheets import Sheet, crop_marks, fit_badge, get_sheet
from desktop.pdf.templates import Template


@dataclass
class BadgeData:
    """One attendee's badge: the values its template's placeholders read."""

    attendee_id: int
    values: dict[str, str]
    # This badge's own template (its category's), of the batch's size and sides; None: the
    # batch's template.
    template: Template | None = None


@dataclass
class RenderResult:
    path: str
    badges: int
    pages: int
    # attendee_id -> warnings (text shortened, characters without a font)
    warnings: dict[int, list[str]] = field(default_factory=dict)


def _sides(template: Template) -> str:
    return template["sides"] if template.get("back") else "front"


def badge_size(template: Template) -> tuple[float, float]:
    """Size (mm) one badge takes on the sheet: twice the height when folded over."""
    w, h = template["width_mm"], template["height_mm"]
    return (w, h * 2) if _sides(template) == "fold" else (w, h)


def _draw_cell(
    c: Canvas,
    sheet: Sheet,
    x: float,
    y: float,
    scale: float,
    layouts: list[Layout],
    fold: bool,
    bleed: float,
) -> None:
    c.saveState()
    c.translate(x * MM, (sheet.page_h - y) * MM)
    if scale != 1.0:
        c.scale(scale, scale)
    draw_pdf(c, layouts[0], bleed)
    if fold and len(layouts) > 1:
        h = layouts[0].height
        w = layouts[0].width
        # The back goes below the front, rotated 180 degrees, so it reads right after folding.
        c.saveState()
        c.translate(w * MM, -2 * h * MM)
        c.rotate(180)
        draw_pdf(c, layouts[1], 0)
        c.restoreState()
        c.setStrokeColor("#999999")
        c.setLineWidth(0.3)
        c.setDash(2, 2)
        c.line(0, -h * MM, w * MM, -h * MM)
    c.restoreState()


def _draw_notes(
    c: Canvas, sheet: Sheet, x: float, y: float, w: float, h: float, lines: list[str]
) -> None:
    """A red frame round the badge and its problems in a box at its top (a proof's marks)."""
    c.saveState()
    left, top = x * MM, (sheet.page_h - y) * MM
    c.setStrokeColor("#D0021B")
    c.setLineWidth(2)
    c.rect(left, top - h * MM, w * MM, h * MM, stroke=1, fill=0)
    size = 8.0
    shown = lines[:6] + ([f"... and {len(lines) - 6} more"] if len(lines) > 6 else [])
    box_h = (len(shown) + 0.6) * size * 1.25
    c.setFillColor("#FFFFFF")
    c.setLineWidth(1)
    c.rect(left + 3, top - 3 - box_h, w * MM - 6, box_h, stroke=1, fill=1)
    c.setFillColor("#D0021B")
    width = w * MM - 14
    for i, line in enumerate(shown):
        fitted = fonts.fit_text(line, width, size * 1.3, size, 5.0, max_lines=1)
        text = fitted.lines[0] if fitted.lines else ""
        base = top - 3 - (i + 1) * size * 1.25
        cx = left + 7
        for font, run in fonts.runs(text):
            c.setFont(font, fitted.size)
            c.drawString(cx, base, run)
            cx += pdfmetrics.stringWidth(run, font, fitted.size)
    c.restoreState()


def _draw_marks(c: Canvas, sheet: Sheet) -> None:
    c.saveState()
    c.setStrokeColor("#000000")
    c.setLineWidth(0.25)
    for x1, y1, x2, y2 in crop_marks(sheet):
        c.line(x1 * MM, (sheet.page_h - y1) * MM, x2 * MM, (sheet.page_h - y2) * MM)
    c.restoreState()


def render(
    path: str | Path,
    badges: list[BadgeData],
    template: Template,
    sheet_name: str = "single",
    offset: tuple[float, float] = (0.0, 0.0),
    marks: bool = False,
    logo_path: str | None = None,
    title: str = "Badges",
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
    notes: dict[int, list[str]] | None = None,
) -> RenderResult:
    """Write badges to a PDF at `path`; returns pages, count and per-attendee warnings.

    notes: for a proof, lines written over the badges they name (attendee id -> lines), in
    red in a frame, so each problem badge says what is wrong with it."""
    fonts.ensure_fonts()
    bw, bh = badge_size(template)
    sheet = get_sheet(sheet_name, bw, bh)
    sides = _sides(template)
    bleed = float(template.get("bleed_mm") or 0) if sheet.name == "single" else 0.0
    page_w, page_h = sheet.page_w + 2 * bleed, sheet.page_h + 2 * bleed
    c = Canvas(str(path), pagesize=(page_w * MM, page_h * MM), pageCompression=1, invariant=1)
    c.setTitle(title)
    c.setCreator("Confdesk")
    cells = sheet.cells()
    per = len(cells)
    result = RenderResult(str(path), 0, 0)
    total = len(badges)
    # Sheet coordinates are mm from the top-left of the page without bleed; with bleed the
    # page is larger on every side, so the badge moves right and down by it (y is upwards).
    dx, dy = offset[0] + bleed, offset[1] - bleed
    for start in range(0, max(total, 1), per):
        if cancel is not None:
            cancel.check()
        chunk = badges[start : start + per]
        if not chunk:
            break
        backs: list[tuple[int, Layout]] = []
        c.saveState()
        c.translate(dx * MM, -dy * MM)
        for i, b in enumerate(chunk):
            own = b.template or template
            front = compute(own, b.values, "front", logo_path)
            back = compute(own, b.values, "back", logo_path) if sides != "front" else None
            warns = front.warnings + (back.warnings if back else [])
            if warns:
                result.warnings[b.attendee_id] = warns
            cell = cells[i]
            x, y, s = fit_badge(cell, bw, bh)
            layouts = [front] + ([back] if back is not None and sides == "fold" else [])
            _draw_cell(c, sheet, x, y, s, layouts, sides == "fold", bleed)
            if notes and b.attendee_id in notes:
                _draw_notes(c, sheet, x, y, bw * s, bh * s, notes[b.attendee_id])
            if back is not None and sides == "duplex":
                backs.append((i, back))
        if marks:
            _draw_marks(c, sheet)
        c.restoreState()
        c.showPage()
        result.pages += 1
        if backs:
            # Long-edge duplex: the back of column k is printed in column (columns - 1 - k).
            c.saveState()
            c.translate(-offset[0] * MM + bleed * MM, -dy * MM)
            for i, back in backs:
                row, col = divmod(i, sheet.columns)
                cell = cells[row * sheet.columns + (sheet.columns - 1 - col)]
                x, y, s = fit_badge(cell, bw, bh)
                _draw_cell(c, sheet, x, y, s, [back], False, bleed)
            c.restoreState()
            c.showPage()
            result.pages += 1
        result.badges += len(chunk)
        progress(result.badges, total, "rendering badges")
    if result.pages == 0:
        c.showPage()
        result.pages = 1
    c.save()
    return result


def render_calibration(
    path: str | Path,
    template: Template,
    sheet_name: str,
    offset: tuple[float, float] = (0.0, 0.0),
    printer: str = "",
) -> Path:
    """A page showing each badge cell's outline, centre cross and a mm ruler at the edges.

    Print it, measure how far the outlines are from where the labels really are, and enter
    the difference as the printer's x/y offset (mm, positive = right / down).
    """
    fonts.ensure_fonts()
    bw, bh = badge_size(template)
    sheet = get_sheet(sheet_name, bw, bh)
    c = Canvas(str(path), pagesize=(sheet.page_w * MM, sheet.page_h * MM), invariant=1)
    c.setTitle("Confdesk calibration")
    ph = sheet.page_h
    c.saveState()
    c.translate(offset[0] * MM, -offset[1] * MM)
    c.setLineWidth(0.3)
    for i, cell in enumerate(sheet.cells()):
        c.setStrokeColor("#1f5f9e")
        c.rect(cell.x * MM, (ph - cell.y - cell.h) * MM, cell.w * MM, cell.h * MM, 1, 0)
        cx, cy = cell.x + cell.w / 2, cell.y + cell.h / 2
        c.setStrokeColor("#c0392b")
        c.line((cx - 5) * MM, (ph - cy) * MM, (cx + 5) * MM, (ph - cy) * MM)
        c.line(cx * MM, (ph - cy - 5) * MM, cx * MM, (ph - cy + 5) * MM)
        c.setFillColor("#000000")
        fonts.draw_string(c, cx * MM, (ph - cy - 10) * MM, f"cell {i + 1}", 8, align="center")
    # Rulers along the top and left edges: a tick every mm, longer every 5 and 10 mm.
    c.setStrokeColor("#000000")
    c.setLineWidth(0.2)
    for mm in range(0, int(sheet.page_w) + 1):
        tick = 4 if mm % 10 == 0 else 2.5 if mm % 5 == 0 else 1.5
        c.line(mm * MM, ph * MM, mm * MM, (ph - tick) * MM)
        if mm % 10 == 0 and mm:
            fonts.draw_string(c, mm * MM, (ph - 7) * MM, str(mm), 5, align="center")
    for mm in range(0, int(ph) + 1):
        tick = 4 if mm % 10 == 0 else 2.5 if mm % 5 == 0 else 1.5
        c.line(0, (ph - mm) * MM, tick * MM, (ph - mm) * MM)
        if mm % 10 == 0 and mm:
            fonts.draw_string(c, 5 * MM, (ph - mm - 1) * MM, str(mm), 5)
    c.restoreState()
    c.setFillColor("#000000")
    lines = [
        f"Calibration: {sheet.title}",
        f"printer: {printer or '(PDF)'}; offset now x {offset[0]:+.1f} mm, y {offset[1]:+.1f} mm",
        "Blue boxes should sit exactly on the labels.",
        "If shifted, add the shift (right/down positive)",
        "to the printer's offset in Settings; print again.",
    ]
    first = sheet.cells()[0]
    size = 6 if first.w < 100 else 8
    y = first.y + first.h / 2 + 12  # below cell 1's centre cross, inside the cell
    cx = first.x + first.w / 2 + offset[0]
    for ln in lines:
        fonts.draw_string(
            c,
            cx * MM,
            (ph - y - offset[1]) * MM,
            ln,
            min(size, fonts.fit_text(ln, (first.w - 4) * MM, 10, size, 3).size),
            align="center",
        )
        y += size * 0.45
    c.showPage()
    c.save()
    return Path(path)
