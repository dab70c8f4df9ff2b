"""Sheet presets: where badges go on a page (single badges or n-up label sheets), in mm.

Presets are versioned JSON files in `resources/sheets/` (dimensions from
`tests/data/labels/badge-stock.md`). `single` has no page of its own: the page is the
badge. A badge template whose size differs from a sheet's label is scaled uniformly to fit
and centred in the cell. Printer offsets (mm, positive = right / down) move everything
drawn on the page, badges and crop marks alike.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.words import refusal
from desktop.base.errors import UserError

SHEET_DIR = Path(__file__).resolve().parents[2] / "resources" / "sheets"
MM = 72.0 / 25.4  # points per millimetre


@dataclass(frozen=True)
class Cell:
    """One badge position on a page, mm from the page's top-left corner."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Sheet:
    name: str
    title: str
    page_w: float
    page_h: float
    columns: int
    rows: int
    label_w: float
    label_h: float
    origin_x: float
    origin_y: float
    pitch_x: float
    pitch_y: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cells(self) -> list[Cell]:
        """Badge positions in reading order (left to right, then down)."""
        return [
            Cell(
                self.origin_x + c * self.pitch_x,
                self.origin_y + r * self.pitch_y,
                self.label_w,
                self.label_h,
            )
            for r in range(self.rows)
            for c in range(self.columns)
        ]


def _load(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(
            refusal("cannot read sheet preset {name}: {exc}", name=path.name, exc=exc)
        ) from None
    if data.get("format") != "confdesk-sheet":
        raise UserError(refusal("{name} is not a Confdesk sheet preset", name=path.name))
    return data


@functools.lru_cache(maxsize=1)
def _presets() -> dict[str, dict[str, Any]]:
    return {p.stem: _load(p) for p in sorted(SHEET_DIR.glob("*.json"))}


def sheet_names() -> list[str]:
    """Names of the shipped presets, `single` first."""
    names = list(_presets())
    return sorted(names, key=lambda n: (n != "single", n))


def sheet_titles() -> dict[str, str]:
    return {n: _presets()[n]["title"] for n in sheet_names()}


def get_sheet(name: str, badge_w: float, badge_h: float) -> Sheet:
    """The preset `name`; `single` takes the badge's size (mm) as page and label."""
    data = _presets().get(name)
    if data is None:
        raise UserError(
            refusal(
                "unknown sheet preset {name} (choose from: {sheet_names})",
                name=repr(name),
                sheet_names=", ".join(sheet_names()),
            )
        )
    if data["page_mm"] is None:
        return Sheet(name, data["title"], badge_w, badge_h, 1, 1, badge_w, badge_h, 0, 0, 0, 0)
    pw, ph = data["page_mm"]
    lw, lh = data["label_mm"]
    ox, oy = data["origin_mm"]
    px, py = data["pitch_mm"]
    return Sheet(name, data["title"], pw, ph, data["columns"], data["rows"], lw, lh, ox, oy, px, py)


def fit_badge(cell: Cell, badge_w: float, badge_h: float) -> tuple[float, float, float]:
    """(x, y, scale): where a badge of badge_w x badge_h mm goes in a cell, centred."""
    scale = 1.0 if _close(cell, badge_w, badge_h) else min(cell.w / badge_w, cell.h / badge_h)
    x = cell.x + (cell.w - badge_w * scale) / 2
    y = cell.y + (cell.h - badge_h * scale) / 2
    return x, y, scale


def _close(cell: Cell, w: float, h: float) -> bool:
    return abs(cell.w - w) < 0.5 and abs(cell.h - h) < 0.5


def crop_marks(
    sheet: Sheet, length: float = 4.0, gap: float = 1.0
) -> list[tuple[float, float, float, float]]:
    """Crop-mark segments (x1, y1, x2, y2 in mm) in the page margins at every cut line.

    Where the margin is narrower than a mark (cut sheets such as 4 x A6 on A4), the mark is
    drawn on the cut line itself from the page edge, so the guillotine removes it.
    """
    if sheet.per_page == 1 and sheet.page_w == sheet.label_w:
        return []
    xs = sorted(
        {round(c.x, 3) for c in sheet.cells()} | {round(c.x + c.w, 3) for c in sheet.cells()}
    )
    ys = sorted(
        {round(c.y, 3) for c in sheet.cells()} | {round(c.y + c.h, 3) for c in sheet.cells()}
    )
    top = min(c.y for c in sheet.cells())
    bottom = max(c.y + c.h for c in sheet.cells())
    left = min(c.x for c in sheet.cells())
    right = max(c.x + c.w for c in sheet.cells())
    out: list[tuple[float, float, float, float]] = []

    def span(margin_start: float, margin_end: float) -> tuple[float, float]:
        # A mark inside the margin when it is wide enough, else on the cut line from the edge.
        if margin_end - margin_start >= length + gap:
            return margin_end - gap - length, margin_end - gap
        return margin_start, margin_start + length

    for x in xs:
        a, b = span(0, top)
        out.append((x, a, x, b))
        a2, b2 = span(0, sheet.page_h - bottom)
        out.append((x, sheet.page_h - a2, x, sheet.page_h - b2))
    for y in ys:
        a, b = span(0, left)
        out.append((a, y, b, y))
        a2, b2 = span(0, sheet.page_w - right)
        out.append((sheet.page_w - a2, y, sheet.page_w - b2, y))
    return out
