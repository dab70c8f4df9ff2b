"""Chinese names print family name first with no space, whichever fields they were typed in;
a person with both names gets both lines, a person with a Chinese name only gets it on the
name line. Real badges rendered with reportlab, read back with pdftotext."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import open_store
from desktop.core import attendees as core
from desktop.core import badges
from desktop.core.events import create_event, current_event
from desktop.core.text import printed_names
from tests.tools import run_tool

PEOPLE = [
    {"given_name": "大文", "family_name": "陳"},  # the Chinese name in the name fields
    {"given_name": "小明", "family_name": "王", "name_local": "王小明"},  # and again in Chinese
    {"name_local": "張學友"},  # a Chinese name only
    {"given_name": "Tai Man", "family_name": "Chan", "name_local": "陳大文"},  # both
    {"given_name": "Zoë", "family_name": "Müller"},  # as registered
    {"given_name": "Jacky", "family_name": "Cheung", "name_local": "張學友"},
]


@pytest.fixture
def printed(tmp_path: Path) -> list[str]:
    store = open_store(str(tmp_path / "e.sqlite"), create=True)
    with store.session() as s:
        create_event(s, "Name order", "Asia/Hong_Kong")
    with store.session() as s:
        ids = core.add_attendees(s, current_event(s), PEOPLE)
    pages = []
    with store.session() as s:
        for aid in ids:  # one badge a file: each page is one person's badge
            out = tmp_path / f"{aid}.pdf"
            badges.render_badges(
                s, out, badges.DEFAULT_TEMPLATE, "single", badges.Selection(ids=[aid])
            )
            text = run_tool(
                ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True
            ).stdout
            pages.append(text)
        cards = core.get_cards(s, ids)
        shown = [cards[i].display_name for i in ids]
    store.close()
    assert shown[:3] == ["陳大文", "王小明", "張學友"]  # the desk shows them so too
    return pages


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_chinese_names_family_name_first_without_a_space(printed: list[str]) -> None:
    first, again, only, both, latin, both2 = (lines(p) for p in printed)
    assert "陳大文" in first and not any("大文 陳" in x or "大文陳" in x for x in first)
    assert again.count("王小明") == 1  # not twice when the Chinese line says the same
    assert only.count("張學友") == 1
    assert "Tai Man Chan" in both and "陳大文" in both  # both lines
    assert "Zoë Müller" in latin
    assert "Jacky Cheung" in both2 and "張學友" in both2


def test_printed_names_rules() -> None:
    assert printed_names("大文", "陳", "") == ("陳大文", "", "")
    assert printed_names("大 文", "陳", "陳大文") == ("陳大文", "", "")
    assert printed_names("大文", "陳", "Daniel") == ("陳大文", "", "Daniel")
    assert printed_names("", "", "陳大文") == ("陳大文", "", "")
    assert printed_names("Tai Man", "Chan", "陳大文") == ("Tai Man", "Chan", "陳大文")
    assert printed_names("Chan", "大文", "") == ("Chan", "大文", "")  # mixed: as registered


@pytest.mark.parametrize(
    ("band", "expected"),
    [
        ("{category_label}", ["SPEAKER"]),
        ("{category_label_zh}", ["講者"]),
        ("{category_label} {category_label_zh}", ["SPEAKER", "講者"]),
        ("{category_label_zh_hans}", ["演讲嘉宾"]),
    ],
)
def test_the_category_band_in_english_chinese_or_both(
    tmp_path: Path, band: str, expected: list[str]
) -> None:
    from desktop.pdf import templates as tpl

    spec = dict(tpl.builtin(badges.DEFAULT_TEMPLATE))
    for side in ("front", "back"):
        spec[side] = [{**i, "text": band} if i["type"] == "band" else i for i in spec[side]]
    custom = tpl.save_file(spec, tmp_path / "bilingual.json")
    store = open_store(str(tmp_path / "e.sqlite"), create=True)
    with store.session() as s:
        create_event(s, "Bands", "Asia/Hong_Kong")
    with store.session() as s:
        core.add_attendees(
            s,
            current_event(s),
            [{"given_name": "Ada", "family_name": "Lam", "category": "speaker"}],
        )
    with store.session() as s:
        badges.render_badges(s, tmp_path / "b.pdf", str(custom), "single", badges.Selection())
    store.close()
    text = run_tool(
        ["pdftotext", "-enc", "UTF-8", str(tmp_path / "b.pdf"), "-"], capture_output=True, text=True
    ).stdout
    for word in expected:
        assert word in text
    others = {"SPEAKER", "講者", "演讲嘉宾"} - set(expected)
    assert not any(o in text for o in others)
