"""The interface in 繁體中文 (Hong Kong) and 简体中文: the translation sources are complete for
what the code marks, compile with pyside6-lrelease, and the main window's menus and screen
list read in Chinese with no English left (offscreen, the demo event)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMenu

from desktop.ui import i18n
from desktop.ui.app import Shell
from desktop.ui.settings import Settings, SettingsDialog
from tests.conftest import ROOT

TS = sorted((ROOT / "resources" / "translations").glob("confdesk_*.ts"))
# Latin words allowed in a translated text: the product's name and the keys of shortcuts.
ALLOWED = {"Confdesk"}


def _unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    return [
        m.findtext("source") or ""
        for m in tree.iter("message")
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not (t.text or "").strip()
    ]


@pytest.mark.parametrize("ts", TS, ids=lambda p: p.stem)
def test_every_marked_string_is_translated(ts: Path, tmp_path: Path) -> None:
    """lupdate over today's code finds nothing new: every tr() string has its translation."""
    copy = Path(shutil.copyfile(ts, tmp_path / ts.name))
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-no-obsolete", "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert _unfinished(copy) == []
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out = subprocess.run(
        [str(lrelease), str(copy), "-qm", str(tmp_path / "out.qm")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "0 unfinished" in out and (tmp_path / "out.qm").stat().st_size > 100


def test_the_language_follows_the_system() -> None:
    assert i18n.system_language(QLocale("zh_HK")) == "zh_HK"
    assert i18n.system_language(QLocale("zh_TW")) == "zh_HK"
    assert i18n.system_language(QLocale("zh_CN")) == "zh_CN"
    assert i18n.system_language(QLocale("zh_SG")) == "zh_CN"
    assert i18n.system_language(QLocale("en_GB")) == "en"
    assert i18n.system_language(QLocale("fr_FR")) == "en"


def test_a_clone_without_compiled_files_compiles_them_into_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copyfile(TS[0], folder / TS[0].name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    language = TS[0].stem.removeprefix("confdesk_")
    qm = i18n.compiled(language)
    assert qm is not None and qm.exists() and not (folder / f"{TS[0].stem}.qm").exists()
    assert i18n.compiled(language) == qm  # made once
    assert i18n.compiled("xx") is None  # no such language: English, no error


def _texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            out += _texts(action.menu())
        elif not action.isSeparator() and action.text():
            out.append(action.text())
    return out


@pytest.fixture
def shell(qapp: QApplication, demo_db: Path) -> Iterator[Shell]:
    sh = Shell(qapp, Settings(), "desk")
    yield sh
    if sh.window is not None:
        sh.window.close()
    sh.shutdown()
    i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_the_main_window_reads_in_chinese(
    qapp: QApplication, shell: Shell, demo_db: Path, language: str
) -> None:
    assert i18n.install(qapp, language) == language
    shell.open(str(demo_db))
    window = shell.window
    assert window is not None
    texts = [t for a in window.menuBar().actions() if a.menu() for t in _texts(a.menu())]
    recent = window.recent_menu
    recent.aboutToShow.emit()  # the list is filled as it opens
    texts += [a.text() for a in recent.actions() if a.text()]
    texts += [window.nav.item(i).text() for i in range(window.nav.count())]
    # the mnemonic of a Chinese menu item is a Latin letter in brackets: "檔案(&F)"
    english = [
        t
        for t in texts
        if set(re.findall(r"[A-Za-z]{2,}", re.sub(r"\(&[A-Z]\)", "", t).replace("&", ""))) - ALLOWED
    ]
    assert len(texts) > 25 and english == []
    assert any(re.search("[\u4e00-\u9fff]", t) for t in texts)
    from desktop.ui.desk.style import category_label

    if language == "zh_HK":
        assert "登記處" in texts and "檔案(&F)" in texts
        assert (category_label("speaker"), category_label("vip")) == ("講者", "貴賓")
    else:
        assert "签到处" in texts and "文件(&F)" in texts
        assert (category_label("speaker"), category_label("vip")) == ("演讲嘉宾", "贵宾")
    i18n.install(qapp, "en")
    assert category_label("speaker") == "Speaker"  # words, never the stored code


def test_settings_choose_a_language_and_the_window_is_built_in_it(
    qapp: QApplication, shell: Shell, demo_db: Path, qtbot
) -> None:
    i18n.install(qapp, "en")
    shell.open(str(demo_db))
    window = shell.window
    assert window is not None and window.nav.item(0).text() == "Desk"
    dialog = SettingsDialog(shell.settings, str(demo_db), window)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert "繁體中文（香港）" in names and "简体中文" in names and "English" in names
    dialog.language.setCurrentIndex(dialog.language.findData("zh_HK"))
    dialog.accept()
    assert shell.settings.get("ui/language") == "zh_HK"
    shell.rebuild()  # what the main window asks for when the language changed
    qtbot.waitUntil(lambda: shell.window is not None and shell.window is not window)
    assert shell.window.nav.item(0).text() == "登記處"
    shell.settings.set("ui/language", "system")


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_the_walk_in_form_reads_in_chinese(
    qapp: QApplication, shell: Shell, demo_db: Path, language: str, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    from desktop.ui.desk.walk_in import WalkInDialog

    i18n.install(qapp, language)
    shell.open(str(demo_db))
    assert shell.window is not None
    dialog = WalkInDialog(shell.window.ctx, shell.window)
    dialog.show()
    dialog.submit()  # empty: the name's error shows, in Chinese too
    texts = [dialog.windowTitle()]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
    texts += [w.text() for w in dialog.findChildren(QPushButton) if w.isVisible()]
    english = [t for t in texts if set(re.findall(r"[A-Za-z]{2,}", t)) - ALLOWED]
    assert len(texts) >= 10 and english == []
    dialog.grab().save(str(tmp_path / f"walk-in-{language}.png"))
    dialog.reject()
