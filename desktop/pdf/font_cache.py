"""The shipped TrueType fonts, parsed once per install instead of once per process.

reportlab reads a TrueType file's tables in pure Python: for WenQuanYi Micro Hei (34,600
characters) that is a tenth of a second at every start of `confdesk badges` or the desk. The
parsed face (character map, widths, metrics: numbers, strings, dicts and arrays) is kept in the
user's cache folder as a `marshal` file named for the font file's size and modification time,
the subfont, reportlab's version and Python's, and read back in a few milliseconds; older
parses of the same font are removed when a new one is written. The big tables go in as flat
arrays (marshal makes an object of every number of a list or dict, a third of the load): the
character map and widths become dicts again at once, the glyph metrics and offsets stay arrays
(reportlab only indexes them, when it subsets), and the glyph-to-characters map, which only
shaping with uharfbuzz reads, is unpacked the first time something asks for it. The folder must
be the user's own (mode 0700): a cache another account could write is not read. A file is read
only when its tables agree with each other (as many metrics and offsets as glyphs, glyph ids
within the font, offsets within its glyph table, finite widths); any problem with the cache
(missing, damaged, unreadable or unwritable folder, full disk) falls back to parsing the file,
as reportlab does: the cache can only save time, never change a PDF.
"""

from __future__ import annotations

import functools
import marshal
import math
import sys
from array import array
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace
from reportlab.rl_config import unShapedFontGlob

from desktop.base.user_cache import cache_dir, read_cached, write_cached

# Attributes that are not kept: the file's bytes (read again, they are the subset source), the
# read position and the scale function (rebuilt from unitsPerEm).
_NOT_KEPT = frozenset({"_ttf_data", "_pos", "_pdfScale", "filename"})
# Kept packed as arrays' bytes (see the module's doc); the rest is kept as it is.
_PACKED = ("charToGlyph", "charWidths", "glyphToChar", "hmetrics", "glyphPos")
_NEEDED = (*_PACKED, "unitsPerEm", "numGlyphs")
# The value arrays of the two dicts: glyph ids, and widths (floats once scaled to 1000 units).
_KINDS = {"charToGlyph": "q", "charWidths": "d"}
FORMAT = "p3"  # in the file name: a cache written in another layout is never read


class _Pairs:
    """reportlab's hmetrics, a list of (advance, left side bearing) per glyph, over one flat
    array of both."""

    __slots__ = ("_flat",)

    def __init__(self, flat: array[float]) -> None:
        self._flat = flat

    def __len__(self) -> int:
        return len(self._flat) // 2

    def __getitem__(self, glyph: int) -> tuple[float, float]:
        if glyph < 0:
            glyph += len(self)
        if not 0 <= glyph < len(self):
            raise IndexError(glyph)
        return self._flat[2 * glyph], self._flat[2 * glyph + 1]

    def __iter__(self) -> Iterator[tuple[float, float]]:
        flat = self._flat
        return zip(flat[::2], flat[1::2], strict=True)


class _CachedFace(TTFontFace):  # type: ignore[misc]  # (reportlab has no type hints)
    """A face read from the cache; its glyph-to-characters map is unpacked on first use."""

    @functools.cached_property
    def glyphToChar(self) -> dict[int, list[int]]:
        # (idempotent: Python 3.12's cached_property has no lock, two threads may both run it)
        flat = array("q", self.__dict__["_glyph_chars"])
        out: dict[int, list[int]] = {}
        i = 0
        while i + 1 < len(flat):
            n = flat[i + 1]
            if n < 0 or i + 2 + n > len(flat):  # damaged: what the character map says instead
                return _glyphs_of(self.charToGlyph)
            out[flat[i]] = flat[i + 2 : i + 2 + n].tolist()
            i += 2 + n
        return out


def _glyphs_of(char_to_glyph: dict[int, int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for cp, glyph in char_to_glyph.items():
        out.setdefault(glyph, []).append(cp)
    return out


def _pack(face: TTFontFace) -> dict[str, Any]:
    """The face's attributes as the cache keeps them."""
    state = {k: v for k, v in vars(face).items() if k not in _NOT_KEPT}
    for name, kind in _KINDS.items():
        table = state[name]
        state[name] = (array("q", table).tobytes(), array(kind, table.values()).tobytes())
    chars: list[int] = []
    for glyph, cps in state["glyphToChar"].items():
        chars += (glyph, len(cps), *cps)
    state["glyphToChar"] = array("q", chars).tobytes()
    # (doubles: past the table's last full entry reportlab repeats the scaled advance)
    state["hmetrics"] = array("d", [v for pair in state["hmetrics"] for v in pair]).tobytes()
    state["glyphPos"] = array("q", state["glyphPos"]).tobytes()
    return state


def _unpack(state: dict[str, Any]) -> dict[str, Any] | None:
    """The face's attributes from what the cache kept; None when they are not as written or do
    not agree with each other."""
    try:
        arrays = {}
        for name, kind in _KINDS.items():
            keys, values = state[name]
            arrays[name] = array("q", _raw(keys)), array(kind, _raw(values))
        glyph_chars = _raw(state["glyphToChar"])
        if len(glyph_chars) % array("q").itemsize:
            return None
        hmetrics = array("d", _raw(state["hmetrics"]))
        glyph_pos = array("q", _raw(state["glyphPos"]))
    except (TypeError, ValueError):
        return None
    glyphs, units, default = state["numGlyphs"], state["unitsPerEm"], state.get("defaultWidth")
    glyph_ids, widths = arrays["charToGlyph"][1], arrays["charWidths"][1]
    try:
        agree = (
            isinstance(glyphs, int)
            and glyphs > 0
            and isinstance(units, int)
            and units > 0
            and isinstance(default, int | float)
            and math.isfinite(default)
            and len(hmetrics) == 2 * glyphs
            and len(glyph_pos) == glyphs + 1
            and _within(hmetrics, 0, math.inf)
            and _within(glyph_pos, 0, state["table"]["glyf"]["length"])
            and _within(glyph_ids, 0, glyphs - 1)
            and _within(widths, 0, math.inf)
            and all(len(k) == len(v) for k, v in arrays.values())
        )
    except (KeyError, TypeError, ValueError, OverflowError):
        return None
    if not agree:
        return None
    for name, (keys, values) in arrays.items():
        state[name] = dict(zip(keys, values, strict=True))
    del state["glyphToChar"]
    state["_glyph_chars"] = glyph_chars
    state["hmetrics"] = _Pairs(hmetrics)
    state["glyphPos"] = glyph_pos
    return state


def _raw(value: object) -> bytes:
    if not isinstance(value, bytes):
        raise TypeError("not bytes")
    return value


def _within(values: array[Any], low: float, high: float) -> bool:
    """Every value finite and within [low, high] (an empty array too)."""
    if not values:
        return True
    if values.typecode == "d" and not math.isfinite(math.fsum(values)):
        return False
    return bool(low <= min(values) and max(values) <= high)


def _cache_file(path: Path, index: int) -> Path:
    st = path.stat()
    py = f"{sys.version_info[0]}{sys.version_info[1]}"
    name = f"{path.stem}-{index}-{st.st_size}-{st.st_mtime_ns}-rl{reportlab.Version}-py{py}-{FORMAT}.marshal"
    return cache_dir() / "fonts" / name


def _scale(units_per_em: int) -> Any:
    """The function reportlab's face uses to turn font units into PDF units (per 1000 em)."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


def _read(cached: Path) -> dict[str, Any] | None:
    data = read_cached(cached)  # None when missing, unreadable or not in the user's own folder
    if data is None:
        return None
    try:
        state = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(state, dict) or not all(k in state for k in _NEEDED):
        return None
    if not isinstance(state["unitsPerEm"], int):
        return None
    return _unpack(state)


def _write(cached: Path, face: TTFontFace, path: Path, index: int) -> None:
    try:
        data = marshal.dumps(_pack(face))
    except (ValueError, TypeError, OverflowError, KeyError):
        return  # a reportlab that keeps something otherwise (or marshal cannot hold): no cache
    # Older parses of the same font (another version of it, of reportlab or Python) go.
    write_cached(cached, data, stale=f"{path.stem}-{index}-*.marshal")


def _font_from(name: str, face: TTFontFace) -> TTFont:
    """A TTFont over an already loaded face: what TTFont.__init__ does after parsing."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
    return font


def load_font(name: str, path: Path, index: int = 0) -> TTFont:
    """The TrueType font at `path` (subfont `index` of a collection) as reportlab's TTFont,
    from the parsed-font cache when it holds this very file."""
    try:
        cached: Path | None = _cache_file(path, index)
    except OSError:
        cached = None
    state = _read(cached) if cached is not None else None
    if state is None:
        font = TTFont(name, str(path), subfontIndex=index)
        if cached is not None:
            _write(cached, font.face, path, index)
        return font
    face = _CachedFace.__new__(_CachedFace)
    face.__dict__.update(state)
    face.filename = str(path)
    face._ttf_data = path.read_bytes()
    face._pos = 0
    face._pdfScale = _scale(state["unitsPerEm"])
    return _font_from(name, face)
