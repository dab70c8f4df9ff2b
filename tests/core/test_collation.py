"""People listed the way each reader expects: English names by family name, Chinese names by
stroke count (Traditional readers) or by Pinyin (Simplified readers), with ICU collation; in
the attendee list and export, the program book's speaker index and the itineraries."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from db.engine import open_store
from desktop.base.collation import person_key, speaker_key, split_name
from desktop.base.errors import UserError
from desktop.base.schedule import SpeakerData
from desktop.cli import main
from desktop.core import attendees as core
from desktop.core.attendee_list import filtered_ids
from desktop.core.events import current_event
from desktop.core.program import build_program, load_for_print
from tests.tools import run_tool

# (family, given, Chinese name): Hong Kong, mainland and Taiwan people and others.
PEOPLE = [
    ("Chan", "Tai Man", "陳大文"),  # 陳 11 strokes, chen
    ("Wong", "Ka Yan", "黃嘉欣"),  # 黃 12 strokes, huang
    ("Ding", "Yi", "丁一"),  # 丁 2 strokes, ding
    ("Wang", "Jianguo", "王建国"),  # 王 4 strokes, wang
    ("Lau", "Tak Wah", "劉德華"),  # 劉 15 strokes, liu
    ("Au Yeung", "Chun Wah", "歐陽震華"),  # 歐 15 strokes, ou
    ("An", "Na", "安娜"),  # 安 6 strokes, an
    ("Zhang", "Wei", "张伟"),  # 张 7 strokes (Simplified), zhang
    ("Müller", "Zoë", ""),
    ("Muller", "Adam", ""),
    ("Smith", "Jane", ""),
    ("", "", "李娜"),  # Chinese name only: 李 7 strokes, li
]


def order_of(order: str) -> list[str]:
    return [p[2] or p[0] for p in sorted(PEOPLE, key=lambda p: person_key(order, *p))]


def test_stroke_order_for_traditional_readers() -> None:
    got = [n for n in order_of("stroke") if re.search("[\u4e00-\u9fff]", n)]
    strokes = {"丁": 2, "王": 4, "安": 6, "张": 7, "李": 7, "陳": 11, "黃": 12, "劉": 15, "歐": 15}
    counts = [strokes[n[0]] for n in got]
    assert counts == sorted(counts), got
    assert got[0] == "丁一" and set(got[-2:]) == {"劉德華", "歐陽震華"}
    # people without a Chinese name come after, by family name
    assert order_of("stroke")[len(got) :] == ["Muller", "Müller", "Smith"]


def test_pinyin_order_for_simplified_readers() -> None:
    got = [n for n in order_of("pinyin") if re.search("[\u4e00-\u9fff]", n)]
    assert got == [
        "安娜",
        "陳大文",
        "丁一",
        "黃嘉欣",
        "李娜",
        "劉德華",
        "歐陽震華",
        "王建国",
        "张伟",
    ]


def test_english_names_by_family_name() -> None:
    got = order_of("name")
    # An, Au Yeung, Chan, Ding, Lau, Muller, Müller, Smith, Wang, Wong, Zhang, then 李娜
    assert got[:3] == ["安娜", "歐陽震華", "陳大文"]
    assert got.index("Muller") + 1 == got.index("Müller")  # accents after, not at the end
    assert got[-1] == "李娜"
    assert split_name("Ludwig van Beethoven") == ("Beethoven van", "Ludwig")
    assert split_name("Zoë Müller") == ("Müller", "Zoë")
    assert split_name("Madonna") == ("Madonna", "")
    names = ["Zoë Müller", "Ludwig van Beethoven", "Adam Smith", "Chloé Abadie"]
    assert sorted(names, key=lambda n: speaker_key("name", n)) == [
        "Chloé Abadie",
        "Ludwig van Beethoven",
        "Zoë Müller",
        "Adam Smith",
    ]


@pytest.fixture
def listed(tmp_path: Path) -> Path:
    db = tmp_path / "e.sqlite"
    store = open_store(str(db), create=True)
    from desktop.core.events import create_event

    with store.session() as s:
        create_event(s, "Sort test", "Asia/Hong_Kong")
    with store.session() as s:
        rows = [{"family_name": f, "given_name": g, "name_local": n} for f, g, n in PEOPLE]
        core.add_attendees(s, current_event(s), rows)
    store.close()
    return db


def test_the_list_and_the_export_in_each_order(listed: Path, tmp_path: Path, capsys) -> None:
    store = open_store(str(listed))
    with store.session() as s:
        for order in ("name", "stroke", "pinyin"):
            ids = filtered_ids(s, sort=order)
            cards = core.get_cards(s, ids)
            assert [cards[i].name_local or cards[i].family_name for i in ids] == order_of(order)
        ids = filtered_ids(s, sort="stroke", descending=True, limit=2)
        assert [core.get_card(s, i).family_name for i in ids] == ["Smith", "Müller"]
    store.close()
    out = tmp_path / "by-stroke.csv"
    assert main(["--db", str(listed), "attendees", "export", str(out), "--sort", "stroke"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["Name (local script)"] or r["Family name"] for r in rows] == order_of("stroke")
    capsys.readouterr()
    assert main(["--db", str(listed), "attendees", "list", "--sort", "pinyin"]) == 0
    printed = capsys.readouterr().out
    positions = [printed.index(n) for n in ("安娜", "陳大文", "丁一", "王建国")]
    assert positions == sorted(positions)


def test_the_speaker_index_in_stroke_order(demo_db: Path, tmp_path: Path) -> None:
    store = open_store(str(demo_db))
    with store.factory() as s:
        data = load_for_print(s, "live")
        out = tmp_path / "book.pdf"
        build_program(s, out, "book", release="live", order="stroke")
    store.close()
    on_stage = {p.id for x in data.sessions if x.start for p in x.speakers}
    speakers = [p for p in data.speakers if p.id in on_stage]

    def shown(p: SpeakerData) -> str:  # as pdftotext gives it back (not Arabic, reordered)
        return p.name_local if re.search("[\u4e00-\u9fff]", p.name_local) else p.name

    expected = [
        shown(p)
        for p in sorted(speakers, key=lambda p: (speaker_key("stroke", p.name, p.name_local), p.id))
    ]
    assert sum(1 for p in speakers if p.name_local) >= 3
    text = run_tool(
        ["pdftotext", "-enc", "UTF-8", "-raw", str(out), "-"], capture_output=True, text=True
    ).stdout
    index = text[text.rindex("Speaker index") :]
    found = [index.index(n) for n in expected if n in index]
    assert len(found) == len(expected) and found == sorted(found)
    # The itineraries, one speaker a page, in Pinyin order
    store = open_store(str(demo_db))
    with store.factory() as s:
        build_program(s, tmp_path / "it.pdf", "speakers", release="live", order="pinyin")
        with pytest.raises(UserError, match="unknown order"):
            build_program(s, tmp_path / "x.pdf", "book", release="live", order="alphabet")
    store.close()
    pages = run_tool(
        ["pdftotext", "-enc", "UTF-8", "-raw", str(tmp_path / "it.pdf"), "-"],
        capture_output=True,
        text=True,
    ).stdout.split("\f")
    by_pinyin = sorted(speakers, key=lambda p: (speaker_key("pinyin", p.name, p.name_local), p.id))

    # each page's running head ends with its speaker's name (a busy speaker takes two pages,
    # and two speakers may share a name: consecutive repeats are one)
    def runs(names: list[str]) -> list[str]:
        return [n for i, n in enumerate(names) if i == 0 or n != names[i - 1]]

    event = data.event_name + " "
    heads = [page.splitlines()[0].removeprefix(event) for page in pages if page.strip()]
    assert runs(heads) == runs([p.name for p in by_pinyin])
