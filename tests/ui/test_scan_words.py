"""The desk's answers in the interface's language, and the result panel in two languages.

The core answers in English (the CLI's words); a desk in Chinese says the same answers in
Chinese: list refusals, a door's count, a code that is no code, a revoked badge. With "two
languages" on, the panel's headline and category chip say it in the other language too.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.core import checkin_lists as cl
from desktop.core import tickets
from desktop.ui import i18n
from desktop.ui.desk import DeskScreen
from desktop.ui.desk.scan_words import TEMPLATES
from tests.pdf.helpers import NAMES, add_people
from tests.ui.desk_support import attendee, desk_context

ROOT = Path(__file__).resolve().parents[2]
_LATIN = re.compile(r"[A-Za-z]{2,}")


def _screen(qtbot: Any, ctx: Any) -> DeskScreen:
    screen = DeskScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.list_box.count() >= 1, timeout=5000)
    return screen


def _choose(qtbot: Any, screen: DeskScreen, name: str) -> None:
    qtbot.waitUntil(lambda: screen.list_box.findText(name) >= 0, timeout=5000)
    index = screen.list_box.findText(name)
    screen.list_box.setCurrentIndex(index)
    screen.list_box.activated.emit(index)


def _answer(qtbot: Any, screen: DeskScreen, code: str) -> str:
    with qtbot.waitSignal(screen.result_shown, timeout=5000):
        screen.scan(code)
    return screen.panel.headline.text()


def test_every_answer_the_core_words_has_its_words_on_screen() -> None:
    made = set()
    desk = ("checkin", "checkin_lists", "desk_journal", "offline_walk_in", "attendees")
    for path in (ROOT / "desktop" / "core" / f"{name}.py" for name in desk):
        made.update(re.findall(r'Words\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert len(made) >= 20, made
    earlier = {"already", "revoked", "already_on_list"}  # said with their "when"
    assert made - set(TEMPLATES) - earlier == set()


def test_a_chinese_desk_says_the_lists_answers_in_chinese(
    qtbot: Any, store: Any, chinese: None
) -> None:
    press, other, third = add_people(store, [{**NAMES[0], "category": "press"}, NAMES[1], NAMES[4]])
    codes = {i: attendee(store, id=i).badge_code for i in (press, other, third)}
    with store.session() as s:
        cl.add_list(s, "Press room", categories=["press"])
        cl.add_list(s, "Round table", capacity=2)
    with desk_context(store) as ctx:
        screen = _screen(qtbot, ctx)
        _choose(qtbot, screen, "Press room")
        assert _answer(qtbot, screen, codes[other]) == "不在此名單：只限傳媒"
        assert _answer(qtbot, screen, codes[press]) == "已於Press room登記"
        said = _answer(qtbot, screen, codes[press])
        assert said.startswith("已於 ") and said.endswith("在Desk 1於Press room登記"), said
        _choose(qtbot, screen, "Round table")
        assert _answer(qtbot, screen, codes[press]) == "已於Round table登記 · 1 / 2"
        assert _answer(qtbot, screen, codes[other]) == "已於Round table登記 · 2 / 2，快將額滿"
        assert _answer(qtbot, screen, codes[third]) == "已滿：2 / 2（Round table）"
        # No English left beyond the event's own names (the lists', the desk's).
        for text in (screen.panel.headline.text(), screen.panel.detail.text()):
            rest = text.replace("Round table", "").replace("Desk 1", "")
            assert not _LATIN.findall(rest), text
        screen.close()


def test_a_chinese_desk_says_what_is_wrong_with_a_code(
    qtbot: Any, store: Any, chinese: None
) -> None:
    (one,) = add_people(store, [NAMES[0]])
    old = attendee(store, id=one).badge_code
    with store.session() as s:
        tickets.reissue_badge(s, one, desk="Desk 2", reason="lost")
    with desk_context(store) as ctx:
        screen = _screen(qtbot, ctx)
        assert _answer(qtbot, screen, "X" * 300) == "不是名牌編號（太長）"
        prefix = old.split("-")[0]
        assert _answer(qtbot, screen, f"{prefix}-") == "名牌編號不完整：請再掃描"
        said = _answer(qtbot, screen, old)
        assert re.fullmatch(r"已作廢的名牌（於 \d\d:\d\d 在Desk 2重印）", said), said
        screen.close()


def test_the_panel_in_two_languages(qtbot: Any, store: Any, qapp: QApplication) -> None:
    (speaker,) = add_people(store, [NAMES[0]])
    code = attendee(store, id=speaker).badge_code
    with desk_context(store) as ctx:
        screen = _screen(qtbot, ctx)
        panel = screen.panel
        assert screen.languages_box.text() == "Panel in Chinese too"
        _answer(qtbot, screen, code)
        assert not panel.headline_other.isVisible()
        assert panel.chip.text().strip() == "Speaker"
        screen.languages_box.setChecked(True)  # as a click does; the choice is kept
        assert _answer(qtbot, screen, code).startswith("Already checked in at ")
        assert panel.headline_other.isVisible()
        assert panel.headline_other.text().startswith("已於 ")
        assert panel.chip.text().strip() == "Speaker · 講者"
        screen.close()
    assert i18n.install(qapp, "zh_HK") == "zh_HK"
    try:
        with desk_context(store) as ctx:
            screen = _screen(qtbot, ctx)
            assert screen.languages_box.isChecked()  # remembered
            assert screen.languages_box.text() == "面板加英文"
            assert _answer(qtbot, screen, code).startswith("已於 ")
            assert screen.panel.headline_other.text().startswith("Already checked in at ")
            with qtbot.waitSignal(screen.result_shown, timeout=5000):
                screen.undo_last("scanned the wrong badge")
            assert screen.panel.headline.text() == "已取消登記"
            assert screen.panel.headline_other.text() == "Check-in undone"
            said = _answer(qtbot, screen, code)
            assert said == "已登記"
            assert screen.panel.headline_other.text() == "Checked in"
            assert screen.panel.chip.text().strip() == "講者 · Speaker"
            assert screen.panel.note.text() == "★ 講者：請派發講者資料包"
            screen.close()
    finally:
        i18n.install(qapp, "en")


def test_the_default_notes_are_in_the_language_and_an_organizers_note_as_written() -> None:
    from desktop.core.checkin import CATEGORY_NOTES
    from desktop.ui.desk.scan_words import NOTES, note_words

    assert set(NOTES) == set(CATEGORY_NOTES.values())
    assert note_words("Bring the sponsor to booth 4") == "Bring the sponsor to booth 4"
