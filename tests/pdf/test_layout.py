"""The shared layout: every text item stays inside its box for the longest names; templates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.base.errors import UserError
from desktop.pdf import fonts, templates
from desktop.pdf.layout import MM, compute
from desktop.pdf.ops import PlacedText, Qr, Rect

WORST = {
    "given_name": "Hubert Blaine " * 10 + "Wolfeschlegelsteinhausenbergerdorff " * 4,
    "family_name": "Müller-Lüdenscheidt " * 5,
    "name_local": "陳大文" * 20,
    "organization": "International Association for Applied Machine Intelligence",
    "title": "Distinguished Principal Research Scientist and Head of the Laboratory",
    "category": "speaker",
    "category_label": "Speaker",
    "badge_code": "ABCD-1-ABCDEFGHIJKL",
    "event_name": "Hong Kong International Conference on Artificial Intelligence 2026",
}
NAMES = [
    {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文"},
    {"given_name": "Zoë", "family_name": "Müller-Lüdenscheidt"},
    {"given_name": "Ann", "family_name": "Lee", "organization": "A" * 60},
    WORST,
]


def _check_inside(op: PlacedText) -> None:
    for text, x, base in op.lines:
        w = fonts.string_width(text, op.size, op.bold) / MM
        assert x >= op.x - 0.01, (op.item, text)
        assert x + w <= op.x + op.w + 0.01, (op.item, text)
        assert base - 0.76 * op.size / MM >= op.y - 0.01, (op.item, text)
        assert base + 0.24 * op.size / MM <= op.y + op.h + 0.01, (op.item, text)


@pytest.mark.parametrize("name", templates.builtin_names())
@pytest.mark.parametrize("values", NAMES)
def test_longest_names_stay_inside_boxes(name: str, values: dict) -> None:
    tpl = templates.builtin(name)
    full = {**WORST, **values} if values is not WORST else WORST
    for side in ("front", "back"):
        layout = compute(tpl, full, side)
        texts = [op for op in layout.ops if isinstance(op, PlacedText)]
        for op in texts:
            _check_inside(op)
            assert op.size >= 4


def test_a6_has_the_badge_parts() -> None:
    layout = compute(templates.builtin("a6-conference"), {**WORST, **NAMES[0]})
    by_item = {op.item: op for op in layout.ops if isinstance(op, PlacedText)}
    assert by_item["name"].lines[0][0] == "Tai Man Chan"
    assert by_item["name_local"].lines[0][0] == "陳大文"
    assert by_item["name"].size >= 30  # a short name prints large
    assert any(isinstance(op, Qr) and op.data == WORST["badge_code"] for op in layout.ops)
    band = [op for op in layout.ops if isinstance(op, Rect) and op.item == "band"]
    assert band and band[0].fill == templates.DEFAULT_CATEGORY_COLORS["speaker"]
    assert by_item["band"].lines[0][0] == "SPEAKER"


def test_overflow_is_reported_as_warning() -> None:
    layout = compute(templates.builtin("cr80"), WORST)
    assert any("shortened" in w for w in layout.warnings)


def test_explicit_line_break_puts_local_name_on_its_own_line() -> None:
    tpl = templates.normalise(
        {
            "format": "confdesk-badge-template",
            "version": 1,
            "name": "two-lines",
            "width_mm": 90,
            "height_mm": 50,
            "front": [
                {
                    "type": "text",
                    "id": "n",
                    "x": 5,
                    "y": 5,
                    "w": 80,
                    "h": 30,
                    "text": "{given_name} {family_name}\n{name_local}",
                    "max_size": 24,
                    "min_size": 8,
                }
            ],
        }
    )
    op = compute(tpl, NAMES[0]).ops[0]
    assert [t for t, _, _ in op.lines] == ["Tai Man Chan", "陳大文"]
    op = compute(tpl, NAMES[1]).ops[0]  # no local name: one line
    assert [t for t, _, _ in op.lines] == ["Zoë Müller-Lüdenscheidt"]


def test_template_validation_messages(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a Confdesk badge template"):
        templates.normalise({"name": "x"})
    bad = json.loads(templates.to_json(templates.builtin("cr80")))
    bad["front"][0]["x"] = "left"
    with pytest.raises(UserError, match="'x' must be a number"):
        templates.normalise(bad)
    bad = json.loads(templates.to_json(templates.builtin("cr80")))
    bad["version"] = 99
    with pytest.raises(UserError, match="newer"):
        templates.normalise(bad)
    path = templates.save_file(templates.builtin("cr80"), tmp_path / "c.json")
    assert templates.load_file(path)["front"] == templates.builtin("cr80")["front"]


def test_name_takes_the_space_of_a_missing_chinese_name() -> None:
    tpl = templates.builtin("a6-conference")
    with_local = compute(tpl, {**NAMES[0], "badge_code": "A-1"})
    without = compute(tpl, {**NAMES[0], "name_local": "", "badge_code": "A-1"})
    a = next(op for op in with_local.ops if isinstance(op, PlacedText) and op.item == "name")
    b = next(op for op in without.ops if isinstance(op, PlacedText) and op.item == "name")
    local = next(i for i in tpl["front"] if i["id"] == "name_local")
    assert a.h < b.h and b.y + b.h == local["y"] + local["h"]
    assert b.lines[0][2] > a.lines[0][2]  # centred lower, in the larger box
    assert not any(isinstance(op, PlacedText) and op.item == "name_local" for op in without.ops)


def test_overlapping_items_are_named() -> None:
    for name in templates.builtin_names():
        for side in ("front", "back"):
            assert templates.overlap_warnings(templates.builtin(name), side) == []
    tpl = templates.builtin("a6-conference")
    qr = next(i for i in tpl["front"] if i["id"] == "qr")
    qr["y"] = 120  # onto the category band (y 132)
    assert templates.overlap_warnings(tpl) == ["QR overlaps Category band"]
    ((a, b, rect),) = templates.overlaps(tpl)
    assert (a, b) == ("qr", "band") and rect == (36, 132, 69, 148)
