"""Fonts for every PDF: the shipped TrueType fonts and a per-glyph fallback chain.

reportlab embeds only TrueType outlines, so Confdesk ships its own fonts in
`resources/fonts/`: DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew) and WenQuanYi
Micro Hei (Traditional and Simplified Chinese, Japanese kana, Korean hangul). Each
character goes to the first font of the chain that has a glyph for it, so
`Chan Tai Man 陳大文` is drawn in two runs. reportlab subsets both fonts into the PDF.

Right-to-left text (Arabic, Hebrew) is shaped with `arabic-reshaper` and reordered with
`python-bidi` into visual order before it is split into runs. Characters no shipped font
covers are left out of the runs (never a row of boxes); `has_unsupported` gives callers the
warning to log.

All sizes and widths here are in PDF points.
"""

from __future__ import annotations

import functools
import struct
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics

from desktop.pdf.font_cache import load_font

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

LATIN = "ConfdeskSans"
LATIN_BOLD = "ConfdeskSans-Bold"
CJK = "ConfdeskCJK"

# (reportlab name, file, subfont index) in registration order.
_FILES: tuple[tuple[str, str, int], ...] = (
    (LATIN, "DejaVuSans.ttf", 0),
    (LATIN_BOLD, "DejaVuSans-Bold.ttf", 0),
    (CJK, "wqy-microhei.ttc", 0),
)

ELLIPSIS = "…"

_lock = threading.Lock()
_registered = False
# font name -> {codepoint: width of the glyph at 1 pt}
_widths: dict[str, dict[int, float]] = {}


def font_path(name: str) -> Path:
    """The file a shipped font is read from (for Qt, which loads the same files)."""
    for reg, file, _ in _FILES:
        if reg == name:
            return FONT_DIR / file
    raise KeyError(name)


def ensure_fonts() -> None:
    """Register the shipped TrueType fonts with reportlab once (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, file, index in _FILES:
            if name not in registered:
                path = FONT_DIR / file
                if not path.exists():
                    raise FileNotFoundError(f"font file missing: {path}")
                pdfmetrics.registerFont(load_font(name, path, index))
            face = pdfmetrics.getFont(name).face
            scale = 1.0 / 1000.0
            default = face.defaultWidth * scale
            widths = {cp: face.charWidths.get(cp, default) * scale for cp in face.charToGlyph}
            _widths[name] = widths
        _registered = True


def _chain(bold: bool) -> tuple[str, str]:
    return (LATIN_BOLD if bold else LATIN, CJK)


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@functools.lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """Text in the order it is drawn: Arabic shaped and right-to-left runs reversed."""
    if not _is_rtl(text):
        return text
    try:
        import arabic_reshaper
        from bidi import get_display
    except ImportError:  # shaping libraries missing: leave logical order, warn elsewhere
        return text
    return get_display(arabic_reshaper.reshape(text))


def _font_for(cp: int, chain: tuple[str, str]) -> str | None:
    for name in chain:
        if cp in _widths[name]:
            return name
    return None


@functools.lru_cache(maxsize=16384)
def _runs(text: str, bold: bool) -> tuple[tuple[str, str], ...]:
    ensure_fonts()
    chain = _chain(bold)
    primary = chain[0]
    out: list[tuple[str, str]] = []
    cur_font: str | None = None
    buf: list[str] = []
    for ch in visual(text):
        cp = ord(ch)
        if ch in " \u00a0\t":
            # Spaces stay in the current run: fewer font switches, same width.
            font = cur_font or primary
        else:
            font = _font_for(cp, chain)
            if font is None:
                if unicodedata.category(ch) in ("Mn", "Cf", "Cc"):
                    continue  # zero-width marks and controls: nothing to draw
                continue  # no shipped font has it: leave it out instead of a box
        if font != cur_font and buf:
            out.append((cur_font or primary, "".join(buf)))
            buf = []
        cur_font = font
        buf.append(" " if ch == "\t" else ch)
    if buf:
        out.append((cur_font or primary, "".join(buf)))
    return tuple(out)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (reportlab font name, substring) runs by glyph coverage, in drawing order."""
    return list(_runs(text, bold))


@functools.lru_cache(maxsize=16384)
def _width1(text: str, bold: bool) -> float:
    total = 0.0
    for font, sub in _runs(text, bold):
        widths = _widths[font]
        for ch in sub:
            total += widths.get(ord(ch), 0.0)
    return total


@functools.lru_cache(maxsize=65536)
def _glyph_extent(name: str, cp: int) -> tuple[float, float]:
    """(top above the baseline, depth below it) of one glyph's outline, in em.

    Read from the glyph's own bounding box in the `glyf` table (reportlab keeps the raw font
    bytes and the glyph offsets): Arabic tails and stacked marks reach far below and above the
    ascent/descent a font declares, so fitting needs the real ink.
    """
    face = pdfmetrics.getFont(name).face
    gid = face.charToGlyph.get(cp)
    pos = getattr(face, "glyphPos", None)
    table = face.table.get("glyf") if isinstance(face.table, dict) else None
    if gid is None or pos is None or table is None or gid + 1 >= len(pos):
        return (0.0, 0.0)
    start, end = pos[gid], pos[gid + 1]
    if end - start < 10:
        return (0.0, 0.0)  # an empty glyph (space)
    at = table["offset"] + start
    y_min, _x_max, y_max = struct.unpack(">hhh", face._ttf_data[at + 4 : at + 10])
    em = float(face.unitsPerEm or 1000)
    return (y_max / em, -y_min / em)


@functools.lru_cache(maxsize=16384)
def ink_extent(text: str, bold: bool = False) -> tuple[float, float]:
    """How far the drawn glyphs of `text` reach above and below the baseline, in em."""
    ensure_fonts()
    top = depth = 0.0
    for font, sub in _runs(text, bold):
        for ch in set(sub):
            t, d = _glyph_extent(font, ord(ch))
            top, depth = max(top, t), max(depth, d)
    return top, depth


def string_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of text drawn at `size` points through the fallback chain."""
    return _width1(text, bold) * size


def draw_string(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw one line on a reportlab canvas at baseline y; align is left, center or right."""
    parts = _runs(text, bold)
    if not parts:
        return
    if align != "left":
        w = _width1(text, bold) * size
        x -= w / 2 if align == "center" else w
    if len(parts) == 1:
        font, sub = parts[0]
        canvas.setFont(font, size)
        canvas.drawString(x, y, sub)
        return
    tx = canvas.beginText(x, y)
    for font, sub in parts:
        tx.setFont(font, size)
        tx.textOut(sub)
    canvas.drawText(tx)


@dataclass
class FitResult:
    """Lines to draw at `size`; overflow is True when text had to be cut (ellipsis)."""

    lines: list[str]
    size: float
    overflow: bool = False
    warning: str = ""
    widths: list[float] = field(default_factory=list)


def _is_cjk_char(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF  # CJK radicals, kana, ideographs
        or 0xAC00 <= cp <= 0xD7AF  # hangul syllables
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF  # full-width forms
        or 0x20000 <= cp <= 0x2FFFF
    )


def _tokens(text: str) -> list[str]:
    """Break opportunities: words (with their trailing space) and single CJK characters."""
    out: list[str] = []
    buf = ""
    for ch in text:
        if _is_cjk_char(ch):
            if buf:
                out.append(buf)
                buf = ""
            out.append(ch)
        elif ch == " ":
            buf += ch
            out.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    return out


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy line breaking at spaces and between CJK characters; long words split anywhere."""
    lines: list[str] = []
    cur = ""
    for tok in _tokens(text):
        if string_width((cur + tok).rstrip(), size, bold) <= width:
            cur += tok
            continue
        if cur.strip():
            lines.append(cur.rstrip())
        cur = ""
        if string_width(tok.rstrip(), size, bold) <= width:
            cur = tok
            continue
        for ch in tok:  # one word wider than the line: split it anywhere
            if cur and string_width((cur + ch).rstrip(), size, bold) > width:
                lines.append(cur.rstrip())
                cur = ""
            cur += ch
    if cur.strip():
        lines.append(cur.rstrip())
    return lines or [""]


def _ellipsize(line: str, width: float, size: float, bold: bool) -> str:
    if string_width(line + ELLIPSIS, size, bold) <= width:
        return line + ELLIPSIS
    lo, hi = 0, len(line)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if string_width(line[:mid].rstrip() + ELLIPSIS, size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return line[:lo].rstrip() + ELLIPSIS


@functools.lru_cache(maxsize=16384)
def _fit(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    bold: bool,
    max_lines: int,
    leading: float,
    line_em: float = 1.0,
) -> FitResult:
    text = " ".join(text.split())
    warning = has_unsupported(text)
    if not text:
        return FitResult([], max_size, False, warning, [])
    w1 = _width1(text, bold)
    # One line, as large as fits.
    size = max_size
    if w1 > 0:
        size = min(size, width / w1)
    size = min(size, height / line_em)
    if size >= min_size:
        size = max(min_size, int(size * 4) / 4)  # quarter points keep outputs stable
        return FitResult([text], size, False, warning, [w1 * size])
    if _is_rtl(text):
        # Shaped right-to-left text is kept on one line: shrunk, then cut in logical order.
        size = max(min_size, min(max_size, height / line_em))
        if w1 * size <= width:
            return FitResult([text], size, False, warning, [w1 * size])
        line = _ellipsize(text, width, size, bold)
        msg = "text shortened to fit its box"
        return FitResult(
            [line],
            size,
            True,
            f"{warning}; {msg}" if warning else msg,
            [string_width(line, size, bold)],
        )
    # Several lines: the largest size (in quarter points) at which the wrapped text fits.
    step = 0.25
    n = int((max_size - min_size) / step + 1e-9)
    sizes = [min_size + i * step for i in range(n + 1)]

    def fits(sz: float) -> list[str] | None:
        lines = wrap(text, width, sz, bold)
        if len(lines) <= max_lines and sz * (line_em + leading * (len(lines) - 1)) <= height:
            return lines
        return None

    lo, hi, best = 0, len(sizes) - 1, None
    while lo <= hi:
        mid = (lo + hi) // 2
        got = fits(sizes[mid])
        if got is not None:
            best = (sizes[mid], got)
            lo = mid + 1
        else:
            hi = mid - 1
    if best is not None:
        size, lines = best
        return FitResult(
            lines, size, False, warning, [string_width(ln, size, bold) for ln in lines]
        )
    # Still too long at the smallest size: keep what fits and end with an ellipsis.
    size = min_size
    lines = wrap(text, width, size, bold)
    fit_lines = max(
        1,
        min(
            max_lines,
            int((height / size - line_em) / leading) + 1 if height >= size * line_em else 1,
        ),
    )
    kept = lines[:fit_lines]
    kept[-1] = _ellipsize(kept[-1], width, size, bold)
    msg = "text shortened to fit its box"
    return FitResult(
        kept,
        size,
        True,
        f"{warning}; {msg}" if warning else msg,
        [string_width(ln, size, bold) for ln in kept],
    )


def fit_text(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    bold: bool = False,
    max_lines: int = 3,
    leading: float = 1.15,
    line_em: float = 1.0,
) -> FitResult:
    """Fit text into a width x height box: shrink to min_size, then wrap, then cut with an ellipsis.

    CJK text wraps between any two characters, other text at spaces (a word longer than the
    line is split). The result never exceeds the box: each line's width <= width and
    size * (1 + leading * (lines - 1)) <= height (except when even one line at min_size is
    taller than the box, in which case one line at min_size is returned with overflow set).
    `line_em` is the height one line needs in em (1.0 = the fonts' ascent + descent; more for
    glyphs that reach beyond them and for clearance), replacing the 1 in that formula.
    """
    ensure_fonts()
    r = _fit(text, width, height, max_size, min_size, bold, max_lines, leading, line_em)
    return FitResult(list(r.lines), r.size, r.overflow, r.warning, list(r.widths))


@functools.lru_cache(maxsize=4096)
def has_unsupported(text: str) -> str:
    """A warning naming characters no shipped font can draw; empty when all can be printed."""
    ensure_fonts()
    missing: list[str] = []
    if _is_rtl(text):
        try:
            import arabic_reshaper  # noqa: F401
            import bidi  # noqa: F401
        except ImportError:
            return "right-to-left text cannot be shaped (python-bidi/arabic-reshaper missing)"
    chain = _chain(False)
    for ch in visual(text):
        if ch.isspace() or unicodedata.category(ch) in ("Mn", "Cf", "Cc"):
            continue
        if _font_for(ord(ch), chain) is None and ch not in missing:
            missing.append(ch)
    if not missing:
        return ""
    shown = "".join(missing[:8])
    names = {unicodedata.name(ch, "").split(" ")[0] for ch in missing}
    scripts = ", ".join(sorted(n for n in names if n)) or "unknown"
    return f"no font for {len(missing)} character(s) ({scripts}: {shown}); they are left out"
