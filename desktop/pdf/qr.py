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
import re
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


_LEVELS = {
    "L": constants.ERROR_CORRECT_L,
    "M": constants.ERROR_CORRECT_M,
    "Q": constants.ERROR_CORRECT_Q,
    "H": constants.ERROR_CORRECT_H,
}


@functools.lru_cache(maxsize=4096)
def matrix(data: str, mask: int | None = FIXED_MASK, level: str = "M") -> QrMatrix:
    """The QR matrix of `data` (cached); mask None lets qrcode choose (slow, for comparison).

    Alphanumeric data with a fixed mask (every badge code) takes the fast path below;
    anything else goes through `qrcode` itself.
    """
    ec = _LEVELS[level]
    alnum = _ALNUM.issuperset(data)
    if mask is not None and alnum and data and not data.isdigit():
        version = _version(len(data), True, ec)
        return QrMatrix(version * 4 + 17, _fast_runs(data, version, ec, mask))
    qr = qrcode.QRCode(
        version=None if mask is None else _version(len(data.encode()), False, ec),
        error_correction=ec,
        border=0,
        mask_pattern=mask,
    )
    qr.add_data(data)
    qr.make(fit=mask is None)
    return QrMatrix(len(qr.modules), _runs(qr.modules))


@functools.lru_cache(maxsize=64)
def _blank(version: int, ec: int, mask: int) -> tuple[list[list[bool]], list[tuple[int, int]]]:
    """The symbol's function patterns for (version, mask) and the data module positions in
    placement order, taken from qrcode itself (so format and version bits are its own)."""
    qr = qrcode.QRCode(version=version, error_correction=ec, border=0, mask_pattern=mask)
    qr.add_data("0")
    captured: list[list[list[bool | None]]] = []
    qr.map_data = lambda _data, _mask: captured.append([row[:] for row in qr.modules])  # type: ignore[method-assign]
    qr.makeImpl(False, mask)
    grid = captured[0]
    n = len(grid)
    order: list[tuple[int, int]] = []
    row, inc = n - 1, -1
    for col in range(n - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if grid[row][c] is None:
                    order.append((row, c))
            row += inc
            if row < 0 or row >= n:
                row -= inc
                inc = -inc
                break
    base = [[bool(v) for v in r] for r in grid]
    return base, order


def _codewords(data: str, version: int, ec: int) -> bytes:
    """Alphanumeric-mode data codewords followed by the interleaved Reed-Solomon codewords."""
    from qrcode import base as qbase
    from qrcode import util

    acc, nbits = 0b0010, 4
    count_bits = util.length_in_bits(util.MODE_ALPHA_NUM, version)
    acc, nbits = (acc << count_bits) | len(data), nbits + count_bits
    vals = [_ALNUM_INDEX[ch] for ch in data]
    for i in range(0, len(vals) - 1, 2):
        acc, nbits = (acc << 11) | (vals[i] * 45 + vals[i + 1]), nbits + 11
    if len(vals) % 2:
        acc, nbits = (acc << 6) | vals[-1], nbits + 6
    blocks = qbase.rs_blocks(version, ec)
    capacity = sum(b.data_count for b in blocks)
    term = min(4, capacity * 8 - nbits)  # terminator, then zero bits up to a byte boundary
    acc, nbits = acc << term, nbits + term
    if nbits % 8:
        acc, nbits = acc << (8 - nbits % 8), nbits + 8 - nbits % 8
    words = bytearray(acc.to_bytes(nbits // 8, "big"))
    words += _PAD[: capacity - len(words)]
    exp, log = qbase.EXP_TABLE, qbase.LOG_TABLE
    dcs, ecs, offset = [], [], 0
    for b in blocks:
        dc = words[offset : offset + b.data_count]
        offset += b.data_count
        gen = _generator(b.total_count - b.data_count)
        rem = [0] * len(gen)
        for d in dc:
            factor = d ^ rem.pop(0)
            rem.append(0)
            if factor:
                lf = log[factor]
                for i, g in enumerate(gen):
                    if g >= 0:
                        rem[i] ^= exp[(g + lf) % 255]
        dcs.append(dc)
        ecs.append(rem)
    out = bytearray()
    for group in (dcs, ecs):
        for i in range(max(len(x) for x in group)):
            out.extend(x[i] for x in group if i < len(x))
    return bytes(out)


_PAD = bytes([0xEC, 0x11] * 1500)


@functools.lru_cache(maxsize=64)
def _generator(n_ec: int) -> tuple[int, ...]:
    """Log of the generator polynomial's coefficients after the leading 1 (-1 for zero)."""
    from qrcode import LUT
    from qrcode import base as qbase

    coeffs = LUT.rsPoly_LUT[n_ec][1:]
    return tuple(qbase.LOG_TABLE[c] if c else -1 for c in coeffs)


def _fast_runs(data: str, version: int, ec: int, mask: int) -> tuple[tuple[int, int, int], ...]:
    n, base, positions, mask_int = _placement(version, ec, mask)
    words = _codewords(data, version, ec)
    total = len(positions)
    value = int.from_bytes(words, "big") << (total - len(words) * 8)  # remainder bits are 0
    bits = format(value ^ mask_int, f"0{total}b")
    flat = base[:]
    for p, ch in zip(positions, bits, strict=True):
        flat[p] = ch
    text = "".join(flat)
    out: list[tuple[int, int, int]] = []
    for r in range(n):
        row = text[r * n : (r + 1) * n]
        out.extend((r, m.start(), m.end() - m.start()) for m in _DARK.finditer(row))
    return tuple(out)


_DARK = re.compile("1+")


@functools.lru_cache(maxsize=64)
def _placement(version: int, ec: int, mask: int) -> tuple[int, list[str], list[int], int]:
    """(size, function patterns as a flat list of '0'/'1', flat index of each data module
    in placement order, the mask bits of those modules as one integer)."""
    base, order = _blank(version, ec, mask)
    n = len(base)
    flat = ["1" if v else "0" for row in base for v in row]
    positions = [r * n + c for r, c in order]
    maskbits = _maskbits(version, ec, mask)
    mask_int = int("".join("1" if b else "0" for b in maskbits), 2) if maskbits else 0
    return n, flat, positions, mask_int


@functools.lru_cache(maxsize=64)
def _maskbits(version: int, ec: int, mask: int) -> tuple[bool, ...]:
    from qrcode import util

    fn = util.mask_func(mask)
    return tuple(bool(fn(r, c)) for r, c in _blank(version, ec, mask)[1])


_ALNUM_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM = frozenset(_ALNUM_CHARS)
_ALNUM_INDEX = {ch: i for i, ch in enumerate(_ALNUM_CHARS)}


@functools.lru_cache(maxsize=256)
def _version(length: int, alnum: bool, ec: int) -> int:
    """The smallest version for data of this length and mode (qrcode's best_fit, cached:
    badge codes all have about the same length, and best_fit costs as much as the matrix)."""
    probe = ("A" if alnum else "a") * length
    qr = qrcode.QRCode(error_correction=ec, border=0, mask_pattern=FIXED_MASK)
    qr.add_data(probe)
    return qr.best_fit()


@functools.lru_cache(maxsize=4096)
def _pdf_ops(data: str) -> str:
    m = matrix(data)
    # Rows grow downwards in the matrix; in PDF space row r spans y = -r - 1 .. -r.
    parts = [f"{c} {-r - 1} {n} 1 re" for r, c, n in m.runs]
    parts.append("f")
    return "\n".join(parts)


@functools.lru_cache(maxsize=256)
def to_color(value: str) -> Any:
    """A reportlab Color for '#rrggbb' (cached: reportlab parses colour strings slowly)."""
    from reportlab.lib.colors import toColor

    return toColor(value)


def draw_qr(
    canvas: Any, x: float, y: float, size: float, data: str, color: str = "#000000"
) -> None:
    """Draw the QR code of `data` in a size x size square (points) whose lower-left is (x, y).

    The square includes the quiet zone, so the dark modules sit 4 modules inside it.
    """
    m = matrix(data)
    unit = size / m.total
    canvas.saveState()
    canvas.setFillColor(to_color(color))
    # Origin at the top-left of the symbol (inside the quiet zone), one unit per module.
    canvas.transform(unit, 0, 0, unit, x + QUIET_ZONE * unit, y + size - QUIET_ZONE * unit)
    canvas._code.append(_pdf_ops(data))  # raw path operators: the fastest reportlab path
    canvas.restoreState()


def draw_qr_slow(canvas: Any, x: float, y: float, size: float, data: str) -> None:
    """The naive way, for the benchmark only: automatic mask, a PIL image per code."""
    from reportlab.lib.utils import ImageReader

    img = qrcode.make(data, border=QUIET_ZONE)
    canvas.drawImage(ImageReader(img.get_image()), x, y, size, size)
