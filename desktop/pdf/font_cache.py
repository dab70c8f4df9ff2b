"""The shipped TrueType fonts, parsed once per install instead of once per process.

reportlab reads a TrueType file's tables in pure Python: for WenQuanYi Micro Hei (34,600
characters) that is a tenth of a second at every start of `confdesk badges` or the desk. The
parsed face (character map, widths, metrics; plain numbers, strings and dicts) is kept in the
user's cache folder as a `marshal` file named for the font file's size and modification time,
the subfont, reportlab's version and Python's, and read back in a few milliseconds; older
parses of the same font are removed when a new one is written. The folder must be the user's
own (mode 0700): a cache another account could write is not read. Any problem with the cache
(missing, damaged, unreadable or unwritable folder, full disk) falls back to parsing the file,
as reportlab does: the cache can only save time, never change a PDF.
"""

from __future__ import annotations

import marshal
import sys
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
_NEEDED = ("charToGlyph", "charWidths", "hmetrics", "glyphPos", "unitsPerEm", "numGlyphs")


def _cache_file(path: Path, index: int) -> Path:
    st = path.stat()
    py = f"{sys.version_info[0]}{sys.version_info[1]}"
    name = f"{path.stem}-{index}-{st.st_size}-{st.st_mtime_ns}-rl{reportlab.Version}-py{py}.marshal"
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
    if not isinstance(state["charToGlyph"], dict) or not isinstance(state["unitsPerEm"], int):
        return None
    return state


def _write(cached: Path, face: TTFontFace, path: Path, index: int) -> None:
    state = {k: v for k, v in vars(face).items() if k not in _NOT_KEPT}
    try:
        data = marshal.dumps(state)
    except ValueError:  # a reportlab that keeps something marshal cannot hold: no cache
        return
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
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face.filename = str(path)
    face._ttf_data = path.read_bytes()
    face._pos = 0
    face._pdfScale = _scale(state["unitsPerEm"])
    return _font_from(name, face)
