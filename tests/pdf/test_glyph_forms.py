"""Chinese in Hong Kong, Taiwan or mainland glyph forms: Noto Sans CJK made TrueType.

Real fonts (Debian's fonts-noto-cjk) and real PDFs, read back with pdffonts, pdftotext and
pdftoppm. A whole face takes ~35 s to convert, so the session converts only the characters
the tests draw (`prepare(chars=...)`), once, into a cache folder of its own; the full
conversion is a slow test.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.pdfgen.canvas import Canvas

from db.models import Attendee
from desktop.base.errors import UserError
from desktop.core import badges as core
from desktop.core.event_details import event_details, update_event
from desktop.core.events import current_event
from desktop.pdf import cjk_forms, fonts
from desktop.pdf.cjk_forms import forms_for_country
from tests.pdf.helpers import add_people, ink, render_png
from tests.tools import confdesk, run_tool

HKSCS = "峯綫啲嘅𨋢"  # Hong Kong Supplementary Character Set (𨋢, lift, is in Extension B)
NAMES = "陳大文林志玲黃詠欣"
REGULAR = cjk_forms._stem("hk", False)  # NotoSansCJKhk-Regular


def _need_noto() -> None:
    if cjk_forms.source_file("hk") is None or cjk_forms.source_file("hk", bold=True) is None:
        if os.environ.get("CONFDESK_REQUIRE_TOOLS") == "1":
            pytest.fail("Noto Sans CJK is not installed (apt install fonts-noto-cjk)")
        pytest.skip("Noto Sans CJK is not installed (apt install fonts-noto-cjk)")


@pytest.fixture(scope="session")
def differing_char() -> str:
    """A character whose Hong Kong glyph differs from its Taiwan one: the first ideograph
    the two faces map to glyphs with different outlines."""
    _need_noto()
    from fontTools.pens.recordingPen import RecordingPen
    from fontTools.ttLib import TTFont

    src = cjk_forms.source_file("hk")
    assert src is not None
    hk_font = TTFont(str(src), fontNumber=cjk_forms._subfont(src, "hk", False), lazy=True)
    tw_font = TTFont(str(src), fontNumber=cjk_forms._subfont(src, "tw", False), lazy=True)
    hk, tw = hk_font.getBestCmap(), tw_font.getBestCmap()
    hk_glyphs, tw_glyphs = hk_font.getGlyphSet(), tw_font.getGlyphSet()
    for cp in range(0x4E00, 0xA000):
        a, b = hk.get(cp), tw.get(cp)
        if a is None or b is None or a == b:
            continue
        pa, pb = RecordingPen(), RecordingPen()
        hk_glyphs[a].draw(pa)
        tw_glyphs[b].draw(pb)
        if pa.value != pb.value:
            return chr(cp)
    raise AssertionError("no character differs between the HK and TC faces")


@pytest.fixture(scope="session")
def test_chars(differing_char: str) -> str:
    return NAMES + HKSCS + differing_char + "大會講者"


@pytest.fixture(scope="session")
def noto_cache(tmp_path_factory: pytest.TempPathFactory, test_chars: str) -> Path:
    """A cache folder with the HK (regular, bold) and TC (regular) faces of `test_chars`."""
    folder = tmp_path_factory.mktemp("noto-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONFDESK_CACHE_DIR", str(folder))
        for forms, bold in (("hk", False), ("hk", True), ("tw", False)):
            errors: list[str] = []
            assert cjk_forms.prepare(forms, bold, chars=test_chars, errors=errors), errors
    return folder


@pytest.fixture
def noto(noto_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Draw with the session's prepared faces (every other test draws with WenQuanYi)."""
    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(noto_cache))
    fonts.forget_prepared()
    yield noto_cache
    fonts.forget_prepared()


@pytest.fixture
def no_noto(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No Noto Sans CJK anywhere: an empty font folder and an empty cache."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setenv(cjk_forms.ENV_DIR, str(empty))
    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(tmp_path / "cache"))
    fonts.forget_prepared()
    yield empty
    fonts.forget_prepared()


def pdffonts(pdf: Path) -> list[str]:
    out = run_tool(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert all(" yes yes " in r for r in rows if "+" in r.split()[0]), out  # embedded, subset
    return [r.split()[0].partition("+")[2] for r in rows if "+" in r.split()[0]]


def pdftotext(pdf: Path) -> str:
    return run_tool(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_real_subfont_becomes_truetype_with_the_same_outlines(
    noto_cache: Path, test_chars: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fontTools.pens.boundsPen import BoundsPen
    from fontTools.ttLib import TTFont

    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(noto_cache))
    path = cjk_forms.prepared("hk")
    assert path is not None and path.parent == noto_cache / "cjk"
    src = cjk_forms.source_file("hk")
    assert src is not None
    st = src.stat()
    assert path.name.startswith(f"{REGULAR}-{st.st_size}-{st.st_mtime_ns}-ft")
    assert not path.stat().st_mode & 0o077 and not path.parent.stat().st_mode & 0o077
    ttf = TTFont(str(path))
    cff = TTFont(str(src), fontNumber=cjk_forms._subfont(src, "hk", False))
    assert cff["name"].getDebugName(6) == REGULAR and "CFF " in cff
    assert ttf.sfntVersion == "\x00\x01\x00\x00" and "glyf" in ttf and "CFF " not in ttf
    assert ttf["maxp"].numGlyphs == cff["maxp"].numGlyphs  # the glyph order is kept
    cmap = ttf.getBestCmap()
    assert set(cmap) == {ord(c) for c in test_chars}
    new, old, old_cmap = ttf.getGlyphSet(), cff.getGlyphSet(), cff.getBestCmap()
    for ch in test_chars:
        glyph, cid = cmap[ord(ch)], old_cmap[ord(ch)]  # (post format 3: names made up)
        assert ttf.getGlyphID(glyph) == cff.getGlyphID(cid)
        a, b = BoundsPen(new), BoundsPen(old)
        new[glyph].draw(a)
        old[cid].draw(b)
        assert a.bounds is not None and b.bounds is not None, ch
        assert all(abs(x - y) <= 1 for x, y in zip(a.bounds, b.bounds, strict=True)), ch
        assert ttf["hmtx"][glyph][0] == cff["hmtx"][cid][0]  # same advance width
    # Asked again for the same source: the same file, not converted again.
    mtime = path.stat().st_mtime_ns
    assert cjk_forms.prepare("hk") == path and path.stat().st_mtime_ns == mtime


@pytest.mark.slow
def test_a_whole_face_converts_and_draws_every_hkscs_character(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _need_noto()
    from fontTools.ttLib import TTFont

    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(tmp_path / "cache"))
    seen: list[int] = []
    path = cjk_forms.prepare("hk", progress=lambda done, total, _msg: seen.append(done))
    assert path is not None and path.stat().st_size > 10_000_000
    assert seen[-1] > 60_000
    src = cjk_forms.source_file("hk")
    assert src is not None
    cff = TTFont(str(src), fontNumber=cjk_forms._subfont(src, "hk", False), lazy=True)
    ttf = TTFont(str(path), lazy=True)
    assert ttf["maxp"].numGlyphs == cff["maxp"].numGlyphs
    ids = {cp: ttf.getGlyphID(g) for cp, g in ttf.getBestCmap().items()}
    assert ids == {cp: cff.getGlyphID(g) for cp, g in cff.getBestCmap().items()}
    fonts.forget_prepared()
    try:
        assert fonts.runs("陳大文 " + HKSCS) == [(fonts.cjk_font_name("hk"), "陳大文 " + HKSCS)]
        assert fonts.has_unsupported(HKSCS) == ""
    finally:
        fonts.forget_prepared()


def _draw_each(pdf: Path, chars: str, forms: str, size: float = 60) -> None:
    """Each character alone in its own 80 pt cell, in a row."""
    c = Canvas(str(pdf), pagesize=(80 * len(chars), 100), invariant=1)
    with fonts.glyph_forms(forms):
        for i, ch in enumerate(chars):
            fonts.draw_string(c, i * 80 + 10, 30, ch, size)
    c.showPage()
    c.save()


def test_a_hong_kong_badge_embeds_noto_hk_and_prints_every_character(
    noto: Path, store, tmp_path: Path
) -> None:
    add_people(
        store,
        [
            {
                "given_name": "Tai Man",
                "family_name": "Chan",
                "name_local": "陳大文",
                "organization": f"{HKSCS} Company",
                "country": "HK",
            },
            # A Chinese name only: it goes on the bold name line.
            {"given_name": "詠欣", "family_name": "黃", "country": "Hong Kong"},
        ],
    )
    out = tmp_path / "hk.pdf"
    with store.session() as s:
        result = core.render_badges(s, out, sheet="single")
    assert result.warnings == {}
    assert sorted(pdffonts(out)) == sorted(
        ["DejaVuSans", "DejaVuSans-Bold", REGULAR, cjk_forms._stem("hk", True)]
    )
    text = pdftotext(out)
    for word in ("陳大文", HKSCS, "黃詠欣"):
        assert word in text
    # Every character inks its own cell (no glyph is empty or left out).
    each = tmp_path / "each.pdf"
    _draw_each(each, "陳大文" + HKSCS, "hk")
    assert pdffonts(each) == [REGULAR]
    assert "".join(pdftotext(each).split()) == "陳大文" + HKSCS
    (png,) = render_png(each, dpi=72)
    for i in range(8):
        assert ink(png, (i * 80 + 10, 20, i * 80 + 70, 70)) > 0.05, i


def test_a_taiwan_attendee_gets_the_taiwan_face(noto: Path, store, tmp_path: Path) -> None:
    ids = add_people(
        store,
        [
            {"given_name": "Chi-ling", "family_name": "Lin", "name_local": "林志玲",
             "country": "Taiwan"},
            {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文",
             "country": "HK"},
        ],
    )  # fmt: skip
    with store.session() as s:
        event = current_event(s)
        a = s.get(Attendee, ids[0])
        assert core.badge_values(event, a)["glyph_forms"] == "tw"
    only_tw, both = tmp_path / "tw.pdf", tmp_path / "both.pdf"
    with store.session() as s:
        core.render_badges(s, only_tw, sheet="single", selection=core.Selection(ids=ids[:1]))
        core.render_badges(s, both, sheet="a4-4xa6")
    assert cjk_forms._stem("tw", False) in pdffonts(only_tw)
    assert REGULAR not in pdffonts(only_tw)
    faces = pdffonts(both)  # one sheet: each badge in its reader's forms
    assert cjk_forms._stem("tw", False) in faces and REGULAR in faces
    assert "林志玲" in pdftotext(only_tw)


def test_a_character_of_different_forms_is_drawn_differently(
    noto: Path, differing_char: str, tmp_path: Path
) -> None:
    runs = {forms: fonts.runs(differing_char, forms=forms) for forms in ("hk", "tw")}
    assert runs == {
        "hk": [(fonts.cjk_font_name("hk"), differing_char)],
        "tw": [(fonts.cjk_font_name("tw"), differing_char)],
    }
    images = {}
    for forms in ("hk", "tw", "hk-again"):
        pdf = tmp_path / f"{forms}.pdf"
        c = Canvas(str(pdf), pagesize=(300, 300), invariant=1)
        with fonts.glyph_forms(forms.split("-")[0]):
            fonts.draw_string(c, 20, 50, differing_char, 240)
        c.save()
        (png,) = render_png(pdf, dpi=72)
        images[forms] = Image.open(png).convert("L")
    assert ImageChops.difference(images["hk"], images["hk-again"]).getbbox() is None
    diff = ImageChops.difference(images["hk"], images["tw"]).point(lambda v: 255 if v > 128 else 0)
    assert sum(diff.histogram()[255:]) > 200, f"{differing_char} looks the same in HK and TW"


def test_the_forms_come_from_the_context_and_key_every_measurement(noto: Path) -> None:
    text = "陳大文"
    assert fonts.current_forms() == "hk"
    hk = fonts.fit_text(text, 200, 40, 30, 8)
    with fonts.glyph_forms("tw") as forms:
        assert forms == "tw" == fonts.current_forms()
        assert fonts.runs(text) == [(fonts.cjk_font_name("tw"), text)]
        tw = fonts.fit_text(text, 200, 40, 30, 8)
        with fonts.glyph_forms(None):
            assert fonts.current_forms() == "tw"
        with fonts.glyph_forms("cn"):  # not prepared: WenQuanYi
            assert fonts.runs(text) == [(fonts.CJK, text)]
            assert fonts.runs(text, bold=True) == [(fonts.CJK, text)]
    assert fonts.current_forms() == "hk"
    assert fonts.runs(text) == [(fonts.cjk_font_name("hk"), text)]
    assert fonts.runs(text, bold=True) == [(fonts.cjk_font_name("hk", True), text)]
    assert (hk.forms, tw.forms) == ("hk", "tw")
    assert hk.widths == [fonts.string_width(text, hk.size, forms="hk")]
    # Characters the prepared face lacks still print, in WenQuanYi (its last fallback).
    assert fonts.runs("陳龍") == [(fonts.cjk_font_name("hk"), "陳"), (fonts.CJK, "龍")]
    assert fonts.font_path(fonts.cjk_font_name("hk")) == cjk_forms.prepared("hk")
    with pytest.raises(ValueError), fonts.glyph_forms("jp"):
        pass


def test_a_missing_source_falls_back_to_wenquanyi(no_noto: Path, store, tmp_path: Path) -> None:
    errors: list[str] = []
    assert cjk_forms.prepared("hk") is None
    assert cjk_forms.prepare("hk", errors=errors) is None
    assert errors and "not found" in errors[0] and "fonts-noto-cjk" in errors[0]
    assert fonts.runs("陳大文") == [(fonts.CJK, "陳大文")]
    add_people(store, [{"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文"}])
    out = tmp_path / "wqy.pdf"
    with store.session() as s:
        core.render_badges(s, out, sheet="single")
    assert [f for f in pdffonts(out) if not f.startswith("DejaVu")] == ["WenQuanYiMicroHei-0"]
    assert "陳大文" in pdftotext(out)
    # A damaged source: no face, the reason said, still no exception.
    (no_noto / "NotoSansCJK-Regular.ttc").write_bytes(b"not a font" * 500)
    errors.clear()
    assert cjk_forms.prepare("hk", errors=errors) is None
    assert errors and "NotoSansCJK-Regular.ttc" in errors[0]
    assert cjk_forms.prepared("hk") is None
    fonts.forget_prepared()
    assert fonts.runs("陳大文") == [(fonts.CJK, "陳大文")]


def test_a_damaged_prepared_face_falls_back_to_wenquanyi(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _need_noto()
    monkeypatch.setenv("CONFDESK_CACHE_DIR", str(tmp_path / "cache"))
    src = cjk_forms.source_file("hk")
    assert src is not None
    target = cjk_forms.cache_file("hk", False, src)
    assert target is not None
    target.parent.mkdir(parents=True, mode=0o700)
    target.write_bytes(b"\x00\x01\x00\x00" + b"garbage" * 1000)
    assert cjk_forms.prepared("hk") == target
    fonts.forget_prepared()
    try:
        assert fonts.runs("陳大文") == [(fonts.CJK, "陳大文")]
        pdf = tmp_path / "x.pdf"
        _draw_each(pdf, "陳大文", "hk")
        assert "".join(pdftotext(pdf).split()) == "陳大文"
    finally:
        fonts.forget_prepared()


def test_the_event_chooses_the_forms_of_its_program_and_of_other_countries(
    noto: Path, store, tmp_path: Path
) -> None:
    from desktop.core.program import build_program
    from desktop.core.schedule import editing

    day = dt.date(2027, 1, 16)
    ids = add_people(
        store,
        [
            {"given_name": "Ann", "family_name": "Lee", "name_local": "陳大文", "country": "FR"},
            {"given_name": "Wing", "family_name": "Wong", "name_local": "黃詠欣",
             "country": "Hong Kong SAR, China"},
        ],
    )  # fmt: skip
    with store.session() as s:
        assert event_details(s).glyph_forms == "hk"
        details = update_event(s, glyph_forms="TW", start_date=day, end_date=day)
        assert details.glyph_forms == "tw"
        event = current_event(s)
        hall = editing.create_room(s, "Hall A", 80)
        editing.create_session(
            s, "大會講者 陳大文", room_id=hall, start=dt.datetime(2027, 1, 16, 10)
        )
        forms = [core.badge_values(event, s.get(Attendee, i))["glyph_forms"] for i in ids]
        assert forms == ["tw", "hk"]
        with pytest.raises(UserError, match="glyph forms"):
            update_event(s, glyph_forms="jp")
    grid = tmp_path / "grid.pdf"
    with store.session() as s:
        build_program(s, grid, "grid", release="live")
    faces = pdffonts(grid)
    assert any(f.startswith("NotoSansCJKtc-") for f in faces), faces
    assert not any(f.startswith("NotoSansCJKhk-") for f in faces), faces
    assert "陳大文" in re.sub(r"\s+", "", pdftotext(grid))


def test_countries_choose_their_forms() -> None:
    for country, forms in {
        "TW": "tw", "Taiwan": "tw", "台灣": "tw", "Republic of China": "tw",
        "CN": "cn", "China": "cn", "Mainland China": "cn", "中国": "cn", "PRC": "cn",
        "SG": "cn", "Singapore": "cn",
        "HK": "hk", "Hong Kong": "hk", "hong kong sar": "hk", "香港": "hk", "Macau": "hk",
        "Macao": "hk", "MO": "hk",
    }.items():  # fmt: skip
        assert forms_for_country(country, "tw" if forms != "tw" else "cn") == forms, country
    for country in ("", "FR", "Japan", "Malaysia", "United States"):
        assert forms_for_country(country, "tw") == "tw"
        assert forms_for_country(country) == "hk"


def test_the_cli_reports_the_prepared_faces(noto: Path) -> None:
    ok = confdesk("fonts", "status", "--forms", "hk", "--check")
    assert ok.returncode == 0 and ok.stdout == ""
    assert confdesk("fonts", "status", "--forms", "cn", "--check").returncode == 1
    shown = confdesk("fonts", "status", "--forms", "hk,tw")
    assert shown.returncode == 0, shown.stderr
    assert re.search(
        r"^hk\s+Hong Kong\s+Regular\s+prepared: .*NotoSansCJKhk-Regular", shown.stdout, re.M
    )
    assert re.search(r"^tw\s+Taiwan\s+Bold\s+not prepared", shown.stdout, re.M)
    assert "NotoSansCJK-Regular.ttc" in shown.stdout
    kept = confdesk("fonts", "prepare", "--forms", "hk")
    assert kept.returncode == 0 and kept.stdout.count("already prepared") == 2


def test_the_cli_says_in_one_line_that_the_source_is_missing(no_noto: Path, event_db: Path) -> None:
    bad = confdesk("fonts", "prepare", "--forms", "hk,tw")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    lines = [ln for ln in bad.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("confdesk: error: Noto Sans CJK HK, HK Bold")
    assert "fonts-noto-cjk" in lines[0] and "WenQuanYi" in lines[0]
    assert confdesk("fonts", "status", "--check").returncode == 1
    unknown = confdesk("fonts", "prepare", "--forms", "jp")
    assert unknown.returncode == 2 and "unknown glyph forms 'jp'" in unknown.stderr
    db = str(event_db)
    assert confdesk("--db", db, "event", "set", "--glyph-forms", "cn").returncode == 0
    shown = confdesk("--db", db, "event", "--json")
    assert '"glyph_forms": "cn"' in shown.stdout
    assert "Chinese:   cn (mainland China glyph forms)" in confdesk("--db", db, "event").stdout
    refused = confdesk("--db", db, "event", "set", "--glyph-forms", "jp")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr


def test_a_packaged_face_is_used_when_the_system_has_none(
    noto_cache: Path, no_noto: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "resources" / "fonts" / "cjk"
    bundled.mkdir(parents=True)
    (made,) = (noto_cache / "cjk").glob(f"{REGULAR}-*.ttf")
    (bundled / f"{REGULAR}.ttf").write_bytes(made.read_bytes())
    monkeypatch.setattr(cjk_forms, "BUNDLED_DIR", bundled)
    fonts.forget_prepared()
    face = cjk_forms.status("hk")
    assert face.source is None and face.path == bundled / f"{REGULAR}.ttf" and face.bundled
    assert cjk_forms.prepared("hk", bold=True) is None
    assert fonts.runs("陳大文", bold=True) == [(fonts.cjk_font_name("hk"), "陳大文")]
