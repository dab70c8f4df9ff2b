"""A refusal from the core, in the interface's language.

The core refuses in English (`db.words.refusal`: the CLI's and the log's words);
a screen in Chinese says the same reason in Chinese, with the same values, from the
template the refusal carries. The catalog of templates the translators see is current, and
every translation names exactly the values its English names.
"""

from __future__ import annotations

import pickle
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.base.errors import UserError
from desktop.core import checkin_lists as cl
from desktop.core.schedule.windows import parse_windows
from desktop.ui import i18n
from desktop.ui.errors import said, user_message
from desktop.ui.lists_dialog import ListsDialog
from tests.ui.desk_support import desk_context

ROOT = Path(__file__).resolve().parents[2]
_LATIN = re.compile(r"[A-Za-z]{3,}")


def _names(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_the_catalog_lists_every_refusal_of_the_code() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/core_words_catalog.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_every_translation_names_the_values_of_its_english(language: str) -> None:
    root = ET.parse(ROOT / "resources" / "translations" / f"confdesk_{language}.ts").getroot()
    (context,) = [c for c in root.iter("context") if c.findtext("name") == "CoreWords"]
    checked = 0
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert translation, source
        assert _names(translation) == _names(source), (source, translation)
        checked += 1
    assert checked >= 200


def test_a_refusal_keeps_its_template_across_a_worker_process() -> None:
    from db.words import refusal

    exc = pickle.loads(pickle.dumps(UserError(refusal("no room named {room}", room="'Hall'"), 3)))
    assert str(exc) == "no room named 'Hall'" and exc.exit_code == 3
    assert exc.args[0].key == "no room named {room}"
    assert exc.args[0].values == {"room": "'Hall'"}


def test_core_refusals_read_in_chinese_and_stay_english_for_the_cli(
    chinese: None, store: Any, tmp_path: Path
) -> None:
    with store.session() as s:
        cl.add_list(s, "Workshop A")
        s.commit()
    refusals = []
    for attempt in (
        lambda s: cl.add_list(s, "Workshop A"),
        lambda s: cl.add_list(s, "Late", opens="14:00", closes="13:00"),
        lambda s: cl.add_list(s, "Seats", capacity=0),
        lambda s: cl.remove_list(s, "Badge pickup"),
    ):
        with store.session() as s, pytest.raises(UserError) as caught:
            attempt(s)
        refusals.append(caught.value)
    shown = [user_message(exc) for exc in refusals]
    assert shown == [
        "已經有名為 'Workshop A' 的簽到名單",
        "名單的關閉時間（13:00）早於開放時間（14:00）",
        "容量是 1 至 1000000 之間的座位數目",
        "'Badge pickup' 是活動本身的名單；不能刪除",
    ]
    # The English the CLI prints is what it always was.
    assert [str(exc) for exc in refusals] == [
        "there is a check-in list named 'Workshop A' already",
        "the list closes (13:00) before it opens (14:00)",
        "the capacity is a number of seats from 1 to 1000000",
        "'Badge pickup' is one of the event's own lists; it stays",
    ]
    with pytest.raises(ValueError) as bad:
        parse_windows("2026-12-03 9:00-18:00\nlunch", ZoneInfo("Asia/Hong_Kong"))
    assert said(bad.value.args[0]) == "第 2 行：'lunch' 不是時段，應像 2026-12-03 09:00-18:00"


def test_the_cli_says_the_same_refusal_in_english(event_db: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(event_db),
            "lists",
            "add",
            "Late",
            "--from",
            "14:00",
            "--to",
            "13:00",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.strip().endswith("the list closes (13:00) before it opens (14:00)")


def test_the_lists_form_shows_the_refusal_in_chinese(chinese: None, qtbot: Any, store: Any) -> None:
    with desk_context(store) as ctx:
        dialog = ListsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=5000)
        dialog.add_list()
        form = dialog._form
        form.name.setText("Round table: AI safety")
        form.opens.setText("14:00")
        form.closes.setText("13:00")
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: bool(form.message.text()), timeout=5000)
        assert form.message.text() == "名單的關閉時間（13:00）早於開放時間（14:00）"
        assert not _LATIN.search(form.message.text())
        assert form.isVisible()


def test_the_built_in_templates_are_titled_in_chinese(chinese: None) -> None:
    from desktop.pdf.templates import builtin, builtin_names
    from desktop.ui.badges.screen import TEMPLATE_TITLES, template_title

    titles = [str(builtin(name)["title"]) for name in builtin_names()]
    assert sorted(titles) == sorted(TEMPLATE_TITLES)  # a new built-in template is named here
    for title in titles:
        assert not _LATIN.search(template_title(title).replace("Avery", "")), title
    assert template_title("Our own badge") == "Our own badge"  # an organizer's stays as typed


def test_the_store_s_errors_read_in_chinese(chinese: None, tmp_path: Path) -> None:
    import sqlite3

    from db.engine import open_store
    from db.errors import StoreError

    not_an_event = tmp_path / "notes.sqlite"
    not_an_event.write_text("shopping list\n", "utf-8")
    with pytest.raises(StoreError) as caught:
        open_store(str(not_an_event))
    assert user_message(caught.value) == f"{not_an_event} 不是 Confdesk 資料庫（不是 SQLite 檔案）"
    assert str(caught.value) == f"{not_an_event} is not a Confdesk database (not an SQLite file)"

    # A disk that fills up, as SQLite says it (a page limit makes the file full for real).
    full = sqlite3.connect(tmp_path / "full.sqlite")
    full.execute("PRAGMA max_page_count = 3")
    full.execute("CREATE TABLE t (x TEXT)")
    with pytest.raises(sqlite3.OperationalError) as no_room:
        for _ in range(100):
            full.execute("INSERT INTO t VALUES (?)", ("x" * 4000,))
    full.close()
    assert user_message(no_room.value) == "磁碟已滿：沒有寫入任何資料"
    i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert user_message(no_room.value) == "The disk is full: nothing was written."


def test_the_badge_warnings_read_in_chinese(chinese: None) -> None:
    import copy

    from desktop.pdf import templates as tpl
    from desktop.pdf.layout import compute

    spec = copy.deepcopy(tpl.builtin("a6-conference"))
    items = {i["id"]: i for i in tpl.side_items(spec, "front")}
    items["qr"]["y"] = items["band"]["y"]  # the QR dragged onto the category band
    (overlap,) = [w for w in tpl.overlap_warnings(spec) if w.startswith("QR overlaps")]
    assert overlap == "QR overlaps Category band"
    assert said(overlap) == "QR 碼 與 類別色帶 重疊"

    long_name = "Maximilian Alexander Friedrich Wilhelm von Hohenzollern-Sigmaringen-Veringen" * 3
    layout = compute(spec, {"given_name": long_name, "family_name": "𓀀"}, "front", None)
    shown = [said(w) for w in layout.warnings]
    assert any(w.endswith("：文字已縮短以放入框內") for w in shown), shown
    assert any("沒有字型可顯示 1 個字元" in w for w in shown), shown
