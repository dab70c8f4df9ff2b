"""Sheet presets: badge counts per page, cells within the page, crop marks, calibration, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.pdf import templates
from desktop.pdf.badges import BadgeData, badge_size, render, render_calibration
from desktop.pdf.sheets import fit_badge, get_sheet, sheet_names
from tests.pdf.helpers import decode_cells, render_png
from tests.tools import run_tool

EXPECTED = {
    "single": 1,
    "a4-4xa6": 4,
    "letter-6-4x3in": 6,
    "letter-8-avery5395": 8,
    "a4-10-l4785": 10,
}


def test_all_presets_shipped() -> None:
    assert set(sheet_names()) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_preset_places_right_number_within_page(name: str) -> None:
    sheet = get_sheet(name, 105, 148)
    cells = sheet.cells()
    assert len(cells) == EXPECTED[name]
    for cell in cells:
        assert cell.x >= 0 and cell.y >= 0
        assert cell.x + cell.w <= sheet.page_w + 0.01
        assert cell.y + cell.h <= sheet.page_h + 0.01
    # No two cells overlap.
    for i, a in enumerate(cells):
        for b in cells[i + 1 :]:
            assert (
                a.x + a.w <= b.x + 0.01
                or b.x + b.w <= a.x + 0.01
                or a.y + a.h <= b.y + 0.01
                or b.y + b.h <= a.y + 0.01
            )


def _badges(n: int) -> list[BadgeData]:
    return [
        BadgeData(
            i,
            {
                "given_name": f"Person {i}",
                "family_name": "Test",
                "category": "staff",
                "category_label": "Staff",
                "badge_code": f"T3ST-{i}-ABCDEFGHIJKL",
                "event_name": "Sheet test",
            },
        )
        for i in range(1, n + 1)
    ]


@pytest.mark.parametrize(
    ("template", "sheet"),
    [
        ("a6-conference", "a4-4xa6"),
        ("4x3in", "letter-6-4x3in"),
        ("cr80", "letter-8-avery5395"),
        ("cr80", "a4-10-l4785"),
        ("4x6in", "single"),
    ],
)
def test_sheet_pdf_has_every_badge(tmp_path: Path, template: str, sheet: str) -> None:
    per = EXPECTED[sheet]
    pdf = tmp_path / "s.pdf"
    res = render(pdf, _badges(per + 1), templates.builtin(template), sheet, marks=True)
    assert res.pages == 2 and res.badges == per + 1
    pages = render_png(pdf, dpi=150)  # a badge printer prints at 203-300 dpi
    assert len(pages) == 2
    sh = get_sheet(sheet, *badge_size(templates.builtin(template)))
    per_cell = decode_cells(pages[0], sh.cells(), 150) + decode_cells(pages[1], sh.cells(), 150)
    # Badge i is in cell i (reading order), one code per cell, empty cells after the last.
    expected = [[f"T3ST-{i}-ABCDEFGHIJKL"] for i in range(1, per + 2)]
    assert per_cell == expected + [[]] * (2 * per - per - 1)


def test_template_scaled_to_other_label_size() -> None:
    sheet = get_sheet("a4-10-l4785", 105, 148)
    x, y, s = fit_badge(sheet.cells()[0], 105, 148)
    assert s == pytest.approx(50 / 148)
    assert x >= sheet.cells()[0].x and y >= sheet.cells()[0].y


def test_calibration_page(tmp_path: Path) -> None:
    pdf = render_calibration(
        tmp_path / "cal.pdf", templates.builtin("cr80"), "a4-10-l4785", (1.5, -0.5), "Zebra"
    )
    text = run_tool(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Calibration" in text and "cell 10" in text and "x +1.5 mm, y -0.5 mm" in text
    assert "Zebra" in text


def _first_ink_column(png: Path) -> int:
    from PIL import Image

    img = Image.open(png).convert("L")
    w, h = img.size
    px = img.load()
    for x in range(w):
        if any(px[x, y] < 128 for y in range(0, h, 2)):
            return x
    return -1


def test_printer_offset_moves_everything(tmp_path: Path) -> None:
    tpl = templates.builtin("cr80")
    a = render(tmp_path / "a.pdf", _badges(1), tpl, "a4-10-l4785")
    b = render(tmp_path / "b.pdf", _badges(1), tpl, "a4-10-l4785", offset=(5.0, 0.0))
    xa = _first_ink_column(render_png(Path(a.path), dpi=100)[0])
    xb = _first_ink_column(render_png(Path(b.path), dpi=100)[0])
    assert xb - xa == pytest.approx(5 / 25.4 * 100, abs=2)
