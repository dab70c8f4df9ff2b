"""Lines of neighbouring text items never touch, whatever the script (Arabic tails, CJK tops).

The ink of every line is measured from the glyphs' real outlines (`fonts.ink_extent`), so the
check is independent of the layout's own arithmetic; one badge is also rendered and the blank
rows between the Arabic name and the organization are counted on the pixels.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desktop.core import badges
from desktop.pdf import fonts, templates
from desktop.pdf.layout import MM, compute
from desktop.pdf.ops import PlacedText
from tests.pdf.helpers import add_people, render_png

PEOPLE = {
    "arabic": {
        "given_name": "Mohammed",
        "family_name": "Al-Farsi",
        "name_local": "محمد الفارسي",
        "organization": "Mohamed bin Zayed University of Artificial Intelligence",
        "title": "Associate Professor",
    },
    "chinese": {
        "given_name": "Gigi",
        "family_name": "Chan",
        "name_local": "陳偉倫",
        "organization": "Hong Kong Science and Technology Parks Corporation",
        "title": "Associate Professor",
    },
    "long-latin": {
        "given_name": "Maximilian",
        "family_name": "Müller-Lüdenscheidt",
        "organization": "Bavarian Machine Learning GmbH",
        "title": "Research Scientist",
    },
}
COMMON = {
    "category": "attendee",
    "category_label": "Attendee",
    "badge_code": "ABCD-1-ABCDEFGHIJKL",
    "event_name": "Hong Kong AI Summit 2026",
}


def _ink(op: PlacedText) -> list[tuple[float, float, float, float]]:
    """(left, top, right, bottom) in mm of each drawn line's glyph outlines."""
    out = []
    for text, x, base in op.lines:
        top, depth = fonts.ink_extent(text, op.bold)
        w = fonts.string_width(text, op.size, op.bold) / MM
        out.append((x, base - top * op.size / MM, x + w, base + depth * op.size / MM))
    return out


@pytest.mark.parametrize("name", templates.builtin_names())
@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_neighbouring_lines_keep_a_gap(name: str, who: str) -> None:
    layout = compute(templates.builtin(name), {**COMMON, **PEOPLE[who]})
    boxes = [
        (op.item, b, op.size / MM)
        for op in layout.ops
        if isinstance(op, PlacedText)
        for b in _ink(op)
    ]
    assert any(item == "name_local" for item, _, _ in boxes) == ("name_local" in PEOPLE[who])
    for i, (item_a, a, em_a) in enumerate(boxes):
        for item_b, b, em_b in boxes[i + 1 :]:
            if item_a == item_b or a[2] <= b[0] or b[2] <= a[0]:
                continue  # lines of one paragraph, or side by side
            gap = max(b[1] - a[3], a[1] - b[3])
            # a third of the larger line's em: clearly apart, as a line break would be
            need = max(1.5, 0.33 * max(em_a, em_b))
            assert gap >= need, f"{name}: {item_a} and {item_b} are {gap:.2f} mm apart"


def test_arabic_name_and_organization_have_blank_rows_between(store, tmp_path: Path) -> None:
    ids = add_people(store, [{**PEOPLE["arabic"], "category": "attendee"}])
    out = tmp_path / "ar.pdf"
    with store.session() as s:
        badges.render_badges(
            s, str(out), "a6-conference", "single", badges.Selection(ids=ids), log=False
        )
    png = render_png(out, dpi=100)[0]
    img = Image.open(png).convert("L")
    tpl = templates.builtin("a6-conference")
    items = {i["id"]: i for i in tpl["front"]}
    px = 100 / 25.4  # pixels per mm; the a6 sheet puts the badge at the page's corner
    bleed = (img.height - tpl["height_mm"] * px) / 2
    top = int(items["name_local"]["y"] * px + bleed)
    bottom = int((items["organization"]["y"] + items["organization"]["h"]) * px + bleed)
    inked = [any(img.getpixel((x, y)) < 128 for x in range(img.width)) for y in range(top, bottom)]
    # ink (Arabic), then at least 4.5 mm of blank rows, then ink (organization)
    first_blank = inked.index(False, inked.index(True))
    run = inked[first_blank:].index(True)
    assert run >= 4.5 * px, (
        f"only {run} blank pixel rows between the Arabic name and the organization"
    )
