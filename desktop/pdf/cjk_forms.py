"""Chinese glyph forms: Noto Sans CJK in Hong Kong, Taiwan or mainland forms, made TrueType.

The same character is written differently in Hong Kong, Taiwan and mainland China (the
strokes of 骨, 說, 吳, 曾...), and Hong Kong names use characters of the Hong Kong
Supplementary Character Set (峯, 綫, 啲, 嘅, 𨋢) that many Chinese fonts lack. Noto Sans CJK
(SIL Open Font License 1.1) draws each region's forms in its own face of one collection:
`FORMS` maps Confdesk's names for them (hk, tw, cn) to that face.

reportlab embeds only TrueType (`glyf`) outlines and Noto Sans CJK is CFF, so the face is
converted once, with fontTools, into the user's cache folder (`desktop.base.user_cache`:
0700, written atomically): `prepare(forms, bold)` takes about 35 s and gives a 20 MB
TrueType file named for the source file's size and modification time and fontTools' version
(a new font or a new fontTools converts again). `prepared(forms, bold)` is the file to draw
with, or None. Where the system's collection is looked for: `source_dirs()` (Debian's
fonts-noto-cjk, the other Linux distributions' folders, the user's fonts folder, macOS and
Windows font folders; `CONFDESK_CJK_FONT_DIR` names the only folder to look in). A packaged
app may carry prepared faces in `resources/fonts/cjk/` (packaging/build.sh puts the Hong Kong
ones there), used when the user's cache has none.

Nothing here raises to a caller for a missing or damaged source font: `prepared` and `prepare`
return None (and `prepare` says why in `errors`), and the PDF falls back to WenQuanYi Micro
Hei as before.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.base.progress import ProgressFn, no_progress
from desktop.base.user_cache import cache_dir, own_folder, write_cached

log = logging.getLogger(__name__)

# Confdesk's name for the forms -> the face of the collection NotoSansCJK-*.ttc (Debian's,
# and upstream's "Sans/OTC" files): 0 JP, 1 KR, 2 SC, 3 TC, 4 HK.
FORMS: dict[str, int] = {"hk": 4, "tw": 3, "cn": 2}
DEFAULT_FORMS = "hk"
# The region code in Noto's own file and PostScript names (NotoSansCJKhk-Regular).
REGION: dict[str, str] = {"hk": "hk", "tw": "tc", "cn": "sc"}
FAMILY: dict[str, str] = {
    "hk": "Noto Sans CJK HK",
    "tw": "Noto Sans CJK TC",
    "cn": "Noto Sans CJK SC",
}
LABEL: dict[str, str] = {"hk": "Hong Kong", "tw": "Taiwan", "cn": "mainland China"}

BUNDLED_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "cjk"
ENV_DIR = "CONFDESK_CJK_FONT_DIR"

# Countries as registrations write them (codes, English and Chinese names; compared in lower
# case without punctuation) -> their forms. Any other country takes the event's choice.
_TW = (
    "tw", "twn", "taiwan", "roc", "republic of china", "taiwan roc", "taiwan province of china",
    "chinese taipei", "台灣", "台湾", "臺灣", "中華民國", "中华民国",
)  # fmt: skip
_CN = (
    "cn", "chn", "china", "prc", "pr china", "p r china", "people's republic of china",
    "mainland china", "china mainland", "中国", "中國", "中国大陆", "中國大陸", "中国内地",
    "中國內地", "内地", "內地", "sg", "sgp", "singapore", "republic of singapore", "新加坡",
)  # fmt: skip
_HK = (
    "hk", "hkg", "hong kong", "hongkong", "hong kong sar", "hksar", "hong kong china",
    "hong kong sar china", "香港", "中國香港", "中国香港", "香港特別行政區", "香港特别行政区",
    "mo", "mac", "macau", "macao", "macau sar", "macao sar", "macau china", "macao sar china",
    "澳門", "澳门", "中國澳門", "中国澳门",
)  # fmt: skip
_COUNTRY_FORMS: dict[str, str] = {
    **dict.fromkeys(_TW, "tw"),
    **dict.fromkeys(_CN, "cn"),
    **dict.fromkeys(_HK, "hk"),
}
_PUNCT = re.compile(r"[.,()（）\-_/]+")


class FontSourceError(Exception):
    """The source font is missing, damaged or not Noto Sans CJK (the message says which)."""


def check_forms(forms: str) -> str:
    """`forms` as a key of FORMS (case and spaces ignored); ValueError for another word."""
    key = (forms or "").strip().lower()
    if key not in FORMS:
        raise ValueError(f"unknown glyph forms {forms!r} (use {', '.join(FORMS)})")
    return key


def parse_forms(text: str) -> list[str]:
    """`hk,tw` -> ["hk", "tw"] (each once, in order); ValueError for an unknown one."""
    out: list[str] = []
    for part in (text or "").split(","):
        if part.strip():
            key = check_forms(part)
            if key not in out:
                out.append(key)
    if not out:
        raise ValueError(f"no glyph forms given (use {', '.join(FORMS)})")
    return out


@functools.lru_cache(maxsize=1024)
def forms_for_country(country: str, default: str = DEFAULT_FORMS) -> str:
    """The forms an attendee from `country` reads (Taiwan: tw; mainland China and Singapore:
    cn; Hong Kong and Macau: hk); any other country, or none, gets `default`."""
    key = _PUNCT.sub(" ", (country or "").strip().lower().replace("’", "'"))
    key = " ".join(key.split())
    return _COUNTRY_FORMS.get(key, default)


def _weight(bold: bool) -> str:
    return "Bold" if bold else "Regular"


def source_dirs() -> list[Path]:
    """The folders Noto Sans CJK is looked for in, in order (only `CONFDESK_CJK_FONT_DIR`
    when it is set)."""
    override = os.environ.get(ENV_DIR)
    if override:
        return [Path(override)]
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts/opentype/noto"),  # Debian, Ubuntu: fonts-noto-cjk
        Path("/usr/share/fonts/opentype/noto-cjk"),
        Path("/usr/share/fonts/noto-cjk"),  # Arch: noto-fonts-cjk
        Path("/usr/share/fonts/google-noto-cjk"),  # Fedora: google-noto-sans-cjk-ttc-fonts
        Path("/usr/share/fonts/google-noto-sans-cjk-fonts"),
        Path("/usr/share/fonts/noto"),  # openSUSE
        Path("/usr/share/fonts/truetype/noto"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]
    if sys.platform == "darwin":
        dirs = [home / "Library" / "Fonts", Path("/Library/Fonts"), *dirs]
    elif sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs = [Path(windir) / "Fonts"]
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def _names(forms: str, bold: bool) -> tuple[str, ...]:
    """File names of the source, best first: the collection, then the region's own file."""
    w, r = _weight(bold), REGION[forms]
    return (f"NotoSansCJK-{w}.ttc", f"NotoSansCJK{r}-{w}.otf", f"NotoSansCJK{r}-{w}.ttf")


def source_file(forms: str, bold: bool = False) -> Path | None:
    """The system's Noto Sans CJK file the face is made from (None: none found)."""
    names = _names(check_forms(forms), bold)
    dirs = source_dirs()
    for folder in dirs:
        for name in names:
            path = folder / name
            if path.is_file():
                return path
    if os.environ.get(ENV_DIR):
        return None
    # One or two folders further down (/usr/share/fonts/opentype/noto...), exact names only.
    for root in (Path("/usr/share/fonts"), Path.home() / ".local" / "share" / "fonts"):
        for name in names:
            for pattern in (f"*/{name}", f"*/*/{name}"):
                try:
                    found = sorted(p for p in root.glob(pattern) if p.is_file())
                except OSError:
                    found = []
                if found:
                    return found[0]
    return None


def _fonttools_version() -> str | None:
    try:
        import fontTools
    except ImportError:
        return None
    return str(fontTools.version)


def _stem(forms: str, bold: bool) -> str:
    return f"NotoSansCJK{REGION[forms]}-{_weight(bold)}"


def cache_file(forms: str, bold: bool, source: Path) -> Path | None:
    """Where the face made from `source` is kept (None: fontTools is not installed)."""
    version = _fonttools_version()
    if version is None:
        return None
    st = source.stat()
    name = f"{_stem(forms, bold)}-{st.st_size}-{st.st_mtime_ns}-ft{version}.ttf"
    return cache_dir() / "cjk" / name


def _usable(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 1000 and own_folder(path.parent)
    except OSError:
        return False


def bundled_file(forms: str, bold: bool = False) -> Path | None:
    """A face prepared when the app was packaged (resources/fonts/cjk/), or None."""
    path = BUNDLED_DIR / f"{_stem(check_forms(forms), bold)}.ttf"
    return path if path.is_file() else None


def prepared(forms: str, bold: bool = False) -> Path | None:
    """The TrueType file of Noto Sans CJK in these forms to draw with, or None (not prepared
    yet, no source font, an unreadable cache): the one converted from the system's font in
    the user's cache, else one packaged with the app. Never raises."""
    try:
        forms = check_forms(forms)
        source = source_file(forms, bold)
        if source is not None:
            cached = cache_file(forms, bold, source)
            if cached is None:  # no fontTools to name it: any conversion of this very file
                st = source.stat()
                folder = cache_dir() / "cjk"
                pattern = f"{_stem(forms, bold)}-{st.st_size}-{st.st_mtime_ns}-ft*.ttf"
                cached = next(iter(sorted(folder.glob(pattern))), None)
            if cached is not None and _usable(cached):
                return cached
        return bundled_file(forms, bold)
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class Face:
    """One face's state, for `confdesk fonts status`."""

    forms: str
    bold: bool
    source: Path | None  # the system's Noto Sans CJK file (None: not found)
    path: Path | None  # the prepared TrueType file drawn with (None: not prepared)

    @property
    def family(self) -> str:
        return FAMILY[self.forms] + (" Bold" if self.bold else "")

    @property
    def bundled(self) -> bool:
        return self.path is not None and self.path.parent == BUNDLED_DIR


def status(forms: str, bold: bool = False) -> Face:
    """Whether the face is prepared, where, and from which source."""
    forms = check_forms(forms)
    try:
        source = source_file(forms, bold)
    except OSError:
        source = None
    return Face(forms, bold, source, prepared(forms, bold))


def _subfont(path: Path, forms: str, bold: bool) -> int:
    """The index of the face in a collection: the one whose PostScript name is Noto's for
    these forms (NotoSansCJKhk-Regular), else FORMS' index."""
    if path.suffix.lower() not in (".ttc", ".otc"):
        return 0
    from fontTools.ttLib import TTCollection

    want = _stem(forms, bold)
    try:
        col = TTCollection(str(path), lazy=True)
    except Exception as exc:  # fontTools raises several kinds on a damaged file
        raise FontSourceError(f"{path} is not a font collection fontTools can read: {exc}") from exc
    try:
        for i, font in enumerate(col.fonts):
            try:
                if font["name"].getDebugName(6) == want:
                    return i
            except Exception:
                continue
        if len(col.fonts) > FORMS[forms]:
            return FORMS[forms]
    finally:
        col.close()
    raise FontSourceError(f"{path} has no {want} face")


def _convert(
    source: Path,
    index: int,
    chars: set[int] | None,
    progress: ProgressFn,
    label: str,
) -> bytes:
    """The face `index` of `source` as TrueType: each CFF glyph drawn again as quadratic
    curves (within 1 font unit), new glyf/loca/maxp tables; the other tables kept."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    try:
        font = TTFont(str(source), fontNumber=index, lazy=True)
        order = font.getGlyphOrder()
        cmap = font["cmap"]
    except Exception as exc:
        raise FontSourceError(f"{source} cannot be read: {exc}") from exc
    if "glyf" in font and "CFF " not in font:
        out = io.BytesIO()
        font.save(out)  # already TrueType: kept as it is
        return out.getvalue()
    if "CFF " not in font:
        raise FontSourceError(f"{source} has neither CFF nor TrueType outlines")
    keep: set[str] | None = None
    if chars is not None:
        # Only these characters: the others leave the character map, their glyphs empty.
        best = cmap.getBestCmap() or {}
        keep = {".notdef"} | {best[cp] for cp in chars if cp in best}
        for table in cmap.tables:
            if table.format == 14:
                table.uvsDict = {
                    vs: [(cp, g) for cp, g in pairs if cp in chars]
                    for vs, pairs in table.uvsDict.items()
                }
            else:
                table.cmap = {cp: g for cp, g in table.cmap.items() if cp in chars}
    try:
        glyph_set = font.getGlyphSet()
        glyf = newTable("glyf")
        glyf.glyphOrder = order
        glyf.glyphs = {}
        total = len(order)
        step = max(1, total // 50)
        for n, name in enumerate(order):
            pen = TTGlyphPen(None)
            if keep is None or name in keep:
                glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
            glyf[name] = pen.glyph()
            if n % step == 0:
                progress(n, total, label)
    except FontSourceError:
        raise
    except Exception as exc:
        raise FontSourceError(f"{source}: a glyph could not be converted ({exc})") from exc
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]  # the vertical origins of CFF fonts: TrueType keeps them in glyf
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: 65,535 of them would add a megabyte
    font.sfntVersion = "\x00\x01\x00\x00"
    progress(total, total, label)
    out = io.BytesIO()
    font.save(out)
    font.close()
    return out.getvalue()


def prepare(
    forms: str,
    bold: bool = False,
    progress: ProgressFn = no_progress,
    *,
    chars: Iterable[str] | None = None,
    force: bool = False,
    errors: list[str] | None = None,
) -> Path | None:
    """Convert the system's Noto Sans CJK face of these forms into the user's cache once
    (about 35 s); the file, or None when there is no source font, it cannot be converted or
    the cache cannot be written (the reason appended to `errors`). Already prepared from the
    same source with the same fontTools: returned at once (unless `force`).

    `chars`: convert only these characters' glyphs (the tests; a face made so draws only
    them, the rest fall back to WenQuanYi Micro Hei like characters Noto lacks)."""
    forms = check_forms(forms)
    family = FAMILY[forms] + (" Bold" if bold else "")

    def fail(message: str) -> None:
        log.info("Chinese font %s not prepared: %s", family, message)
        if errors is not None:
            errors.append(message)

    try:
        source = source_file(forms, bold)
    except OSError as exc:
        fail(f"the font folders cannot be read ({exc})")
        return None
    if source is None:
        dirs = source_dirs()
        others = f" or {len(dirs) - 1} other font folders" if len(dirs) > 1 else ""
        fail(
            f"Noto Sans CJK not found in {dirs[0]}{others} "
            "(Debian/Ubuntu: apt install fonts-noto-cjk)"
        )
        return None
    if _fonttools_version() is None:
        fail("fontTools is not installed (pip install fonttools)")
        return None
    try:
        target = cache_file(forms, bold, source)
    except OSError as exc:
        fail(f"{source} cannot be read ({exc.strerror or exc})")
        return None
    assert target is not None
    if not force and chars is None and _usable(target):
        return target
    wanted = {ord(c) for c in chars} if chars is not None else None
    try:
        index = _subfont(source, forms, bold)
        data = _convert(source, index, wanted, progress, f"converting {family}")
    except FontSourceError as exc:
        fail(str(exc))
        return None
    except MemoryError:
        fail("not enough memory to convert the font")
        return None
    write_cached(target, data, stale=f"{_stem(forms, bold)}-*.ttf")
    if not _usable(target) or target.stat().st_size != len(data):
        fail(f"the cache folder {target.parent} cannot be written")
        return None
    _forget_parsed(_stem(forms, bold), target)
    return target


def _forget_parsed(stem: str, current: Path) -> None:
    """Remove reportlab's parses (desktop.pdf.font_cache) of older conversions of this face."""
    folder = cache_dir() / "fonts"
    try:
        for old in folder.glob(f"{stem}-*.marshal"):
            if not old.name.startswith(current.stem + "-"):
                old.unlink(missing_ok=True)
    except OSError:
        pass


def describe(face: Face) -> dict[str, Any]:
    """One face's status as plain data (`confdesk fonts status --json`)."""
    return {
        "forms": face.forms,
        "bold": face.bold,
        "family": face.family,
        "prepared": face.path is not None,
        "path": str(face.path) if face.path else None,
        "bundled": face.bundled,
        "source": str(face.source) if face.source else None,
    }
