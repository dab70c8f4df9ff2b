"""Fast vector QR codes: a fixed mask, merged module runs, one PDF path per code.

`qrcode` picks the mask by scoring all eight (5-10 ms per code, more than all the drawing
of a badge). Any mask gives a valid code; the score only avoids patterns that are harder to
read. Measured on signed badge codes (`tests/bench/bench_badges.py` prints it on every run):
mask 2 has the lowest mean penalty of the eight (about 380 against about 372 for the
per-code best, the others 400-495), so every code uses mask 2. Alphanumeric codes (all badge
codes) are then encoded here: data bits, Reed-Solomon by table, placement by a precomputed
index, about 0.2-0.4 ms per code; the result is checked module for module against `qrcode`
with the same mask in the tests. Other data goes through `qrcode` itself.

Each row's adjacent dark modules are merged into one rectangle, all rectangles of a code go
into one path, and the path is drawn in module units under one transform, so the PDF
operators are short integers. The quiet zone (4 modules) is kept free around the symbol.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import qrcode
from qrcode import constants

FIXED_MASK = 2
QUIET_ZONE = 4  # modules, as ISO/IEC 18004 asks


class QrMatrix:
    """A QR symbol: its modules as one '0'/'1' string, row after row, and its dark runs."""

    __slots__ = ("_runs", "size", "stride", "text")

    def __init__(self, size: int, text: str, stride: int | None = None) -> None:
        self.size = size  # modules per side, without the quiet zone
        # Rows are `stride` characters apart; a trailing light separator module (stride = size
        # + 1) lets one regex scan find every row's runs without crossing into the next row.
        self.stride = stride or size
        self.text = text
        self._runs: tuple[tuple[int, int, int], ...] | None = None

    @property
    def total(self) -> int:
        """Modules per side including the quiet zone on both sides."""
        return self.size + 2 * QUIET_ZONE

    @property
    def runs(self) -> tuple[tuple[int, int, int], ...]:
        """Horizontal runs of dark modules: (row, first column, length)."""
        if self._runs is None:
            n, w, out = self.size, self.stride, []
            span, finditer = re.Match.span, _DARK.finditer
            for r in range(n):
                start = r * w
                out += [
                    (r, a - start, b - a)
                    for a, b in map(span, finditer(self.text, start, start + n))
                ]
            self._runs = tuple(out)
        return self._runs


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
        n = version * 4 + 17
        return QrMatrix(n, _fast_text(data, version, ec, mask), n + 1)
    qr = qrcode.QRCode(
        version=None if mask is None else _version(len(data.encode()), False, ec),
        error_correction=ec,
        border=0,
        mask_pattern=mask,
    )
    qr.add_data(data)
    qr.make(fit=mask is None)
    return QrMatrix(len(qr.modules), "".join("1" if v else "0" for row in qr.modules for v in row))


@functools.lru_cache(maxsize=64)
def _blank(version: int, ec: int, mask: int) -> tuple[list[list[bool]], list[tuple[int, int]]]:
    """The symbol's function patterns for (version, mask) and the data module positions in
    placement order, taken from qrcode itself (so format and version bits are its own)."""
    qr = qrcode.QRCode(version=version, error_correction=ec, border=0, mask_pattern=mask)
    qr.add_data("0")
    captured: list[list[list[bool | None]]] = []
    qr.map_data = lambda _data, _mask: captured.append([row[:] for row in qr.modules])
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
    dcs, ecs, offset = [], [], 0
    for b in blocks:
        dc = words[offset : offset + b.data_count]
        offset += b.data_count
        n_ec = b.total_count - b.data_count
        table, shift, mask = _rs_table(n_ec)
        rem = 0  # the remainder register as one integer, n_ec bytes
        for d in dc:
            rem = ((rem << 8) & mask) ^ table[d ^ (rem >> shift)]
        dcs.append(dc)
        ecs.append(rem.to_bytes(n_ec, "big"))
    if len(blocks) == 1:
        return bytes(dcs[0]) + ecs[0]
    out = bytearray()
    for group in (dcs, ecs):
        for i in range(max(len(x) for x in group)):
            out.extend(x[i] for x in group if i < len(x))
    return bytes(out)


_PAD = bytes([0xEC, 0x11] * 1500)


@functools.lru_cache(maxsize=64)
def _rs_table(n_ec: int) -> tuple[list[int], int, int]:
    """Reed-Solomon step table: for each feedback byte, the generator polynomial times it,
    packed into one integer, so one division step is a shift and an XOR."""
    from qrcode import LUT
    from qrcode import base as qbase

    exp, log = qbase.EXP_TABLE, qbase.LOG_TABLE
    gen = LUT.rsPoly_LUT[n_ec][1:]
    table = [0] * 256
    for f in range(1, 256):
        v = 0
        for g in gen:
            v = (v << 8) | (exp[(log[g] + log[f]) % 255] if g else 0)
        table[f] = v
    return table, 8 * (n_ec - 1), (1 << (8 * n_ec)) - 1


def _fast_text(data: str, version: int, ec: int, mask: int) -> str:
    """The symbol's modules as a '0'/'1' string, row after row."""
    _n, src, fixed, positions_len, mask_int = _placement(version, ec, mask)
    words = _codewords(data, version, ec)
    value = int.from_bytes(words, "big") << (positions_len - len(words) * 8)  # remainder bits 0
    # Data bits after the function patterns; `src` picks each module from that string.
    combo = fixed + format(value ^ mask_int, f"0{positions_len}b")
    return "".join(map(combo.__getitem__, src))


_DARK = re.compile("1+")


@functools.lru_cache(maxsize=64)
def _placement(version: int, ec: int, mask: int) -> tuple[int, list[int], str, int, int]:
    """(size, for each module the index into fixed + data bits, the function-pattern modules
    as a '0'/'1' string, the number of data modules, their mask bits as one integer)."""
    base, order = _blank(version, ec, mask)
    n = len(base)
    flat = ["1" if v else "0" for row in base for v in row]
    data_index = {r * n + c: i for i, (r, c) in enumerate(order)}
    fixed = "".join(flat) + "0"  # the last character is the light row separator
    sep = n * n
    src = []
    for r in range(n):
        for c in range(n):
            p = r * n + c
            src.append(len(fixed) + data_index[p] if p in data_index else p)
        src.append(sep)
    maskbits = _maskbits(version, ec, mask)
    mask_int = int("".join("1" if b else "0" for b in maskbits), 2) if maskbits else 0
    return n, src, fixed, len(order), mask_int


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
    version: int = qr.best_fit()
    return version


class _RunOps(dict[tuple[int, int], str]):
    """PDF `re` operators per run, keyed by the run's (start, end) in the module string:
    formatted once per symbol size and reused by every code (formatting was the hot spot)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def __missing__(self, span: tuple[int, int]) -> str:
        a, b = span
        r, c = divmod(a, self.n)  # n is the stride (size + 1)
        # Row r spans y = -r - 1 .. -r in module units (the transform puts row 0 on top).
        op = self[span] = f"{c} {-r - 1} {b - a} 1 re"
        return op


_RUN_OPS: dict[int, _RunOps] = {}


@functools.lru_cache(maxsize=4096)
def _pdf_ops(data: str) -> str:
    m = matrix(data)
    text, w = m.text, m.stride
    ops = _RUN_OPS.get(w) or _RUN_OPS.setdefault(w, _RunOps(w))
    if w == m.size:  # no separators (qrcode's own matrix): scan row by row
        span, finditer = re.Match.span, _DARK.finditer
        parts: list[str] = []
        for r in range(m.size):
            parts += map(ops.__getitem__, map(span, finditer(text, r * w, r * w + w)))
    else:
        parts = list(map(ops.__getitem__, map(re.Match.span, _DARK.finditer(text))))
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
    # One raw block: save the graphics state, set the colour, move the origin to the
    # symbol's top-left (inside the quiet zone) at one unit per module, fill the runs,
    # restore. q/Q keep reportlab's own idea of the state right, at a fraction of the cost
    # of saveState/setFillColor/transform/restoreState.
    canvas._code.append(
        f"q {_fill_op(color)} {unit:.4f} 0 0 {unit:.4f} {x + QUIET_ZONE * unit:.3f} "
        f"{y + size - QUIET_ZONE * unit:.3f} cm\n{_pdf_ops(data)}\nQ"
    )


@functools.lru_cache(maxsize=64)
def _fill_op(color: str) -> str:
    c = to_color(color)
    return f"{c.red:.4g} {c.green:.4g} {c.blue:.4g} rg"


def draw_qr_slow(canvas: Any, x: float, y: float, size: float, data: str) -> None:
    """The naive way, for the benchmark only: automatic mask, a PIL image per code."""
    from reportlab.lib.utils import ImageReader

    img = qrcode.make(data, border=QUIET_ZONE)
    canvas.drawImage(ImageReader(img.get_image()), x, y, size, size)
