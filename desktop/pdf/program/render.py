"""Painting computed program pages with reportlab: one text object per box, atomic writes.

A cancelled job raises `Cancelled` between pages and leaves no file behind (the PDF is written
to a temporary name and renamed when complete).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.pdf import fonts
from desktop.pdf.ops import Image, Line, Rect, Text
from desktop.pdf.program.common import ASCENT, DocInfo, Page, safe_color


def _rgb(color: str) -> tuple[float, float, float]:
    c = safe_color(color, "#000000").lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    r, g, b = (int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4))
    return r, g, b


def _runs(line: str, bold: bool) -> list[tuple[str, str]] | tuple[tuple[str, str], ...]:
    """Font runs of a line; printable ASCII is all in the Latin font (DejaVu Sans)."""
    if line.isascii() and line.isprintable():
        return ((fonts.LATIN_BOLD if bold else fonts.LATIN, line),)
    return fonts.runs(line, bold)


def draw_page(canvas: Canvas, page: Page) -> None:
    """Paint one page's ops on a reportlab canvas (y flipped to PDF coordinates)."""
    H = page.height
    fill = stroke = ""
    for op in page.ops:
        if isinstance(op, Text):
            if fill != op.color:
                canvas.setFillColorRGB(*_rgb(op.color))
                fill = op.color
            # One text object per box (fewer PDF operators than one per line).
            base = H - op.y - ASCENT * op.size
            tx = canvas.beginText()
            for i, line in enumerate(op.lines):
                y = base - i * op.size * op.leading
                x = op.x
                if op.align != "left":
                    lw = fonts.string_width(line, op.size, op.bold)
                    x += (op.w - lw) / 2 if op.align == "center" else op.w - lw
                tx.setTextOrigin(x, y)
                for font, sub in _runs(line, op.bold):
                    tx.setFont(font, op.size)
                    tx.textOut(sub)
            canvas.drawText(tx)
            if op.url.startswith(("http://", "https://")):
                top = H - op.y
                rect = (op.x, top - op.used_height, op.x + op.w, top)
                canvas.linkURL(op.url, rect, relative=0, thickness=0)
        elif isinstance(op, Rect):
            if op.fill and fill != op.fill:
                canvas.setFillColorRGB(*_rgb(op.fill))
                fill = op.fill
            if op.stroke and stroke != op.stroke:
                canvas.setStrokeColorRGB(*_rgb(op.stroke))
                stroke = op.stroke
            if op.stroke:
                canvas.setLineWidth(op.stroke_width)
            canvas.rect(
                op.x,
                H - op.y - op.h,
                op.w,
                op.h,
                stroke=int(bool(op.stroke)),
                fill=int(bool(op.fill)),
            )
        elif isinstance(op, Line):
            if stroke != op.color:
                canvas.setStrokeColorRGB(*_rgb(op.color))
                stroke = op.color
            canvas.setLineWidth(op.stroke_width)
            canvas.line(op.x1, H - op.y1, op.x2, H - op.y2)
        elif isinstance(op, Image):
            with contextlib.suppress(Exception):
                canvas.drawImage(
                    op.path,
                    op.x,
                    H - op.y - op.h,
                    op.w,
                    op.h,
                    preserveAspectRatio=True,
                    mask="auto",
                )


def render(
    pages: Sequence[Page],
    out_path: Path,
    info: DocInfo,
    progress: ProgressFn | None = None,
    cancel: CancelFlag | None = None,
    outline: bool = True,
) -> int:
    """Write the pages to a PDF (atomically: a cancelled job leaves no file). Returns pages."""
    fonts.ensure_fonts()
    progress = progress or no_progress
    out_path = Path(out_path)
    tmp = out_path.with_name(f".{out_path.name}.part")
    canvas = Canvas(str(tmp), pagesize=(pages[0].width, pages[0].height) if pages else A4)
    canvas.setTitle(f"{info.event_name}: {info.kind_title}")
    canvas.setAuthor(info.event_name)
    canvas.setSubject(info.release_label)
    canvas.setCreator("Confdesk")
    total = len(pages)
    try:
        for i, page in enumerate(pages):
            if cancel is not None and i % 8 == 0:
                cancel.check()
            canvas.setPageSize((page.width, page.height))
            draw_page(canvas, page)
            if outline:
                for level, label in page.outline:
                    key = f"p{i}-{level}-{label}"
                    canvas.bookmarkPage(key)
                    canvas.addOutlineEntry(label, key, level=level)
            canvas.showPage()
            if i % 10 == 0 or i == total - 1:
                progress(i + 1, total, "writing pages")
        if cancel is not None:
            cancel.check()
        canvas.save()
        os.replace(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return total
