"""Shared helpers for the PDF tests: attendees in a real store, poppler and zbar runs."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from tests.tools import run_tool

NAMES = [
    {
        "given_name": "Tai Man",
        "family_name": "Chan",
        "name_local": "陳大文",
        "organization": "Hong Kong Science and Technology Parks Corporation",
        "category": "speaker",
    },
    {
        "given_name": "Zoë",
        "family_name": "Müller-Lüdenscheidt",
        "organization": "Max-Planck-Institut",
        "category": "attendee",
    },
    {"given_name": "Yuki", "family_name": "Tanaka", "name_local": "田中ゆき", "category": "vip"},
    {"given_name": "Min-jun", "family_name": "Kim", "name_local": "김민준", "category": "press"},
    {
        "given_name": "Mohammed",
        "family_name": "Al-Farsi",
        "name_local": "محمد الفارسي",
        "category": "attendee",
    },
    {
        "given_name": "Somchai",
        "family_name": "Jaidee",
        "name_local": "สมชาย ใจดี",
        "category": "staff",
    },
]


def add_people(store, rows: list[dict]) -> list[int]:
    from desktop.core.attendees import add_attendees
    from desktop.core.events import current_event

    with store.session() as s:
        return add_attendees(s, current_event(s), rows)


def render_png(pdf: Path, dpi: int = 100, first: int = 1, last: int | None = None) -> list[Path]:
    prefix = pdf.with_suffix("")
    cmd = ["pdftoppm", "-r", str(dpi), "-png", "-f", str(first)]
    if last is not None:
        cmd += ["-l", str(last)]
    run_tool([*cmd, str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(prefix.name + "-*.png"))


def decode_qr(png: Path) -> list[str]:
    out = run_tool(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=False
    )
    return [ln for ln in out.stdout.splitlines() if ln]


def ink(png: Path, box: tuple[int, int, int, int]) -> float:
    """Share of dark pixels in a pixel box of a rendered page."""
    img = Image.open(png).convert("L").crop(box)
    dark = sum(img.histogram()[:128])
    return dark / max(1, img.size[0] * img.size[1])


def decode_cells(
    png: Path, cells: list, dpi: int, offset: tuple[float, float] = (0, 0)
) -> list[list[str]]:
    """Decode each badge cell (mm boxes from desktop.pdf.sheets) of a rendered page on its own.

    zbar misses some codes when many identical-looking symbols sit on a grid in one image, so
    each cell is cropped and decoded separately (one zbarimg run for all crops).
    """
    img = Image.open(png)
    k = dpi / 25.4
    crops = []
    for i, cell in enumerate(cells):
        box = (
            int((cell.x + offset[0]) * k),
            int((cell.y + offset[1]) * k),
            int((cell.x + offset[0] + cell.w) * k),
            int((cell.y + offset[1] + cell.h) * k),
        )
        path = png.with_name(f"{png.stem}-cell{i}.png")
        img.crop(box).save(path)
        crops.append(path)
    return decode_many(crops)


def decode_many(paths: list[Path]) -> list[list[str]]:
    """Decode several images with one zbarimg run; the codes found in each, in order."""
    import xml.etree.ElementTree as ET

    res = run_tool(
        ["zbarimg", "-q", "--xml", *map(str, paths)], capture_output=True, text=True, check=False
    )
    ns = {"z": "http://zbar.sourceforge.net/2008/barcode"}
    found: dict[str, list[str]] = {}
    for src in ET.fromstring(res.stdout).findall("z:source", ns):
        found[Path(src.get("href", "")).name] = [
            d.text or "" for d in src.iter(f"{{{ns['z']}}}data")
        ]
    return [found.get(p.name, []) for p in paths]
