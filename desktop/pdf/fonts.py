"""Fonts for every PDF: the shipped TrueType fonts and a per-glyph fallback chain.

reportlab embeds only TrueType outlines, so Confdesk ships its own fonts in
`resources/fonts/`: DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew) and WenQuanYi
Micro Hei (Traditional and Simplified Chinese, Japanese kana, Korean hangul). Each
character goes to the first font of the chain that has a glyph for it, so
`Chan Tai Man 陳大文` is drawn in two runs. reportlab subsets the fonts into the PDF.

Chinese is drawn in Noto Sans CJK in the glyph forms of Hong Kong, Taiwan or mainland China
when that face is prepared (`desktop.pdf.cjk_forms`: converted to TrueType once, in the
user's cache): the chain is then DejaVu Sans, Noto Sans CJK of the forms (for bold text its
Bold face, then its Regular), WenQuanYi Micro Hei (characters Noto lacks, and every Chinese
character when no Noto face is prepared). The forms of a piece of text come from the
context: `with glyph_forms("tw"): ...` (default "hk"); every cached measurement is keyed by
them, and the functions that measure or split text also take `forms=` explicitly.

Right-to-left text (Arabic, Hebrew) is shaped with `arabic-reshaper` and reordered with
`python-bidi` into visual order before it is split into runs. Characters no shipped font
covers are left out of the runs (never a row of boxes); `has_unsupported` gives callers the
warning to log.

All sizes and widths here are in PDF points.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import struct
import threading
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts

from db.words import note
from desktop.pdf import cjk_forms
from desktop.pdf.cjk_forms import DEFAULT_FORMS
from desktop.pdf.font_cache import load_font

log = logging.getLogger(__name__)

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

_lock = threading.RLock()
_registered = False
# font name -> {codepoint: width of the glyph at 1 pt}
_widths: dict[str, dict[int, float]] = {}
# reportlab name of a prepared Noto Sans CJK face -> its TrueType file
_face_files: dict[str, Path] = {}

_forms: ContextVar[str] = ContextVar("confdesk_glyph_forms", default=DEFAULT_FORMS)


def _utf16_hex(cp: int) -> str:
    if cp <= 0xFFFF:
        return f"{cp:04X}"
    cp -= 0x10000
    return f"{0xD800 + (cp >> 10):04X}{0xDC00 + (cp & 0x3FF):04X}"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset (its `makeToUnicodeCMap`), with characters
    beyond the BMP written in UTF-16 as the PDF reference asks (<D860DEE2> for 𨋢): reportlab
    writes five hex digits, so `pdftotext`, search and copy gave U+282E for U+282E2. Hong Kong
    names use such characters (HKSCS, in CJK Extension B), which Noto Sans CJK draws."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{_utf16_hex(cp)}>" for i, cp in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # reportlab looks it up when a PDF is saved


def font_path(name: str) -> Path:
    """The file a font of the chain is read from (for Qt, which loads the same files): a
    shipped font, or a prepared Noto Sans CJK face once a run has used it."""
    for reg, file, _ in _FILES:
        if reg == name:
            return FONT_DIR / file
    if name in _face_files:
        return _face_files[name]
    raise KeyError(name)


def cjk_font_name(forms: str, bold: bool = False) -> str:
    """reportlab's name for the Noto Sans CJK face of `forms` ("ConfdeskCJK-HK-Bold")."""
    return f"{CJK}-{forms.upper()}" + ("-Bold" if bold else "")


@contextlib.contextmanager
def glyph_forms(forms: str | None) -> Iterator[str]:
    """Chinese text measured and drawn inside the block takes these forms (hk, tw or cn;
    None or "": those already chosen). ValueError for another word."""
    if not forms:
        yield _forms.get()
        return
    token = _forms.set(cjk_forms.check_forms(forms))
    try:
        yield _forms.get()
    finally:
        _forms.reset(token)


def current_forms() -> str:
    """The glyph forms text is drawn in here (see `glyph_forms`)."""
    return _forms.get()


def _width_table(font: Any) -> dict[int, float]:
    face = font.face
    scale = 1.0 / 1000.0
    default = face.defaultWidth * scale
    return {cp: face.charWidths.get(cp, default) * scale for cp in face.charToGlyph}


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
            _widths[name] = _width_table(pdfmetrics.getFont(name))
        _registered = True


@functools.lru_cache(maxsize=16)
def _face(forms: str, bold: bool) -> str | None:
    """The reportlab name of the prepared Noto Sans CJK face (registered on first use), or
    None when it is not prepared or cannot be read (the chain goes on without it)."""
    path = cjk_forms.prepared(forms, bold)
    if path is None:
        return None
    name = cjk_font_name(forms, bold)
    with _lock:
        if _face_files.get(name) != path:
            try:
                font = load_font(name, path)
                widths = _width_table(font)
            except Exception as exc:  # a damaged file: reportlab raises several kinds
                log.warning("cannot read the prepared Chinese font %s: %s", path, exc)
                return None
            pdfmetrics.registerFont(font)
            _widths[name] = widths
            _face_files[name] = path
    return name


@functools.lru_cache(maxsize=16)
def _chain(bold: bool, forms: str = DEFAULT_FORMS) -> tuple[str, ...]:
    """The fonts tried for each character, in order (see the module's doc)."""
    ensure_fonts()
    noto = [_face(forms, True)] if bold else []
    noto.append(_face(forms, False))
    return (LATIN_BOLD if bold else LATIN, *[n for n in noto if n], CJK)


def forget_prepared() -> None:
    """Look again for prepared Noto Sans CJK faces (after `cjk_forms.prepare`, or a test
    that changed the cache folder) and forget every measurement made with the old chain."""
    _face.cache_clear()
    _chain.cache_clear()
    clear_caches()


def clear_caches() -> None:
    """Forget every cached split and measurement of text (benchmarks measure cold runs)."""
    for fn in (
        visual,
        _runs,
        _width1,
        _ink_extent,
        _char,
        _tokens,
        _fit,
        _unsupported,
    ):
        fn.cache_clear()


def _pick(forms: str | None) -> str:
    return forms or _forms.get()


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
    shaped: str = get_display(arabic_reshaper.reshape(text))
    return shaped


def _font_for(cp: int, chain: tuple[str, ...]) -> str | None:
    for name in chain:
        if cp in _widths[name]:
            return name
    return None


@functools.lru_cache(maxsize=16384)
def _runs(text: str, bold: bool, forms: str = DEFAULT_FORMS) -> tuple[tuple[str, str], ...]:
    ensure_fonts()
    chain = _chain(bold, forms)
    primary = chain[0]
    out: list[tuple[str, str]] = []
    cur_font: str | None = None
    font: str | None
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


def runs(text: str, bold: bool = False, forms: str | None = None) -> list[tuple[str, str]]:
    """Split text into (reportlab font name, substring) runs by glyph coverage, in drawing
    order; Chinese in `forms` (None: the context's, see `glyph_forms`)."""
    return list(_runs(text, bold, _pick(forms)))


@functools.lru_cache(maxsize=16384)
def _width1(text: str, bold: bool, forms: str = DEFAULT_FORMS) -> float:
    total = 0.0
    for font, sub in _runs(text, bold, forms):
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


def ink_extent(text: str, bold: bool = False, forms: str | None = None) -> tuple[float, float]:
    """How far the drawn glyphs of `text` reach above and below the baseline, in em."""
    return _ink_extent(text, bold, _pick(forms))


@functools.lru_cache(maxsize=16384)
def _ink_extent(text: str, bold: bool, forms: str) -> tuple[float, float]:
    ensure_fonts()
    top = depth = 0.0
    for font, sub in _runs(text, bold, forms):
        for ch in set(sub):
            t, d = _glyph_extent(font, ord(ch))
            top, depth = max(top, t), max(depth, d)
    return top, depth


def string_width(text: str, size: float, bold: bool = False, forms: str | None = None) -> float:
    """Width in points of text drawn at `size` points through the fallback chain."""
    return _width1(text, bold, _pick(forms)) * size


def draw_string(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    align: str = "left",
    forms: str | None = None,
) -> None:
    """Draw one line on a reportlab canvas at baseline y; align is left, center or right."""
    forms = _pick(forms)
    parts = _runs(text, bold, forms)
    if not parts:
        return
    if align != "left":
        w = _width1(text, bold, forms) * size
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


@dataclass(slots=True)
class FitResult:
    """Lines to draw at `size`; overflow is True when text had to be cut (ellipsis)."""

    lines: list[str]
    size: float
    overflow: bool = False
    bold: bool = False
    text: str = ""  # the text fitted, its whitespace collapsed
    forms: str = DEFAULT_FORMS  # the glyph forms it was measured in

    @property
    def widths(self) -> list[float]:
        """The drawn width of each line, in points."""
        return [string_width(ln, self.size, self.bold, self.forms) for ln in self.lines]

    @property
    def warning(self) -> str:
        """Characters no font has, and that the text was shortened; empty when neither."""
        missing = has_unsupported(self.text, self.forms)
        if not self.overflow:
            return missing
        msg = "text shortened to fit its box"
        return f"{missing}; {msg}" if missing else msg


@dataclass(frozen=True, slots=True)
class FitRule:
    """How a document fits its text into a box (see `fit_text`).

    `one_line_first`: shrink the text onto one line as long as that stays at min_size or more,
    and wrap only then (a badge name); otherwise wrap at the largest size whose lines fit (a
    long program title keeps a readable size over several lines). Sizes are tried in `step`
    points, counted up from min_size, or down from max_size with `from_max`. `latin_spaces`
    measures every space as the Latin font's instead of in the font it is drawn in (that of
    the character before it, narrower after Chinese).
    """

    step: float = 0.25
    from_max: bool = False
    one_line_first: bool = True
    latin_spaces: bool = False


BADGE_FIT = FitRule()


def _is_cjk_char(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF  # CJK radicals, kana, ideographs
        or 0xAC00 <= cp <= 0xD7AF  # hangul syllables
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF  # full-width forms
        or 0x20000 <= cp <= 0x2FFFF
    )


@functools.lru_cache(maxsize=65536)
def _char(ch: str, bold: bool, forms: str = DEFAULT_FORMS) -> tuple[float, str | None]:
    """(width at 1 pt, font) of one character drawn alone; the font is None when none has it."""
    return _width1(ch, bold, forms), _font_for(ord(ch), _chain(bold, forms))


@functools.lru_cache(maxsize=8)
def _space(font: str) -> float:
    """Width at 1 pt of a space drawn in `font`."""
    return _widths[font].get(ord(" "), 0.0)


def _measure(word: str, bold: bool, forms: str) -> tuple[float, str | None]:
    """(width at 1 pt, font of the last drawn character or None) of a word. Summing
    per-character widths is exact (reportlab applies no kerning); right-to-left text is shaped
    first, so it is measured whole."""
    width, font = 0.0, None
    for ch in word:
        w, f = _char(ch, bold, forms)
        width += w
        font = f or font
    if not word.isascii() and any(
        unicodedata.bidirectional(ch) in ("R", "AL") for ch in word if ord(ch) > 0x58F
    ):
        width = _width1(word, bold, forms)
    return width, font


@functools.lru_cache(maxsize=8192)
def _tokens(
    text: str, bold: bool, forms: str = DEFAULT_FORMS
) -> tuple[tuple[str, float, str | None, int], ...]:
    """Break opportunities: words (with their trailing space) and single CJK characters, each
    as (token, width at 1 pt without its trailing spaces, font of its last drawn character or
    None, how many trailing spaces)."""
    out: list[str] = []
    if text.isascii():  # the common case: words with their trailing space
        parts = text.split(" ")
        out = [p + " " for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    else:
        buf = ""
        for ch in text:
            if _is_cjk_char(ch):
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(ch)
            elif ch == " ":
                out.append(buf + ch)
                buf = ""
            else:
                buf += ch
        if buf:
            out.append(buf)
    result = []
    for t in out:
        word = t.rstrip(" ")
        result.append((t, *_measure(word, bold, forms), len(t) - len(word)))
    return tuple(result)


def wrap(
    text: str,
    width: float,
    size: float,
    bold: bool = False,
    latin_spaces: bool = False,
    forms: str | None = None,
) -> list[str]:
    """Greedy line breaking at spaces and between CJK characters; a word wider than the line
    is split anywhere. Every line is at most `width` points wide at `size`.

    A space is measured in the font it is drawn in (that of the character before it, as
    `runs` draws it), or with `latin_spaces` as the Latin font's space.
    """
    return _wrap(text, width, size, bold, latin_spaces, _pick(forms))


def _wrap(
    text: str, width: float, size: float, bold: bool, latin_spaces: bool, forms: str
) -> list[str]:
    ensure_fonts()
    limit = width / size + 1e-9
    primary = _chain(bold, forms)[0]
    lines: list[str] = []
    cur, cur_w, cur_font = "", 0.0, primary
    for tok, w, font, spaces in _tokens(text, bold, forms):
        if cur_w + w <= limit:
            cur += tok
            cur_font = font or cur_font
            cur_w += w + spaces * _space(primary if latin_spaces else cur_font)
            continue
        if cur.strip():
            lines.append(cur.rstrip())
        if w <= limit:
            cur_font = font or primary
            cur, cur_w = tok, w + spaces * _space(primary if latin_spaces else cur_font)
            continue
        cur, cur_w, cur_font = "", 0.0, primary
        for ch in tok:  # a single word wider than the line
            if ch == " ":
                cw = _space(primary if latin_spaces else cur_font)
            else:
                cw, ch_font = _char(ch, bold, forms)
                if cur and cur_w + cw > limit:
                    lines.append(cur.rstrip())
                    cur, cur_w, cur_font = "", 0.0, primary
                cur_font = ch_font or cur_font
            cur += ch
            cur_w += cw
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def _ellipsize(line: str, width: float, size: float, bold: bool, forms: str) -> str:
    """The longest prefix of `line` that fits `width` with an ellipsis after it."""
    if string_width(line + ELLIPSIS, size, bold, forms) <= width:
        return line + ELLIPSIS
    lo, hi = 0, len(line)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if string_width(line[:mid].rstrip() + ELLIPSIS, size, bold, forms) <= width:
            lo = mid
        else:
            hi = mid - 1
    return line[:lo].rstrip() + ELLIPSIS


def _sizes(max_size: float, min_size: float, rule: FitRule) -> list[float]:
    """The sizes a wrapped text may take, smallest first."""
    if not rule.from_max:
        n = int((max_size - min_size) / rule.step + 1e-9)
        return [min_size + i * rule.step for i in range(n + 1)]
    sizes = []
    size = max_size
    while size >= min_size - 1e-9:
        sizes.append(size)
        size = round(size - rule.step, 2)
    return sizes[::-1]


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
    line_em: float,
    rule: FitRule,
    forms: str = DEFAULT_FORMS,
) -> FitResult:
    text = " ".join(text.split())
    if not text:
        return FitResult([], max_size, False, bold, text, forms)
    if rule.one_line_first:
        w1 = _width1(text, bold, forms)
        # One line, as large as fits.
        size = max_size
        if w1 > 0:
            size = min(size, width / w1)
        size = min(size, height / line_em)
        if size >= min_size:
            size = max(min_size, int(size / rule.step) * rule.step)  # whole steps: stable outputs
            return FitResult([text], size, False, bold, text, forms)
        if _is_rtl(text):
            # Shaped right-to-left text is kept on one line: shrunk, then cut in logical order.
            size = max(min_size, min(max_size, height / line_em))
            if w1 * size <= width:
                return FitResult([text], size, False, bold, text, forms)
            cut = _ellipsize(text, width, size, bold, forms)
            return FitResult([cut], size, True, bold, text, forms)
    # Several lines: the largest size at which the wrapped text fits.
    sizes = _sizes(max_size, min_size, rule)

    def fits(sz: float) -> list[str] | None:
        lines = _wrap(text, width, sz, bold, rule.latin_spaces, forms)
        block = sz * (line_em + leading * (len(lines) - 1))
        return lines if len(lines) <= max_lines and block <= height + 1e-6 else None

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
        return FitResult(lines, size, False, bold, text, forms)
    # Still too long at the smallest size: keep what fits and end with an ellipsis.
    size = min_size
    lines = _wrap(text, width, size, bold, rule.latin_spaces, forms)
    room = 1 if height < size * line_em else int((height / size - line_em) / leading + 1e-9) + 1
    kept = lines[: max(1, min(max_lines, room))]
    kept[-1] = _ellipsize(kept[-1], width, size, bold, forms)
    return FitResult(kept, size, True, bold, text, forms)


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
    rule: FitRule = BADGE_FIT,
    forms: str | None = None,
) -> FitResult:
    """Fit text into a width x height box at the largest size from max_size to min_size.

    The one text fitter of badges and the printed program; `rule` is the document's way
    (`FitRule`: badges shrink a name onto one line first, the program wraps first).
    CJK text wraps between any two characters, other text at spaces (a word longer than the
    line is split). The result never exceeds the box: each line's width <= width and
    size * (line_em + leading * (lines - 1)) <= height; when even min_size does not fit, the
    lines that fit are kept and the last ends with an ellipsis (overflow set; when even one
    line at min_size is taller than the box, that one line is returned). `line_em` is the
    height one line needs in em (1.0 = the fonts' ascent + descent; more for glyphs that
    reach beyond them and for clearance).
    """
    ensure_fonts()
    forms = _pick(forms)
    r = _fit(
        text, width, height, max_size, min_size, bold, max_lines, leading, line_em, rule, forms
    )
    return FitResult(list(r.lines), r.size, r.overflow, r.bold, r.text, r.forms)


def has_unsupported(text: str, forms: str | None = None) -> str:
    """A warning naming characters no font of the chain can draw; empty when all can be
    printed."""
    return _unsupported(text, _pick(forms))


@functools.lru_cache(maxsize=4096)
def _unsupported(text: str, forms: str) -> str:
    ensure_fonts()
    missing: list[str] = []
    if _is_rtl(text):
        try:
            import arabic_reshaper  # noqa: F401
            import bidi  # noqa: F401
        except ImportError:
            return note("right-to-left text cannot be shaped (python-bidi/arabic-reshaper missing)")
    chain = _chain(False, forms)
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
    return note(
        "no font for {count} character(s) ({scripts}: {shown}); they are left out",
        count=len(missing),
        scripts=scripts,
        shown=shown,
    )
