"""The designer's preview (and desk printing through QPrinter, the same painter) draws
right-to-left names as the PDF does: shaped and in reading order, not reversed a second time.

The name's ink, column by column, in the painter's image and in the PDF page rasterised by
pdftoppm at the same scale must match (a reversed word matches its mirror image instead)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication

from desktop.pdf import templates as tpl
from desktop.pdf.badges import BadgeData, render
from desktop.pdf.layout import compute
from desktop.pdf.ops import PlacedText
from desktop.ui.badges.painter import render_image
from tests.tools import need

PX_PER_MM = 6.0
VALUES = {
    "given_name": "فاطمة",
    "family_name": "المنصوري",
    "display_name": "فاطمة المنصوري",
    "category": "attendee",
    "category_label": "ATTENDEE",
    "badge_code": "X",
    "event_name": "Summit",
}


def _profile(img: Image.Image, box: tuple[int, int, int, int]) -> list[float]:
    crop = img.convert("L").crop(box)
    w, h = crop.size
    data = crop.tobytes()
    cols = [sum(255 - data[y * w + x] for y in range(h)) for x in range(w)]
    top = max(cols) or 1
    return [c / top for c in cols]


def _corr(a: list[float], b: list[float]) -> float:
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    ma, mb = sum(a) / n, sum(b) / n
    num = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    da = sum((x - ma) ** 2 for x in a) ** 0.5
    db = sum((y - mb) ** 2 for y in b) ** 0.5
    return num / (da * db) if da and db else 0.0


def test_an_arabic_name_reads_the_same_in_the_preview_and_the_pdf(
    qapp: QApplication, tmp_path: Path
) -> None:
    need("pdftoppm")
    spec = tpl.builtin("a6-conference")
    layout = compute(spec, VALUES, "front")
    name = next(op for op in layout.ops if isinstance(op, PlacedText) and op.item == "name")
    painted = tmp_path / "painted.png"
    render_image(layout, PX_PER_MM).save(str(painted))
    pdf = tmp_path / "badge.pdf"
    render(pdf, [BadgeData(1, VALUES)], spec, "single")
    dpi = PX_PER_MM * 25.4
    subprocess.run(
        ["pdftoppm", "-png", "-r", f"{dpi:g}", "-singlefile", str(pdf), str(tmp_path / "pdf")],
        check=True,
    )
    box = tuple(round(v * PX_PER_MM) for v in (name.x, name.y, name.x + name.w, name.y + name.h))
    bleed = round(float(spec.get("bleed_mm") or 0) * PX_PER_MM)  # the PDF page's margin
    pdf_box = (box[0] + bleed, box[1] + bleed, box[2] + bleed, box[3] + bleed)
    with Image.open(painted) as a, Image.open(tmp_path / "pdf.png") as b:
        ours, pdfs = _profile(a, box), _profile(b, pdf_box)
    same = _corr(ours, pdfs)
    mirrored = _corr(ours, pdfs[::-1])
    assert same > 0.8 and same > mirrored + 0.2, (same, mirrored)
