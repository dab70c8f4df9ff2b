"""Front and back (duplex, fold-over), bleed, background colour and the event logo image."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from desktop.pdf import templates
from desktop.pdf.badges import BadgeData, render
from desktop.pdf.layout import MM
from tests.pdf.helpers import decode_cells, ink, render_png
from tests.tools import run_tool


def _badges(n: int) -> list[BadgeData]:
    return [
        BadgeData(
            i,
            {
                "given_name": f"Back{i}",
                "family_name": "Test",
                "category": "press",
                "category_label": "Press",
                "badge_code": f"S1DE-{i}-ABCDEFGHIJKL",
                "event_name": "Sides",
            },
        )
        for i in range(1, n + 1)
    ]


def _pages(pdf: Path) -> list[tuple[float, float]]:
    out = run_tool(
        ["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True
    ).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((float(parts[0]), float(parts[2])))
    return sizes


def test_duplex_backs_follow_each_sheet_mirrored(tmp_path: Path) -> None:
    spec = templates.builtin("a6-conference")
    spec["sides"] = "duplex"
    res = render(tmp_path / "d.pdf", _badges(3), templates.normalise(spec), "a4-4xa6")
    assert res.pages == 2
    front, back = render_png(tmp_path / "d.pdf", dpi=150)
    from desktop.pdf.sheets import get_sheet

    cells = get_sheet("a4-4xa6", 105, 148).cells()
    got_front = decode_cells(front, cells, 150)
    got_back = decode_cells(back, cells, 150)
    # Badge 1's back is behind it: in the mirrored column of the same row.
    assert got_front[:3] == [
        ["S1DE-1-ABCDEFGHIJKL"],
        ["S1DE-2-ABCDEFGHIJKL"],
        ["S1DE-3-ABCDEFGHIJKL"],
    ]
    assert got_back[:4] == [
        ["S1DE-2-ABCDEFGHIJKL"],
        ["S1DE-1-ABCDEFGHIJKL"],
        [],
        ["S1DE-3-ABCDEFGHIJKL"],
    ]
    text = run_tool(
        ["pdftotext", "-f", "2", "-l", "2", str(tmp_path / "d.pdf"), "-"],
        capture_output=True,
        text=True,
    ).stdout
    assert "Please wear this badge" in text


def test_fold_over_has_front_and_back_on_one_cell(tmp_path: Path) -> None:
    spec = templates.builtin("cr80")
    spec["sides"] = "fold"
    spec["back"] = [
        {"type": "text", "id": "b", "x": 4, "y": 4, "w": 77, "h": 12, "text": "BACK {given_name}"}
    ]
    res = render(tmp_path / "f.pdf", _badges(1), templates.normalise(spec), "single")
    assert res.pages == 1
    ((_w, h),) = _pages(tmp_path / "f.pdf")
    assert round(h / MM) == round(2 * 53.98)
    text = run_tool(
        ["pdftotext", str(tmp_path / "f.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Back1 Test" in text


def test_bleed_background_and_logo(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 100), (200, 30, 30)).save(logo)
    spec = templates.builtin("a6-conference")
    spec["background"] = {"color": "#fff8e1", "image": None}
    spec = templates.normalise(spec)
    render(tmp_path / "b.pdf", _badges(1), spec, "single", logo_path=str(logo))
    ((w, h),) = _pages(tmp_path / "b.pdf")
    bleed = spec["bleed_mm"]
    assert round(w / MM, 1) == 105 + 2 * bleed and round(h / MM, 1) == 148 + 2 * bleed
    (png,) = render_png(tmp_path / "b.pdf", dpi=50)
    img = Image.open(png).convert("RGB")
    k = 50 / 25.4
    item = next(i for i in spec["front"] if i["id"] == "logo")
    cx, cy = (item["x"] + bleed + item["w"] / 2) * k, (item["y"] + bleed + item["h"] / 2) * k
    r, g, b = img.getpixel((int(cx), int(cy)))
    assert r > 150 and g < 80 and b < 80  # the logo's red
    assert img.getpixel((int(50 * k), int(100 * k))) != (255, 255, 255)  # background colour
    # The header box reaches into the bleed: dark at the very top edge of the page.
    assert ink(png, (0, 0, img.width, 1)) > 0.9
