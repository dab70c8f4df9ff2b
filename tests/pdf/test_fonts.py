"""Fonts: fallback runs, CJK/kana/hangul coverage, RTL shaping, warnings, embedding, fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from desktop.pdf import fonts
from tests.pdf.helpers import ink, render_png
from tests.tools import run_tool


def test_runs_split_latin_and_cjk() -> None:
    assert fonts.runs("Chan Tai Man 陳大文") == [
        (fonts.LATIN, "Chan Tai Man "),
        (fonts.CJK, "陳大文"),
    ]
    assert fonts.runs("Zoë", bold=True) == [(fonts.LATIN_BOLD, "Zoë")]


@pytest.mark.parametrize("text", ["陳大文", "张浩", "ひらがなカタカナ", "김민준", "繁體"])
def test_cjk_kana_hangul_are_covered(text: str) -> None:
    assert fonts.has_unsupported(text) == ""
    assert {f for f, _ in fonts.runs(text)} == {fonts.CJK}


def test_arabic_is_shaped_right_to_left_and_hebrew_reversed() -> None:
    shaped = "".join(s for _, s in fonts.runs("محمد"))
    # Presentation forms (shaped) in visual order: the final form of د comes first.
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped)
    assert shaped[0] == "\ufeaa"
    assert "".join(s for _, s in fonts.runs("שלום")) == "םולש"
    assert fonts.has_unsupported("محمد الفارسي") == ""


def test_unsupported_script_gives_warning_and_no_boxes() -> None:
    warn = fonts.has_unsupported("สมชาย")
    assert "THAI" in warn and "left out" in warn
    assert fonts.runs("สมชาย") == []
    assert fonts.string_width("สมชาย", 12) == 0


def test_width_scales_with_size() -> None:
    w10 = fonts.string_width("Chan Tai Man 陳大文", 10)
    assert w10 > 0
    assert fonts.string_width("Chan Tai Man 陳大文", 20) == pytest.approx(2 * w10)
    assert fonts.string_width("W", 10, bold=True) > fonts.string_width("i", 10, bold=True)


LONG = [
    "Chan Tai Man 陳大文",
    "Zoë Müller-Lüdenscheidt",
    "International Association for Applied Machine Intelligence",  # 60 characters
    "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff " * 6,  # 300 characters
    "陳" * 120,
]


@pytest.mark.parametrize("text", LONG)
@pytest.mark.parametrize("box", [(250.0, 80.0), (120.0, 30.0), (60.0, 12.0)])
def test_fit_text_never_overflows_its_box(text: str, box: tuple[float, float]) -> None:
    width, height = box
    r = fonts.fit_text(text, width, height, max_size=36, min_size=6, bold=True)
    assert r.lines and 6 <= r.size <= 36
    assert len(r.lines) <= 3
    for line in r.lines:
        assert fonts.string_width(line, r.size, bold=True) <= width + 1e-6
    assert r.size * (1 + 1.15 * (len(r.lines) - 1)) <= height + 1e-6
    if r.overflow:
        assert r.lines[-1].endswith(fonts.ELLIPSIS) and r.warning


def test_fit_prefers_one_line_then_wraps() -> None:
    r = fonts.fit_text("Ann Lee", 200, 50, 30, 10)
    assert r.lines == ["Ann Lee"] and r.size == 30 and not r.overflow
    r = fonts.fit_text(
        "International Association for Applied Machine Intelligence", 150, 60, 20, 12
    )
    assert len(r.lines) > 1 and not r.overflow
    # CJK wraps between characters (no spaces needed).
    r = fonts.fit_text("香港科學園人工智能研究所國際合作中心", 80, 60, 20, 12)
    assert len(r.lines) > 1 and "".join(r.lines) == "香港科學園人工智能研究所國際合作中心"


def test_cjk_font_embedded_as_subset_and_name_has_ink(tmp_path: Path) -> None:
    pdf = tmp_path / "cjk.pdf"
    c = Canvas(str(pdf), pagesize=(300, 200))
    fonts.draw_string(c, 20, 150, "陳", 40)
    fonts.draw_string(c, 120, 150, "大", 40)
    fonts.draw_string(c, 20, 60, "Chan Tai Man 陳大文", 24, bold=True)
    c.save()
    out = run_tool(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    cjk = [ln for ln in out.splitlines() if "WenQuanYi" in ln]
    assert cjk, out
    name, *_rest = cjk[0].split()
    assert "+" in name  # subset tag ABCDEF+
    assert " yes yes " in cjk[0]  # embedded, subset
    text = run_tool(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "陳大文" in text
    (png,) = render_png(pdf, dpi=72)
    from PIL import Image, ImageChops

    img = Image.open(png).convert("L")
    a = img.crop((20, 10, 62, 52))
    b = img.crop((120, 10, 162, 52))
    assert 0.05 < ink(png, (20, 10, 62, 52)) < 0.7
    # Two different characters look different (a missing glyph prints the same box twice).
    assert ImageChops.difference(a, b).getbbox() is not None
