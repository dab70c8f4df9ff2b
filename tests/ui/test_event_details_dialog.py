"""File > Event details on a real demo event, offscreen: the real file dialog picks the logo,
dates and colours are saved, a refusal is one line in the dialog, and the window follows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from db.engine import open_store
from desktop.core.event_details import event_details
from desktop.ui.app import Shell
from desktop.ui.desk.style import category_color
from desktop.ui.event_details_dialog import EventDetailsDialog
from desktop.ui.settings import Settings


@pytest.fixture
def shell(qapp: QApplication, demo_db: Path) -> Iterator[Shell]:
    sh = Shell(qapp, Settings(), "desk")
    sh.open(str(demo_db))
    yield sh
    if sh.window is not None:
        sh.window.close()
    sh.shutdown()


def _stored(db: Path):
    store = open_store(str(db))
    with store.factory() as s:
        d = event_details(s)
    store.close()
    return d


def _pick_in_file_dialog(path: Path, seen: list[str]) -> None:
    """When the next modal file dialog shows, type `path`'s name in it and press Open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen.append(dialog.directory().absolutePath())
            dialog.setDirectory(str(path.parent))
            name = dialog.findChild(QLineEdit)
            assert name is not None
            name.setText(path.name)
            dialog.accept()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def test_the_menu_opens_the_dialog_with_the_events_details(shell: Shell, qtbot) -> None:
    window = shell.window
    assert window.action_event.text() == "Event &details…"
    opened: list[EventDetailsDialog] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, EventDetailsDialog):
            opened.append(dialog)
            dialog.reject()
        else:
            QTimer.singleShot(50, grab)

    QTimer.singleShot(50, grab)
    window.action_event.trigger()
    assert opened
    d = opened[0]
    assert d.name.text() == "Hong Kong AI Summit 2026"
    assert d.first.date() == QDate(2026, 12, 3) and d.last.date() == QDate(2026, 12, 4)
    assert d.zone.currentText() == "Asia/Hong_Kong"
    assert d.logo_preview.text() == "No logo" and not d.remove_logo.isEnabled()


def test_logo_dates_and_colours_are_saved_and_the_window_follows(
    shell: Shell, qtbot, demo_db: Path, tmp_path: Path
) -> None:
    window = shell.window
    logo = tmp_path / "pictures" / "summit-logo.png"
    logo.parent.mkdir()
    Image.new("RGB", (300, 100), (10, 120, 200)).save(logo)
    dialog = EventDetailsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[str] = []
    _pick_in_file_dialog(logo, seen)
    qtbot.mouseClick(dialog.findChild(type(dialog.remove_logo), "chooseLogo"), _left())
    assert seen  # the real file dialog opened
    assert dialog.logo_name.text() == "summit-logo.png"
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    dialog.name.setText("HK AI Summit")
    dialog.first.setDate(QDate(2026, 12, 10))  # the length is kept: to 11 Dec
    assert dialog.last.date() == QDate(2026, 12, 11)
    dialog.move_sessions.setChecked(True)
    dialog.set_color("speaker", "#00aa00")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    stored = _stored(demo_db)
    assert stored.name == "HK AI Summit" and stored.logo == "summit-logo.png"
    assert (stored.start_date, stored.end_date) == (dt.date(2026, 12, 10), dt.date(2026, 12, 11))
    assert stored.category_colors["speaker"] == "#00aa00"
    # The window and the desk's chips follow at once.
    qtbot.waitUntil(lambda: window.windowTitle() == "HK AI Summit — Confdesk", timeout=5000)
    assert window.status_event.text() == "HK AI Summit"
    assert category_color("speaker").name() == "#00aa00"


def test_a_refused_change_is_one_line_in_the_dialog_and_nothing_is_saved(
    shell: Shell, qtbot, demo_db: Path
) -> None:
    window = shell.window
    dialog = EventDetailsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Should not stick")
    dialog.first.setDate(QDate(2027, 3, 1))  # the timetable stays in December: refused
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert "would fall outside" in dialog.message.text()
    assert "\n" not in dialog.message.text() and "Traceback" not in dialog.message.text()
    assert dialog.buttons.isEnabled() and dialog.saved is None
    assert _stored(demo_db).name == "Hong Kong AI Summit 2026"


def test_a_file_that_is_no_picture_is_refused(
    shell: Shell, qtbot, demo_db: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("<svg>not really a png</svg>")
    dialog = EventDetailsDialog(shell.window.ctx, shell.window)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[str] = []
    _pick_in_file_dialog(fake, seen)
    dialog._choose_logo()
    assert dialog.logo_preview.text() == "No logo"  # Qt could not draw it either
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert "not a PNG or JPEG" in dialog.message.text()
    assert _stored(demo_db).logo == ""


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_new_event_gets_its_days_and_venue_from_the_new_event_dialog(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:
    from desktop.ui.event_dialogs import NewEventDialog

    dialog = NewEventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Harbour AI Forum")
    dialog.path.setText(str(tmp_path / "forum.sqlite"))
    dialog.last.setDate(dialog.first.date().addDays(2))  # three days
    dialog.first.setDate(QDate(2027, 1, 14))  # moving the first day keeps the length
    assert dialog.last.date() == QDate(2027, 1, 16)
    qtbot.keyClicks(dialog.venue, "Science Park, Hall 2")
    dialog.accept()
    assert dialog.created_path
    d = _stored(Path(dialog.created_path))
    assert (d.name, d.venue) == ("Harbour AI Forum", "Science Park, Hall 2")
    assert (d.start_date, d.end_date, d.days) == (dt.date(2027, 1, 14), dt.date(2027, 1, 16), 3)


def test_file_recent_events_lists_what_was_opened_and_reopens_it(
    qapp: QApplication, qtbot, demo_db: Path, tmp_path: Path
) -> None:
    from desktop.ui.event_dialogs import NewEvent, create_event_file

    other = create_event_file(NewEvent(str(tmp_path / "forum.sqlite"), "Harbour Forum", "UTC"))
    gone = create_event_file(NewEvent(str(tmp_path / "gone.sqlite"), "Old Meetup", "UTC"))
    settings = Settings()
    sh = Shell(qapp, settings, "desk")
    try:
        sh.open(gone)
        sh.open(other)
        sh.open(str(demo_db))
        Path(gone).unlink()
        window = sh.window
        window.recent_menu.aboutToShow.emit()
        texts = [a.text() for a in window.recent_menu.actions()]
        # Latest first, the open event left out, a vanished file shown and disabled.
        assert texts[0] == f"Harbour Forum — forum.sqlite ({tmp_path})"
        assert texts[1] == f"Old Meetup — gone.sqlite ({tmp_path}) (missing)"
        assert not window.recent_menu.actions()[1].isEnabled()
        assert texts[-1] == "Clear the list"
        window.recent_menu.actions()[0].trigger()
        qtbot.waitUntil(lambda: sh.window.event_name == "Harbour Forum", timeout=5000)
        assert settings.recent_events[0] == (other, "Harbour Forum")
        sh.window.recent_menu.aboutToShow.emit()
        assert sh.window.recent_menu.actions()[0].text().startswith("Hong Kong AI Summit 2026 — ")
        sh.window.recent_menu.actions()[-1].trigger()  # Clear the list
        sh.window.recent_menu.aboutToShow.emit()
        assert [a.text() for a in sh.window.recent_menu.actions()] == ["No other event opened yet"]
    finally:
        if sh.window is not None:
            sh.window.close()
        sh.shutdown()


def test_recent_events_keep_no_password_and_no_relative_path(tmp_path: Path, monkeypatch) -> None:
    from desktop.ui.app import recent_target

    monkeypatch.chdir(tmp_path)
    assert recent_target("summit.sqlite") == str(tmp_path / "summit.sqlite")
    kept = recent_target("postgresql+psycopg://desk:s3cret@db.local:5432/conf")
    assert "s3cret" not in kept and kept == "postgresql+psycopg://desk@db.local:5432/conf"


def test_renaming_an_event_without_dates_gives_it_none(
    qapp: QApplication, qtbot, event_db: Path
) -> None:
    sh = Shell(qapp, Settings(), "desk")
    sh.open(str(event_db))
    try:
        assert _stored(event_db).start_date is None
        dialog = EventDetailsDialog(sh.window.ctx, sh.window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.name.setText("Renamed Conference")
        assert "start_date" not in dialog.changes()
        dialog.save()
        qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
        stored = _stored(event_db)
        assert stored.name == "Renamed Conference" and stored.start_date is None
    finally:
        sh.window.close()
        sh.shutdown()


def test_the_glyph_forms_of_chinese_are_chosen_in_the_dialog(
    shell: Shell, qtbot, demo_db: Path
) -> None:
    window = shell.window
    dialog = EventDetailsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.forms.currentData() == "hk"  # Hong Kong forms unless the event says otherwise
    assert dialog.changes() == {}
    dialog.forms.setCurrentIndex(dialog.forms.findData("tw"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert _stored(demo_db).glyph_forms == "tw"
    again = EventDetailsDialog(window.ctx, window)
    qtbot.addWidget(again)
    assert again.forms.currentData() == "tw"
