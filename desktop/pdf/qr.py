"""Fast vector QR codes: a fixed mask, merged module runs, one PDF path per code.

`qrcode` picks the mask by scoring all eight (about 5 ms per code, more than all the drawing
of a badge). Any mask gives a valid code; the score only avoids patterns that are harder to
read. Measured on 300 signed badge codes (version 2, level M, alphanumeric mode): mask 3 has
the lowest mean penalty of the eight (496 against 462 for the per-code best), so it is used
for every code and the matrix costs about 0.4 ms. `tests/bench/bench_badges.py` re-measures it.

Each row's adjacent dark modules are merged into one rectangle, all rectangles of a code go
into one path, and the path is drawn in module units under one transform, so the PDF
operators are short integers. The quiet zone (4 modules) is kept free around the symbol.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import qrcode
from qrcode import constants

FIXED_MASK = 3
QUIET_ZONE = 4  # modules, as ISO/IEC 18004 asks


@dataclass(frozen=True)
class QrMatrix:
    """A QR symbol as horizontal runs of dark modules: (row, first column, length)."""

    size: int  # modules per side, without the quiet zone
    runs: tuple[tuple[int, int, int], ...]

    @property
    def total(self) -> int:
        """Modules per side including the quiet zone on both sides."""
        return self.size + 2 * QUIET_ZONE


def _runs(modules: list[list[bool | None]]) -> tuple[tuple[int, int, int], ...]:
    out: list[tuple[int, int, int]] = []
    for r, row in enumerate(modules):
        c = 0
        n = len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                out.append((r, start, c - start))
            else:
                c += 1
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def matrix(data: str, mask: int | None = FIXED_MASK, level: str = "M") -> QrMatrix:
    """The QR matrix of `data` (cached); mask None lets qrcode choose (slow, for comparison)."""
    ec = {
        "L": constants.ERROR_CORRECT_L,
        "M": constants.ERROR_CORRECT_M,
        "Q": constants.ERROR_CORRECT_Q,
        "H": constants.ERROR_CORRECT_H,
    }[level]
    qr = qrcode.QRCode(error_correction=ec, border=0, mask_pattern=mask)
    qr.add_data(data)
    qr.make(fit=True)
    return QrMatrix(len(qr.modules), _runs(qr.modules))


@functools.lru_cache(maxsize=4096)
def _pdf_ops(data: str) -> str:
    m = matrix(data)
    # Rows grow downwards in the matrix; in PDF space row r spans y = -r - 1 .. -r.
    parts = [f"{c} {-r - 1} {n} 1 re" for r, c, n in m.runs]
    parts.append("f")
    return "\n".join(parts)


def draw_qr(
    canvas: Any, x: float, y: float, size: float, data: str, color: str = "#000000"
) -> None:
    """Draw the QR code of `data` in a size x size square (points) whose lower-left is (x, y).

    The square includes the quiet zone, so the dark modules sit 4 modules inside it.
    """
    m = matrix(data)
    unit = size / m.total
    canvas.saveState()
    canvas.setFillColor(color)
    # Origin at the top-left of the symbol (inside the quiet zone), one unit per module.
    canvas.transform(unit, 0, 0, unit, x + QUIET_ZONE * unit, y + size - QUIET_ZONE * unit)
    canvas._code.append(_pdf_ops(data))  # raw path operators: the fastest reportlab path
    canvas.restoreState()


def draw_qr_slow(canvas: Any, x: float, y: float, size: float, data: str) -> None:
    """The naive way, for the benchmark only: automatic mask, a PIL image per code."""
    from reportlab.lib.utils import ImageReader

    img = qrcode.make(data, border=QUIET_ZONE)
    canvas.drawImage(ImageReader(img.get_image()), x, y, size, size)
