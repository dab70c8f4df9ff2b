"""The parsed-font cache: the same font as parsing gives, and never in the way when broken."""

from __future__ import annotations

import io
import marshal
import math
import os
from array import array
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.pdf import font_cache, fonts

SAMPLE = "Chan Tai Man 陳大文 黃詠欣 Zoë Müller ひらがな 김민준"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "fonts"


def _pdf(font: pdfmetrics.Font, name: str) -> bytes:
    """One page drawn in `font`, registered as `name` (reportlab's invariant mode: no dates)."""
    pdfmetrics.registerFont(font)
    out = io.BytesIO()
    c = Canvas(out, invariant=1)
    c.setFont(name, 14)
    c.drawString(40, 700, SAMPLE)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_cached_font_is_the_parsed_font(cache: Path) -> None:
    path = fonts.font_path(fonts.CJK)
    parsed = font_cache.load_font("CacheTestCJK", path)
    assert [p.name for p in cache.iterdir()] and len(list(cache.iterdir())) == 1
    from_cache = font_cache.load_font("CacheTestCJK", path)
    keep = font_cache._NOT_KEPT | set(font_cache._PACKED) | {"_glyph_chars"}
    assert {k: v for k, v in vars(from_cache.face).items() if k not in keep} == {
        k: v for k, v in vars(parsed.face).items() if k not in keep
    }
    cached, fresh = from_cache.face, parsed.face
    assert cached.charToGlyph == fresh.charToGlyph
    assert list(cached.charToGlyph) == list(fresh.charToGlyph)  # the same order too
    assert cached.charWidths == fresh.charWidths
    assert list(cached.hmetrics) == fresh.hmetrics
    assert [cached.hmetrics[g] for g in (0, 1, len(fresh.hmetrics) - 1, -1)] == [
        fresh.hmetrics[g] for g in (0, 1, len(fresh.hmetrics) - 1, -1)
    ]
    with pytest.raises(IndexError):
        cached.hmetrics[len(fresh.hmetrics)]
    assert list(cached.glyphPos) == fresh.glyphPos
    assert "_glyph_chars" in vars(cached)  # unpacked only when asked for (shaping)
    assert cached.glyphToChar == fresh.glyphToChar
    assert from_cache.face._ttf_data == parsed.face._ttf_data
    assert from_cache.stringWidth(SAMPLE, 12) == parsed.stringWidth(SAMPLE, 12)
    assert from_cache.shapable == parsed.shapable
    # The same PDF bytes, subset font included.
    assert _pdf(from_cache, "CacheTestCJK") == _pdf(parsed, "CacheTestCJK")


def test_a_damaged_cache_file_is_parsed_again_and_replaced(cache: Path) -> None:
    path = fonts.font_path(fonts.LATIN)
    good = font_cache.load_font("CacheTestLatin", path)
    (cached,) = cache.iterdir()
    whole = marshal.loads(cached.read_bytes())
    keys, widths = whole["charWidths"]
    glyph_keys, glyph_ids = whole["charToGlyph"]
    hmetrics = array("d", whole["hmetrics"])
    positions = array("q", whole["glyphPos"])

    def changed(name: str, a: array, index: int, value: float) -> bytes:
        a = array(a.typecode, a)
        a[index] = value  # type: ignore[call-overload]
        return marshal.dumps({**whole, name: a.tobytes()})

    far = array("q", glyph_ids)
    far[5] = 10**9
    odd = [
        b"",
        b"\x00garbage",
        cached.read_bytes()[:1000],
        marshal.dumps({**whole, "charWidths": (keys, widths[:-3])}),  # a cut array
        marshal.dumps({**whole, "charWidths": (keys, 5, widths)}),
        marshal.dumps({**whole, "charToGlyph": (glyph_keys, far.tobytes())}),  # no such glyph
        marshal.dumps({**whole, "hmetrics": [(1, 2)]}),  # the older layout
        marshal.dumps({**whole, "hmetrics": hmetrics[:400].tobytes()}),  # metrics cut short
        changed("hmetrics", hmetrics, 7, math.nan),
        marshal.dumps({**whole, "glyphPos": positions[:-2].tobytes()}),
        changed("glyphPos", array("q", positions), 9, 10**12),  # beyond the glyph table
        marshal.dumps({**whole, "glyphToChar": 2**70}),
        marshal.dumps({**whole, "glyphToChar": b"1234567"}),
        marshal.dumps({**whole, "unitsPerEm": 0}),
        marshal.dumps({**whole, "defaultWidth": None}),
    ]
    for i, damage in enumerate(odd):
        cached.write_bytes(damage)
        again = font_cache.load_font(f"CacheTestLatin{i}", path)
        assert again.stringWidth(SAMPLE, 12) == good.stringWidth(SAMPLE, 12)
        assert _pdf(again, f"CacheTestLatin{i}") == _pdf(good, "CacheTestLatin"), i
        assert font_cache._read(cached) is not None  # written again, whole


def test_a_damaged_glyph_to_character_map_reads_as_the_character_map_says(cache: Path) -> None:
    path = fonts.font_path(fonts.LATIN)
    parsed = font_cache.load_font("CacheTestMap", path)
    (cached,) = cache.iterdir()
    whole = marshal.loads(cached.read_bytes())
    # A count of -2 (it looped for ever) and one past the end.
    for flat in ([5, -2, 0, 0], [5, 3, 65, 66]):
        cached.write_bytes(marshal.dumps({**whole, "glyphToChar": array("q", flat).tobytes()}))
        face = font_cache.load_font("CacheTestMap", path).face
        assert face.glyphToChar == face.glyphToChar  # read twice: the same, no error
        assert {g: sorted(c) for g, c in face.glyphToChar.items()} == {
            g: sorted(c) for g, c in font_cache._glyphs_of(parsed.face.charToGlyph).items()
        }


def test_an_unwritable_cache_folder_only_costs_the_parse(cache: Path) -> None:
    if os.geteuid() == 0:
        # root writes through a 0500 folder: point the cache at a file instead of a folder.
        cache.parent.mkdir(parents=True)
        cache.write_text("not a folder")
    else:
        cache.mkdir(parents=True)
        cache.chmod(0o500)
    font = font_cache.load_font("CacheTestBold", fonts.font_path(fonts.LATIN_BOLD))
    assert font.stringWidth("Badge", 10) > 0
    assert not cache.is_dir() or not list(cache.iterdir())


def test_a_changed_font_file_is_not_served_from_the_cache(cache: Path, tmp_path: Path) -> None:
    copy = tmp_path / "Copy.ttf"
    copy.write_bytes(fonts.font_path(fonts.LATIN).read_bytes())
    font_cache.load_font("CacheTestCopy", copy)
    copy.write_bytes(fonts.font_path(fonts.LATIN_BOLD).read_bytes())  # another font, same name
    bold = font_cache.load_font("CacheTestCopy", copy)
    assert (
        bold.face.styleName
        == font_cache.load_font("X", fonts.font_path(fonts.LATIN_BOLD)).face.styleName
    )
    # The parse of the old Copy.ttf is gone: one file per font (plus the real bold's).
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == ["Copy", "DejaVuSans"]


def test_a_cache_folder_others_can_write_is_not_read(cache: Path) -> None:
    path = fonts.font_path(fonts.LATIN)
    honest = font_cache.load_font("CacheTestShared", path).stringWidth("Badge", 10)
    (cached,) = cache.iterdir()
    state = marshal.loads(cached.read_bytes())
    keys, widths = state["charWidths"]
    # Another account rewrites the parse (every glyph 1 unit wide) in a folder open to all.
    forged = array("d", [1] * len(array("d", widths))).tobytes()
    cached.write_bytes(marshal.dumps({**state, "charWidths": (keys, forged)}))
    cache.chmod(0o777)
    assert font_cache.load_font("CacheTestShared", path).stringWidth("Badge", 10) == honest
    # Parsed again, and the folder made the user's own with an honest parse in it.
    assert cache.stat().st_mode & 0o777 == 0o700
    assert marshal.loads(cached.read_bytes())["charWidths"] == (keys, widths)
